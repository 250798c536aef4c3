import { Entity, Enum, Filter, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { DateTimeISO } from '../../common/scalars';
import { TENANT_FILTER, enrolmentCondition } from '../../tenancy/tenant-filter';
import { Region } from '../geo';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { Course } from './course.entity';
import { EnrolmentStatus, SessionStatus } from './training.enums';

/**
 * One running of a course: when, where (a venue, an online link, or both), who trains, and how
 * many places. A network record: every signed-in user reads the timetable; the training team runs
 * it. Who is enrolled is SessionEnrolment, visible like the person it enrols.
 */
@ObjectType({ description: 'A session of a course: date, trainer, venue or online link, capacity' })
@Entity({ tableName: 'course_session' })
@Index({ properties: ['course', 'startsAt'] })
export class CourseSession extends BaseEntity {
  @ManyToOne(() => Course, { deleteRule: 'restrict' })
  course: Course;

  @Field(() => DateTimeISO)
  @Property({ type: 'timestamptz' })
  @Index()
  startsAt: Date;

  @Field(() => DateTimeISO)
  @Property({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  trainer: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  venue: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  onlineLink: string | null = null;

  @Field(() => Region, { nullable: true, description: "The venue's region; null for a session held online only" })
  @Enum({ items: () => Region, nullable: true })
  region: Region | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  capacity: number;

  @Field(() => SessionStatus)
  @Enum({ items: () => SessionStatus })
  status: Opt<SessionStatus> = SessionStatus.SCHEDULED;
}

/**
 * A person's place on a session: requested by their organisation, or confirmed by the training
 * team. Requested and confirmed places both count against the capacity. Tenant-owned: it carries
 * the person's organisation and is visible exactly when the person is.
 */
@Entity({ tableName: 'session_enrolment' })
@Filter({ name: TENANT_FILTER, cond: enrolmentCondition, default: true })
@Unique({ name: 'session_enrolment_once', properties: ['session', 'person'] })
export class SessionEnrolment extends BaseEntity {
  @ManyToOne(() => CourseSession, { deleteRule: 'cascade' })
  session: CourseSession;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person: Person;

  /** The tenancy key; always the person's organisation (the database checks it). */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation: Organisation;

  @Enum({ items: () => EnrolmentStatus })
  status: EnrolmentStatus;
}
