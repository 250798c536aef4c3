import { Create } from 'react-admin';
import { useSaveErrors } from '../../saveErrors';
import { courseArguments, CourseForm } from './CourseForm';

export function CourseCreate() {
  const saveErrors = useSaveErrors();
  return (
    <Create redirect="show" record={{ active: true, requirements: [] }} transform={courseArguments} mutationOptions={{ onError: saveErrors }} title="Add a course">
      <CourseForm />
    </Create>
  );
}
