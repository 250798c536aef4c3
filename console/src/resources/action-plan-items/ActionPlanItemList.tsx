import { AutocompleteInput, Datagrid, FunctionField, List, NullableBooleanInput, ReferenceField, ReferenceInput, SelectInput, TextField } from 'react-admin';
import type { ActionStatus } from '../../gql/graphql';
import { ukDate } from '../../labels';
import { ActionStatusChip } from '../assessments/Chips';
import { ACTION_STATUS_LABELS } from '../assessments/words';

type Row = { id: string; description: string; owner: string; dueOn: string; status: ActionStatus; overdue: boolean; centreId: string };

const statusChoices = (Object.keys(ACTION_STATUS_LABELS) as ActionStatus[]).map((id) => ({ id, name: ACTION_STATUS_LABELS[id] }));

const filters = [
  <SelectInput key="status" source="status" label="Status" choices={statusChoices} alwaysOn />,
  <NullableBooleanInput key="open" source="open" label="Not yet signed off" trueLabel="Yes" falseLabel="No (signed off)" nullLabel="Either" alwaysOn sx={{ minWidth: 200 }} />,
  <ReferenceInput key="centreId" source="centreId" reference="Centre" alwaysOn>
    <AutocompleteInput label="Centre" optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

/**
 * Head office's actions across the network: those not yet signed off by default, earliest due
 * first (so the overdue ones lead), filtered by status (Overdue among them) and centre.
 */
export function ActionPlanItemList() {
  return (
    <List filters={filters} actions={false} filterDefaultValues={{ open: true }} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25} exporter={false} title="Actions">
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="description" label="Action" sortable={false} />
        <ReferenceField source="centreId" reference="Centre" label="Centre" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="owner" label="Owner" sortable={false} />
        <FunctionField
          source="dueOn"
          label="Due"
          render={(row: Row) => (
            <span style={{ color: row.overdue ? '#b71c1c' : undefined, whiteSpace: 'nowrap' }}>
              {ukDate(row.dueOn)}
              {row.overdue ? ' (overdue)' : ''}
            </span>
          )}
        />
        <FunctionField source="status" label="Status" render={(row: Row) => <ActionStatusChip status={row.status} />} />
      </Datagrid>
    </List>
  );
}
