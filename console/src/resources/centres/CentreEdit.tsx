import { useSaveErrors } from '../../saveErrors';
import { Edit } from 'react-admin';
import { CentreForm } from './CentreForm';

/** Pessimistic: the server's answer (e.g. an unknown postcode) is shown before leaving the page. */
export function CentreEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: saveErrors }} redirect="show">
      <CentreForm />
    </Edit>
  );
}
