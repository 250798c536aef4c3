import { Migration } from '@mikro-orm/migrations';

/**
 * Training: NACCC's OCN-accredited course catalogue and who must hold each course (rules as
 * rows, not code), the sessions the training team runs and who is enrolled, and everyone's
 * training records; and the mandatory training each person needs, computed beside their DBS in
 * the one place rosterability is computed (the person_clearance view).
 *
 * Tenancy. The catalogue and the sessions belong to the network (no organisation): every signed-in
 * user reads them, head office and the training team keep the catalogue, the training team runs
 * sessions. Enrolments and training records carry the person's organisation and are visible
 * exactly when the person is (as their centre spells are). Writes follow who does what:
 * - a NACCC record (an outcome of a NACCC course) only by the training team;
 * - an external record by an org admin of the person's organisation or a coordinator of a centre
 *   they work at;
 * - an enrolment by the training team; a requested place by the person's org admin or coordinator,
 *   who may also withdraw a request that is not yet confirmed.
 *
 * Audit. Row changes are audited on every new table. Records and enrolments are about people:
 * their entries keep no values (the course and session ids only, which say nothing about the
 * person); the catalogue and sessions keep theirs.
 */
export class Migration20261205090000_Training extends Migration {
  override async up(): Promise<void> {
    this.tables();
    this.rowLevelSecurity();
    this.mandatoryTraining();
    this.places();
    this.clearanceView(true);
    this.audit();
  }

  override async down(): Promise<void> {
    this.clearanceView(false);
    this.addSql(`drop function app.mandatory_training(uuid, text, text[])`);
    this.addSql(`drop function app.places_taken(uuid[])`);
    this.addSql(`drop function app.hold_session_places(uuid)`);
    this.addSql(`drop function app.training_expiry(date, integer)`);
    for (const table of ['training_record', 'session_enrolment', 'course_session', 'course_requirement', 'course']) this.addSql(`drop table ${table} cascade`);
  }

  private tables(): void {
    this.addSql(`create table course (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      code text not null,
      title text not null,
      description text null,
      ocn_level text not null check (ocn_level in ('ENTRY', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3')),
      credit_value int not null check (credit_value between 0 and 120),
      guided_learning_hours numeric(5, 1) not null check (guided_learning_hours >= 0 and guided_learning_hours <= 1000),
      delivery text not null check (delivery in ('IN_PERSON', 'ONLINE', 'BLENDED')),
      validity_months int null check (validity_months between 1 and 240),
      active boolean not null default true,
      constraint course_code_unique unique (code))`);

    // One row per rule: a person of this type (any, when null) at a centre offering this service
    // (any centre or none, when null) must hold the course.
    this.addSql(`create table course_requirement (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      course_id uuid not null references course (id) on update cascade on delete cascade,
      person_type text null check (person_type in ('VOLUNTEER', 'STAFF', 'COORDINATOR', 'TRUSTEE', 'SESSIONAL_WORKER')),
      service_type text null check (service_type in ('SUPPORTED_CONTACT', 'SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT', 'INDIRECT_CONTACT', 'ESCORTED_CONTACT', 'HANDOVER', 'VIRTUAL_CONTACT', 'LIFE_STORY_WORK')),
      constraint course_requirement_unique unique nulls not distinct (course_id, person_type, service_type))`);

    this.addSql(`create table course_session (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      course_id uuid not null references course (id) on update cascade on delete restrict,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      trainer text not null,
      venue text null,
      online_link text null,
      region text null,
      capacity int not null check (capacity between 1 and 500),
      status text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED')),
      constraint course_session_ends_after_start check (ends_at > starts_at),
      constraint course_session_where check (venue is not null or online_link is not null))`);
    this.addSql(`create index course_session_starts_at_index on course_session (starts_at)`);
    this.addSql(`create index course_session_course_id_starts_at_index on course_session (course_id, starts_at)`);

    this.addSql(`create table session_enrolment (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      session_id uuid not null references course_session (id) on update cascade on delete cascade,
      person_id uuid not null references person (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      status text not null check (status in ('REQUESTED', 'CONFIRMED')),
      constraint session_enrolment_once unique (session_id, person_id))`);
    this.addSql(`create index session_enrolment_person_id_index on session_enrolment (person_id)`);
    this.addSql(`create index session_enrolment_organisation_id_index on session_enrolment (organisation_id)`);

    this.addSql(`create table training_record (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      person_id uuid not null references person (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      source text not null check (source in ('NACCC', 'EXTERNAL')),
      course_id uuid null references course (id) on update cascade on delete restrict,
      external_course text null,
      external_provider text null,
      session_id uuid null references course_session (id) on update cascade on delete set null,
      completed_on date not null,
      outcome text not null check (outcome in ('ATTENDED', 'PASSED', 'CREDITS_AWARDED', 'DID_NOT_ATTEND', 'FAILED')),
      credits int not null default 0 check (credits between 0 and 120),
      hours numeric(5, 1) not null default 0 check (hours >= 0 and hours <= 1000),
      certificate_ref text null,
      recorded_by_user_id uuid null references app_user (id) on update cascade on delete set null,
      constraint training_record_course_or_external check (
        (source = 'NACCC' and course_id is not null and external_course is null and external_provider is null)
        or (source = 'EXTERNAL' and course_id is null and session_id is null and external_course is not null and external_provider is not null)))`);
    // A session's outcome for a person is one record: recording the cohort again corrects it.
    this.addSql(`create unique index training_record_session_person_unique on training_record (session_id, person_id) where session_id is not null`);
    // Mandatory training: the latest completion of a course by a person.
    this.addSql(`create index training_record_person_id_course_id_completed_on_index on training_record (person_id, course_id, completed_on)`);
    this.addSql(`create index training_record_organisation_id_completed_on_index on training_record (organisation_id, completed_on)`);
  }

  private rowLevelSecurity(): void {
    const trainingTeam = `(select app.flag('app.training_team'))`;
    const catalogueKeeper = `(select app.flag('app.national_admin')) or ${trainingTeam}`;
    for (const table of ['course', 'course_requirement']) {
      this.addSql(`alter table ${table} enable row level security`);
      this.addSql(`create policy ${table}_select on ${table} for select using (true)`);
      this.addSql(`create policy ${table}_write on ${table} for all using (${catalogueKeeper}) with check (${catalogueKeeper})`);
    }
    this.addSql(`alter table course_session enable row level security`);
    this.addSql(`create policy course_session_select on course_session for select using (true)`);
    this.addSql(`create policy course_session_write on course_session for all using (${trainingTeam}) with check (${trainingTeam})`);

    const orgAdmin = `organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])`;
    const leadsPerson = (table: string) =>
      `(${orgAdmin} or exists (select 1 from person p where p.id = ${table}.person_id
          and p.organisation_id = any ((select app.uuids('app.member_org_ids'))::uuid[])
          and p.centre_ids && (select app.uuids('app.centre_ids'))::uuid[]))`;
    for (const table of ['session_enrolment', 'training_record']) {
      this.addSql(`alter table ${table} enable row level security`);
      // Visible exactly when the person is: the subquery is itself bound by person's policies.
      this.addSql(`create policy ${table}_select on ${table} for select using (exists (select 1 from person p where p.id = ${table}.person_id))`);
    }
    // The organisation of an enrolment or a record is always its person's (the function sees
    // people the writer may not, and answers only true or false; see PeopleIntegrity).
    const ofPersonsOrganisation = 'app.person_of_organisation(person_id, organisation_id)';
    const enrolmentWrite = `(${trainingTeam} or (status = 'REQUESTED' and ${leadsPerson('session_enrolment')}))`;
    this.addSql(`create policy session_enrolment_insert on session_enrolment for insert with check (${enrolmentWrite} and ${ofPersonsOrganisation})`);
    this.addSql(`create policy session_enrolment_update on session_enrolment for update using (${trainingTeam}) with check (${trainingTeam} and ${ofPersonsOrganisation})`);
    this.addSql(`create policy session_enrolment_delete on session_enrolment for delete using (${enrolmentWrite})`);
    const recordWrite = `((source = 'NACCC' and ${trainingTeam}) or (source = 'EXTERNAL' and ${leadsPerson('training_record')}))`;
    this.addSql(`create policy training_record_insert on training_record for insert with check (${recordWrite} and ${ofPersonsOrganisation})`);
    this.addSql(`create policy training_record_update on training_record for update using (${recordWrite}) with check (${recordWrite} and ${ofPersonsOrganisation})`);
    this.addSql(`create policy training_record_delete on training_record for delete using (${recordWrite})`);
  }

  /**
   * Places on a session are the timetable's, not one organisation's: an org admin asking for
   * places must know how many are taken by everyone, and capacity must count everyone's
   * enrolments, though row-level security shows them only their own. These functions count past
   * it and return numbers only, never a person. `hold_session_places` also locks the session row
   * until the transaction ends, so two requests for the last place cannot both get it.
   */
  private places(): void {
    this.addSql(`create function app.places_taken(p_session_ids uuid[]) returns table (session_id uuid, n integer)
      language sql stable security definer set search_path = public, pg_temp as $$
        select e.session_id, count(*)::int from session_enrolment e where e.session_id = any (p_session_ids) group by e.session_id $$`);
    this.addSql(`create function app.hold_session_places(p_session_id uuid) returns integer
      language plpgsql volatile security definer set search_path = public, pg_temp as $$
      begin
        perform 1 from course_session where id = p_session_id for update;
        return (select count(*)::int from session_enrolment where session_id = p_session_id);
      end $$`);
    for (const fn of ['app.places_taken(uuid[])', 'app.hold_session_places(uuid)']) {
      this.addSql(`revoke all on function ${fn} from public`);
      this.addSql(`grant execute on function ${fn} to public`);
    }
  }

  /**
   * The mandatory training of one person, course by course: every active course a requirement
   * row names for their type (or any type) and for a service their current centres offer (or any
   * centre); the latest completion of it (attended, passed or credits awarded); when that
   * expires (the course's validity; never, without one); and its state against today and the
   * warning window, as the DBS is judged: MISSING, EXPIRED from the expiry day, EXPIRING within
   * the window before it, else CURRENT. External records never satisfy a requirement: mandatory
   * courses are NACCC's own.
   *
   * A plain SQL function (stable, invoker's rights, no settings of its own) so Postgres inlines it
   * into the statement that calls it: row-level security applies as the caller, and per person it
   * is an index lookup per mandatory course.
   */
  private mandatoryTraining(): void {
    this.addSql(`create function app.training_expiry(completed_on date, validity_months integer) returns date
      language sql immutable as $$ select (completed_on + make_interval(months => validity_months))::date $$`);
    this.addSql(`create function app.mandatory_training(p_person_id uuid, p_person_type text, p_service_types text[])
      returns table (course_id uuid, course_code text, course_title text, completed_on date, expires_on date, state text)
      language sql stable as $$
        select c.id, c.code, c.title, t.completed_on, t.expires_on,
               case when t.completed_on is null then 'MISSING'
                    when t.expires_on <= app.today() then 'EXPIRED'
                    when t.expires_on <= app.today() + app.expiring_days() then 'EXPIRING'
                    else 'CURRENT' end
        from course c
        left join lateral (
          select r.completed_on, app.training_expiry(r.completed_on, c.validity_months) as expires_on
          from training_record r
          where r.person_id = p_person_id and r.course_id = c.id and r.outcome in ('ATTENDED', 'PASSED', 'CREDITS_AWARDED')
          order by r.completed_on desc limit 1) t on true
        where c.active and exists (
          select 1 from course_requirement q
          where q.course_id = c.id
            and (q.person_type is null or q.person_type = p_person_type)
            and (q.service_type is null or q.service_type = any (p_service_types)))
      $$`);
  }

  /**
   * person_clearance as in CentreServiceTypesOnPerson, and (with `training`) the person's
   * mandatory training beside their DBS: training_status (the worst state of their mandatory
   * courses: MISSING, EXPIRED, EXPIRING, else CURRENT), training_due (the courses missing or
   * expired, as "title (code)", by code), training_expires_on (the soonest a mandatory course expires), and the
   * combined status. Precedence: a DBS reason not to roster first; then training missing or
   * expired; then a DBS expiring; then training expiring; else CLEARED.
   */
  private clearanceView(training: boolean): void {
    this.addSql(`drop view person_clearance`);
    const dbsStatus = (rest: string) => `case
               when d.id is null then 'MISSING_DBS'
               when d.decision = 'NOT_CLEARED' then 'NOT_CLEARED'
               when array_position(array['BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_BARRED'], d.level)
                    < array_position(array['BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_BARRED'], r.required_level) then 'WRONG_LEVEL'
               when d.on_update_service and d.last_status_check_result = 'NEW_INFORMATION' then 'NEEDS_NEW_CHECK'
               when e.expires_on <= app.today() then 'EXPIRED'
               ${rest}
             end`;
    const status = training
      ? dbsStatus(`when t.training_status = 'MISSING' then 'TRAINING_MISSING'
               when t.training_status = 'EXPIRED' then 'TRAINING_EXPIRED'
               when e.expires_on <= app.today() + app.expiring_days() then 'EXPIRING'
               when t.training_status = 'EXPIRING' then 'TRAINING_EXPIRING'
               else 'CLEARED'`)
      : dbsStatus(`when e.expires_on <= app.today() + app.expiring_days() then 'EXPIRING'
               else 'CLEARED'`);
    const trainingColumns = training ? ', t.training_status, t.training_due, t.training_expires_on' : '';
    const trainingJoin = training
      ? `cross join lateral (
        select case when bool_or(m.state = 'MISSING') then 'MISSING'
                    when bool_or(m.state = 'EXPIRED') then 'EXPIRED'
                    when bool_or(m.state = 'EXPIRING') then 'EXPIRING'
                    else 'CURRENT' end as training_status,
               coalesce(array_agg(m.course_title || ' (' || m.course_code || ')' order by m.course_code) filter (where m.state in ('MISSING', 'EXPIRED')), '{}') as training_due,
               min(m.expires_on) as training_expires_on
        from app.mandatory_training(p.id, p.person_type, p.centre_service_types) m) t`
      : '';
    this.addSql(`create view person_clearance with (security_invoker = true) as
      select p.id as person_id, p.organisation_id, r.required_level, d.id as dbs_check_id, d.level as dbs_level,
             d.issue_date as dbs_issue_date, e.expires_on,
             ${status} as status${trainingColumns}
      from person p
      cross join lateral (select case when p.centre_service_types && array['SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT']
                    then 'ENHANCED_BARRED' else 'ENHANCED' end as required_level) r
      left join lateral (
        select c.id, c.level, c.decision, c.issue_date, c.on_update_service, c.last_status_check_date, c.last_status_check_result
        from dbs_check c where c.person_id = p.id
        order by c.issue_date desc, c.decided_at desc, c.id desc limit 1) d on true
      cross join lateral (
        select greatest((d.issue_date + interval '3 years')::date,
          case when d.on_update_service and d.last_status_check_result = 'NO_NEW_INFORMATION'
               then (d.last_status_check_date + interval '12 months')::date end) as expires_on) e
      ${trainingJoin}`);
  }

  private audit(): void {
    for (const [table, entityType, kept] of AUDITED) {
      const args = [`'${entityType}'`, ...kept.map((column) => `'${column}'`)].join(', ');
      this.addSql(`create trigger ${table}_audit after insert or update or delete on ${table}
        for each row execute function app.audit_row_change(${args})`);
    }
  }
}

/** Each new table's audit trigger: its entity type and the columns whose values the trail keeps (the manifest holds the same). */
const AUDITED: ReadonlyArray<[string, string, readonly string[]]> = [
  ['course', 'Course', ['id', 'created_at', 'code', 'title', 'description', 'ocn_level', 'credit_value', 'guided_learning_hours', 'delivery', 'validity_months', 'active']],
  ['course_requirement', 'CourseRequirement', ['id', 'created_at', 'course_id', 'person_type', 'service_type']],
  ['course_session', 'CourseSession', ['id', 'created_at', 'course_id', 'starts_at', 'ends_at', 'trainer', 'venue', 'online_link', 'region', 'capacity', 'status']],
  ['session_enrolment', 'SessionEnrolment', ['id', 'created_at', 'session_id', 'organisation_id']],
  ['training_record', 'TrainingRecord', ['id', 'created_at', 'organisation_id', 'source', 'course_id', 'session_id']],
];
