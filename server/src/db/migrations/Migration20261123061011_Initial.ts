import { Migration } from '@mikro-orm/migrations';

/** Member organisations and their centres: the first slice of the platform. */

export class Migration20261123061011_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" text not null, "charity_number" text null, "type" text check ("type" in ('CHARITY', 'LOCAL_AUTHORITY', 'COMMUNITY_INTEREST_COMPANY', 'COMPANY', 'OTHER')) not null, "contact_email" text not null, "membership_status" text check ("membership_status" in ('APPLICANT', 'MEMBER', 'SUSPENDED', 'LAPSED', 'WITHDRAWN')) not null default 'MEMBER', "region" text check ("region" in ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST', 'WALES', 'NORTHERN_IRELAND', 'CHANNEL_ISLANDS', 'ISLE_OF_MAN')) not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_membership_status_index" on "organisation" ("membership_status");`);
    this.addSql(`create index "organisation_region_index" on "organisation" ("region");`);
    this.addSql(`create unique index "organisation_name_lower_key" on "organisation" (lower("name"));`);

    this.addSql(`create table "centre" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organisation_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('CENTRE', 'SERVICE')) not null default 'CENTRE', "address_line1" text null, "address_line2" text null, "town" text null, "postcode" text not null, "latitude" double precision not null, "longitude" double precision not null, "region" text check ("region" in ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST', 'WALES', 'NORTHERN_IRELAND', 'CHANNEL_ISLANDS', 'ISLE_OF_MAN')) not null, "service_types" text[] not null, "referral_routes" text[] not null, "opening_pattern" text null, "accessibility_notes" text null, "languages" text[] not null, "fees_note" text null, "publicly_listed" boolean not null default true, constraint "centre_pkey" primary key ("id"));`);
    this.addSql(`create index "centre_region_index" on "centre" ("region");`);
    this.addSql(`create index "centre_service_types_index" on "centre" using gin ("service_types");`);
    this.addSql(`create index "centre_organisation_id_name_index" on "centre" ("organisation_id", "name");`);

    // Enum arrays get no check from the generator; keep the database as strict as the schema.
    this.addSql(`alter table "centre" add constraint "centre_service_types_check" check ("service_types" <@ array['SUPPORTED_CONTACT', 'SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT', 'INDIRECT_CONTACT', 'ESCORTED_CONTACT', 'HANDOVER', 'VIRTUAL_CONTACT', 'LIFE_STORY_WORK']::text[]);`);
    this.addSql(`alter table "centre" add constraint "centre_referral_routes_check" check ("referral_routes" <@ array['SOLICITOR', 'MEDIATOR', 'CAFCASS_OR_COURT', 'SOCIAL_SERVICES', 'SELF_REFERRAL']::text[]);`);

    this.addSql(`alter table "centre" add constraint "centre_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "centre" drop constraint "centre_organisation_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "centre" cascade;`);
  }

}
