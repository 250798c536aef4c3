import { Datagrid, DateField, FunctionField, List, SelectInput, TextField, TextInput } from 'react-admin';
import { DATE_LOCALE, DATE_TIME_OPTIONS } from '../../labels';
import { useScopeFilter } from '../../scope';

const ACTION_NAMES: Record<string, string> = { DBS_CERTIFICATE_REVEALED: 'DBS certificate number revealed' };
const ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'INVITE_ISSUED', 'PASSWORD_SET', 'EXPORT', 'IMPORT', 'DBS_CERTIFICATE_REVEALED'].map((id) => ({
  id,
  name: ACTION_NAMES[id] ?? id.charAt(0) + id.slice(1).toLowerCase().replace(/_/g, ' '),
}));
const RECORD_TYPES = ['Organisation', 'Centre', 'User', 'Grant', 'Person', 'DbsCheck'];

const filters = [
  <SelectInput key="action" source="action" label="Action" choices={ACTIONS} alwaysOn />,
  <SelectInput key="entityType" source="entityType" label="Record type" choices={RECORD_TYPES.map((id) => ({ id, name: id === 'DbsCheck' ? 'DBS check' : id }))} alwaysOn />,
  <TextInput key="entityId" source="entityId" label="Record id" />,
];

type Change = { before?: unknown; after?: unknown; redacted?: boolean; attempted?: string };
type Changes = Record<string, Change | string | number | boolean | null> | null;

/**
 * What changed, readably: "name: Hope Centre → Hope Family Centre". Fields whose values the trail
 * does not keep (everything about people and DBS checks) are named together, once: "Changed
 * (values not kept): phone, notes". A new record's minimised fields are not listed one by one.
 * Some entries carry plain values instead of before/after pairs (a certificate reveal records its reason).
 */
function describe({ action, changes }: { action: string; changes: Changes }): string {
  if (!changes) return '';
  const entries = Object.entries(changes).filter(([field]) => !['id', 'created_at'].includes(field));
  const minimised = entries.filter(([, change]) => change !== null && typeof change === 'object' && change.redacted).map(([field]) => field.replace(/_/g, ' '));
  const shown = entries
    .filter(([, change]) => !(change !== null && typeof change === 'object' && change.redacted))
    .map(([field, change]) => {
      if (change === null || typeof change !== 'object') return `${field}: ${format(change)}`;
      if ('attempted' in change) return `${field}: ${change.attempted}`;
      return `${field}: ${format(change.before)} → ${format(change.after)}`;
    });
  if (minimised.length) {
    shown.push(action === 'UPDATE' ? `Changed (values not kept): ${minimised.join(', ')}` : 'Details are not kept in the audit trail');
  }
  return shown.join('; ');
}

function format(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function AuditEventList() {
  const scope = useScopeFilter('AuditEvent');
  return (
    <List filters={filters} filter={scope} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="occurredAt" label="When" showTime locales={DATE_LOCALE} options={{ ...DATE_TIME_OPTIONS, second: '2-digit' }} />
        <TextField source="action" />
        <TextField source="entityType" label="Record" />
        <FunctionField label="What changed" render={(record: { action: string; changes: Changes }) => describe(record)} sx={{ maxWidth: 520, display: 'block' }} />
        <TextField source="actorName" label="By" emptyText="System or not signed in" sortable={false} />
        <TextField source="ip" label="IP address" emptyText="–" sortable={false} />
      </Datagrid>
    </List>
  );
}
