import { Migration } from '@mikro-orm/migrations';

/** Users, their grants and sessions; the audit trail table. */

export class Migration20261123062218_Identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "organisation_id" uuid null, "action" text not null, "entity_type" text not null, "entity_id" uuid null, "changes" jsonb null, "request_id" text null, "ip" text null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_organisation_id_occurred_at_index" on "audit_event" ("organisation_id", "occurred_at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "email" text not null, "display_name" text not null, "password_hash" text null, "active" boolean not null default true, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, "invite_token_hash" text null, "invite_expires_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" text null, "user_agent" text null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`create table "user_grant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" uuid not null, "role" text check ("role" in ('NATIONAL_ADMIN', 'TRAINING_TEAM', 'ASSESSOR', 'ORG_ADMIN', 'CENTRE_COORDINATOR')) not null, "organisation_id" uuid null, "centre_ids" uuid[] not null, constraint "user_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "user_grant_user_id_index" on "user_grant" ("user_id");`);
    this.addSql(`create index "user_grant_organisation_id_index" on "user_grant" ("organisation_id");`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_grant" add constraint "user_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_grant" add constraint "user_grant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "user_grant" drop constraint "user_grant_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "user_grant" cascade;`);
  }

}
