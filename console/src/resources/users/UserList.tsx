import { BooleanField, CreateButton, Datagrid, DateField, FunctionField, List, SearchInput, SelectInput, TextField, TopToolbar, FilterButton } from 'react-admin';
import { ROLE_LABELS } from '../../access';
import type { Role } from '../../gql/graphql';
import { DATE_LOCALE, DATE_TIME_OPTIONS } from '../../labels';
import { useScopeFilter } from '../../scope';

const roleChoices = (Object.entries(ROLE_LABELS) as [Role, string][]).map(([id, name]) => ({ id, name }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or email" />,
  <SelectInput key="role" source="role" label="Role" choices={roleChoices} />,
  <SelectInput key="active" source="active" label="Status" choices={[{ id: true, name: 'Active' }, { id: false, name: 'Deactivated' }]} />,
];

export function UserList() {
  const scope = useScopeFilter('User');
  return (
    <List
      filters={filters}
      filter={scope}
      sort={{ field: 'email', order: 'ASC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton label="Invite user" />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="displayName" label="Name" />
        <TextField source="email" label="Email address" />
        <FunctionField
          label="Roles"
          render={(record: { grants: Array<{ role: Role }> }) => record.grants.map((grant) => ROLE_LABELS[grant.role]).join(', ')}
        />
        <BooleanField source="active" label="Active" />
        <DateField source="lastLoginAt" label="Last signed in" showTime locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} emptyText="Never" />
      </Datagrid>
    </List>
  );
}
