import { Entity, Enum, Filter, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { DateTimeISO, LocalDate } from '../../common/scalars';
import { TENANT_FILTER } from '../../tenancy/tenant-filter';
import { Centre } from '../centre/centre.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Standard, StandardSet } from '../standards';
import { User } from '../user/user.entity';
import { Accreditation } from './accreditation.entity';
import { ActionStatus, AssessmentDecision, AssessmentStatus, FindingOutcome } from './assessment.enums';
import { assessmentScope } from './assessment.tenancy';

/**
 * An assessor's visit to a centre for one accreditation, against one published version of the
 * National Standards (named for ever), with its report and head office's decision.
 */
@ObjectType({ description: 'An accreditation visit: assessor, standards version, findings, report and decision' })
@Entity({ tableName: 'assessment' })
@Filter({ name: TENANT_FILTER, cond: assessmentScope(''), default: true })
export class Assessment extends BaseEntity {
  @ManyToOne(() => Accreditation, { deleteRule: 'cascade' })
  @Index()
  accreditation: Accreditation;

  @ManyToOne(() => Centre, { deleteRule: 'cascade' })
  @Index()
  centre: Centre;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation: Organisation;

  @ManyToOne(() => StandardSet, { deleteRule: 'restrict' })
  standardSet: StandardSet;

  @ManyToOne(() => User, { deleteRule: 'restrict', fieldName: 'assessor_user_id' })
  assessor: User;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  visitDate: string;

  @Field(() => AssessmentStatus)
  @Enum({ items: () => AssessmentStatus })
  status: Opt<AssessmentStatus> = AssessmentStatus.PLANNED;

  @Field(() => String, { nullable: true, description: "The assessor's summary, submitted with the report" })
  @Property({ type: 'text', nullable: true })
  reportSummary: string | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => AssessmentDecision, { nullable: true })
  @Enum({ items: () => AssessmentDecision, nullable: true })
  decision: AssessmentDecision | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', fieldName: 'decided_by_user_id' })
  decidedBy: User | null = null;
}

/** The assessor's finding on one standard of the assessment's version. */
@ObjectType({ description: 'A finding on one standard: met, met with conditions, not met or not applicable' })
@Entity({ tableName: 'finding' })
@Filter({ name: TENANT_FILTER, cond: assessmentScope('assessment'), default: true })
@Unique({ name: 'finding_assessment_standard_unique', properties: ['assessment', 'standard'] })
export class Finding extends BaseEntity {
  @ManyToOne(() => Assessment, { deleteRule: 'cascade' })
  assessment: Assessment;

  @ManyToOne(() => Centre, { deleteRule: 'cascade' })
  centre: Centre;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation: Organisation;

  @ManyToOne(() => Standard, { deleteRule: 'restrict' })
  standard: Standard;

  @Field(() => FindingOutcome)
  @Enum({ items: () => FindingOutcome })
  outcome: FindingOutcome;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where the evidence is (a document, a policy, a file reference)' })
  @Property({ type: 'text', nullable: true })
  evidenceRef: string | null = null;
}

/** An action of a centre's action plan: from a finding not met or met with conditions, due by a date. */
@ObjectType({ description: 'An action of an action plan: what the centre must do, by when, and where it stands' })
@Entity({ tableName: 'accreditation_action' })
@Filter({ name: TENANT_FILTER, cond: assessmentScope('assessment'), default: true })
export class ActionPlanItem extends BaseEntity {
  @ManyToOne(() => Assessment, { deleteRule: 'cascade' })
  @Index()
  assessment: Assessment;

  @ManyToOne(() => Finding, { deleteRule: 'cascade' })
  @Unique()
  finding: Finding;

  @ManyToOne(() => Centre, { deleteRule: 'cascade' })
  centre: Centre;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation: Organisation;

  @Field(() => String)
  @Property({ type: 'text' })
  description: string;

  @Field(() => String, { description: 'Who at the centre owns it' })
  @Property({ type: 'text' })
  owner: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  dueOn: string;

  /** As stored; the API's `status` adds OVERDUE (action-plan.ts). */
  @Enum({ items: () => ActionStatus, fieldName: 'status' })
  storedStatus: Opt<ActionStatus> = ActionStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidenceNote: string | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  evidenceSubmittedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was returned, or a note on signing it off' })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', fieldName: 'reviewed_by_user_id' })
  reviewedBy: User | null = null;
}
