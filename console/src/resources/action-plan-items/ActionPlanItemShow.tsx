import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import UndoIcon from '@mui/icons-material/Undo';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Card, CardContent, Link, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { required, TextInput, Title, useCanAccess } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import type { ActionPlanItemDetail } from '../../dataProvider/assessment';
import { UkDateInput } from '../../inputs/UkDateInput';
import { ukDate } from '../../labels';
import { Section } from '../../layout/Section';
import { centrePath } from '../accreditations/links';
import { ActionStatusChip } from '../assessments/Chips';
import { assessmentPath } from '../assessments/paths';
import { StepDialog } from '../assessments/StepDialog';

const when = (value: string | null | undefined) => (value ? new Date(value).toLocaleDateString('en-GB') : '');

function Steps({ item, onDone }: { item: ActionPlanItemDetail; onDone: () => void }) {
  const dataProvider = useConsoleDataProvider();
  const { canAccess: mayEdit } = useCanAccess({ resource: 'ActionPlanItem', action: 'edit' });
  const { canAccess: maySubmit } = useCanAccess({ resource: 'ActionPlanItem', action: 'evidence' });
  const { canAccess: mayReview } = useCanAccess({ resource: 'ActionPlanItem', action: 'review' });
  const awaitingCentre = item.status === 'OPEN' || item.status === 'RETURNED' || item.status === 'OVERDUE';
  return (
    <Box display="flex" gap={1} flexWrap="wrap">
      {maySubmit && awaitingCentre && (
        <StepDialog
          label="Submit evidence"
          icon={<UploadFileIcon />}
          variant="contained"
          title="Submit evidence"
          explanation={`For: ${item.description}. The assessor or head office then signs it off or returns it saying what more is needed.`}
          defaultValues={{ evidenceNote: '' }}
          fields={['evidenceNote']}
          send={(values) => dataProvider.submitActionEvidence({ id: item.id, evidenceNote: String(values.evidenceNote ?? ''), version: item.version })}
          done="Evidence submitted"
          onDone={onDone}
        >
          <TextInput
            source="evidenceNote"
            label="Evidence"
            multiline
            minRows={3}
            fullWidth
            validate={required('Say what was done and where the evidence is')}
            helperText="What was done, and where the evidence is kept"
          />
        </StepDialog>
      )}
      {mayReview && item.status === 'EVIDENCE_SUBMITTED' && (
        <>
          <StepDialog
            label="Sign off"
            icon={<AssignmentTurnedInIcon />}
            variant="contained"
            title="Sign off the action"
            explanation="The evidence is enough: the action is done."
            defaultValues={{ note: '' }}
            fields={['note']}
            send={(values) => dataProvider.reviewActionEvidence({ id: item.id, review: 'SIGN_OFF', note: (values.note as string) || null, version: item.version })}
            done="Action signed off"
            onDone={onDone}
          >
            <TextInput source="note" label="Note (optional)" multiline minRows={2} fullWidth />
          </StepDialog>
          <StepDialog
            label="Return"
            icon={<UndoIcon />}
            title="Return the evidence"
            explanation="The centre sees why and submits evidence again."
            defaultValues={{ note: '' }}
            fields={['note']}
            send={(values) => dataProvider.reviewActionEvidence({ id: item.id, review: 'RETURN', note: String(values.note ?? ''), version: item.version })}
            done="Evidence returned"
            onDone={onDone}
          >
            <TextInput source="note" label="What more is needed" multiline minRows={3} fullWidth validate={required('Say what more is needed')} />
          </StepDialog>
        </>
      )}
      {mayEdit && item.status !== 'SIGNED_OFF' && (
        <StepDialog
          label="Change due date or owner"
          icon={<EditCalendarIcon />}
          title="Change the due date or owner"
          defaultValues={{ dueOn: item.dueOn, owner: item.owner }}
          fields={['dueOn', 'owner']}
          send={(values) => dataProvider.updateActionPlanItem({ id: item.id, dueOn: (values.dueOn as string | null) ?? null, owner: String(values.owner ?? ''), version: item.version })}
          done="Action changed"
          onDone={onDone}
        >
          <UkDateInput source="dueOn" label="Due on" validate={required('Give the due date')} />
          <TextInput source="owner" label="Owner" fullWidth validate={required('Name who at the centre owns the action')} helperText="Who at the centre owns it" />
        </StepDialog>
      )}
    </Box>
  );
}

/**
 * One action of a centre's action plan: what is to be done, by whom and when (overdue said in
 * words and colour), the evidence the centre submitted and the review (signed off, or returned
 * with why). The centre submits evidence; the visit's assessor or head office reviews it; head
 * office changes the due date or owner. Each button shows only to the roles the server allows.
 */
export function ActionPlanItemShow() {
  const { id = '' } = useParams();
  const dataProvider = useConsoleDataProvider();
  const queryClient = useQueryClient();
  const { data: item, isPending, error } = useQuery({
    queryKey: ['console', 'actionPlanItem', id],
    queryFn: async () => (await dataProvider.actionPlanItem({ id })).data,
  });
  if (error) return <Alert severity="error">The action could not be loaded: {error.message}</Alert>;
  if (isPending) return <Typography p={2}>Loading the action…</Typography>;
  if (!item) return <Alert severity="warning">There is no such action, or it is not yours to see.</Alert>;
  return (
    <Card sx={{ mt: 1 }}>
      <Title title="Action" />
      <CardContent>
        <Box display="flex" justifyContent="space-between" flexWrap="wrap" gap={1} alignItems="flex-start">
          <Typography component="h1" variant="h5">
            Action: {item.centre?.name}
          </Typography>
          <Steps item={item} onDone={() => void queryClient.invalidateQueries({ queryKey: ['console'] })} />
        </Box>
        <Typography mt={1} sx={{ whiteSpace: 'pre-wrap' }}>
          {item.description}
        </Typography>
        <Box display="grid" gridTemplateColumns={{ xs: '1fr', sm: 'repeat(4, 1fr)' }} gap={2} mt={2}>
          <Box>
            <Typography variant="body2" color="text.secondary">
              Status
            </Typography>
            <ActionStatusChip status={item.status} />
          </Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              Due
            </Typography>
            <Typography sx={{ color: item.overdue ? '#b71c1c' : undefined, fontWeight: item.overdue ? 600 : undefined }}>
              {ukDate(item.dueOn)}
              {item.overdue ? ' (overdue)' : ''}
            </Typography>
          </Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              Owner
            </Typography>
            <Typography>{item.owner}</Typography>
          </Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              From
            </Typography>
            <Link component={RouterLink} to={assessmentPath(item.assessmentId)}>
              The visit
            </Link>{' '}
            at{' '}
            <Link component={RouterLink} to={centrePath(item.centreId)}>
              {item.centre?.name ?? 'the centre'}
            </Link>
          </Box>
        </Box>
        {item.status === 'RETURNED' || (item.status === 'OVERDUE' && item.reviewNote) ? (
          <Alert severity="warning" sx={{ mt: 2 }}>
            Evidence returned{item.reviewedByName ? ` by ${item.reviewedByName}` : ''}: {item.reviewNote}
          </Alert>
        ) : null}
        <Section title="Evidence">
          {item.evidenceNote ? (
            <>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{item.evidenceNote}</Typography>
              <Typography variant="body2" color="text.secondary">
                Submitted {when(item.evidenceSubmittedAt)}
              </Typography>
            </>
          ) : (
            <Typography>None submitted yet.</Typography>
          )}
        </Section>
        <Section title="Review">
          {item.reviewedAt ? (
            <>
              <Typography>
                {item.status === 'SIGNED_OFF' ? 'Signed off' : 'Returned'} by {item.reviewedByName ?? 'head office'} on {when(item.reviewedAt)}
              </Typography>
              {item.reviewNote && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{item.reviewNote}</Typography>}
            </>
          ) : (
            <Typography>Not reviewed yet.</Typography>
          )}
        </Section>
      </CardContent>
    </Card>
  );
}
