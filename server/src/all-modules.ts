import { auditModule } from './audit/audit.module';
import { accreditationModule } from './modules/accreditation/accreditation.module';
import { authModule } from './auth/auth.module';
import { centreModule } from './modules/centre/centre.module';
import { clearanceModule } from './modules/clearance/clearance.module';
import { dbsModule } from './modules/dbs/dbs.module';
import { organisationModule } from './modules/organisation/organisation.module';
import { personModule } from './modules/person/person.module';
import { retentionModule } from './modules/retention/retention.module';
import { standardsModule } from './modules/standards/standards.module';
import { trainingModule } from './modules/training/training.module';
import { userModule } from './modules/user/user.module';
import type { ServerModule } from './server-module';

/**
 * Every module of the platform, in order: seed steps run in this order (each reads what earlier
 * ones made), and the organisation export lists its parts in this order. The ORM config, the
 * schema build, the server's scheduler, the seed, the audit classification test and the
 * tenant-table coverage test all read this list; a new module is one line here.
 */
export const MODULES: readonly ServerModule[] = [
  authModule,
  organisationModule,
  centreModule,
  userModule,
  personModule,
  dbsModule,
  clearanceModule,
  standardsModule,
  trainingModule,
  accreditationModule,
  retentionModule,
  auditModule,
];

/** The API resources the cross-tenant suite must walk for every role (it checks that it walks each). */
export function resourcesWalkedAcrossTenants(): string[] {
  const tables = MODULES.flatMap((module) => Object.values(module.tenantTables ?? {}));
  return [...new Set(tables.flatMap((table) => ('resource' in table.crossTenant ? [table.crossTenant.resource] : [])))].sort();
}
