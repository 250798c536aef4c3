import { Create } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';

export function OrganisationCreate() {
  return (
    <Create redirect="show">
      <OrganisationForm />
    </Create>
  );
}
