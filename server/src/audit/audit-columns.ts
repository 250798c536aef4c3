/**
 * What the audit trail keeps of each audited table, column by column: the one list a reviewer
 * reads to know what the append-only trail will hold for ever.
 *
 * - `kept`: the value before and after a change is recorded (a centre's name, an organisation's
 *   status, a user's email address: records about the network and its accounts).
 * - `redacted`: the entry says the column changed, never its value. People and DBS checks are
 *   redacted in full: people are erased at the end of the retention period and the trail must
 *   not keep what was erased, and head office (which reads every entry) may see compliance
 *   status only, never DBS particulars (UK GDPR data minimisation; the DBS code of practice).
 * - `ignored`: bookkeeping or derived columns that make no entry (a sign-in is audited as LOGIN,
 *   not as a change to the user; a person's centre service types follow their centres).
 *
 * Each module declares its audited tables in its manifest (`auditedTables`). The row-change
 * triggers take the `kept` columns as their arguments (anything not named is redacted), and
 * audit-columns.spec.ts fails when a column of an audited table is in no list, or when a
 * trigger's arguments differ from the list: a new column is classified before it lands.
 */
export type AuditedTable = {
  entityType: string;
  kept: readonly string[];
  redacted: readonly string[];
  ignored: readonly string[];
};

/** Columns the trigger function itself skips on every table. */
export const BOOKKEEPING_COLUMNS = ['updated_at', 'version', 'last_login_at', 'centre_service_types'] as const;
