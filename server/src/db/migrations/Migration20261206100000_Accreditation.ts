import { Migration } from '@mikro-orm/migrations';

/**
 * Accreditation: one state machine per centre and kind (Accreditation for supported contact,
 * Enhanced Accreditation for supervised), its history of transitions (who, when, why), and what
 * the public and courts may see of a centre, computed, never stored.
 *
 * Tenancy. Both tables carry the centre's organisation (set from the centre by a trigger, so it
 * cannot disagree) and are visible exactly when the centre is: head office and the training team
 * everywhere, an organisation's admins their centres, a coordinator or an assessor the centres
 * of their grants (the centre's own policies decide, through the subquery). Only head office
 * writes; the nightly job runs as the owner (see accreditation.job.ts).
 *
 * Audit. Row changes are audited; nothing here is about a person, so the trail keeps the values,
 * except the free-text reason of a transition (it may name people: the trail keeps that a reason
 * was given, the history keeps the words).
 *
 * The history is append-only: the database refuses to change a transition once recorded.
 */
export class Migration20261206100000_Accreditation extends Migration {
  override async up(): Promise<void> {
    const states = `'CANDIDATE', 'ACCREDITED', 'RENEWAL_DUE', 'LAPSED', 'SUSPENDED', 'REMOVED', 'WITHDRAWN'`;
    this.addSql(`create table accreditation (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      centre_id uuid not null references centre (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      kind text not null check (kind in ('ACCREDITATION', 'ENHANCED_ACCREDITATION')),
      state text not null check (state in (${states})),
      candidate_since date not null,
      awarded_on date null,
      expires_on date null,
      state_changed_on date not null,
      constraint accreditation_centre_kind_unique unique (centre_id, kind),
      constraint accreditation_award_dates check ((awarded_on is null) = (expires_on is null) and (expires_on is null or expires_on > awarded_on)),
      constraint accreditation_awarded_when_accredited check (state not in ('ACCREDITED', 'RENEWAL_DUE') or awarded_on is not null))`);
    this.addSql(`create index accreditation_organisation_id_index on accreditation (organisation_id)`);
    this.addSql(`create index accreditation_state_expires_on_index on accreditation (state, expires_on)`);

    this.addSql(`create table accreditation_transition (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      accreditation_id uuid not null references accreditation (id) on update cascade on delete cascade,
      centre_id uuid not null references centre (id) on update cascade on delete cascade,
      organisation_id uuid not null references organisation (id) on update cascade on delete restrict,
      action text null check (action in ('AWARD', 'MARK_RENEWAL_DUE', 'LAPSE', 'SUSPEND', 'REINSTATE', 'REMOVE', 'WITHDRAW')),
      from_state text null check (from_state in (${states})),
      to_state text not null check (to_state in (${states})),
      reason text not null,
      actor_user_id uuid null references app_user (id) on update cascade on delete set null,
      occurred_at timestamptz not null default now(),
      on_date date not null)`);
    this.addSql(`create index accreditation_transition_accreditation_id_occurred_at_index on accreditation_transition (accreditation_id, occurred_at)`);
    this.addSql(`create index accreditation_transition_organisation_id_index on accreditation_transition (organisation_id)`);

    // The organisation is always the centre's: taken from it, past row-level security (head
    // office sees every centre anyway; the function answers for one row it is given).
    this.addSql(`create function app.set_centre_organisation() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        new.organisation_id := (select organisation_id from centre where id = new.centre_id);
        return new;
      end $$`);
    for (const table of ['accreditation', 'accreditation_transition']) {
      this.addSql(`create trigger ${table}_organisation before insert or update of centre_id, organisation_id on ${table}
        for each row execute function app.set_centre_organisation()`);
    }
    this.addSql(`create function app.refuse_history_change() returns trigger language plpgsql as $$
      begin
        raise exception 'an accreditation transition is history: it cannot be changed' using errcode = 'check_violation';
      end $$`);
    this.addSql(`create trigger accreditation_transition_append_only before update on accreditation_transition
      for each row execute function app.refuse_history_change()`);

    const headOffice = `(select app.flag('app.national_admin'))`;
    for (const table of ['accreditation', 'accreditation_transition']) {
      this.addSql(`alter table ${table} enable row level security`);
      this.addSql(`create policy ${table}_select on ${table} for select using (exists (select 1 from centre c where c.id = ${table}.centre_id))`);
      this.addSql(`create policy ${table}_write on ${table} for all using (${headOffice}) with check (${headOffice})`);
    }

    // What the public and referrers may see of a centre, computed: its organisation's consent
    // (centre.publicly_listed) and a current accreditation (ACCREDITED or RENEWAL_DUE) of either
    // kind. A suspension hides the centre in the transaction that records it.
    this.addSql(`create view centre_public_listing with (security_invoker = true) as
      select c.id as centre_id, c.organisation_id, c.publicly_listed as consented,
             coalesce(array(select a.kind from accreditation a where a.centre_id = c.id and a.state in ('ACCREDITED', 'RENEWAL_DUE') order by a.kind), '{}') as accredited_kinds,
             c.publicly_listed and exists (select 1 from accreditation a where a.centre_id = c.id and a.state in ('ACCREDITED', 'RENEWAL_DUE')) as listed
      from centre c`);

    for (const [table, entityType, kept] of AUDITED) {
      const args = [`'${entityType}'`, ...kept.map((column) => `'${column}'`)].join(', ');
      this.addSql(`create trigger ${table}_audit after insert or update or delete on ${table}
        for each row execute function app.audit_row_change(${args})`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop view centre_public_listing`);
    this.addSql(`drop table accreditation_transition cascade`);
    this.addSql(`drop table accreditation cascade`);
    this.addSql(`drop function app.set_centre_organisation()`);
    this.addSql(`drop function app.refuse_history_change()`);
  }
}

/** Each new table's audit trigger: its entity type and the columns whose values the trail keeps (the manifest holds the same). */
const AUDITED: ReadonlyArray<[string, string, readonly string[]]> = [
  ['accreditation', 'Accreditation', ['id', 'created_at', 'centre_id', 'organisation_id', 'kind', 'state', 'candidate_since', 'awarded_on', 'expires_on', 'state_changed_on']],
  ['accreditation_transition', 'AccreditationTransition', ['id', 'created_at', 'accreditation_id', 'centre_id', 'organisation_id', 'action', 'from_state', 'to_state', 'actor_user_id', 'occurred_at', 'on_date']],
];
