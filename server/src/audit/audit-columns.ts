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
 * The row-change triggers take the `kept` columns as their arguments (anything not named is
 * redacted), and audit-columns.spec.ts fails when a column of an audited table is in no list, or
 * when a trigger's arguments differ from this list: a new column is classified before it lands.
 */
export type AuditedTable = {
  entityType: string;
  kept: readonly string[];
  redacted: readonly string[];
  ignored: readonly string[];
};

/** Columns the trigger function itself skips on every table. */
export const BOOKKEEPING_COLUMNS = ['updated_at', 'version', 'last_login_at', 'centre_service_types'] as const;

export const AUDITED_TABLES: Readonly<Record<string, AuditedTable>> = {
  organisation: {
    entityType: 'Organisation',
    kept: ['id', 'created_at', 'name', 'charity_number', 'type', 'contact_email', 'membership_status', 'region'],
    redacted: [],
    ignored: ['updated_at', 'version'],
  },
  centre: {
    entityType: 'Centre',
    kept: [
      'id',
      'created_at',
      'organisation_id',
      'name',
      'kind',
      'address_line1',
      'address_line2',
      'town',
      'postcode',
      'latitude',
      'longitude',
      'region',
      'service_types',
      'referral_routes',
      'opening_pattern',
      'accessibility_notes',
      'languages',
      'fees_note',
      'publicly_listed',
    ],
    redacted: [],
    ignored: ['updated_at', 'version'],
  },
  app_user: {
    entityType: 'User',
    kept: ['id', 'created_at', 'email', 'display_name', 'active', 'password_changed_at', 'invite_expires_at'],
    redacted: ['password_hash', 'invite_token_hash'],
    ignored: ['updated_at', 'version', 'last_login_at'],
  },
  user_grant: {
    entityType: 'Grant',
    kept: ['id', 'created_at', 'user_id', 'role', 'organisation_id', 'centre_ids'],
    redacted: [],
    ignored: ['updated_at', 'version'],
  },
  person: {
    entityType: 'Person',
    kept: [],
    redacted: [
      'id',
      'created_at',
      'organisation_id',
      'given_name',
      'family_name',
      'email',
      'phone',
      'person_type',
      'start_date',
      'leave_date',
      'status',
      'centre_ids',
      'notes',
    ],
    ignored: ['updated_at', 'version', 'centre_service_types'],
  },
  dbs_check: {
    entityType: 'DbsCheck',
    kept: [],
    redacted: [
      'id',
      'created_at',
      'person_id',
      'organisation_id',
      'jurisdiction',
      'level',
      'workforce',
      'certificate_number',
      'certificate_purged_at',
      'issue_date',
      'decision',
      'decided_by',
      'decided_at',
      'on_update_service',
      'update_service_subscription_id',
      'last_status_check_date',
      'last_status_check_result',
    ],
    ignored: ['updated_at', 'version'],
  },
};
