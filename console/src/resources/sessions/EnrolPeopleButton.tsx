import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Alert, Autocomplete, Box, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf } from '../../dataProvider/errors';
import type { PersonToEnrol } from '../../dataProvider/trainingTeam';
import { PERSON_TYPE_LABELS } from '../../labels';
import { useScopeFilter } from '../../scope';
import type { CourseSession } from '../courses/types';

/** The text typed, once the user pauses: one search per pause, not per key. */
function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const MODES = {
  enrol: {
    button: 'Enrol people',
    title: 'Enrol people on this session',
    explain: 'Find people by name anywhere in the network. Places their organisations requested are confirmed too.',
    submit: (n: number) => (n === 1 ? 'Enrol 1 person' : `Enrol ${n} people`),
    done: (n: number) => (n === 1 ? '1 person enrolled' : `${n} people enrolled`),
  },
  request: {
    button: 'Request places',
    title: 'Request places on this session',
    explain: 'Find your people by name. The NACCC training team confirms each place; until then it shows as requested.',
    submit: (n: number) => (n === 1 ? 'Request 1 place' : `Request ${n} places`),
    done: (n: number) => (n === 1 ? '1 place requested' : `${n} places requested`),
  },
} as const;

const describe = (person: PersonToEnrol) => `${PERSON_TYPE_LABELS[person.personType]}, ${person.organisation.name}`;

/**
 * People for a session, picked by name: the training team enrols anyone in the network
 * (enrolInSession); an organisation's administrators and coordinators request places for their own
 * people (requestSessionPlaces). All or none: a refusal (too few places, someone already enrolled)
 * is shown in the dialog and nothing is written.
 */
export function EnrolPeopleButton({ mode }: { mode: keyof typeof MODES }) {
  const session = useRecordContext<CourseSession>();
  const words = MODES[mode];
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<PersonToEnrol[]>([]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const q = useDebounced(typed.trim());
  const scope = useScopeFilter('Person');
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const ids = { title: useId(), explain: useId() };

  const filter = { ...(mode === 'request' ? scope : {}), q, status: 'ACTIVE' as const };
  const search = useQuery({
    queryKey: ['console', 'peopleToEnrol', filter],
    queryFn: async () => (await dataProvider.peopleToEnrol({ filter, perPage: 20 })).data ?? [],
    enabled: open && q.length >= 2,
  });

  if (!session) return null;
  const enrolled = new Set(session.enrolments.map((enrolment) => enrolment.personId));
  const close = () => {
    setOpen(false);
    setChosen([]);
    setTyped('');
    setProblem(null);
  };
  const submit = async () => {
    if (chosen.length === 0) {
      setProblem('Choose at least one person');
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const params = { sessionId: session.id, personIds: chosen.map((person) => person.id) };
      const { data } = mode === 'enrol' ? await dataProvider.enrolInSession(params) : await dataProvider.requestSessionPlaces(params);
      // No answer when the call ended the session: react-admin is on its way to the sign-in page.
      if (!data?.id) return;
      notify(words.done(chosen.length), { type: 'success' });
      close();
      refresh();
    } catch (error) {
      setProblem(messageOf(error, 'Nothing was saved'));
    } finally {
      setSaving(false);
    }
  };

  const options = search.data ?? [];
  return (
    <>
      <Button label={words.button} onClick={() => setOpen(true)} variant="contained">
        <GroupAddIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={ids.title} aria-describedby={ids.explain} fullWidth maxWidth="sm">
        <DialogTitle id={ids.title}>{words.title}</DialogTitle>
        <DialogContent>
          <DialogContentText id={ids.explain} mb={2}>
            {words.explain}{' '}
            {session.placesLeft === 1 ? '1 place is left.' : `${session.placesLeft} places are left.`}
          </DialogContentText>
          <Autocomplete
            multiple
            value={chosen}
            onChange={(_, value) => {
              setChosen(value);
              setProblem(null);
            }}
            inputValue={typed}
            onInputChange={(_, value, reason) => {
              if (reason !== 'reset') setTyped(value);
            }}
            options={options}
            filterOptions={(found) => found}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            getOptionDisabled={(person) => enrolled.has(person.id)}
            getOptionLabel={(person) => person.fullName}
            loading={search.isFetching}
            noOptionsText={q.length < 2 ? 'Type at least two letters of a name' : 'Nobody active of that name'}
            loadingText="Searching…"
            renderOption={({ key, ...props }, person) => (
              <li key={key} {...props}>
                <Box>
                  <Typography component="span" display="block">
                    {person.fullName}
                    {enrolled.has(person.id) ? ' (already has a place)' : ''}
                  </Typography>
                  <Typography component="span" display="block" variant="body2" color="text.secondary">
                    {describe(person)}
                  </Typography>
                </Box>
              </li>
            )}
            renderInput={(params) => (
              <TextField {...params} label={mode === 'enrol' ? 'People to enrol' : 'People who need a place'} helperText="Search by name; choose as many as you need" autoFocus />
            )}
          />
          {chosen.length > 0 && (
            <Typography variant="body2" mt={2}>
              Chosen: {chosen.map((person) => `${person.fullName} (${person.organisation.name})`).join('; ')}
            </Typography>
          )}
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="Cancel" onClick={close} />
          <Button label={chosen.length > 0 ? words.submit(chosen.length) : words.button} onClick={submit} disabled={saving} variant="contained">
            <GroupAddIcon />
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
