import { Migration } from '@mikro-orm/migrations';

/**
 * Counts of what the retention job erased (see modules/retention): organisation, person type,
 * year left, how many, when. No names and no ids of people, so the table outlives them.
 *
 * Tenancy as for the audit trail: head office reads every organisation's counts, an org admin
 * their organisation's. The application role gets no insert, update or delete policy: only the
 * retention job writes here, as the owner.
 */
export class Migration20261123085634_RetentionErasure extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "retention_erasure" ("id" uuid not null, "organisation_id" uuid not null, "person_type" text check ("person_type" in ('VOLUNTEER', 'STAFF', 'COORDINATOR', 'TRUSTEE', 'SESSIONAL_WORKER')) not null, "year_left" int not null, "erased_count" int not null, "erased_at" timestamptz not null, constraint "retention_erasure_pkey" primary key ("id"), constraint "retention_erasure_erased_count_check" check ("erased_count" > 0));`);
    this.addSql(`create index "retention_erasure_organisation_id_erased_at_index" on "retention_erasure" ("organisation_id", "erased_at");`);
    this.addSql(`alter table "retention_erasure" add constraint "retention_erasure_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table retention_erasure enable row level security`);
    this.addSql(`create policy retention_erasure_select on retention_erasure for select using (
      (select app.flag('app.national_admin')) or organisation_id = any ((select app.uuids('app.org_ids'))::uuid[]))`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "retention_erasure" cascade;`);
  }
}
