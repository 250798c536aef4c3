import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  Link,
  Radio,
  RadioGroup,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, useCanAccess, useNotify, Title } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import type { AssessmentDetail } from '../../dataProvider/assessment';
import { messageOf } from '../../dataProvider/errors';
import type { FindingOutcome } from '../../gql/graphql';
import { ukDate } from '../../labels';
import { STANDARD_SET_KIND_LABELS } from '../standards/words';
import { AssessmentStatusChip, OutcomeChip } from './Chips';
import { assessmentPath } from './paths';
import { FINDING_OUTCOME_LABELS } from './words';

type Standard = AssessmentDetail['standardSet']['areas'][number]['standards'][number];
type Draft = { outcome: FindingOutcome | null; note: string; evidenceRef: string };
type SaveState = { state: 'idle' | 'saving' | 'saved' | 'error'; message?: string };

const OUTCOMES = Object.keys(FINDING_OUTCOME_LABELS) as FindingOutcome[];
const OPEN_STATUSES = ['PLANNED', 'IN_PROGRESS'];

export const assessmentQueryKey = (id: string) => ['console', 'assessment', id];

/** The visit with its standards and findings, read where it is shown (one typed document). */
export function useAssessment(id: string) {
  const dataProvider = useConsoleDataProvider();
  return useQuery({ queryKey: assessmentQueryKey(id), queryFn: async () => (await dataProvider.assessment({ id })).data });
}

function SaveStatus({ save, code, onRetry }: { save: SaveState; code: string; onRetry: () => void }) {
  const text =
    save.state === 'saving' ? 'Saving…' : save.state === 'saved' ? 'Saved' : save.state === 'error' ? `Not saved: ${save.message ?? 'the server refused it'}` : '';
  return (
    <Box display="flex" alignItems="center" gap={1} flexWrap="wrap" sx={{ minHeight: 24 }}>
      <Typography
        role="status"
        aria-label={`Finding on ${code}`}
        variant="body2"
        sx={{ fontWeight: 500, color: save.state === 'error' ? 'error.main' : save.state === 'saved' ? 'success.dark' : 'text.secondary' }}
      >
        {text}
      </Typography>
      {save.state === 'error' && <Button label={`Save ${code} again`} onClick={onRetry} sx={{ minHeight: 44 }} />}
    </Box>
  );
}

/**
 * One standard of the visit: code, title and guidance, the outcome as labelled radio buttons, a
 * note and an evidence reference. Choosing an outcome saves at once; the note and the reference
 * save when the assessor leaves the field. What the save did is said beside it.
 */
function StandardFinding({ standard, draft, save, onChange, onSave }: {
  standard: Standard;
  draft: Draft;
  save: SaveState;
  onChange: (draft: Draft) => void;
  onSave: (draft: Draft) => void;
}) {
  const legendId = `standard-${standard.id}`;
  const [dirty, setDirty] = useState(false);
  const saveText = () => {
    if (!dirty) return;
    setDirty(false);
    if (draft.outcome) onSave(draft);
  };
  return (
    <Box component="li" sx={{ listStyle: 'none', py: 2, borderTop: '1px solid', borderColor: 'divider' }}>
      <Typography id={legendId} component="h4" variant="subtitle1" fontWeight={600}>
        {standard.code} {standard.title}
      </Typography>
      {standard.guidance && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>
          {standard.guidance}
        </Typography>
      )}
      <FormControl component="fieldset" sx={{ display: 'block' }}>
        <FormLabel component="legend" sx={{ fontSize: '0.875rem' }}>
          Outcome of {standard.code}
        </FormLabel>
        <RadioGroup
          row
          aria-label={`Outcome of ${standard.code}`}
          value={draft.outcome ?? ''}
          onChange={(event) => {
            const next = { ...draft, outcome: event.target.value as FindingOutcome };
            onChange(next);
            onSave(next);
          }}
          sx={{ flexWrap: 'wrap', columnGap: 1 }}
        >
          {OUTCOMES.map((outcome) => (
            <FormControlLabel
              key={outcome}
              value={outcome}
              control={<Radio sx={{ p: 1.25 }} />}
              label={FINDING_OUTCOME_LABELS[outcome]}
              sx={{ minHeight: 44, mr: 2 }}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2, mt: 1 }}>
        <MuiTextField
          label={`Note on ${standard.code}`}
          value={draft.note}
          multiline
          minRows={2}
          fullWidth
          onChange={(event) => {
            setDirty(true);
            onChange({ ...draft, note: event.target.value });
          }}
          onBlur={saveText}
          helperText={!draft.outcome && draft.note ? 'Choose an outcome: the note is saved with it' : 'What was seen; saved when you leave the field'}
        />
        <MuiTextField
          label={`Evidence reference for ${standard.code}`}
          value={draft.evidenceRef}
          fullWidth
          onChange={(event) => {
            setDirty(true);
            onChange({ ...draft, evidenceRef: event.target.value });
          }}
          onBlur={saveText}
          helperText="For example: policy folder, p. 12"
        />
      </Box>
      <SaveStatus save={save} code={standard.code} onRetry={() => onSave(draft)} />
    </Box>
  );
}

/** The findings as recorded, by area, once the report is submitted (or for someone who does not record). */
export function FindingsByArea({ assessment }: { assessment: AssessmentDetail }) {
  const findings = new Map(assessment.findings.map((finding) => [finding.standardId, finding]));
  return (
    <>
      {assessment.standardSet.areas.map((area) => (
        <Box component="section" key={area.id} mt={2}>
          <Typography component="h3" variant="h6">
            {area.number} {area.title}
          </Typography>
          <Box component="ul" sx={{ p: 0, m: 0 }}>
            {area.standards.map((standard) => {
              const finding = findings.get(standard.id);
              return (
                <Box component="li" key={standard.id} sx={{ listStyle: 'none', py: 1.5, borderTop: '1px solid', borderColor: 'divider' }}>
                  <Box display="flex" gap={1} alignItems="center" flexWrap="wrap">
                    <Typography fontWeight={600}>
                      {standard.code} {standard.title}
                    </Typography>
                    {finding ? <OutcomeChip outcome={finding.outcome} /> : <Typography color="text.secondary">No finding</Typography>}
                  </Box>
                  {finding?.note && <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{finding.note}</Typography>}
                  {finding?.evidenceRef && (
                    <Typography variant="body2" color="text.secondary">
                      Evidence: {finding.evidenceRef}
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Box>
        </Box>
      ))}
    </>
  );
}

function SubmitReport({ assessment, onSubmitted }: { assessment: AssessmentDetail; onSubmitted: () => void }) {
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const [summary, setSummary] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async () => {
    setRefusal(null);
    if (!summary.trim()) {
      setRefusal('Write a summary of what the visit found before submitting the report');
      return;
    }
    setSending(true);
    try {
      const { data } = await dataProvider.submitAssessmentReport({ id: assessment.id, summary, version: null });
      if (!data?.id) return;
      notify('Report submitted to head office', { type: 'success' });
      onSubmitted();
    } catch (error) {
      setRefusal(messageOf(error, 'The report was not submitted'));
    } finally {
      setSending(false);
    }
  };
  return (
    <Box component="section" mt={3}>
      <Typography component="h2" variant="h6">
        Submit the report
      </Typography>
      <Typography variant="body2" color="text.secondary" mb={1}>
        Once submitted the findings can no longer change; head office then decides.
      </Typography>
      {refusal && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {refusal}
        </Alert>
      )}
      <MuiTextField label="Summary of the visit" value={summary} onChange={(event) => setSummary(event.target.value)} multiline minRows={4} fullWidth />
      <Box mt={1}>
        <Button label="Submit report" variant="contained" onClick={submit} disabled={sending} sx={{ minHeight: 44 }}>
          <SendIcon />
        </Button>
      </Box>
    </Box>
  );
}

/**
 * The findings form of one visit (/Assessment/:id/findings): the version's standards by area, an
 * outcome, a note and an evidence reference for each, saved as it goes (one saveFindings per
 * change, for that standard alone: the server keeps the rest), with how many are recorded; then
 * "Submit report" with a summary, refused in the server's words while standards have no finding.
 * Read-only once the report is submitted. Laid out for a tablet (768 px) as well as a laptop.
 */
export function FindingsForm() {
  const { id = '' } = useParams();
  const { data: assessment, isPending, error, refetch } = useAssessment(id);
  const { canAccess: records } = useCanAccess({ resource: 'Assessment', action: 'record' });
  if (error) return <Alert severity="error">The visit could not be loaded: {error.message}</Alert>;
  if (isPending) return <Typography p={2}>Loading the visit…</Typography>;
  if (!assessment) return <Alert severity="warning">There is no such visit, or it is not yours to see.</Alert>;
  const open = OPEN_STATUSES.includes(assessment.status) && records;
  return (
    <Card sx={{ mt: 1 }}>
      <Title title={`Findings: ${assessment.centre?.name ?? 'visit'}`} />
      <CardContent>
        <Typography component="h1" variant="h5">
          Findings: {assessment.centre?.name}
        </Typography>
        <Box display="flex" gap={1} alignItems="center" flexWrap="wrap" mt={0.5}>
          <Typography>
            Visit on {ukDate(assessment.visitDate)} · {STANDARD_SET_KIND_LABELS[assessment.standardSet.kind]} standards {assessment.standardSet.versionLabel}
          </Typography>
          <AssessmentStatusChip status={assessment.status} />
          <Link component={RouterLink} to={assessmentPath(assessment.id)}>
            The visit’s page
          </Link>
        </Box>
        {open ? (
          <EditableFindings key={assessment.id} assessment={assessment} onSubmitted={() => void refetch()} />
        ) : (
          <>
            <Alert severity="info" sx={{ mt: 2 }}>
              {records ? 'The report is submitted: its findings can no longer change.' : 'You read this visit’s findings; its assessor records them.'}
            </Alert>
            {assessment.reportSummary && (
              <Box mt={2}>
                <Typography component="h2" variant="h6">
                  Summary
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{assessment.reportSummary}</Typography>
              </Box>
            )}
            <FindingsByArea assessment={assessment} />
          </>
        )}
      </CardContent>
    </Card>
  );
}

function EditableFindings({ assessment, onSubmitted }: { assessment: AssessmentDetail; onSubmitted: () => void }) {
  const dataProvider = useConsoleDataProvider();
  const queryClient = useQueryClient();
  const standards = assessment.standardSet.areas.flatMap((area) => area.standards);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => {
    const byStandard = new Map(assessment.findings.map((finding) => [finding.standardId, finding]));
    return Object.fromEntries(
      standards.map((standard) => {
        const finding = byStandard.get(standard.id);
        return [standard.id, { outcome: finding?.outcome ?? null, note: finding?.note ?? '', evidenceRef: finding?.evidenceRef ?? '' }];
      }),
    );
  });
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [missing, setMissing] = useState<number>(assessment.missingStandards.length);
  // The latest request per standard: an earlier answer arriving late does not overwrite its state.
  const latest = useRef<Record<string, number>>({});
  const save = async (standardId: string, draft: Draft) => {
    if (!draft.outcome) return;
    const ticket = (latest.current[standardId] ?? 0) + 1;
    latest.current[standardId] = ticket;
    setSaves((all) => ({ ...all, [standardId]: { state: 'saving' } }));
    try {
      const { data } = await dataProvider.saveFindings({
        assessmentId: assessment.id,
        findings: [{ standardId, outcome: draft.outcome, note: draft.note, evidenceRef: draft.evidenceRef }],
      });
      if (latest.current[standardId] !== ticket) return;
      if (data) setMissing(data.missingStandards.length);
      setSaves((all) => ({ ...all, [standardId]: { state: 'saved' } }));
    } catch (error) {
      if (latest.current[standardId] !== ticket) return;
      setSaves((all) => ({ ...all, [standardId]: { state: 'error', message: messageOf(error, 'the server refused it') } }));
    }
  };
  const total = standards.length;
  return (
    <>
      <Box
        role="status"
        aria-live="polite"
        sx={{ position: 'sticky', top: { xs: 56, sm: 64 }, zIndex: 2, bgcolor: 'background.paper', py: 1, borderBottom: '1px solid', borderColor: 'divider' }}
      >
        <Typography fontWeight={600}>
          {total - missing} of {total} recorded
        </Typography>
      </Box>
      {assessment.standardSet.areas.map((area) => (
        <Box component="section" key={area.id} mt={3} aria-labelledby={`area-${area.id}`}>
          <Typography id={`area-${area.id}`} component="h3" variant="h6">
            {area.number} {area.title}
          </Typography>
          <Box component="ul" sx={{ p: 0, m: 0 }}>
            {area.standards.map((standard) => (
              <StandardFinding
                key={standard.id}
                standard={standard}
                draft={drafts[standard.id]!}
                save={saves[standard.id] ?? { state: 'idle' }}
                onChange={(draft) => setDrafts((all) => ({ ...all, [standard.id]: draft }))}
                onSave={(draft) => void save(standard.id, draft)}
              />
            ))}
          </Box>
        </Box>
      ))}
      <SubmitReport
        assessment={assessment}
        onSubmitted={() => {
          void queryClient.invalidateQueries({ queryKey: ['console'] });
          onSubmitted();
        }}
      />
    </>
  );
}
