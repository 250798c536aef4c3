import { Edit } from 'react-admin';
import { useSaveErrors } from '../../saveErrors';
import { courseArguments, CourseForm } from './CourseForm';

/** Pessimistic: the server's answer (a code already taken, say) is shown before leaving the page. No delete: retire with Offered off. */
export function CourseEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" transform={courseArguments} mutationOptions={{ onError: saveErrors }} redirect="show">
      <CourseForm />
    </Edit>
  );
}
