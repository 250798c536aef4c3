import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Role } from '../../auth/role';
import { TENANT_FILTER } from '../../tenancy/tenant-filter';
import { tenancyRule } from '../../tenancy/tenancy-rule';
import { Organisation } from '../organisation/organisation.entity';
import { PersonType } from '../person/person.enums';

/**
 * What the retention job erased, as counts only: how many people of one type, who left in one
 * year, were erased from one organisation in one run. Nothing here names or identifies a person;
 * it lets an organisation (and head office) show that its records were erased on time.
 * Written only by the retention job (as the owner); read by the organisation's admins and head office.
 */
/** Head office reads every organisation's counts, an org admin their organisation's (as for the audit trail). */
const retentionErasureRule = tenancyRule({
  table: 'retention_erasure',
  readsAll: [Role.NATIONAL_ADMIN],
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
});

@Entity({ tableName: 'retention_erasure' })
@Filter({ name: TENANT_FILTER, cond: retentionErasureRule.filter, default: true })
@Index({ properties: ['organisation', 'erasedAt'] })
@Check({ name: 'retention_erasure_erased_count_check', expression: 'erased_count > 0' })
export class RetentionErasure {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** An organisation's erasure counts go with it if it is deleted. */
  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Organisation;

  @Enum({ items: () => PersonType })
  personType: PersonType;

  /** The calendar year of their leave date. */
  @Property({ type: 'integer' })
  yearLeft: number;

  @Property({ type: 'integer' })
  erasedCount: number;

  @Property({ type: 'timestamptz' })
  erasedAt: Date;
}
