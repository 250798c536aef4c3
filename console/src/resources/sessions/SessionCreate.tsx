import { Create } from 'react-admin';
import { useSaveErrors } from '../../saveErrors';
import { SessionForm } from './SessionForm';

/** `?source={"courseId":…}` (a course's "Schedule a session") chooses the course. */
export function SessionCreate() {
  const saveErrors = useSaveErrors();
  return (
    <Create redirect="show" record={{ capacity: 16 }} mutationOptions={{ onError: saveErrors }} title="Schedule a session">
      <SessionForm creating />
    </Create>
  );
}
