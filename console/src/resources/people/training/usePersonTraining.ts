import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../../../dataProvider';

/**
 * A person's mandatory courses, hours and credits, through the data provider and react-admin's
 * query client: an ended session sends the user to sign in, and react-admin's refresh (after
 * training is recorded, corrected or deleted) brings them up to date.
 */
export function usePersonTraining(personId: string | undefined) {
  const dataProvider = useConsoleDataProvider();
  return useQuery({
    queryKey: ['console', 'personTraining', personId],
    queryFn: async () => (await dataProvider.personTraining({ id: personId! })).data,
    enabled: Boolean(personId),
  });
}
