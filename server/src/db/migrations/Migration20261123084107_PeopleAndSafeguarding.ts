import { Migration } from '@mikro-orm/migrations';

/**
 * People and safeguarding: people, their centre history, DBS checks, and the one place clearance
 * is computed (the person_clearance view).
 *
 * Tenancy as for centres: RLS on every new table. A person is visible to an org admin of their
 * organisation, to coordinators and assessors of a centre they currently work at, and to head
 * office; their DBS checks and centre history are visible exactly when they are.
 *
 * The DBS code of practice: the certificate number is write-only for the application role (see
 * applyAppRolePrivileges) and readable only through app.reveal_certificate_number, which checks
 * the caller is an org admin of the check's organisation and writes the audit entry itself, so no
 * code path can read a number without leaving a trace.
 */
export class Migration20261123084107_PeopleAndSafeguarding extends Migration {
  private rowLevelSecurity(): void {
    const orgAdmin = `organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])`;
    const coordinatorOf = (column: string) => `${column} && (select app.uuids('app.centre_ids'))::uuid[]`;
    this.addSql(`alter table person enable row level security`);
    this.addSql(`create policy person_select on person for select using (
      (select app.flag('app.national')) or ${orgAdmin}
      or centre_ids && (select app.uuids('app.centre_ids'))::uuid[]
      or centre_ids && (select app.uuids('app.assessed_centre_ids'))::uuid[])`);
    // Coordinators manage the people of their own centres, within their organisation.
    const personWrite = `${orgAdmin} or (organisation_id = any ((select app.uuids('app.member_org_ids'))::uuid[]) and ${coordinatorOf('centre_ids')})`;
    this.addSql(`create policy person_insert on person for insert with check (${personWrite})`);
    this.addSql(`create policy person_update on person for update using (${personWrite}) with check (${personWrite})`);
    this.addSql(`create policy person_delete on person for delete using (${personWrite})`);

    for (const table of ['dbs_check', 'person_centre_assignment']) {
      // Visible exactly when the person is: the subquery is itself bound by person's policies.
      const ofVisiblePerson = `exists (select 1 from person p where p.id = ${table}.person_id)`;
      const write = `${orgAdmin} or exists (select 1 from person p where p.id = ${table}.person_id and ${coordinatorOf('p.centre_ids')})`;
      this.addSql(`alter table ${table} enable row level security`);
      this.addSql(`create policy ${table}_select on ${table} for select using (${ofVisiblePerson})`);
      this.addSql(`create policy ${table}_insert on ${table} for insert with check (${write})`);
      this.addSql(`create policy ${table}_update on ${table} for update using (${write}) with check (${write})`);
      this.addSql(`create policy ${table}_delete on ${table} for delete using (${write})`);
    }
  }

  /**
   * Clearance rules (DOMAIN.md, issue 5), in SQL so lists can filter and dashboards aggregate
   * without loading people one by one:
   * - the DBS that counts is the latest by issue date;
   * - none: MISSING_DBS; decision not cleared: NOT_CLEARED; level below what the person's
   *   centres need (enhanced with barred list at supervised services, enhanced elsewhere):
   *   WRONG_LEVEL; an Update Service status check with new information: NEEDS_NEW_CHECK;
   * - it is current for 3 years from issue, or until 12 months after an Update Service status
   *   check that found no new information, whichever is later: EXPIRED from that day, EXPIRING
   *   within the warning window before it, otherwise CLEARED.
   * "Today" and the window come from settings the server applies per transaction (London's date,
   * the configured window), so tests can fix the clock.
   */
  private clearance(): void {
    this.addSql(`create function app.today() returns date language sql stable as $$
      select coalesce(nullif(current_setting('app.today', true), '')::date, (now() at time zone 'Europe/London')::date) $$`);
    this.addSql(`create function app.expiring_days() returns integer language sql stable as $$
      select coalesce(nullif(current_setting('app.expiring_days', true), '')::integer, 90) $$`);
    // SECURITY DEFINER: the level a person needs depends on all their centres, including ones the
    // caller cannot see (a coordinator of one of them); only the level is returned, never a centre.
    this.addSql(`create function app.required_dbs_level(p_centre_ids uuid[]) returns text
      language sql stable security definer set search_path = public, pg_temp as $$
        select case when exists (
          select 1 from centre where id = any (p_centre_ids)
            and service_types && array['SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT']::text[])
        then 'ENHANCED_BARRED' else 'ENHANCED' end $$`);
    this.addSql(`revoke all on function app.required_dbs_level(uuid[]) from public`);
    this.addSql(`grant execute on function app.required_dbs_level(uuid[]) to public`);
    // security_invoker: the caller's row-level security applies to the view's tables.
    this.addSql(`create view person_clearance with (security_invoker = true) as
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
      cross join lateral (select app.required_dbs_level(p.centre_ids) as required_level) r
      left join lateral (
        select c.id, c.level, c.decision, c.issue_date, c.on_update_service, c.last_status_check_date, c.last_status_check_result
        from dbs_check c where c.person_id = p.id
        order by c.issue_date desc, c.decided_at desc, c.id desc limit 1) d on true
      cross join lateral (
        select greatest((d.issue_date + interval '3 years')::date,
          case when d.on_update_service and d.last_status_check_result = 'NO_NEW_INFORMATION'
               then (d.last_status_check_date + interval '12 months')::date end) as expires_on) e`);
  }

  private certificateReveal(): void {
    this.addSql(`create function app.reveal_certificate_number(p_check_id uuid, p_reason text) returns text
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
                p_check_id, jsonb_build_object('reason', p_reason, 'personId', v_person),
                nullif(current_setting('app.request_id', true), ''), nullif(current_setting('app.ip', true), ''));
        return v_number;
      end $$`);
    this.addSql(`revoke all on function app.reveal_certificate_number(uuid, text) from public`);
    this.addSql(`grant execute on function app.reveal_certificate_number(uuid, text) to public`);
  }

  /**
   * Row changes are audited as elsewhere, but without personal values: people can be erased at
   * the end of the retention period, and an append-only trail must not keep what was erased.
   * The entry still says who changed which field, when.
   */
  private audit(): void {
    this.addSql(`create trigger person_audit after insert or update or delete on person
      for each row execute function app.audit_row_change('Person', 'given_name', 'family_name', 'email', 'phone', 'notes')`);
    this.addSql(`create trigger dbs_check_audit after insert or update or delete on dbs_check
      for each row execute function app.audit_row_change('DbsCheck', 'certificate_number', 'update_service_subscription_id')`);
  }


  override async up(): Promise<void> {
    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organisation_id" uuid not null, "given_name" text not null, "family_name" text not null, "email" text null, "phone" text null, "person_type" text check ("person_type" in ('VOLUNTEER', 'STAFF', 'COORDINATOR', 'TRUSTEE', 'SESSIONAL_WORKER')) not null, "start_date" date not null, "leave_date" date null, "status" text check ("status" in ('ACTIVE', 'LEFT')) not null default 'ACTIVE', "centre_ids" uuid[] not null, "notes" text null, constraint "person_pkey" primary key ("id"), constraint person_leave_after_start_check check (leave_date is null or leave_date >= start_date));`);
    this.addSql(`create index "person_status_index" on "person" ("status");`);
    this.addSql(`create index "person_centre_ids_index" on "person" using gin ("centre_ids");`);
    this.addSql(`create index "person_organisation_id_family_name_given_name_index" on "person" ("organisation_id", "family_name", "given_name");`);

    this.addSql(`create table "dbs_check" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid not null, "organisation_id" uuid not null, "jurisdiction" text check ("jurisdiction" in ('DBS', 'ACCESS_NI')) not null, "level" text check ("level" in ('BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_BARRED')) not null, "workforce" text check ("workforce" in ('CHILD', 'ADULT', 'CHILD_AND_ADULT', 'OTHER')) not null, "certificate_number" text null, "certificate_purged_at" timestamptz null, "issue_date" date not null, "decision" text check ("decision" in ('CLEARED', 'CLEARED_AFTER_RISK_ASSESSMENT', 'NOT_CLEARED')) not null, "decided_by" text not null, "decided_at" timestamptz not null, "on_update_service" boolean not null default false, "update_service_subscription_id" text null, "last_status_check_date" date null, "last_status_check_result" text check ("last_status_check_result" in ('NO_NEW_INFORMATION', 'NEW_INFORMATION')) null, constraint "dbs_check_pkey" primary key ("id"), constraint dbs_check_update_service_check check (on_update_service or (update_service_subscription_id is null and last_status_check_date is null)));`);
    this.addSql(`create index "dbs_check_organisation_id_decided_at_index" on "dbs_check" ("organisation_id", "decided_at");`);
    this.addSql(`create index "dbs_check_person_id_issue_date_index" on "dbs_check" ("person_id", "issue_date");`);

    this.addSql(`create table "person_centre_assignment" ("id" uuid not null, "person_id" uuid not null, "organisation_id" uuid not null, "centre_id" uuid not null, "started_on" date not null, "ended_on" date null, constraint "person_centre_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "person_centre_assignment_centre_id_index" on "person_centre_assignment" ("centre_id");`);
    this.addSql(`create index "person_centre_assignment_person_id_started_on_index" on "person_centre_assignment" ("person_id", "started_on");`);

    this.addSql(`alter table "person" add constraint "person_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "dbs_check" add constraint "dbs_check_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dbs_check" add constraint "dbs_check_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "person_centre_assignment" add constraint "person_centre_assignment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "person_centre_assignment" add constraint "person_centre_assignment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "person_centre_assignment" add constraint "person_centre_assignment_centre_id_foreign" foreign key ("centre_id") references "centre" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "person" alter column "centre_ids" set default '{}'`);
    this.addSql(`create unique index "person_organisation_email_unique" on "person" ("organisation_id", lower("email")) where "email" is not null`);
    this.addSql(`create index "person_centre_assignment_person_open_index" on "person_centre_assignment" ("person_id") where "ended_on" is null`);

    this.rowLevelSecurity();
    this.clearance();
    this.certificateReveal();
    this.audit();
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dbs_check" drop constraint "dbs_check_person_id_foreign";`);

    this.addSql(`alter table "person_centre_assignment" drop constraint "person_centre_assignment_person_id_foreign";`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "dbs_check" cascade;`);

    this.addSql(`drop table if exists "person_centre_assignment" cascade;`);

    this.addSql(`drop view if exists person_clearance`);
    this.addSql(`drop function if exists app.reveal_certificate_number(uuid, text)`);
    this.addSql(`drop function if exists app.required_dbs_level(uuid[])`);
    this.addSql(`drop function if exists app.today()`);
    this.addSql(`drop function if exists app.expiring_days()`);
  }

}
