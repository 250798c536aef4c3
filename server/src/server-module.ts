import type { EntityClass } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { AuditedTable } from './audit/audit-columns';
import type { RequestContext } from './common/request-context';
import type { Config } from './config';
import type { SeedContext, SeededNetwork } from './seed/seed-context';

/**
 * What one module brings to the platform, declared in one place (`<module>.module.ts`) and read
 * by everything that composes the platform from `MODULES` (all-modules.ts): the ORM config (entities),
 * the schema build (resolvers), the server's scheduler (jobs), the seed (steps, in module order),
 * the audit trail's column classification, and the organisation export. Adding a module is its
 * folder plus one line in MODULES; all-modules.spec.ts fails until every tenant-owned table of the
 * database is declared here with how it takes part in the tenancy walls, the export and retention.
 */
export type ServerModule = {
  name: string;
  entities?: readonly EntityClass<object>[];
  resolvers?: readonly ResolverClass[];
  /** Every table of this module that carries organisation_id (or is the organisation itself). */
  tenantTables?: Readonly<Record<string, TenantTable>>;
  /** Tables with a row-change audit trigger, and what the trail keeps of each column. */
  auditedTables?: Readonly<Record<string, AuditedTable>>;
  /** Parts of `exportOrganisation`, in the order they appear in the document. */
  organisationExport?: readonly OrganisationExportPart[];
  jobs?: readonly ScheduledJob[];
  /** Steps of the synthetic network, run in module order inside the seed's transaction. */
  seed?: readonly SeedStep[];
};

/** A type-graphql resolver class (the schema build makes one instance of each). */
export type ResolverClass = abstract new (...args: never[]) => object;

/**
 * How a tenant-owned table takes part in what protects and hands over an organisation's data.
 * Each says what happens, or why not: a reviewer reads the decision, the test checks one exists.
 */
export type TenantTable = {
  /** The API resource whose records the cross-tenant suite walks for every role, or why none is needed. */
  crossTenant: { resource: string } | { notWalked: string };
  /** The key of exportOrganisation that holds its rows, or why they are not exported. */
  organisationExport: { key: string } | { notExported: string };
  /** What the retention job does with its rows, or why they are kept. */
  retention: { erased: string } | { kept: string };
};

export type OrganisationExportPart = {
  key: string;
  /**
   * The organisation's rows for this part, read in the caller's scope. `ownRecords` is true for the
   * organisation's own administrators; head office's copy follows the person field policy.
   */
  read(ctx: RequestContext, organisationId: string, ownRecords: boolean): Promise<unknown[]>;
};

/** Something the server runs on a timetable; every instance starts it (jobs take an advisory lock). */
export type ScheduledJob = {
  name: string;
  start(dependencies: { ownerUrl: string; config: Config; logger: Logger }): { stop(): Promise<void> };
};

export type SeedStep = { name: string; run(ctx: SeedContext, network: SeededNetwork): Promise<void> };
