import { Edit } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';

export function OrganisationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <OrganisationForm />
    </Edit>
  );
}
