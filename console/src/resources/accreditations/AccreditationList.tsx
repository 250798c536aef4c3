import { BooleanInput, Datagrid, List, ReferenceField, SearchInput, SelectArrayInput, SelectInput, TextField, useCanAccess } from 'react-admin';
import { accreditationKindChoices, accreditationStateChoices } from '../../labels';
import { seesWholeNetwork } from '../../access';
import { usePermissionsOrEmpty } from '../../scope';
import { CentreField, CountdownField, KindField, StateField, UkDateField } from './fields';

const EXPIRING_CHOICES = [
  { id: 3, name: 'Within 3 months' },
  { id: 6, name: 'Within 6 months' },
  { id: 12, name: 'Within 12 months' },
];

/** A switched-off "candidates overdue" is no filter at all, not "candidates not overdue". */
const onlyWhenOn = (value: boolean) => (value ? true : null);

const filters = [
  <SearchInput key="q" source="q" placeholder="Search by centre name" aria-label="Search by centre name" alwaysOn />,
  <SelectArrayInput key="states" source="states" label="States" choices={accreditationStateChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="kind" source="kind" label="Kind" choices={accreditationKindChoices} alwaysOn />,
  <SelectInput key="expiringWithinMonths" source="expiringWithinMonths" label="Expiring" choices={EXPIRING_CHOICES} alwaysOn />,
  <BooleanInput key="candidateOverdue" source="candidateOverdue" label="Candidates overdue" parse={onlyWhenOn} alwaysOn />,
];

/**
 * Accreditations across what the caller may see: the centre, the kind, the state in words (the
 * colour repeats them), the dates as dd/mm/yyyy and where it stands against its calendar.
 */
export function AccreditationList() {
  const { face } = usePermissionsOrEmpty();
  const { canAccess: organisations } = useCanAccess({ resource: 'Organisation', action: 'list' });
  return (
    <List filters={filters} sort={{ field: 'stateChangedOn', order: 'DESC' }} perPage={25} exporter={false} title="Accreditations">
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <CentreField label="Centre" />
        {seesWholeNetwork(face) && organisations && (
          <ReferenceField source="organisationId" reference="Organisation" label="Organisation" link="show" sortable={false}>
            <TextField source="name" />
          </ReferenceField>
        )}
        <KindField label="Kind" />
        <StateField label="State" />
        <UkDateField source="candidateSince" label="Candidate since" />
        <UkDateField source="awardedOn" label="Awarded" emptyText="Not yet" sortable={false} />
        <UkDateField source="expiresOn" label="Expires" emptyText="Not applicable" />
        <CountdownField label="Where it stands" />
      </Datagrid>
    </List>
  );
}
