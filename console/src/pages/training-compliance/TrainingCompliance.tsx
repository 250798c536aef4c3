import { Alert, Box, Button, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Title, useCanAccess } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import type { Region } from '../../gql/graphql';
import { REGION_LABELS, regionChoices } from '../../labels';
import { ComplianceTable, TrainingTotals, useTrainingOverview } from './trainingCounts';

export const TRAINING_COMPLIANCE_PATH = '/training-compliance';

/** Organisations shown before "Show all": the least compliant, which are the ones to act on. */
const FIRST_ORGANISATIONS = 25;

function Part({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={id}>
          {title}
        </Typography>
        {hint && (
          <Typography variant="body2" color="text.secondary" mb={1}>
            {hint}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}

/**
 * Mandatory training across the network, for head office and the training team (trainingOverview):
 * totals, then by region, by organisation (least compliant first) and by course. A region narrows
 * everything; it is kept in the address, so a filtered page can be shared.
 */
export function TrainingCompliance() {
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'Course', action: 'compliance' });
  const [params, setParams] = useSearchParams();
  const region = (params.get('region') as Region | null) || null;
  const { data, isPending, error } = useTrainingOverview(canAccess ? region : null);
  const [allOrganisations, setAllOrganisations] = useState(false);

  if (accessPending) return <Title title="Training compliance" />;
  if (!canAccess) {
    return (
      <Box mt={2}>
        <Title title="Training compliance" />
        <Alert severity="warning">The role you are acting as does not give access to this page.</Alert>
      </Box>
    );
  }
  const where = region ? REGION_LABELS[region] : 'the network';
  const organisations = data?.byOrganisation ?? [];
  const shown = allOrganisations ? organisations : organisations.slice(0, FIRST_ORGANISATIONS);
  return (
    <Box mt={2} mb={4}>
      <Title title="Training compliance" />
      <Typography variant="h5" component="h1">
        Training compliance across {where}
      </Typography>
      <Typography color="text.secondary" mb={2}>
        Active people by the worst state of the courses mandatory for them (their role and the services of their centres). Someone with nothing
        mandatory counts as up to date.
      </Typography>
      <TextField
        select
        size="small"
        label="Region"
        value={region ?? ''}
        onChange={(event) => {
          setAllOrganisations(false);
          setParams(event.target.value ? { region: event.target.value } : {});
        }}
        sx={{ width: 300, mb: 2 }}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      >
        <MenuItem value="">All regions</MenuItem>
        {regionChoices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
      {error ? (
        <Alert severity="error">Training compliance could not be loaded: {error.message}</Alert>
      ) : isPending || !data?.totals ? (
        <Typography>Loading training compliance…</Typography>
      ) : (
        <>
          <TrainingTotals totals={data.totals} />
          <Part title="By region">
            <ComplianceTable areas={data.byRegion} label="Training compliance by region" area="Region" />
          </Part>
          <Part title="By organisation" hint="Least compliant first (the smallest share in date).">
            <ComplianceTable
              areas={shown}
              label="Training compliance by organisation"
              area="Organisation"
              link={(organisation) => `/Organisation/${encodeURIComponent(organisation.key)}/show`}
            />
            {organisations.length > FIRST_ORGANISATIONS && (
              <Box mt={1} display="flex" alignItems="center" gap={2}>
                <Typography variant="body2">
                  Showing {shown.length} of {organisations.length.toLocaleString('en-GB')} organisations.
                </Typography>
                <Button variant="outlined" size="small" onClick={() => setAllOrganisations(!allOrganisations)}>
                  {allOrganisations ? `Show the first ${FIRST_ORGANISATIONS}` : `Show all ${organisations.length.toLocaleString('en-GB')}`}
                </Button>
              </Box>
            )}
          </Part>
          <Part title="By course" hint="For each mandatory course, the people who must hold it.">
            <ComplianceTable
              areas={data.byCourse}
              label="Training compliance by course"
              area="Course"
              people="People who need it"
              link={(course) => `/Course/${encodeURIComponent(course.key)}/show`}
            />
          </Part>
        </>
      )}
    </Box>
  );
}
