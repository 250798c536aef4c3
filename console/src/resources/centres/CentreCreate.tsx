import { Create } from 'react-admin';
import { useScopeFilter } from '../../scope';
import { CentreForm } from './CentreForm';

export function CentreCreate() {
  const scope = useScopeFilter('Centre');
  return (
    <Create redirect="show" record={{ organisationId: scope.organisationId, kind: 'CENTRE', publiclyListed: true }}>
      <CentreForm creating />
    </Create>
  );
}
