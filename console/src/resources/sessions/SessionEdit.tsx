import { Edit } from 'react-admin';
import { useSaveErrors } from '../../saveErrors';
import { SessionForm } from './SessionForm';

/** Pessimistic: the server's answer (fewer places than are taken, say) is shown before leaving the page. */
export function SessionEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: saveErrors }} redirect="show" title="Change a session">
      <SessionForm />
    </Edit>
  );
}
