import {
  BooleanField,
  ChipField,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { centreKindChoices, regionChoices, SERVICE_TYPE_LABELS, serviceTypeChoices } from '../../labels';
import { usePermissionsOrEmpty, useScopeFilter } from '../../scope';
import type { Centre } from './types';

/** Short labels for the narrow column; the form and the filter say what each kind means. */
const KIND_SHORT = [
  { id: 'CENTRE', name: 'Centre' },
  { id: 'SERVICE', name: 'Service' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, town or postcode" inputProps={{ 'aria-label': 'Search centres' }} />,
  <SelectInput key="region" source="region" label="Region" choices={regionChoices} alwaysOn />,
  <SelectInput key="serviceType" source="serviceType" label="Service type" choices={serviceTypeChoices} alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="Organisation" label="Organisation">
    <AutocompleteInput optionText="name" label="Organisation" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" label="Kind" choices={centreKindChoices} />,
];

/** "Add centre" shows itself only to those the server lets create centres (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="Add centre" />
      <ExportButton />
    </TopToolbar>
  );
}

export function CentreList() {
  const scope = useScopeFilter('Centre');
  const { face } = usePermissionsOrEmpty();
  return (
    <List filters={filters} filter={scope} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        {face !== 'CENTRE' && (
          <ReferenceField source="organisationId" reference="Organisation" label="Organisation" link="show" sortable={false}>
            <TextField source="name" />
          </ReferenceField>
        )}
        <TextField source="town" />
        <TextField source="postcode" sx={{ whiteSpace: 'nowrap' }} />
        <SelectField source="region" choices={regionChoices} />
        <SelectField source="kind" choices={KIND_SHORT} />
        <FunctionField
          source="serviceTypes"
          label="Services"
          sortable={false}
          render={(record: Centre) =>
            record.serviceTypes.map((type) => (
              <ChipField key={type} record={{ label: SERVICE_TYPE_LABELS[type] }} source="label" size="small" sx={{ mr: 0.5, mb: 0.5 }} />
            ))
          }
        />
        <BooleanField source="publiclyListed" label="Listed" sortable={false} />
      </Datagrid>
    </List>
  );
}
