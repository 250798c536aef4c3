import { useQuery } from '@tanstack/react-query';
import { required, SelectInput } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';

/** An active user holding the assessor role (head office's choice for a visit). */
export function AssessorInput() {
  const dataProvider = useConsoleDataProvider();
  const { data, isPending } = useQuery({ queryKey: ['console', 'assessors'], queryFn: async () => (await dataProvider.assessors()).data });
  return (
    <SelectInput
      source="assessorUserId"
      label="Assessor"
      choices={(data ?? []).map((user) => ({ id: user.id, name: `${user.displayName} (${user.email})` }))}
      isPending={isPending}
      validate={required('Choose the assessor')}
      fullWidth
      helperText="Users holding the assessor role; they see the centre while the visit is theirs"
    />
  );
}
