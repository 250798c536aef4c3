import { Migration } from '@mikro-orm/migrations';

/**
 * Assessments, findings and action plans (issue 15, parts 3 and 4).
 *
 * An assessment is an assessor's visit to a centre for one accreditation, against one published
 * version of the National Standards (named for ever: versions never change). It carries a
 * finding per standard, a report the assessor submits, and head office's decision, which drives
 * the accreditation's state machine. Each finding that is not met, or met with conditions, yields
 * an action with a due date: the centre submits evidence, the assessor or head office signs it
 * off or returns it.
 *
 * Tenancy. Every row carries the centre and its organisation (set from the centre by the
 * database). Head office sees all; an organisation's admins their centres'; a coordinator their
 * centres'; an assessor only the assessments assigned to them (by user, not by centre: another
 * assessor's visit to the same centre is not theirs), and loses them when reassigned. Findings and
 * actions are visible exactly when their assessment is.
 *
 * Writes: head office plans, assigns and decides; the assigned assessor records findings while the
 * visit is open and submits the report, and reviews actions' evidence; the centre's admins and
 * coordinators submit evidence. Which columns each may change is the service's rule; the database
 * holds who may touch which rows.
 *
 * Audit. Row changes are audited. Free text (notes, evidence, reasons) may name people: the trail
 * keeps that it changed, the records keep the words.
 */
export class Migration20261206110000_Assessments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table assessment (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      accreditation_id uuid not null references accreditation (id) on update cascade on delete cascade,
      centre_id uuid not null references centre (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      standard_set_id uuid not null references standard_set (id) on update cascade on delete restrict,
      assessor_user_id uuid not null references app_user (id) on update cascade on delete restrict,
      visit_date date not null,
      status text not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'REPORT_SUBMITTED', 'DECIDED')),
      report_summary text null,
      submitted_at timestamptz null,
      decision text null check (decision in ('AWARD', 'AWARD_WITH_ACTION_PLAN', 'REFUSE')),
      decision_reason text null,
      decided_at timestamptz null,
      decided_by_user_id uuid null references app_user (id) on update cascade on delete set null,
      constraint assessment_decided check ((status = 'DECIDED') = (decision is not null and decided_at is not null)))`);
    this.addSql(`create index assessment_accreditation_id_index on assessment (accreditation_id)`);
    this.addSql(`create index assessment_organisation_id_index on assessment (organisation_id)`);
    this.addSql(`create index assessment_centre_id_index on assessment (centre_id)`);
    this.addSql(`create index assessment_assessor_user_id_visit_date_index on assessment (assessor_user_id, visit_date)`);

    this.addSql(`create table finding (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      assessment_id uuid not null references assessment (id) on update cascade on delete cascade,
      centre_id uuid not null references centre (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      standard_id uuid not null references standard (id) on update cascade on delete restrict,
      outcome text not null check (outcome in ('MET', 'MET_WITH_CONDITIONS', 'NOT_MET', 'NOT_APPLICABLE')),
      note text null,
      evidence_ref text null,
      constraint finding_assessment_standard_unique unique (assessment_id, standard_id))`);
    this.addSql(`create index finding_organisation_id_index on finding (organisation_id)`);

    this.addSql(`create table accreditation_action (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      assessment_id uuid not null references assessment (id) on update cascade on delete cascade,
      finding_id uuid not null references finding (id) on update cascade on delete cascade,
      centre_id uuid not null references centre (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      description text not null,
      owner text not null,
      due_on date not null,
      status text not null default 'OPEN' check (status in ('OPEN', 'EVIDENCE_SUBMITTED', 'SIGNED_OFF', 'RETURNED')),
      evidence_note text null,
      evidence_submitted_at timestamptz null,
      review_note text null,
      reviewed_at timestamptz null,
      reviewed_by_user_id uuid null references app_user (id) on update cascade on delete set null,
      constraint accreditation_action_finding_unique unique (finding_id))`);
    this.addSql(`create index accreditation_action_assessment_id_index on accreditation_action (assessment_id)`);
    this.addSql(`create index accreditation_action_organisation_id_index on accreditation_action (organisation_id)`);
    this.addSql(`create index accreditation_action_status_due_on_index on accreditation_action (status, due_on)`);

    for (const table of ['assessment', 'finding', 'accreditation_action']) {
      this.addSql(`create trigger ${table}_organisation before insert or update of centre_id, organisation_id on ${table}
        for each row execute function app.set_centre_organisation()`);
    }

    const headOffice = `(select app.flag('app.national_admin'))`;
    const me = `(select app.uuid_or_null('app.user_id'))`;
    const orgAdmin = `organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])`;
    const coordinator = `centre_id = any ((select app.uuids('app.centre_ids'))::uuid[])`;
    this.addSql(`alter table assessment enable row level security`);
    this.addSql(`create policy assessment_select on assessment for select using (${headOffice} or ${orgAdmin} or ${coordinator} or assessor_user_id = ${me})`);
    this.addSql(`create policy assessment_insert on assessment for insert with check (${headOffice})`);
    this.addSql(`create policy assessment_update on assessment for update using (${headOffice} or assessor_user_id = ${me}) with check (${headOffice} or assessor_user_id = ${me})`);
    this.addSql(`create policy assessment_delete on assessment for delete using (${headOffice})`);

    const ofAssessment = (table: string, who: string) => `exists (select 1 from assessment a where a.id = ${table}.assessment_id and (${who}))`;
    this.addSql(`alter table finding enable row level security`);
    this.addSql(`create policy finding_select on finding for select using (${ofAssessment('finding', 'true')})`);
    const recorder = `${headOffice} or (a.assessor_user_id = ${me} and a.status in ('PLANNED', 'IN_PROGRESS'))`;
    this.addSql(`create policy finding_write on finding for all using (${ofAssessment('finding', recorder)}) with check (${ofAssessment('finding', recorder)})`);

    this.addSql(`alter table accreditation_action enable row level security`);
    this.addSql(`create policy accreditation_action_select on accreditation_action for select using (${ofAssessment('accreditation_action', 'true')})`);
    this.addSql(`create policy accreditation_action_insert on accreditation_action for insert with check (${headOffice})`);
    const actionParty = `${headOffice} or ${orgAdmin} or ${coordinator} or ${ofAssessment('accreditation_action', `a.assessor_user_id = ${me}`)}`;
    this.addSql(`create policy accreditation_action_update on accreditation_action for update using (${actionParty}) with check (${actionParty})`);
    this.addSql(`create policy accreditation_action_delete on accreditation_action for delete using (${headOffice})`);

    for (const [table, entityType, kept] of AUDITED) {
      const args = [`'${entityType}'`, ...kept.map((column) => `'${column}'`)].join(', ');
      this.addSql(`create trigger ${table}_audit after insert or update or delete on ${table}
        for each row execute function app.audit_row_change(${args})`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['accreditation_action', 'finding', 'assessment']) this.addSql(`drop table ${table} cascade`);
  }
}

/** Each new table's audit trigger: its entity type and the columns whose values the trail keeps (the manifest holds the same). */
const AUDITED: ReadonlyArray<[string, string, readonly string[]]> = [
  ['assessment', 'Assessment', ['id', 'created_at', 'accreditation_id', 'centre_id', 'organisation_id', 'standard_set_id', 'assessor_user_id', 'visit_date', 'status', 'submitted_at', 'decision', 'decided_at', 'decided_by_user_id']],
  ['finding', 'Finding', ['id', 'created_at', 'assessment_id', 'centre_id', 'organisation_id', 'standard_id', 'outcome']],
  ['accreditation_action', 'AccreditationAction', ['id', 'created_at', 'assessment_id', 'finding_id', 'centre_id', 'organisation_id', 'due_on', 'status', 'evidence_submitted_at', 'reviewed_at', 'reviewed_by_user_id']],
];
