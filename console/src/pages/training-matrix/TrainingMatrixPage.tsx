import { Alert, Box, Card, CardContent, FormControl, InputLabel, Link, MenuItem, Select, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Title, useGetList, useGetMany, useGetOne } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import type { TrainingMatrix } from '../../dataProvider/memberTraining';
import type { TrainingState } from '../../gql/graphql';
import { TRAINING_STATE_LABELS } from '../../labels';
import { TONES } from '../../resources/people/ClearanceChip';
import { trainingToneOf } from '../../resources/people/TrainingStateChip';
import { ExportMatrixCsvButton, ExportTrainingRecordsButton } from '../../resources/people/training/ExportTrainingButtons';
import { usePermissionsOrEmpty } from '../../scope';
import { MatrixTable, STATE_MEANINGS } from './MatrixTable';
import type { MatrixScope } from './path';

type Centre = { id: string; name: string; organisationId: string };

/**
 * Whose matrix: the address says (an organisation's or a centre's page links here with its id);
 * otherwise an organisation administrator's organisation, or a coordinator's (first) centre.
 */
function useScope(): { scope: MatrixScope; choose: (scope: MatrixScope) => void } {
  const [params, setParams] = useSearchParams();
  const { active } = usePermissionsOrEmpty();
  const centreId = params.get('centreId') ?? undefined;
  const organisationId = params.get('organisationId') ?? undefined;
  const fallback: MatrixScope =
    active?.role === 'CENTRE_COORDINATOR' && active.centreIds[0]
      ? { centreId: active.centreIds[0] }
      : active?.role === 'ORG_ADMIN' && active.organisationId
        ? { organisationId: active.organisationId }
        : {};
  const scope = centreId ? { centreId } : organisationId ? { organisationId } : fallback;
  const choose = (next: MatrixScope) => setParams(next.centreId ? { centreId: next.centreId } : next.organisationId ? { organisationId: next.organisationId } : {}, { replace: true });
  return { scope, choose };
}

/** The organisation or centre the matrix is of, and the centres one may switch to. */
function ScopePicker({ scope, choose, organisationId }: { scope: MatrixScope; choose: (scope: MatrixScope) => void; organisationId: string | undefined }) {
  const { active } = usePermissionsOrEmpty();
  const coordinator = active?.role === 'CENTRE_COORDINATOR';
  const labelId = useId();
  const { data: organisation } = useGetOne<{ id: string; name: string }>('Organisation', { id: organisationId ?? '' }, { enabled: Boolean(organisationId) });
  // A coordinator chooses among their own centres; anyone else among the organisation's.
  const own = useGetMany<Centre>('Centre', { ids: active?.centreIds ?? [] }, { enabled: coordinator });
  const all = useGetList<Centre>(
    'Centre',
    { filter: { organisationId }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: !coordinator && Boolean(organisationId) },
  );
  const centres = (coordinator ? own.data : all.data) ?? [];
  const value = scope.centreId ? `centre:${scope.centreId}` : scope.organisationId ? `organisation:${scope.organisationId}` : '';
  const known = value === '' || centres.some((centre) => `centre:${centre.id}` === value) || (!coordinator && value === `organisation:${organisationId}`);
  if (centres.length === 0 && !organisation) return null;
  return (
    <FormControl size="small" fullWidth={false} sx={{ width: 440, maxWidth: '100%' }}>
      <InputLabel id={labelId}>Organisation or centre</InputLabel>
      <Select
        labelId={labelId}
        label="Organisation or centre"
        value={known ? value : ''}
        onChange={(event) => {
          const [kind, id] = String(event.target.value).split(':');
          choose(kind === 'centre' ? { centreId: id } : { organisationId: id });
        }}
      >
        {!coordinator && organisationId && (
          <MenuItem value={`organisation:${organisationId}`}>Whole organisation{organisation ? `: ${organisation.name}` : ''}</MenuItem>
        )}
        {centres.map((centre) => (
          <MenuItem key={centre.id} value={`centre:${centre.id}`}>
            {coordinator ? centre.name : `Centre: ${centre.name}`}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

type Shown = 'ALL' | TrainingState;

/** How many stand where, as buttons that show only them (the matrix's counts, each person once by their worst course). */
function Counts({ counts, shown, show }: { counts: TrainingMatrix['counts']; shown: Shown; show: (shown: Shown) => void }) {
  const states: TrainingState[] = ['MISSING', 'EXPIRED', 'EXPIRING', 'CURRENT'];
  const key = { MISSING: 'missing', EXPIRED: 'expired', EXPIRING: 'expiring', CURRENT: 'current' } as const;
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={shown}
      onChange={(_event, value: Shown | null) => show(value ?? 'ALL')}
      aria-label="Show people whose mandatory training is"
      sx={{ flexWrap: 'wrap', '& .MuiToggleButton-root': { textTransform: 'none', gap: 0.75, color: 'text.primary' } }}
    >
      <ToggleButton value="ALL">
        Everyone: <strong>{counts.total.toLocaleString('en-GB')}</strong>
      </ToggleButton>
      {states.map((state) => {
        const tone = TONES[trainingToneOf(state)];
        return (
          <ToggleButton key={state} value={state} sx={{ '& svg': { color: tone.color, fontSize: '1.1rem' } }}>
            {tone.icon}
            {TRAINING_STATE_LABELS[state]}: <strong>{counts[key[state]].toLocaleString('en-GB')}</strong>
          </ToggleButton>
        );
      })}
    </ToggleButtonGroup>
  );
}

function useTrainingMatrix(scope: MatrixScope, enabled: boolean) {
  const dataProvider = useConsoleDataProvider();
  return useQuery({
    queryKey: ['console', 'trainingMatrix', scope],
    queryFn: async () => (await dataProvider.trainingMatrix({ filter: scope })).data,
    enabled,
  });
}

/**
 * Training compliance of an organisation or a centre: every active person against every course
 * mandatory for someone there, with the counts, a filter by state and a name search, the course
 * key and the CSV files (the matrix, and the training records behind it).
 */
export function TrainingMatrixPage() {
  const { scope, choose } = useScope();
  const chosen = Boolean(scope.centreId || scope.organisationId);
  const { data: centre } = useGetOne<Centre>('Centre', { id: scope.centreId ?? '' }, { enabled: Boolean(scope.centreId) });
  const organisationId = scope.organisationId ?? centre?.organisationId;
  const { data: organisation } = useGetOne<{ id: string; name: string }>('Organisation', { id: organisationId ?? '' }, { enabled: Boolean(organisationId) });
  const { data, isPending, error } = useTrainingMatrix(scope, chosen);
  const [shown, setShown] = useState<Shown>('ALL');
  const [search, setSearch] = useState('');
  const ids = { table: useId(), key: useId() };
  const name = scope.centreId ? centre?.name : organisation?.name;

  const rows = useMemo(() => {
    const words = search.trim().toLowerCase();
    return (data?.rows ?? []).filter((row) => (shown === 'ALL' || row.trainingStatus === shown) && (!words || row.personName.toLowerCase().includes(words)));
  }, [data, shown, search]);

  return (
    <Box mt={2}>
      <Title title="Training compliance" />
      <Typography variant="h5" component="h1">
        Training compliance{name ? `: ${name}` : ''}
      </Typography>
      <Typography color="text.secondary" mb={2}>
        Each active person against the courses that are mandatory for their role and centres. Anyone with a course not completed or out of date cannot be
        rostered.
      </Typography>

      {!chosen ? (
        <Alert severity="info">
          Choose whose training to see: open a{' '}
          <Link component={RouterLink} to="/Organisation">
            member organisation
          </Link>{' '}
          or a{' '}
          <Link component={RouterLink} to="/Centre">
            centre
          </Link>{' '}
          and select Training compliance.
        </Alert>
      ) : (
        <>
          <Box display="flex" flexWrap="wrap" alignItems="center" justifyContent="space-between" gap={2} mb={2}>
            <ScopePicker scope={scope} choose={choose} organisationId={organisationId} />
            <Box display="flex" gap={1} flexWrap="wrap">
              <ExportMatrixCsvButton filter={scope} name={name ?? 'matrix'} />
              <ExportTrainingRecordsButton filter={scope} name={name ?? 'records'} />
            </Box>
          </Box>
          {error ? (
            <Alert severity="error">The matrix could not be loaded: {error.message}</Alert>
          ) : isPending || !data?.counts ? (
            <Typography>Loading the matrix…</Typography>
          ) : (
            <>
              <Box display="flex" flexWrap="wrap" alignItems="center" gap={2} mb={2}>
                <Counts counts={data.counts} shown={shown} show={setShown} />
                <TextField
                  size="small"
                  fullWidth={false}
                  sx={{ width: 260, maxWidth: '100%' }}
                  label="Find a person"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  type="search"
                />
              </Box>
              <Typography id={ids.table} component="h2" variant="h6" gutterBottom>
                {rows.length === data.rows.length
                  ? `${data.rows.length.toLocaleString('en-GB')} ${data.rows.length === 1 ? 'person' : 'people'}`
                  : `${rows.length.toLocaleString('en-GB')} of ${data.rows.length.toLocaleString('en-GB')} people`}
                {data.courses.length > 0 && ` × ${data.courses.length} mandatory ${data.courses.length === 1 ? 'course' : 'courses'}`}
              </Typography>
              {data.rows.length === 0 ? (
                <Typography>No active people here.</Typography>
              ) : rows.length === 0 ? (
                <Typography>No one matches. Choose Everyone, or clear the search.</Typography>
              ) : (
                <MatrixTable courses={data.courses} rows={rows} labelledBy={ids.table} />
              )}
              <Key courses={data.courses} labelledBy={ids.key} />
            </>
          )}
        </>
      )}
    </Box>
  );
}

/** The courses behind the codes, and what each state means. */
function Key({ courses, labelledBy }: { courses: TrainingMatrix['courses']; labelledBy: string }) {
  return (
    <Card variant="outlined" component="section" aria-labelledby={labelledBy} sx={{ mt: 2 }}>
      <CardContent>
        <Typography id={labelledBy} component="h2" variant="h6" gutterBottom>
          Key
        </Typography>
        <Box display="flex" flexWrap="wrap" columnGap={6} rowGap={2}>
          {courses.length > 0 && (
            <Box component="dl" m={0}>
              {courses.map((course) => (
                <Box key={course.id} display="flex" gap={1}>
                  <Typography component="dt" fontWeight={600} minWidth={56}>
                    {course.code}
                  </Typography>
                  <Typography component="dd" m={0}>
                    {course.title} ({course.validityMonths ? `renew every ${course.validityMonths} months` : 'does not expire'})
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
          <Box component="dl" m={0}>
            {STATE_MEANINGS.map(([state, meaning]) => (
              <Box key={state} display="flex" gap={1}>
                <Typography component="dt" fontWeight={600} sx={{ color: TONES[trainingToneOf(state)].color }}>
                  {TRAINING_STATE_LABELS[state]}:
                </Typography>
                <Typography component="dd" m={0}>
                  {meaning}
                </Typography>
              </Box>
            ))}
            <Box display="flex" gap={1}>
              <Typography component="dt" fontWeight={600}>
                Not required:
              </Typography>
              <Typography component="dd" m={0}>
                not mandatory for their role and centres
              </Typography>
            </Box>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
