import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, Box, Card, CardContent, Link, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Button, useCanAccess, Title } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Section } from '../../layout/Section';
import { ukDate } from '../../labels';
import { accreditationPath, centrePath } from '../accreditations/links';
import { ReportDownloadButton } from '../../pages/accreditation/ReportDownloadButton';
import { ActionsTable } from './ActionsTable';
import { STANDARD_SET_KIND_LABELS } from '../standards/words';
import { AssessmentStatusChip } from './Chips';
import { FindingsByArea, useAssessment } from './FindingsForm';
import { findingsPath } from './paths';
import { DecideButton, ReassignButton } from './VisitSteps';
import { DECISION_LABELS, plural } from './words';

const OPEN = ['PLANNED', 'IN_PROGRESS'];

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Box>{children}</Box>
    </Box>
  );
}

/**
 * One visit: its centre, date, assessor, standards and status; the report summary and head
 * office's decision; the actions it set; the findings by area. Head office reassigns it while it
 * is open and decides once the report is submitted; the assessor opens the findings form.
 */
export function AssessmentShow() {
  const { id = '' } = useParams();
  const { data: assessment, isPending, error } = useAssessment(id);
  const queryClient = useQueryClient();
  const { canAccess: mayRecord } = useCanAccess({ resource: 'Assessment', action: 'record' });
  const { canAccess: mayReassign } = useCanAccess({ resource: 'Assessment', action: 'reassign' });
  const { canAccess: mayDecide } = useCanAccess({ resource: 'Assessment', action: 'decide' });
  if (error) return <Alert severity="error">The visit could not be loaded: {error.message}</Alert>;
  if (isPending) return <Typography p={2}>Loading the visit…</Typography>;
  if (!assessment) return <Alert severity="warning">There is no such visit, or it is not yours to see.</Alert>;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['console'] });
  const open = OPEN.includes(assessment.status);
  const total = assessment.standardSet.areas.reduce((n, area) => n + area.standards.length, 0);
  return (
    <Card sx={{ mt: 1 }}>
      <Title title={`Visit: ${assessment.centre?.name ?? ''}`} />
      <CardContent>
        <Box display="flex" justifyContent="space-between" alignItems="flex-start" flexWrap="wrap" gap={1}>
          <Typography component="h1" variant="h5">
            Visit of {ukDate(assessment.visitDate)}: {assessment.centre?.name}
          </Typography>
          <Box display="flex" gap={1} flexWrap="wrap">
            {open && mayRecord && (
              <Button label="Record findings" component={RouterLink} to={findingsPath(assessment.id)} sx={{ minHeight: 44 }}>
                <EditNoteIcon />
              </Button>
            )}
            {open && mayReassign && <ReassignButton assessment={assessment} onDone={refresh} />}
            {assessment.status === 'REPORT_SUBMITTED' && mayDecide && <DecideButton assessment={assessment} onDone={refresh} />}
            <ReportDownloadButton assessment={assessment} />
          </Box>
        </Box>
        <Box display="grid" gridTemplateColumns={{ xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' }} gap={2} mt={2}>
          <Fact label="Centre">
            <Link component={RouterLink} to={centrePath(assessment.centreId)}>
              {assessment.centre?.name ?? 'The centre'}
            </Link>{' '}
            (
            <Link component={RouterLink} to={accreditationPath(assessment.accreditationId)}>
              its accreditation
            </Link>
            )
          </Fact>
          <Fact label="Status">
            <AssessmentStatusChip status={assessment.status} />
          </Fact>
          <Fact label="Assessor">{assessment.assessorName ?? 'Not known'}</Fact>
          <Fact label="Standards">
            {STANDARD_SET_KIND_LABELS[assessment.standardSet.kind]} {assessment.standardSet.versionLabel}
          </Fact>
          <Fact label="Findings">
            {total - assessment.missingStandards.length} of {total} recorded
            {assessment.missingStandards.length ? ` (${plural(assessment.missingStandards.length, 'standard')} still to record)` : ''}
          </Fact>
          {assessment.submittedAt && <Fact label="Report submitted">{new Date(assessment.submittedAt).toLocaleDateString('en-GB')}</Fact>}
        </Box>
        {assessment.decision && (
          <Section title="Decision">
            <Typography fontWeight={600}>{DECISION_LABELS[assessment.decision]}</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{assessment.decisionReason}</Typography>
            <Typography variant="body2" color="text.secondary">
              {assessment.decidedByName ?? 'Head office'}
              {assessment.decidedAt ? `, ${new Date(assessment.decidedAt).toLocaleDateString('en-GB')}` : ''}
            </Typography>
          </Section>
        )}
        <Section title="Report summary">
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{assessment.reportSummary ?? (open ? 'The assessor has not submitted the report yet.' : '')}</Typography>
        </Section>
        {assessment.actions.length > 0 && (
          <Section title="Action plan">
            <ActionsTable actions={assessment.actions} label="Action plan" />
          </Section>
        )}
        <Section title="Findings by area">
          <FindingsByArea assessment={assessment} />
        </Section>
      </CardContent>
    </Card>
  );
}
