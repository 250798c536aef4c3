import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext } from 'react-admin';
import type { Person } from './types';

/**
 * The person's name as a link to their page: a clickable row alone cannot be reached with the
 * keyboard, a link can (Tab, then Enter).
 */
export function PersonNameField(_props: { source: string; label?: string; sortBy?: string }) {
  const person = useRecordContext<Person>();
  if (!person) return null;
  return (
    <Link component={RouterLink} to={`/Person/${encodeURIComponent(person.id)}/show`} onClick={(event) => event.stopPropagation()}>
      {person.fullName}
    </Link>
  );
}
