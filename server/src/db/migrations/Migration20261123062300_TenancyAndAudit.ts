import { Migration } from '@mikro-orm/migrations';

/**
 * The database wall of tenancy, and the audit trail nobody can switch off.
 *
 * Row-level security: every tenant-owned table gets policies that read the request's scope from
 * settings the server sets with set_config(..., true) at the start of each request's transaction
 * (see tenancy/database-scope.ts). The application role is neither superuser nor BYPASSRLS, so the
 * policies bind it even if the application's own filter is wrong. National roles get an explicit
 * branch. Unset settings mean "nothing": an anonymous or misconfigured request sees no rows.
 *
 * The identity tables (app_user, user_session, user_grant) are read to authenticate a request
 * before any scope exists, so they are guarded by the application, not by RLS.
 *
 * Audit: a trigger on each audited table writes one audit_event per changed row, with before and
 * after values of the changed columns (secrets redacted), in the same transaction. audit_event
 * refuses UPDATE, DELETE and TRUNCATE to everyone through a trigger, and the application role is
 * additionally granted INSERT and SELECT only.
 */
export class Migration20261123062300_TenancyAndAudit extends Migration {
  override async up(): Promise<void> {
    // Helpers read once per statement: policies call them inside (select ...), an InitPlan.
    this.addSql(`create schema if not exists app`);
    this.addSql(`create function app.flag(name text) returns boolean language sql stable as $$
      select coalesce(nullif(current_setting(name, true), ''), 'false')::boolean $$`);
    this.addSql(`create function app.uuids(name text) returns uuid[] language sql stable as $$
      select coalesce(nullif(current_setting(name, true), ''), '{}')::uuid[] $$`);
    this.addSql(`create function app.uuid_or_null(name text) returns uuid language sql stable as $$
      select nullif(current_setting(name, true), '')::uuid $$`);
    this.addSql(`grant usage on schema app to public`);

    // organisation: its own id is the tenancy key.
    this.addSql(`alter table organisation enable row level security`);
    this.addSql(`create policy organisation_select on organisation for select using (
      (select app.flag('app.national'))
      or id = any ((select app.uuids('app.org_ids'))::uuid[])
      or id = any ((select app.uuids('app.member_org_ids'))::uuid[])
      or exists (select 1 from centre c where c.organisation_id = organisation.id
                 and c.id = any ((select app.uuids('app.assessed_centre_ids'))::uuid[])))`);
    this.addSql(`create policy organisation_insert on organisation for insert
      with check ((select app.flag('app.national_admin')))`);
    this.addSql(`create policy organisation_update on organisation for update
      using ((select app.flag('app.national_admin')) or id = any ((select app.uuids('app.org_ids'))::uuid[]))
      with check ((select app.flag('app.national_admin')) or id = any ((select app.uuids('app.org_ids'))::uuid[]))`);
    this.addSql(`create policy organisation_delete on organisation for delete
      using ((select app.flag('app.national_admin')))`);

    // centre: organisation_id is the tenancy key (indexed by centre_organisation_id_name_index).
    this.addSql(`alter table centre enable row level security`);
    this.addSql(`create policy centre_select on centre for select using (
      (select app.flag('app.national'))
      or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])
      or id = any ((select app.uuids('app.centre_ids'))::uuid[])
      or id = any ((select app.uuids('app.assessed_centre_ids'))::uuid[]))`);
    this.addSql(`create policy centre_insert on centre for insert with check (
      (select app.flag('app.national_admin')) or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[]))`);
    this.addSql(`create policy centre_update on centre for update
      using ((select app.flag('app.national_admin')) or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])
             or id = any ((select app.uuids('app.centre_ids'))::uuid[]))
      with check ((select app.flag('app.national_admin')) or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])
             or id = any ((select app.uuids('app.centre_ids'))::uuid[]))`);
    this.addSql(`create policy centre_delete on centre for delete using (
      (select app.flag('app.national_admin')) or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[]))`);

    // audit_event: anyone acting may append; head office reads all, an org admin their organisation's.
    this.addSql(`alter table audit_event enable row level security`);
    this.addSql(`create policy audit_event_insert on audit_event for insert with check (true)`);
    this.addSql(`create policy audit_event_select on audit_event for select using (
      (select app.flag('app.national_admin')) or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[]))`);

    this.addSql(`create function app.audit_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$`);
    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on audit_event
      for each row execute function app.audit_event_is_append_only()`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function app.audit_event_is_append_only()`);

    // Row-change audit. TG_ARGV: the entity type, then columns whose values are never copied.
    this.addSql(`create function app.audit_row_change() returns trigger language plpgsql as $$
      declare
        before jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
        after jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
        row_data jsonb := coalesce(after, before);
        redacted text[] := tg_argv[1:];
        changes jsonb := '{}'::jsonb;
        key text;
      begin
        for key in select jsonb_object_keys(row_data) loop
          -- Bookkeeping columns: a sign-in is audited as LOGIN, not as a change to the user.
          continue when key in ('updated_at', 'version', 'last_login_at');
          if before is null or after is null or before -> key is distinct from after -> key then
            changes := changes || jsonb_build_object(key, case
              when key = any (redacted) then jsonb_build_object('redacted', true)
              else jsonb_build_object('before', before -> key, 'after', after -> key) end);
          end if;
        end loop;
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
    this.addSql(`create trigger organisation_audit after insert or update or delete on organisation
      for each row execute function app.audit_row_change('Organisation')`);
    this.addSql(`create trigger centre_audit after insert or update or delete on centre
      for each row execute function app.audit_row_change('Centre')`);
    this.addSql(`create trigger app_user_audit after insert or update or delete on app_user
      for each row execute function app.audit_row_change('User', 'password_hash', 'invite_token_hash')`);
    this.addSql(`create trigger user_grant_audit after insert or update or delete on user_grant
      for each row execute function app.audit_row_change('Grant')`);
  }

  override async down(): Promise<void> {
    for (const [table, name] of [['organisation', 'organisation_audit'], ['centre', 'centre_audit'], ['app_user', 'app_user_audit'], ['user_grant', 'user_grant_audit']]) {
      this.addSql(`drop trigger if exists ${name} on ${table}`);
    }
    this.addSql(`drop trigger if exists audit_event_no_update_or_delete on audit_event`);
    this.addSql(`drop trigger if exists audit_event_no_truncate on audit_event`);
    for (const table of ['organisation', 'centre', 'audit_event']) {
      this.addSql(`alter table ${table} disable row level security`);
    }
    this.addSql(`drop policy if exists organisation_select on organisation`);
    this.addSql(`drop policy if exists organisation_insert on organisation`);
    this.addSql(`drop policy if exists organisation_update on organisation`);
    this.addSql(`drop policy if exists organisation_delete on organisation`);
    this.addSql(`drop policy if exists centre_select on centre`);
    this.addSql(`drop policy if exists centre_insert on centre`);
    this.addSql(`drop policy if exists centre_update on centre`);
    this.addSql(`drop policy if exists centre_delete on centre`);
    this.addSql(`drop policy if exists audit_event_insert on audit_event`);
    this.addSql(`drop policy if exists audit_event_select on audit_event`);
    this.addSql(`drop schema app cascade`);
  }
}
