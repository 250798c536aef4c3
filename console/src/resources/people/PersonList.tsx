import {
  AutocompleteInput,
  ChipField,
  CreateButton,
  Datagrid,
  DateField,
  FilterButton,
  List,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SingleFieldList,
  TextField,
  TopToolbar,
  CanAccess,
  useCanAccess,
} from 'react-admin';
import { seesWholeNetwork } from '../../access';
import { clearanceStatusChoices, DATE_LOCALE, DATE_OPTIONS, personStatusChoices, personTypeChoices } from '../../labels';
import { usePermissionsOrEmpty, useScopeFilter } from '../../scope';
import { ClearanceStatusField } from './ClearanceChip';
import { TrainingStatusField } from './TrainingStateChip';
import { PersonNameField } from './PersonNameField';
import { ExportPeopleCsvButton } from './ExportPeopleCsvButton';
import { ImportPeopleButton } from './import/ImportPeopleButton';

/** Head office and the training team also narrow by organisation; a member's list is one already. */
/** The dashboard's "Cannot be rostered" links here with rosterable: false. */
const ROSTERABLE_CHOICES = [
  { id: true, name: 'Yes: cleared, or a renewal or refresher due' },
  { id: false, name: 'No: cannot be rostered' },
];

const filtersFor = (network: boolean, searchesEmail: boolean) => [
  // Head office, the training team and assessors cannot read email addresses, so cannot search them.
  <SearchInput key="q" source="q" alwaysOn placeholder={searchesEmail ? 'Name or email' : 'Name'} inputProps={{ 'aria-label': 'Search people' }} />,
  <SelectInput key="clearanceStatus" source="clearanceStatus" label="Clearance" choices={clearanceStatusChoices} alwaysOn />,
  <ReferenceInput key="centreId" source="centreId" reference="Centre" label="Centre" alwaysOn>
    <AutocompleteInput optionText="name" label="Centre" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  ...(network
    ? [
        <ReferenceInput key="organisationId" source="organisationId" reference="Organisation" label="Organisation">
          <AutocompleteInput optionText="name" label="Organisation" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
        </ReferenceInput>,
      ]
    : []),
  <SelectInput key="personType" source="personType" label="Role" choices={personTypeChoices} />,
  <SelectInput key="status" source="status" label="Status" choices={personStatusChoices} />,
  <SelectInput key="rosterable" source="rosterable" label="Can be rostered" choices={ROSTERABLE_CHOICES} />,
];
const NETWORK_FILTERS = filtersFor(true, false);
const ASSESSOR_FILTERS = filtersFor(false, false);
const MEMBER_FILTERS = filtersFor(false, true);

/** Each action for those the server lets take it (authProvider.canAccess; the buttons ask by themselves). */
function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="Add person" />
      <ImportPeopleButton />
      <CanAccess action="export">
        <ExportPeopleCsvButton />
      </CanAccess>
    </TopToolbar>
  );
}

/** Everyone the user looks after, with whether each can be rostered and what needs doing. */
export function PersonList() {
  const scope = useScopeFilter('Person');
  const { face } = usePermissionsOrEmpty();
  const { canAccess: readsContactDetails } = useCanAccess({ resource: 'Person', action: 'contactDetails' });
  return (
    <List
      filters={seesWholeNetwork(face) ? NETWORK_FILTERS : readsContactDetails ? MEMBER_FILTERS : ASSESSOR_FILTERS}
      filter={scope}
      filterDefaultValues={{ status: 'ACTIVE' }}
      actions={<Actions />}
      sort={{ field: 'familyName', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <PersonNameField source="fullName" label="Name" sortBy="familyName" />
        <SelectField source="personType" label="Role" choices={personTypeChoices} />
        {seesWholeNetwork(face) && (
          <ReferenceField source="organisationId" reference="Organisation" label="Organisation" link={false} sortable={false}>
            <TextField source="name" />
          </ReferenceField>
        )}
        <ReferenceArrayField source="centreIds" reference="Centre" label="Centres" sortable={false}>
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <ClearanceStatusField source="clearanceStatus" label="Clearance" sortable={false} />
        <TrainingStatusField source="trainingStatus" label="Mandatory training" sortable={false} />
        <DateField source="clearanceExpiresOn" label="DBS current until" locales={DATE_LOCALE} options={DATE_OPTIONS} emptyText="No DBS" sortable={false} />
        <TextField source="clearanceAction" label="Action needed" emptyText="None" sortable={false} sx={{ display: 'block', maxWidth: 360 }} />
      </Datagrid>
    </List>
  );
}
