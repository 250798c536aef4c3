import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { DateTimeISO, LocalDate } from '../../common/scalars';
import { TENANT_FILTER, accreditationCondition, accreditationTransitionCondition } from '../../tenancy/tenant-filter';
import { Centre } from '../centre/centre.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { AccreditationAction, AccreditationKind, AccreditationState } from './accreditation.enums';

/**
 * A centre's accreditation of one kind, as a state machine (accreditation.transitions.ts): where
 * it stands, since when, and the dates that drive it (candidate since; awarded and expiring).
 * One per centre and kind; its history is AccreditationTransition.
 */
@ObjectType({ description: "A centre's Accreditation (supported contact) or Enhanced Accreditation (supervised), and where it stands" })
@Entity({ tableName: 'accreditation' })
@Filter({ name: TENANT_FILTER, cond: accreditationCondition, default: true })
@Unique({ name: 'accreditation_centre_kind_unique', properties: ['centre', 'kind'] })
export class Accreditation extends BaseEntity {
  @ManyToOne(() => Centre, { deleteRule: 'cascade' })
  centre: Centre;

  /** The tenancy key; always the centre's organisation (the database sets it). */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation: Organisation;

  @Field(() => AccreditationKind)
  @Enum({ items: () => AccreditationKind })
  kind: AccreditationKind;

  @Field(() => AccreditationState)
  @Enum({ items: () => AccreditationState })
  state: AccreditationState;

  @Field(() => LocalDate, { description: 'When the centre became a candidate (it is to be accredited within 6 months)' })
  @Property({ type: 'date' })
  candidateSince: string;

  @Field(() => LocalDate, { nullable: true, description: 'The latest award (or renewal)' })
  @Property({ type: 'date', nullable: true })
  awardedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Three years after the latest award' })
  @Property({ type: 'date', nullable: true })
  expiresOn: string | null = null;

  @Field(() => LocalDate, { description: 'When it entered its current state (London date)' })
  @Property({ type: 'date' })
  stateChangedOn: string;
}

/** One step of an accreditation's history: from and to, by which action, who, when and why. Append-only. */
@ObjectType({ description: 'A transition of an accreditation: who, when and why' })
@Entity({ tableName: 'accreditation_transition' })
@Filter({ name: TENANT_FILTER, cond: accreditationTransitionCondition, default: true })
@Index({ properties: ['accreditation', 'occurredAt'] })
export class AccreditationTransition {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @ManyToOne(() => Accreditation, { deleteRule: 'cascade' })
  accreditation: Accreditation;

  @ManyToOne(() => Centre, { deleteRule: 'cascade' })
  centre: Centre;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation: Organisation;

  @Field(() => AccreditationAction, { nullable: true, description: 'Null for the application that made the centre a candidate' })
  @Enum({ items: () => AccreditationAction, nullable: true })
  action: AccreditationAction | null = null;

  @Field(() => AccreditationState, { nullable: true })
  @Enum({ items: () => AccreditationState, nullable: true })
  fromState: AccreditationState | null = null;

  @Field(() => AccreditationState)
  @Enum({ items: () => AccreditationState })
  toState: AccreditationState;

  @Field(() => String, { description: 'Why, in the words of who made it (the nightly job says which date passed)' })
  @Property({ type: 'text' })
  reason: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', fieldName: 'actor_user_id' })
  actor: User | null = null;

  @Field(() => DateTimeISO)
  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => LocalDate, { description: 'The London date it took effect' })
  @Property({ type: 'date' })
  onDate: string;
}
