import { Edit } from 'react-admin';
import { CentreForm } from './CentreForm';

/** Pessimistic: the server's answer (e.g. an unknown postcode) is shown before leaving the page. */
export function CentreEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CentreForm />
    </Edit>
  );
}
