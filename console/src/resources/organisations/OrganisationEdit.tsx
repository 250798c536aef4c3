import { useSaveErrors } from '../../saveErrors';
import { Edit } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';

export function OrganisationEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: saveErrors }} redirect="show">
      <OrganisationForm />
    </Edit>
  );
}
