import { DeleteButton, Edit, SaveButton, ShowButton, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrors } from '../../saveErrors';
import { PersonForm } from './PersonForm';
import { PersonTitle } from './PersonTitle';
import { RecordDbsCheckButton } from './RecordDbsCheckButton';
import type { Person } from './types';

/** Rejoining clears the leave date; the server refuses an active person with one. */
const transform = (data: Person) => (data.status === 'ACTIVE' ? { ...data, leaveDate: null } : data);

function Actions() {
  return (
    <TopToolbar>
      <RecordDbsCheckButton />
      <ShowButton />
    </TopToolbar>
  );
}

/** Deleting is for a record made in error; the server refuses it for anyone with DBS records. */
function FormToolbar() {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton
        mutationMode="pessimistic"
        confirmTitle="Delete this record?"
        confirmContent="Only for someone added by mistake. Someone who worked with you should be marked as left instead (under Leaving): their record and DBS decisions are kept for the retention period."
      />
    </Toolbar>
  );
}

/** Pessimistic: the server's answer (e.g. an email already used) is shown before leaving the page. */
export function PersonEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: saveErrors }} redirect="show" transform={transform} actions={<Actions />} title={<PersonTitle />}>
      <PersonForm toolbar={<FormToolbar />} />
    </Edit>
  );
}
