import { CreateButton, Datagrid, EmailField, ExportButton, FilterButton, List, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { membershipStatusChoices, organisationTypeChoices, regionChoices } from '../../labels';
import { useScopeFilter } from '../../scope';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, charity number or email" inputProps={{ 'aria-label': 'Search organisations' }} sx={{ minWidth: 320 }} />,
  <SelectInput key="region" source="region" label="Region" choices={regionChoices} />,
  <SelectInput key="type" source="type" label="Type" choices={organisationTypeChoices} />,
  <SelectInput key="membershipStatus" source="membershipStatus" label="Membership" choices={membershipStatusChoices} />,
];

/** "Add organisation" shows itself only to those the server lets create organisations (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="Add organisation" />
      <ExportButton />
    </TopToolbar>
  );
}

export function OrganisationList() {
  const scope = useScopeFilter('Organisation');
  return (
    <List filters={filters} filter={scope} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <SelectField source="type" choices={organisationTypeChoices} />
        <SelectField source="region" choices={regionChoices} />
        <SelectField source="membershipStatus" label="Membership" choices={membershipStatusChoices} />
        <EmailField source="contactEmail" label="Contact email" sortable={false} />
        <TextField source="charityNumber" label="Charity number" emptyText="–" sortable={false} />
      </Datagrid>
    </List>
  );
}
