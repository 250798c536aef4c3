import { Migration } from '@mikro-orm/migrations';

/**
 * The service types of the centres each person works at now, kept on the person row
 * (`centre_service_types`), so the clearance view reads the DBS level a person needs from the row
 * itself. Before, the view called a SECURITY DEFINER function per person; such a function is never
 * inlined, and its `set search_path` is undone and redone on every call: about 90 µs a person, so
 * 2 ms of a 2.5 ms page of 25 people, and most of the time of every dashboard aggregate over the
 * view (found by `pnpm bench`, W1).
 *
 * The column belongs to the database, not to the application: a BEFORE trigger recomputes it
 * whenever a person is added or a write names their centres or the column itself (so no write can
 * set it to anything else, and the ORM does not map it), and a change to a centre's service
 * types, or its removal, refreshes the people working there. Both read centres the writer may not
 * see (another centre of a person a coordinator shares), hence SECURITY DEFINER; they store
 * service types only.
 *
 * The training rules to come (mandatory courses by centre service type) read the same column.
 */
export class Migration20261201090000_CentreServiceTypesOnPerson extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table person add column centre_service_types text[] not null default '{}'`);

    // Most people work at one centre, whose list is read as it is (a quarter of the cost of the
    // general query): the seed writes half a million people through this trigger. The types are
    // distinct; their order means nothing.
    this.addSql(`create function app.person_centre_service_types() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        if cardinality(new.centre_ids) = 0 then
          new.centre_service_types := '{}';
        elsif cardinality(new.centre_ids) = 1 then
          new.centre_service_types := coalesce((select c.service_types from centre c where c.id = new.centre_ids[1]), '{}');
        else
          select coalesce(array_agg(distinct t.service_type), '{}')
            into new.centre_service_types
            from centre c cross join unnest(c.service_types) as t(service_type)
            where c.id = any (new.centre_ids);
        end if;
        return new;
      end $$`);
    // Any write that names either column recomputes it; other updates leave it as it is.
    this.addSql(`create trigger person_centre_service_types before insert or update of centre_ids, centre_service_types on person
      for each row execute function app.person_centre_service_types()`);

    // Touching centre_ids makes the BEFORE trigger above recompute the column; nothing else changes.
    this.addSql(`create function app.refresh_people_of_centre() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        update person set centre_ids = centre_ids where centre_ids @> array[old.id];
        return null;
      end $$`);
    this.addSql(`create trigger centre_service_types_refresh_people after update of service_types on centre
      for each row when (old.service_types is distinct from new.service_types)
      execute function app.refresh_people_of_centre()`);
    this.addSql(`create trigger centre_removal_refreshes_people after delete on centre
      for each row execute function app.refresh_people_of_centre()`);

    // The audit trigger ignores the column first, so filling it in records nothing.
    this.auditIgnores(['updated_at', 'version', 'last_login_at', 'centre_service_types']);
    this.addSql(`update person set centre_ids = centre_ids`);

    // The barred list wherever any of their centres offers supervised work; enhanced elsewhere.
    this.clearanceView(`select case when p.centre_service_types && array['SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT']
                    then 'ENHANCED_BARRED' else 'ENHANCED' end as required_level`);
    this.addSql(`drop function app.required_dbs_level(uuid[])`);
  }

  override async down(): Promise<void> {
    this.addSql(`create function app.required_dbs_level(p_centre_ids uuid[]) returns text
      language sql stable security definer set search_path = public, pg_temp as $$
        select case when exists (
          select 1 from centre where id = any (p_centre_ids)
            and service_types && array['SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT']::text[])
        then 'ENHANCED_BARRED' else 'ENHANCED' end $$`);
    this.addSql(`revoke all on function app.required_dbs_level(uuid[]) from public`);
    this.addSql(`grant execute on function app.required_dbs_level(uuid[]) to public`);
    this.clearanceView('select app.required_dbs_level(p.centre_ids) as required_level');
    this.addSql(`drop trigger centre_service_types_refresh_people on centre`);
    this.addSql(`drop trigger centre_removal_refreshes_people on centre`);
    this.addSql(`drop function app.refresh_people_of_centre()`);
    this.addSql(`drop trigger person_centre_service_types on person`);
    this.addSql(`drop function app.person_centre_service_types()`);
    this.addSql(`alter table person drop column centre_service_types`);
    this.auditIgnores(['updated_at', 'version', 'last_login_at']);
  }

  /**
   * The person_clearance view (as in PeopleAndSafeguarding), with `requiredLevel` the query that
   * gives the level a person `p` needs.
   */
  private clearanceView(requiredLevel: string): void {
    this.addSql(`create or replace view person_clearance with (security_invoker = true) as
      select p.id as person_id, p.organisation_id, r.required_level, d.id as dbs_check_id, d.level as dbs_level,
             d.issue_date as dbs_issue_date, e.expires_on,
             case
               when d.id is null then 'MISSING_DBS'
               when d.decision = 'NOT_CLEARED' then 'NOT_CLEARED'
               when array_position(array['BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_BARRED'], d.level)
                    < array_position(array['BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_BARRED'], r.required_level) then 'WRONG_LEVEL'
               when d.on_update_service and d.last_status_check_result = 'NEW_INFORMATION' then 'NEEDS_NEW_CHECK'
               when e.expires_on <= app.today() then 'EXPIRED'
               when e.expires_on <= app.today() + app.expiring_days() then 'EXPIRING'
               else 'CLEARED'
             end as status
      from person p
      cross join lateral (${requiredLevel}) r
      left join lateral (
        select c.id, c.level, c.decision, c.issue_date, c.on_update_service, c.last_status_check_date, c.last_status_check_result
        from dbs_check c where c.person_id = p.id
        order by c.issue_date desc, c.decided_at desc, c.id desc limit 1) d on true
      cross join lateral (
        select greatest((d.issue_date + interval '3 years')::date,
          case when d.on_update_service and d.last_status_check_result = 'NO_NEW_INFORMATION'
               then (d.last_status_check_date + interval '12 months')::date end) as expires_on) e`);
  }

  /**
   * The row-change audit trigger (as in FasterAuditTrigger) with its bookkeeping columns: a
   * derived column is recorded where its cause is (the centre's service types), not on every
   * person it touches.
   */
  private auditIgnores(columns: string[]): void {
    const ignored = columns.map((column) => `'${column}'`).join(', ');
    this.addSql(`create or replace function app.audit_row_change() returns trigger language plpgsql as $$
      declare
        before jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
        after jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
        row_data jsonb := coalesce(after, before);
        redacted text[] := tg_argv[1:];
        changes jsonb;
      begin
        -- Bookkeeping and derived columns: a sign-in is audited as LOGIN, not as a change to the user.
        select coalesce(jsonb_object_agg(key, case
                 when key = any (redacted) then jsonb_build_object('redacted', true)
                 else jsonb_build_object('before', before -> key, 'after', after -> key) end), '{}'::jsonb)
          into changes
          from jsonb_object_keys(row_data) as key
          where key not in (${ignored})
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
}
