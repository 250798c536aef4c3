import { Check, Entity, Enum, Filter, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO, LocalDate } from '../../common/scalars';
import { BaseEntity } from '../../common/base-entity';
import { TENANT_FILTER, safeguardingRecordCondition } from '../../tenancy/tenant-filter';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { DbsDecision, DbsJurisdiction, DbsLevel, DbsWorkforce, StatusCheckResult } from './dbs.enums';

/**
 * A DBS (or AccessNI) check and the organisation's decision on it. Under the DBS code of practice
 * only metadata and the decision are kept: no certificate image or disclosure content exists
 * anywhere in the platform. The certificate number is not even readable by the application's
 * database role (column privileges): it is written here, revealed only through the audited
 * `app.reveal_certificate_number` function, and purged six months after the decision.
 */
@ObjectType({ description: 'A DBS or AccessNI check: metadata and decision only, never disclosure content' })
@Entity({ tableName: 'dbs_check' })
@Filter({ name: TENANT_FILTER, cond: safeguardingRecordCondition, default: true })
@Index({ properties: ['person', 'issueDate'] })
@Index({ properties: ['organisation', 'decidedAt'] })
@Check({ name: 'dbs_check_update_service_check', expression: 'on_update_service or (update_service_subscription_id is null and last_status_check_date is null)' })
export class DbsCheck extends BaseEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person: Person;

  /** The tenancy key; always the person's organisation. */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation: Organisation;

  @Field(() => DbsJurisdiction)
  @Enum({ items: () => DbsJurisdiction })
  jurisdiction: DbsJurisdiction;

  @Field(() => DbsLevel)
  @Enum({ items: () => DbsLevel })
  level: DbsLevel;

  @Field(() => DbsWorkforce)
  @Enum({ items: () => DbsWorkforce })
  workforce: DbsWorkforce;

  /**
   * Write-only for the application: `lazy` keeps it out of every SELECT, and the database refuses
   * the application role SELECT on this column anyway. Null once purged.
   */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  certificateNumber: string | null = null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the certificate number was purged (six months after the decision)' })
  @Property({ type: 'timestamptz', nullable: true })
  certificatePurgedAt: Date | null = null;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  issueDate: string;

  @Field(() => DbsDecision)
  @Enum({ items: () => DbsDecision })
  decision: DbsDecision;

  @Field(() => String, { description: 'Who made the decision (normally the safeguarding lead)' })
  @Property({ type: 'text' })
  decidedBy: string;

  @Field(() => DateTimeISO)
  @Property({ type: 'timestamptz' })
  decidedAt: Date;

  @Field(() => Boolean, { description: 'The person subscribes to the DBS Update Service' })
  @Property({ type: 'boolean' })
  onUpdateService: Opt<boolean> = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  updateServiceSubscriptionId: string | null = null;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  lastStatusCheckDate: string | null = null;

  @Field(() => StatusCheckResult, { nullable: true })
  @Enum({ items: () => StatusCheckResult, nullable: true })
  lastStatusCheckResult: StatusCheckResult | null = null;
}
