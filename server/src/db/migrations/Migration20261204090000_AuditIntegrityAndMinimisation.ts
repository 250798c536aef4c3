import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail's integrity and data minimisation, in the database.
 *
 * 1. Nobody writes into someone else's trail. The insert policy of audit_event accepted any row
 *    the application role wrote, so an entry's organisation could come from a client argument
 *    (peopleCsv with another organisation's id wrote a fake "your people were exported" entry
 *    there). Now the application role may append only an entry whose organisation is within the
 *    request's scope (the organisations it can read: head office and the training team any, an
 *    org admin or coordinator their own, an assessor those of their assessed centres) or that
 *    names none (network-level events: sign-ins, invitations accepted), and whose actor is the
 *    request's own user (`app.user_id`, set from the session, or from the account a sign-in or
 *    invitation has just proved). Row-change triggers run as the writer and pass the same check;
 *    the owner's jobs (retention) and the security-definer reveal function are not bound by it.
 *
 * 2. Entries about people and DBS checks keep no values. The row-change trigger's arguments are
 *    now the columns whose values MAY be kept (an allow-list); every other changed column is
 *    recorded as `{"redacted": true}`, so a new column is minimised until someone decides
 *    otherwise. Person and DbsCheck keep none: the entry says which fields changed, who changed
 *    them and when. the modules' manifests (`auditedTables`) hold the same lists and a test compares them with the
 *    triggers and with every column of every audited table.
 *
 * Entries already written about people and DBS checks held values (names of deciders, levels,
 * decisions, dates). They are rewritten here once, by the owner, to the same minimised form: the
 * append-only trigger is suspended for that one statement inside this migration's transaction.
 * The certificate reveal entry keeps its reason (the DBS code of practice asks why) and no longer
 * copies the person's id.
 */
export class Migration20261204090000_AuditIntegrityAndMinimisation extends Migration {
  override async up(): Promise<void> {
    this.insertPolicy(`
      actor_user_id is not distinct from (select app.uuid_or_null('app.user_id'))
      and (organisation_id is null
           or (select app.flag('app.national'))
           or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])
           or organisation_id = any ((select app.uuids('app.member_org_ids'))::uuid[])
           or organisation_id in (select c.organisation_id from centre c
                                  where c.id = any ((select app.uuids('app.assessed_centre_ids'))::uuid[])))`);

    this.rowChangeFunction(`
        select coalesce(jsonb_object_agg(key, case
                 when key = any (kept) then jsonb_build_object('before', before -> key, 'after', after -> key)
                 else jsonb_build_object('redacted', true) end), '{}'::jsonb)`, 'kept');
    for (const [table, entityType, kept] of KEPT_VALUES) this.trigger(table, entityType, kept);

    this.revealFunction(`jsonb_build_object('reason', p_reason)`);

    this.addSql(`alter table audit_event disable trigger audit_event_no_update_or_delete`);
    this.addSql(`update audit_event
      set changes = (select coalesce(jsonb_object_agg(key, jsonb_build_object('redacted', true)), '{}'::jsonb) from jsonb_object_keys(changes) as key)
      where entity_type in ('Person', 'DbsCheck') and action in ('CREATE', 'UPDATE', 'DELETE') and changes is not null`);
    this.addSql(`update audit_event set changes = changes - 'personId' where action = 'DBS_CERTIFICATE_REVEALED' and changes ? 'personId'`);
    this.addSql(`alter table audit_event enable trigger audit_event_no_update_or_delete`);
  }

  override async down(): Promise<void> {
    this.insertPolicy('true');
    this.rowChangeFunction(`
        select coalesce(jsonb_object_agg(key, case
                 when key = any (redacted) then jsonb_build_object('redacted', true)
                 else jsonb_build_object('before', before -> key, 'after', after -> key) end), '{}'::jsonb)`, 'redacted');
    for (const [table, entityType, redacted] of REDACTED_BEFORE) this.trigger(table, entityType, redacted);
    this.revealFunction(`jsonb_build_object('reason', p_reason, 'personId', v_person)`);
    // Values removed from earlier entries are not restored: they are gone.
  }

  private insertPolicy(check: string): void {
    this.addSql(`drop policy if exists audit_event_insert on audit_event`);
    this.addSql(`create policy audit_event_insert on audit_event for insert with check (${check})`);
  }

  /** The row-change trigger function; `listName` is what its arguments after the entity type mean. */
  private rowChangeFunction(changedColumns: string, listName: 'kept' | 'redacted'): void {
    this.addSql(`create or replace function app.audit_row_change() returns trigger language plpgsql as $$
      declare
        before jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
        after jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
        row_data jsonb := coalesce(after, before);
        ${listName} text[] := tg_argv[1:];
        changes jsonb;
      begin
        -- Bookkeeping and derived columns: a sign-in is audited as LOGIN, not as a change to the user.
        ${changedColumns}
          into changes
          from jsonb_object_keys(row_data) as key
          where key not in ('updated_at', 'version', 'last_login_at', 'centre_service_types')
            and (before is null or after is null or before -> key is distinct from after -> key);
        if tg_op = 'UPDATE' and changes = '{}'::jsonb then
          return null;
        end if;
        insert into audit_event (id, occurred_at, actor_user_id, organisation_id, action, entity_type, entity_id, changes, request_id, ip)
        values (gen_random_uuid(), now(), app.uuid_or_null('app.user_id'),
                case when tg_table_name = 'organisation' then (row_data ->> 'id')::uuid
                     else (row_data ->> 'organisation_id')::uuid end,
                case tg_op when 'INSERT' then 'CREATE' else tg_op end,
                tg_argv[0], (row_data ->> 'id')::uuid, changes,
                nullif(current_setting('app.request_id', true), ''), nullif(current_setting('app.ip', true), ''));
        return null;
      end $$`);
  }

  private trigger(table: string, entityType: string, columns: readonly string[]): void {
    const args = [entityType, ...columns].map((arg) => `'${arg}'`).join(', ');
    this.addSql(`drop trigger if exists ${table}_audit on ${table}`);
    this.addSql(`create trigger ${table}_audit after insert or update or delete on ${table}
      for each row execute function app.audit_row_change(${args})`);
  }

  private revealFunction(changes: string): void {
    this.addSql(`create or replace function app.reveal_certificate_number(p_check_id uuid, p_reason text) returns text
      language plpgsql volatile security definer set search_path = public, pg_temp as $$
      declare
        v_organisation uuid;
        v_person uuid;
        v_number text;
      begin
        select organisation_id, person_id, certificate_number into v_organisation, v_person, v_number
          from dbs_check where id = p_check_id;
        -- Only an org admin of the check's organisation; anyone else learns nothing, not even existence.
        if v_organisation is null or not (v_organisation = any (app.uuids('app.org_ids'))) or v_number is null then
          return null;
        end if;
        insert into audit_event (id, occurred_at, actor_user_id, organisation_id, action, entity_type, entity_id, changes, request_id, ip)
        values (gen_random_uuid(), now(), app.uuid_or_null('app.user_id'), v_organisation, 'DBS_CERTIFICATE_REVEALED', 'DbsCheck',
                p_check_id, ${changes},
                nullif(current_setting('app.request_id', true), ''), nullif(current_setting('app.ip', true), ''));
        return v_number;
      end $$`);
  }
}

/**
 * The values each audited table may keep, as of this migration (audit/audit-columns.ts is the
 * living list; its test compares the two). Written out here so the migration means the same
 * whenever it runs.
 */
const KEPT_VALUES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['organisation', 'Organisation', ['id', 'created_at', 'name', 'charity_number', 'type', 'contact_email', 'membership_status', 'region']],
  ['centre', 'Centre', ['id', 'created_at', 'organisation_id', 'name', 'kind', 'address_line1', 'address_line2', 'town', 'postcode', 'latitude', 'longitude',
    'region', 'service_types', 'referral_routes', 'opening_pattern', 'accessibility_notes', 'languages', 'fees_note', 'publicly_listed']],
  ['app_user', 'User', ['id', 'created_at', 'email', 'display_name', 'active', 'password_changed_at', 'invite_expires_at']],
  ['user_grant', 'Grant', ['id', 'created_at', 'user_id', 'role', 'organisation_id', 'centre_ids']],
  ['person', 'Person', []],
  ['dbs_check', 'DbsCheck', []],
];

/** The triggers' arguments before this migration: columns redacted (all others kept). */
const REDACTED_BEFORE: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['organisation', 'Organisation', []],
  ['centre', 'Centre', []],
  ['app_user', 'User', ['password_hash', 'invite_token_hash']],
  ['user_grant', 'Grant', []],
  ['person', 'Person', ['given_name', 'family_name', 'email', 'phone', 'notes']],
  ['dbs_check', 'DbsCheck', ['certificate_number', 'update_service_subscription_id']],
];
