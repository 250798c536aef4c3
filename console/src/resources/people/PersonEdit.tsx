import { DeleteButton, Edit, SaveButton, ShowButton, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrors } from '../../saveErrors';
import { usePermissionsOrEmpty } from '../../scope';
import { PersonForm } from './PersonForm';
import { PersonTitle } from './PersonTitle';
import type { Person } from './types';

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * What a save sends. Rejoining clears the leave date (the server refuses an active person with
 * one). Centres are sent only when changed: a coordinator's form also holds centres they cannot
 * see (the person may work elsewhere in the organisation too), which the server would refuse;
 * unchanged, they are left out, and changed, the unseen ones are, so the server keeps them.
 */
function useTransform() {
  const { face, active } = usePermissionsOrEmpty();
  return (data: Person, options?: { previousData?: Person }): Partial<Person> => {
    const next: Partial<Person> = { ...data };
    if (data.status === 'ACTIVE') next.leaveDate = null;
    const before = options?.previousData?.centreIds ?? [];
    const after = data.centreIds ?? [];
    if (sameIds(after, before)) delete next.centreIds;
    else if (face === 'CENTRE' && active) next.centreIds = after.filter((id) => active.centreIds.includes(id) || !before.includes(id));
    return next;
  };
}

/** DBS checks are recorded from the person's page: recording one here would reload the form under unsaved edits. */
function Actions() {
  return (
    <TopToolbar>
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
  const transform = useTransform();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: saveErrors }} redirect="show" transform={transform} actions={<Actions />} title={<PersonTitle />}>
      <PersonForm toolbar={<FormToolbar />} />
    </Edit>
  );
}
