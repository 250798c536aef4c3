import { Alert, Box, Grid, Typography } from '@mui/material';
import { CanAccess, FunctionField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useGetOne, useRecordContext } from 'react-admin';
import { seesWholeNetwork } from '../../access';
import { ACCREDITATION_KIND_LABELS, ukDate } from '../../labels';
import { AccreditationVisits } from '../assessments/AccreditationVisits';
import { Section } from '../../layout/Section';
import { usePermissionsOrEmpty } from '../../scope';
import type { Centre } from '../centres/types';
import { CountdownField, KindField, StateField, UkDateField } from './fields';
import { History } from './History';
import { TransitionButtons } from './TransitionButtons';
import type { Accreditation } from './types';
import { visibilityInWords } from './visibility';

/** Head office's steps (authProvider.canAccess); every other face reads only. */
function Actions() {
  return (
    <TopToolbar>
      <CanAccess resource="Accreditation" action="transition">
        <TransitionButtons />
      </CanAccess>
    </TopToolbar>
  );
}

type CentreWithVisibility = Centre & { publiclyVisible?: boolean | null };

function useCentre() {
  const accreditation = useRecordContext<Accreditation>();
  return useGetOne<CentreWithVisibility>('Centre', { id: accreditation?.centreId ?? '' }, { enabled: Boolean(accreditation?.centreId) });
}

/** "Enhanced Accreditation: Riverside Family Centre" */
function AccreditationTitle() {
  const accreditation = useRecordContext<Accreditation>();
  const { data: centre } = useCentre();
  if (!accreditation) return <span>Accreditation</span>;
  return <span>{`${ACCREDITATION_KIND_LABELS[accreditation.kind]}${centre ? `: ${centre.name}` : ''}`}</span>;
}

/** Whether the public sees the centre, and why: its organisation's consent and a current accreditation. */
function Visibility() {
  const { face } = usePermissionsOrEmpty();
  const { data: centre } = useCentre();
  if (!centre) return null;
  return (
    <Alert severity={centre.publiclyVisible ? 'success' : 'info'} sx={{ mb: 1 }}>
      {visibilityInWords(centre, !seesWholeNetwork(face) && face !== 'ASSESSOR')}
    </Alert>
  );
}

function CandidateDates() {
  const accreditation = useRecordContext<Accreditation>();
  if (!accreditation) return null;
  return (
    <Typography variant="body2">
      Candidate since {ukDate(accreditation.candidateSince)}; to be accredited by {ukDate(accreditation.candidateDueBy)}
      {accreditation.candidateOverdue && accreditation.state === 'CANDIDATE' ? ' (overdue)' : ''}
    </Typography>
  );
}

function HistorySection() {
  const accreditation = useRecordContext<Accreditation>();
  if (!accreditation) return null;
  // Keyed by version: a step taken on this page brings the new history.
  return (
    <Section title="History" hint="Every step, the latest first: when it took effect, who took it and why.">
      <History key={accreditation.version} id={accreditation.id} />
    </Section>
  );
}

/**
 * One accreditation: its centre, its dates, whether the centre is shown to the public and why,
 * its history, and head office's steps.
 */
export function AccreditationShow() {
  return (
    <Show actions={<Actions />} title={<AccreditationTitle />}>
      <Box px={2} pb={2} pt={1}>
        <Visibility />
        <Grid container columnSpacing={4}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SimpleShowLayout sx={{ px: 0 }}>
              <ReferenceField source="centreId" reference="Centre" label="Centre" link="show">
                <TextField source="name" />
              </ReferenceField>
              <ReferenceField source="organisationId" reference="Organisation" label="Organisation" link="show">
                <TextField source="name" />
              </ReferenceField>
              <KindField label="Kind" />
              <StateField label="State" />
              <CountdownField label="Where it stands" exact={false} />
            </SimpleShowLayout>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SimpleShowLayout sx={{ px: 0 }}>
              <FunctionField label="Candidacy" render={() => <CandidateDates />} />
              <UkDateField source="awardedOn" label="Awarded (latest)" emptyText="Not yet" />
              <UkDateField source="expiresOn" label="Expires" emptyText="Not applicable" />
              <UkDateField source="renewalDueFrom" label="Renewal due from" emptyText="Not applicable" />
              <UkDateField source="stateChangedOn" label="In this state since" />
            </SimpleShowLayout>
          </Grid>
        </Grid>
        <AccreditationVisits />
        <HistorySection />
      </Box>
    </Show>
  );
}
