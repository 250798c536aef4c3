import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123061011_Initial } from './Migration20261123061011_Initial';
import { Migration20261123062218_Identity } from './Migration20261123062218_Identity';
import { Migration20261123062300_TenancyAndAudit } from './Migration20261123062300_TenancyAndAudit';
import { Migration20261123073000_LoginThrottle } from './Migration20261123073000_LoginThrottle';
import { Migration20261123084107_PeopleAndSafeguarding } from './Migration20261123084107_PeopleAndSafeguarding';
import { Migration20261123085634_RetentionErasure } from './Migration20261123085634_RetentionErasure';
import { Migration20261123093000_PeopleIntegrity } from './Migration20261123093000_PeopleIntegrity';
import { Migration20261123100000_PublicRateLimit } from './Migration20261123100000_PublicRateLimit';
import { Migration20261123100500_FasterAuditTrigger } from './Migration20261123100500_FasterAuditTrigger';
import { Migration20261201090000_CentreServiceTypesOnPerson } from './Migration20261201090000_CentreServiceTypesOnPerson';
import { Migration20261204090000_AuditIntegrityAndMinimisation } from './Migration20261204090000_AuditIntegrityAndMinimisation';

/**
 * The committed migrations, in order. Listed explicitly (not globbed) so the same list runs from
 * src/ under swc and from the compiled dist/. `pnpm migration:create <name>` writes a new one.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123061011_Initial', class: Migration20261123061011_Initial },
  { name: 'Migration20261123062218_Identity', class: Migration20261123062218_Identity },
  { name: 'Migration20261123062300_TenancyAndAudit', class: Migration20261123062300_TenancyAndAudit },
  { name: 'Migration20261123073000_LoginThrottle', class: Migration20261123073000_LoginThrottle },
  { name: 'Migration20261123084107_PeopleAndSafeguarding', class: Migration20261123084107_PeopleAndSafeguarding },
  { name: 'Migration20261123085634_RetentionErasure', class: Migration20261123085634_RetentionErasure },
  { name: 'Migration20261123093000_PeopleIntegrity', class: Migration20261123093000_PeopleIntegrity },
  { name: 'Migration20261123100000_PublicRateLimit', class: Migration20261123100000_PublicRateLimit },
  { name: 'Migration20261123100500_FasterAuditTrigger', class: Migration20261123100500_FasterAuditTrigger },
  { name: 'Migration20261201090000_CentreServiceTypesOnPerson', class: Migration20261201090000_CentreServiceTypesOnPerson },
  { name: 'Migration20261204090000_AuditIntegrityAndMinimisation', class: Migration20261204090000_AuditIntegrityAndMinimisation },
];
