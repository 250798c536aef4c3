import BlockIcon from '@mui/icons-material/Block';
import { Alert, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { CanAccess, TextInput, useRecordContext, useRefresh } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import { ukDate } from '../../labels';
import { Section } from '../../layout/Section';
import type { Accreditation } from '../accreditations/types';
import { ActionsTable } from './ActionsTable';
import { AssessmentStatusChip } from './Chips';
import { assessmentPath } from './paths';
import { StepDialog } from './StepDialog';
import { PlanVisitButton } from './VisitSteps';
import { DECISION_LABELS, plural } from './words';

/** Head office suspends an accreditation whose actions are overdue: the server lists them as the reason. */
function SuspendForOverdueButton({ accreditationId, overdue, onDone }: { accreditationId: string; overdue: number; onDone: () => void }) {
  const dataProvider = useConsoleDataProvider();
  return (
    <StepDialog
      label="Suspend for overdue actions"
      icon={<BlockIcon />}
      title="Suspend for overdue actions"
      explanation={`The accreditation is suspended, its ${plural(overdue, 'overdue action')} recorded as the reason, and the centre disappears from public view at once.`}
      defaultValues={{ note: '' }}
      fields={['note']}
      send={(values) => dataProvider.suspendForOverdueActions({ accreditationId, note: (values.note as string) || null })}
      done="Accreditation suspended"
      onDone={onDone}
    >
      <TextInput source="note" label="Note (optional)" multiline minRows={2} fullWidth helperText="Added after the list of overdue actions in the history" />
    </StepDialog>
  );
}

/**
 * An accreditation's visits and action plan, on its page: each visit (date, assessor, status,
 * decision: past assessments included), head office's "Plan a visit"; the actions not yet signed
 * off, overdue first, each opening its page (where the centre submits evidence and the assessor
 * or head office reviews it); head office's "Suspend for overdue actions" when any are overdue.
 */
export function AccreditationVisits() {
  const accreditation = useRecordContext<Accreditation>();
  const dataProvider = useConsoleDataProvider();
  const refresh = useRefresh();
  const id = accreditation?.id ?? '';
  const { data, isPending, error } = useQuery({
    queryKey: ['console', 'accreditationVisits', id, accreditation?.version],
    queryFn: async () => (await dataProvider.accreditationVisits({ id })).data,
    enabled: Boolean(id),
  });
  if (!accreditation) return null;
  const visits = data?.assessments ?? [];
  const actions = visits
    .flatMap((visit) => visit.actions)
    .filter((action) => action.status !== 'SIGNED_OFF')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  const signedOff = visits.flatMap((visit) => visit.actions).length - actions.length;
  return (
    <>
      <Section
        title="Visits"
        hint="Assessor visits, the latest first: findings on every standard, the report and head office’s decision."
        action={
          <CanAccess resource="Assessment" action="plan">
            <PlanVisitButton accreditationId={accreditation.id} onDone={refresh} />
          </CanAccess>
        }
      >
        {error ? (
          <Alert severity="error">Its visits could not be loaded: {error.message}</Alert>
        ) : isPending ? (
          <Typography>Loading its visits…</Typography>
        ) : visits.length === 0 ? (
          <Typography mt={1}>No visit yet.</Typography>
        ) : (
          <Table size="small" aria-label="Visits">
            <TableHead>
              <TableRow>
                <TableCell>Visit date</TableCell>
                <TableCell>Assessor</TableCell>
                <TableCell>Standards</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Decision</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {visits.map((visit) => (
                <TableRow key={visit.id}>
                  <TableCell>
                    <Link component={RouterLink} to={assessmentPath(visit.id)} sx={{ display: 'inline-block', py: 0.5 }}>
                      {ukDate(visit.visitDate)}
                    </Link>
                  </TableCell>
                  <TableCell>{visit.assessorName}</TableCell>
                  <TableCell>{visit.standardSet.versionLabel}</TableCell>
                  <TableCell>
                    <AssessmentStatusChip status={visit.status} />
                  </TableCell>
                  <TableCell>{visit.decision ? DECISION_LABELS[visit.decision] : 'Not decided'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      {data && (visits.some((visit) => visit.actions.length > 0) || data.overdueActions > 0) && (
        <Section
          title="Open actions"
          hint={`${plural(data.openActions, 'action')} not yet signed off${data.overdueActions ? `, ${data.overdueActions} overdue` : ''}${signedOff ? `; ${signedOff} signed off` : ''}.`}
          action={
            data.overdueActions > 0 ? (
              <CanAccess resource="ActionPlanItem" action="suspend">
                <SuspendForOverdueButton accreditationId={accreditation.id} overdue={data.overdueActions} onDone={refresh} />
              </CanAccess>
            ) : undefined
          }
        >
          <ActionsTable actions={actions} label="Open actions" />
        </Section>
      )}
    </>
  );
}
