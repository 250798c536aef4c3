import { Migration } from '@mikro-orm/migrations';

/**
 * The database wall also keeps people's records inside their own organisation. The first policies
 * checked who may write, not what the row points at, so an org admin could (below the application)
 * attach a DBS check or a centre spell to another organisation's person, or put a person at
 * another organisation's centre, and so into the view of that centre's coordinators and assessors.
 * Found by the row-level-security spec with the application filter off.
 *
 * The two checks are SECURITY DEFINER because they must see rows the writer cannot (a centre of
 * the same organisation outside a coordinator's grant); they return only true or false.
 */
export class Migration20261123093000_PeopleIntegrity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app.centres_of_organisation(p_centre_ids uuid[], p_organisation uuid) returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
        select not exists (
          select 1 from unnest(p_centre_ids) as wanted(id)
          where not exists (select 1 from centre c where c.id = wanted.id and c.organisation_id = p_organisation)) $$`);
    this.addSql(`create function app.person_of_organisation(p_person uuid, p_organisation uuid) returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
        select exists (select 1 from person where id = p_person and organisation_id = p_organisation) $$`);
    for (const fn of ['app.centres_of_organisation(uuid[], uuid)', 'app.person_of_organisation(uuid, uuid)']) {
      this.addSql(`revoke all on function ${fn} from public`);
      this.addSql(`grant execute on function ${fn} to public`);
    }

    const orgAdmin = `organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])`;
    const coordinatorOf = (column: string) => `${column} && (select app.uuids('app.centre_ids'))::uuid[]`;
    const personWrite = `(${orgAdmin} or (organisation_id = any ((select app.uuids('app.member_org_ids'))::uuid[]) and ${coordinatorOf('centre_ids')}))`;
    const personRow = `${personWrite} and app.centres_of_organisation(centre_ids, organisation_id)`;
    this.replacePolicies('person', personWrite, personRow);

    const recordWrite = (table: string) =>
      `(${orgAdmin} or exists (select 1 from person p where p.id = ${table}.person_id and ${coordinatorOf('p.centre_ids')}))`;
    this.replacePolicies('dbs_check', recordWrite('dbs_check'), `${recordWrite('dbs_check')} and app.person_of_organisation(person_id, organisation_id)`);
    this.replacePolicies(
      'person_centre_assignment',
      recordWrite('person_centre_assignment'),
      `${recordWrite('person_centre_assignment')} and app.person_of_organisation(person_id, organisation_id)
       and app.centres_of_organisation(array[centre_id], organisation_id)`,
    );
  }

  /** Insert and update: who may write (`using`), and what the written row may point at (`with check`). */
  private replacePolicies(table: string, who: string, row: string): void {
    this.addSql(`drop policy ${table}_insert on ${table}`);
    this.addSql(`drop policy ${table}_update on ${table}`);
    this.addSql(`create policy ${table}_insert on ${table} for insert with check (${row})`);
    this.addSql(`create policy ${table}_update on ${table} for update using (${who}) with check (${row})`);
  }

  override async down(): Promise<void> {
    const orgAdmin = `organisation_id = any ((select app.uuids('app.org_ids'))::uuid[])`;
    const coordinatorOf = (column: string) => `${column} && (select app.uuids('app.centre_ids'))::uuid[]`;
    const personWrite = `${orgAdmin} or (organisation_id = any ((select app.uuids('app.member_org_ids'))::uuid[]) and ${coordinatorOf('centre_ids')})`;
    this.replacePolicies('person', personWrite, personWrite);
    for (const table of ['dbs_check', 'person_centre_assignment']) {
      const write = `${orgAdmin} or exists (select 1 from person p where p.id = ${table}.person_id and ${coordinatorOf('p.centre_ids')})`;
      this.replacePolicies(table, write, write);
    }
    this.addSql(`drop function if exists app.centres_of_organisation(uuid[], uuid)`);
    this.addSql(`drop function if exists app.person_of_organisation(uuid, uuid)`);
  }
}
