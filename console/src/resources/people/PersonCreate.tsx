import { Create } from 'react-admin';
import { usePermissionsOrEmpty } from '../../scope';
import { ukToday } from '../../labels';
import { PersonForm } from './PersonForm';

/** A new person joins the organisation the user is acting for, at the centre(s) of a coordinator's grant. */
export function PersonCreate() {
  const { face, active } = usePermissionsOrEmpty();
  const centreIds = face === 'CENTRE' && active?.centreIds.length === 1 ? active.centreIds : [];
  return (
    <Create title="Add a person" redirect="show" record={{ organisationId: active?.organisationId ?? undefined, startDate: ukToday(), personType: 'VOLUNTEER', centreIds }}>
      <PersonForm creating />
    </Create>
  );
}
