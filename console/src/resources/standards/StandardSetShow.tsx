import AddIcon from '@mui/icons-material/Add';
import PublishIcon from '@mui/icons-material/Publish';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CanAccess,
  Confirm,
  DeleteButton,
  EditButton,
  FunctionField,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf } from '../../dataProvider/errors';
import { DATE_LOCALE, DATE_TIME_OPTIONS, ukDate } from '../../labels';
import { Section } from '../../layout/Section';
import { StatusChip } from './StandardSetList';
import type { StandardSet } from './types';
import { STANDARD_SET_KIND_LABELS, STANDARD_SET_STATUS_MEANING, standardSetName } from './words';

/** A new draft of the same kind, copied from this version (the create form is filled in from it). */
function DraftNewVersionButton() {
  const set = useRecordContext<StandardSet>();
  if (!set || set.status === 'DRAFT') return null;
  const source = { kind: set.kind, copyFromId: set.id };
  return (
    <Button component={Link} to={{ pathname: '/StandardSet/create', search: `?source=${encodeURIComponent(JSON.stringify(source))}` }} label="Draft a new version">
      <AddIcon />
    </Button>
  );
}

/** Publishing a draft: the confirmation says which version it replaces, and that it cannot change afterwards. */
function PublishButton() {
  const set = useRecordContext<StandardSet>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const { data: current } = useGetList<StandardSet>(
    'StandardSet',
    { filter: { kind: set?.kind, status: 'PUBLISHED' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'kind', order: 'ASC' } },
    { enabled: open && Boolean(set) },
  );
  if (!set || set.status !== 'DRAFT') return null;
  const previous = current?.[0];
  const publish = async () => {
    setPending(true);
    try {
      await dataProvider.publishStandardSet({ id: String(set.id) });
      notify(`${standardSetName(set)} is now the current version`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(messageOf(error, 'The set was not published'), { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button label="Publish" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={`Publish version ${set.versionLabel}?`}
        content={
          <>
            <Typography gutterBottom>
              It becomes the current version of the standards for {STANDARD_SET_KIND_LABELS[set.kind].toLowerCase()}, with {set.standardCount} standards, effective from{' '}
              {ukDate(set.effectiveOn)}.
            </Typography>
            <Typography gutterBottom>
              {previous
                ? `The previous version, ${previous.versionLabel}, is retired: it is kept unchanged for the assessments that used it, and new assessments use version ${set.versionLabel}.`
                : 'There is no current version of this set to retire.'}
            </Typography>
            <Typography>Once published it can no longer change: a later revision is a new version.</Typography>
          </>
        }
        confirm="Publish"
        cancel="Not yet"
        onConfirm={publish}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** Head office only (authProvider.canAccess): edit, publish and delete a draft; draft a new version of a published or retired one. */
function Actions() {
  const set = useRecordContext<StandardSet>();
  const draft = set?.status === 'DRAFT';
  return (
    <TopToolbar>
      <CanAccess action="create">
        <DraftNewVersionButton />
      </CanAccess>
      <CanAccess action="publish">
        <PublishButton />
      </CanAccess>
      {draft && <EditButton label="Edit draft" />}
      {draft && (
        <DeleteButton
          mutationMode="pessimistic"
          label="Delete draft"
          confirmTitle={`Delete the draft ${set.versionLabel}?`}
          confirmContent="Its areas and standards are deleted with it. Published and retired versions are kept for ever."
        />
      )}
    </TopToolbar>
  );
}

function SetTitle() {
  const set = useRecordContext<StandardSet>();
  return <span>{set ? standardSetName(set) : 'National Standards'}</span>;
}

/** The standards area by area: each area a heading, its standards a table of code, standard and guidance. */
function Areas() {
  const set = useRecordContext<StandardSet>();
  if (!set) return null;
  if (set.areas.length === 0) return <Typography>No standards yet: edit the draft to add its areas and standards.</Typography>;
  return (
    <>
      {set.areas.map((area) => (
        <Box key={area.id} component="section" aria-labelledby={`area-${area.number}`} mb={3}>
          <Typography id={`area-${area.number}`} variant="subtitle1" component="h3" fontWeight={600} gutterBottom>
            {area.number}. {area.title}
          </Typography>
          <Table size="small" aria-labelledby={`area-${area.number}`}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col" sx={{ width: 64 }}>
                  Code
                </TableCell>
                <TableCell component="th" scope="col" sx={{ width: '40%' }}>
                  Standard
                </TableCell>
                <TableCell component="th" scope="col">
                  Guidance
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {area.standards.map((standard) => (
                <TableRow key={standard.id}>
                  <TableCell sx={{ verticalAlign: 'top', fontWeight: 600 }}>{standard.code}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{standard.title}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top', color: 'text.secondary' }}>{standard.guidance}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
    </>
  );
}

/** One version of a set: what it is, where it is in its life, and its standards grouped by area. */
export function StandardSetShow() {
  return (
    <Show actions={<Actions />} title={<SetTitle />}>
      <Box px={2} pb={2}>
        <SimpleShowLayout sx={{ px: 0 }}>
          <FunctionField label="Set" render={(set: StandardSet) => STANDARD_SET_KIND_LABELS[set.kind]} />
          <TextField source="versionLabel" label="Version" />
          <FunctionField label="Effective from" render={(set: StandardSet) => ukDate(set.effectiveOn)} />
          <FunctionField
            label="Status"
            render={(set: StandardSet) => (
              <Box display="flex" alignItems="center" gap={1} flexWrap="wrap">
                <StatusChip set={set} />
                <Typography variant="body2">{STANDARD_SET_STATUS_MEANING[set.status]}</Typography>
              </Box>
            )}
          />
          <FunctionField
            label="Published"
            render={(set: StandardSet) => (set.publishedAt ? new Date(set.publishedAt).toLocaleString(DATE_LOCALE, DATE_TIME_OPTIONS) : 'Not yet')}
          />
          <NumberField source="standardCount" label="Standards" />
        </SimpleShowLayout>
        <Section title="Standards by area">
          <Areas />
        </Section>
      </Box>
    </Show>
  );
}
