import { Migration } from '@mikro-orm/migrations';

/**
 * National Standards (issue 15, part 1): the three sets NACCC accredits against (supported
 * centres, supervised centres, supervised services), each versioned, grouped in numbered areas of
 * numbered standards.
 *
 * Tenancy. The standards belong to the network (no organisation): every signed-in user reads them,
 * head office writes them (as the course catalogue: RLS select for all, write for national admins).
 *
 * Versions. An assessment names the version it used, so what a version says must never move under
 * it. The database holds that by itself, whoever writes (the application role or the owner):
 * - a set is created as a draft; a draft changes freely and becomes PUBLISHED;
 * - a PUBLISHED set changes only to RETIRED (nothing else of it), a RETIRED set not at all;
 * - areas and standards are written (inserted, changed, deleted) only while their set is a draft;
 * - only a draft is deleted (its areas and standards with it);
 * - at most one PUBLISHED set per kind (a partial unique index): publishing a revision retires the
 *   previous one in the same transaction.
 * A revision is a new version (a draft, usually copied from the current one).
 *
 * Audit. Row changes of all three tables are audited with their values (network data, nobody's
 * personal data).
 */
export class Migration20261206090000_Standards extends Migration {
  override async up(): Promise<void> {
    this.tables();
    this.rowLevelSecurity();
    this.immutability();
    this.audit();
  }

  override async down(): Promise<void> {
    for (const table of ['standard', 'standard_area', 'standard_set']) this.addSql(`drop table ${table} cascade`);
    this.addSql(`drop function app.standard_set_guard()`);
    this.addSql(`drop function app.standard_content_guard()`);
  }

  private tables(): void {
    this.addSql(`create table standard_set (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      kind text not null check (kind in ('SUPPORTED_CENTRES', 'SUPERVISED_CENTRES', 'SUPERVISED_SERVICES')),
      version_label text not null check (length(btrim(version_label)) between 1 and 50),
      effective_on date not null,
      status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
      published_at timestamptz null,
      constraint standard_set_kind_version_label_unique unique (kind, version_label),
      -- Published once: a published or retired set says when; a draft has not been.
      constraint standard_set_published_at_check check ((status = 'DRAFT') = (published_at is null)))`);
    this.addSql(`create unique index standard_set_one_published_per_kind on standard_set (kind) where status = 'PUBLISHED'`);

    this.addSql(`create table standard_area (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      set_id uuid not null references standard_set (id) on update cascade on delete cascade,
      position int not null check (position between 1 and 50),
      number text not null check (number ~ '^[1-9][0-9]?$'),
      title text not null check (length(btrim(title)) between 1 and 200),
      constraint standard_area_set_id_position_unique unique (set_id, position),
      constraint standard_area_set_id_number_unique unique (set_id, number),
      -- The target of standard's (area_id, set_id) key: a standard's area is of the standard's set.
      constraint standard_area_id_set_id_unique unique (id, set_id))`);

    this.addSql(`create table standard (
      id uuid not null primary key,
      created_at timestamptz not null default now(),
      set_id uuid not null references standard_set (id) on update cascade on delete cascade,
      area_id uuid not null,
      position int not null check (position between 1 and 100),
      code text not null check (code ~ '^[1-9][0-9]?\\.[1-9][0-9]*$'),
      title text not null check (length(btrim(title)) between 1 and 300),
      guidance text not null default '' check (length(guidance) <= 4000),
      constraint standard_set_id_code_unique unique (set_id, code),
      constraint standard_area_id_position_unique unique (area_id, position),
      constraint standard_area_id_set_id_foreign foreign key (area_id, set_id) references standard_area (id, set_id) on update cascade on delete cascade)`);
    this.addSql(`create index standard_set_id_index on standard (set_id)`);
  }

  private rowLevelSecurity(): void {
    const headOffice = `(select app.flag('app.national_admin'))`;
    for (const table of ['standard_set', 'standard_area', 'standard']) {
      this.addSql(`alter table ${table} enable row level security`);
      this.addSql(`create policy ${table}_select on ${table} for select using (true)`);
      this.addSql(`create policy ${table}_write on ${table} for all using (${headOffice}) with check (${headOffice})`);
    }
  }

  /**
   * The triggers that keep a published version as it was published. BEFORE triggers, so a refused
   * statement writes nothing, and they fire for the owner too (row-level security does not bind
   * the owner; these do). Messages say what to do instead; the service refuses the same first,
   * naming the field, so people meet these only through a bug or a raw statement.
   */
  private immutability(): void {
    this.addSql(`create function app.standard_set_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          if new.status <> 'DRAFT' then
            raise exception 'A standard set is created as a draft, then published (% given)', new.status using errcode = 'check_violation';
          end if;
          return new;
        elsif tg_op = 'DELETE' then
          if old.status <> 'DRAFT' then
            raise exception 'Only a draft standard set can be deleted; set % is %', old.id, old.status using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status = 'DRAFT' then
          if new.status = 'RETIRED' then
            raise exception 'A draft standard set is published before it is retired (set %)', old.id using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if old.status = 'PUBLISHED' and new.status = 'RETIRED'
           and (to_jsonb(new) - 'status' - 'updated_at' - 'version') = (to_jsonb(old) - 'status' - 'updated_at' - 'version') then
          return new;
        end if;
        raise exception 'A % standard set cannot change: draft a new version (set %; only PUBLISHED -> RETIRED is allowed)', lower(old.status), old.id
          using errcode = 'check_violation';
      end $$`);
    this.addSql(`create trigger standard_set_guard before insert or update or delete on standard_set
      for each row execute function app.standard_set_guard()`);

    // FOR SHARE: a write to a draft's content and the draft's publication wait for each other, so
    // content cannot slip into a set that a concurrent transaction has just published. A set that
    // is not found is being deleted (a draft, checked above: its areas and standards cascade).
    this.addSql(`create function app.standard_content_guard() returns trigger language plpgsql as $$
      declare
        set_ids uuid[] := case tg_op when 'INSERT' then array[new.set_id] when 'DELETE' then array[old.set_id] else array[old.set_id, new.set_id] end;
        closed record;
      begin
        select s.id, s.status, s.version_label into closed
          from standard_set s where s.id = any (set_ids) and s.status <> 'DRAFT' for share limit 1;
        if found then
          raise exception 'A % standard set cannot change: draft a new version (% of set %, version %)', lower(closed.status), replace(tg_table_name, '_', ' '), closed.id, closed.version_label
            using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`);
    for (const table of ['standard_area', 'standard']) {
      this.addSql(`create trigger ${table}_guard before insert or update or delete on ${table}
        for each row execute function app.standard_content_guard()`);
    }
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
  ['standard_set', 'StandardSet', ['id', 'created_at', 'kind', 'version_label', 'effective_on', 'status', 'published_at']],
  ['standard_area', 'StandardArea', ['id', 'created_at', 'set_id', 'position', 'number', 'title']],
  ['standard', 'Standard', ['id', 'created_at', 'set_id', 'area_id', 'position', 'code', 'title', 'guidance']],
];
