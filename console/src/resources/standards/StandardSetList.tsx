import { Chip } from '@mui/material';
import { CreateButton, Datagrid, FilterButton, FunctionField, List, NumberField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { ukDate } from '../../labels';
import type { StandardSet } from './types';
import { STANDARD_SET_KIND_LABELS, STANDARD_SET_STATUS_LABELS, standardSetKindChoices, standardSetStatusChoices } from './words';

const filters = [
  <SelectInput key="kind" source="kind" label="Set" choices={standardSetKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" label="Status" choices={standardSetStatusChoices} alwaysOn />,
];

/** "Draft a new version" shows itself only to head office (authProvider.canAccess: createStandardSet). */
function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="Draft a new version" />
    </TopToolbar>
  );
}

/** Dark amber: MUI's warning orange is below 4.5:1 as text on white. */
const AMBER = '#8a4b00';

/** The status in words; the colour only repeats them. */
export function StatusChip({ set }: { set: Pick<StandardSet, 'status'> }) {
  const label = STANDARD_SET_STATUS_LABELS[set.status];
  if (set.status === 'DRAFT') return <Chip size="small" variant="outlined" label={label} sx={{ color: AMBER, borderColor: AMBER }} />;
  return <Chip size="small" variant="outlined" color={set.status === 'PUBLISHED' ? 'success' : 'default'} label={label} />;
}

/** The three sets of National Standards, every version of each: the current one, drafts and retired ones. */
export function StandardSetList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'kind', order: 'ASC' }} perPage={25} exporter={false} title="National Standards">
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField source="kind" label="Set" render={(set: StandardSet) => STANDARD_SET_KIND_LABELS[set.kind]} />
        <TextField source="versionLabel" label="Version" />
        <FunctionField source="effectiveOn" label="Effective from" render={(set: StandardSet) => ukDate(set.effectiveOn)} />
        <FunctionField source="status" label="Status" render={(set: StandardSet) => <StatusChip set={set} />} />
        <NumberField source="standardCount" label="Standards" sortable={false} />
      </Datagrid>
    </List>
  );
}
