import { Alert, Link, List, ListItem, Typography } from '@mui/material';
import { CanAccess, useGetList, useRecordContext } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { seesWholeNetwork } from '../../access';
import { ACCREDITATION_KIND_LABELS } from '../../labels';
import { Section } from '../../layout/Section';
import { usePermissionsOrEmpty } from '../../scope';
import type { Centre } from '../centres/types';
import { AccreditationStateChip } from './AccreditationStateChip';
import { accreditationPath } from './links';
import { StartAccreditationButton } from './StartAccreditationButton';
import type { Accreditation } from './types';
import { visibilityInWords } from './visibility';
import { countdown } from './words';

type CentreWithVisibility = Centre & { publiclyVisible?: boolean | null };

/** "2 open actions, 1 overdue" (the resource's document reads both counts; the colour repeats the words). */
function OpenActions({ accreditation }: { accreditation: Accreditation & { openActions?: number; overdueActions?: number } }) {
  const open = accreditation.openActions ?? 0;
  const overdue = accreditation.overdueActions ?? 0;
  if (open === 0) return null;
  return (
    <Typography component="span" sx={{ color: overdue ? '#b71c1c' : undefined, fontWeight: overdue ? 600 : undefined }}>
      · {open} open {open === 1 ? 'action' : 'actions'}
      {overdue ? `, ${overdue} overdue` : ''}
    </Typography>
  );
}

/**
 * A centre's page: each of its accreditations (kind, state in words, expiry and where it stands),
 * whether the public sees the centre and why not, a link to each accreditation's page, and head
 * office's "Start accreditation".
 */
export function CentreAccreditations() {
  const centre = useRecordContext<CentreWithVisibility>();
  const { face } = usePermissionsOrEmpty();
  const { data, isPending, error } = useGetList<Accreditation>(
    'Accreditation',
    { filter: { centreId: centre?.id }, pagination: { page: 1, perPage: 10 }, sort: { field: 'kind', order: 'ASC' } },
    { enabled: Boolean(centre?.id) },
  );
  if (!centre) return null;
  const accreditations = data ?? [];
  return (
    <Section
      title="Accreditation"
      action={
        <CanAccess resource="Accreditation" action="start">
          <StartAccreditationButton held={accreditations.map((a) => a.kind)} />
        </CanAccess>
      }
    >
      <Typography mt={1} mb={1}>
        {visibilityInWords(centre, !seesWholeNetwork(face) && face !== 'ASSESSOR')}
      </Typography>
      {error ? (
        <Alert severity="error">Its accreditations could not be loaded: {error.message}</Alert>
      ) : isPending ? (
        <Typography>Loading its accreditations…</Typography>
      ) : accreditations.length === 0 ? (
        <Typography>No accreditation: the centre has not applied.</Typography>
      ) : (
        <List dense disablePadding aria-label="Its accreditations">
          {accreditations.map((accreditation) => (
            <ListItem key={accreditation.id} disableGutters sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
              <Link component={RouterLink} to={accreditationPath(accreditation.id)} fontWeight={500}>
                {ACCREDITATION_KIND_LABELS[accreditation.kind]}
              </Link>
              <AccreditationStateChip state={accreditation.state} />
              <Typography component="span">{countdown(accreditation, false)}</Typography>
              <OpenActions accreditation={accreditation} />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}
