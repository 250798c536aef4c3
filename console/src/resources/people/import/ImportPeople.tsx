import { Alert, Box, Card, CardContent, Link, Button as MuiButton, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { AccessDenied, CanAccess, Title, useRefresh } from 'react-admin';
import { useConsoleDataProvider, type PeopleImportResult } from '../../../dataProvider';
import { usePermissionsOrEmpty } from '../../../scope';
import { ImportErrors } from './ImportErrors';
import { ImportFormat } from './ImportFormat';

/** Well under the server's 1 MB request limit, with room for the rest of the request. */
const MAX_BYTES = 900_000;

/**
 * Adds many people at once from CSV, for the organisation's administrators and coordinators
 * (whoever the server lets import). All or nothing: one invalid row and nothing is imported, and
 * every problem is listed by row so the file can be fixed and sent again. "Check" asks the server
 * to validate without importing.
 */
export function ImportPeople() {
  // A route of its own: refused, like a resource's pages, to anyone the server would refuse.
  return (
    <CanAccess resource="Person" action="import" accessDenied={<AccessDenied />}>
      <ImportPeopleForm />
    </CanAccess>
  );
}

function ImportPeopleForm() {
  const { active } = usePermissionsOrEmpty();
  const dataProvider = useConsoleDataProvider();
  const [csv, setCsv] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const refresh = useRefresh();
  const fileId = useId();
  const { mutate, data, error, isPending, variables, reset } = useMutation({
    mutationFn: async ({ dryRun }: { dryRun: boolean }): Promise<PeopleImportResult> =>
      (await dataProvider.importPeople({ organisationId: active!.organisationId!, csv, dryRun })).data,
    onSuccess: (result) => {
      if (result.imported > 0) refresh();
    },
  });

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    reset();
    setFileProblem(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileProblem(`This file is ${Math.round(file.size / 1000)} kB; files up to 900 kB can be imported at once. Split it into smaller files.`);
      return;
    }
    setCsv(await file.text());
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Import people" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          Import people
        </Typography>
        <Typography mb={1}>
          Add many people to {active?.organisationName ?? 'your organisation'} at once from a CSV file (comma-separated, with a header row), for
          example one saved from a spreadsheet: one person per row, up to 5,000 rows.
        </Typography>
        <ImportFormat />
        <Typography mb={2}>
          Everything is imported or nothing is: if any row has a problem, no one is added, and each problem is listed below by row so you can fix
          the file and import it again. Check the file first if you like; checking adds no one.
        </Typography>

        <Stack spacing={2} maxWidth={900}>
          <Box>
            <Typography component="label" htmlFor={fileId} display="block" fontWeight={500} mb={0.5}>
              Choose a CSV file
            </Typography>
            <input id={fileId} type="file" accept=".csv,text/csv" onChange={readFile} />
            {fileProblem && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {fileProblem}
              </Alert>
            )}
          </Box>
          <MuiTextField
            label="Or paste the CSV here"
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              reset();
            }}
            multiline
            minRows={8}
            maxRows={20}
            fullWidth
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
          />
          <Box display="flex" gap={2}>
            <MuiButton variant="outlined" disabled={!csv.trim() || isPending} onClick={() => mutate({ dryRun: true })}>
              Check without importing
            </MuiButton>
            <MuiButton variant="contained" disabled={!csv.trim() || isPending} onClick={() => mutate({ dryRun: false })}>
              Import
            </MuiButton>
          </Box>
        </Stack>

        <Box mt={3} aria-live="polite">
          {isPending && <Typography>{variables?.dryRun ? 'Checking…' : 'Importing…'}</Typography>}
          {error && (
            <Alert severity="error">
              <strong>Nothing was imported.</strong> {error.message}
            </Alert>
          )}
          {/* No errors list when the call ended the session: react-admin answers `{}` on the way to sign-in. */}
          {data?.errors && <ImportOutcome result={data} checkedOnly={Boolean(variables?.dryRun)} />}
        </Box>
      </CardContent>
    </Card>
  );
}

function ImportOutcome({ result, checkedOnly }: { result: PeopleImportResult; checkedOnly: boolean }) {
  const people = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;
  const rows = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'row' : 'rows'}`;
  if (result.errors.length > 0) {
    const badRows = new Set(result.errors.map((e) => e.row)).size;
    return (
      <>
        <Alert severity="error" sx={{ mb: 2 }}>
          <strong>Nothing was imported.</strong>{' '}
          {result.rows === 1 ? 'The only row has' : `${badRows.toLocaleString('en-GB')} of the ${rows(result.rows)} ${badRows === 1 ? 'has' : 'have'}`} problems.
          Fix every row listed below, then import the whole file again.
        </Alert>
        <ImportErrors errors={result.errors} />
      </>
    );
  }
  if (checkedOnly) {
    return (
      <Alert severity="info">
        {result.rows === 1 ? 'The row' : `All ${rows(result.rows)}`} can be imported. No one has been added yet: choose Import to add{' '}
        {result.rows === 1 ? 'them' : 'everyone'}.
      </Alert>
    );
  }
  return (
    <Alert severity="success">
      Imported {people(result.imported)}. <Link component={RouterLink} to="/Person">See the people list</Link>.
    </Alert>
  );
}
