import { useRecordContext } from 'react-admin';
import type { Person } from './types';

/** A person's pages are titled with their name (react-admin's default would prefix "Person"). */
export function PersonTitle() {
  const person = useRecordContext<Person>();
  return <>{person?.fullName ?? 'Person'}</>;
}
