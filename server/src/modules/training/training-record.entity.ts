import { Entity, Enum, Filter, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base-entity';
import { TENANT_FILTER, trainingRecordCondition } from '../../tenancy/tenant-filter';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { User } from '../user/user.entity';
import { Course } from './course.entity';
import { CourseSession } from './course-session.entity';
import { TrainingOutcome, TrainingSource } from './training.enums';

/**
 * What a person completed (or did not): a NACCC course, recorded by the training team (often a
 * whole session's cohort at once), or external training recorded by the person's organisation.
 * Its expiry is not stored: it is the completion date plus the course's validity, computed where
 * it is read (app.training_expiry), so a change to a course's validity applies to every record.
 * The API reads records through TrainingRecordView (training-records.read.ts); this entity writes them.
 */
@Entity({ tableName: 'training_record' })
@Filter({ name: TENANT_FILTER, cond: trainingRecordCondition, default: true })
@Index({ properties: ['person', 'course', 'completedOn'] })
@Index({ properties: ['organisation', 'completedOn'] })
export class TrainingRecord extends BaseEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person: Person;

  /** The tenancy key; always the person's organisation (the database checks it). */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation: Organisation;

  @Enum({ items: () => TrainingSource })
  source: TrainingSource;

  /** The NACCC course; null for external training. */
  @ManyToOne(() => Course, { nullable: true, deleteRule: 'restrict' })
  course: Course | null = null;

  @Property({ type: 'text', nullable: true })
  externalCourse: string | null = null;

  @Property({ type: 'text', nullable: true })
  externalProvider: string | null = null;

  @ManyToOne(() => CourseSession, { nullable: true, deleteRule: 'set null' })
  session: CourseSession | null = null;

  @Property({ type: 'date' })
  completedOn: string;

  @Enum({ items: () => TrainingOutcome })
  outcome: TrainingOutcome;

  @Property({ type: 'integer' })
  credits: Opt<number> = 0;

  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  hours: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  certificateRef: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', fieldName: 'recorded_by_user_id' })
  recordedBy: User | null = null;
}
