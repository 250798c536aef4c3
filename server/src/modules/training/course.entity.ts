import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { ServiceType } from '../centre/centre.enums';
import { PersonType } from '../person/person.enums';
import { CourseDelivery, OcnLevel } from './training.enums';

/**
 * A course of NACCC's OCN-accredited catalogue. It belongs to the network, not to a member
 * organisation: everyone signed in reads it; head office and the training team keep it. A course
 * is retired (inactive), never deleted, so the records of those who took it keep their course.
 */
@ObjectType({ description: "A course of NACCC's OCN-accredited catalogue" })
@Entity({ tableName: 'course' })
export class Course extends BaseEntity {
  @Field(() => String, { description: 'Short catalogue code, e.g. SAF-R' })
  @Property({ type: 'text' })
  @Unique({ name: 'course_code_unique' })
  code: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => OcnLevel)
  @Enum({ items: () => OcnLevel })
  ocnLevel: OcnLevel;

  @Field(() => Int, { description: 'OCN credits a learner can be awarded' })
  @Property({ type: 'integer' })
  creditValue: number;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  guidedLearningHours: number;

  @Field(() => CourseDelivery)
  @Enum({ items: () => CourseDelivery })
  delivery: CourseDelivery;

  @Field(() => Int, { nullable: true, description: 'Months a completion stays current (a refresher is due after); null: it does not expire' })
  @Property({ type: 'integer', nullable: true })
  validityMonths: number | null = null;

  @Field(() => Boolean, { description: 'Offered, and counted as mandatory where a requirement names it; retired courses are kept for the records' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @OneToMany(() => CourseRequirement, (requirement) => requirement.course, { orphanRemoval: true })
  requirements = new Collection<CourseRequirement>(this);
}

/**
 * Who must hold a course, as data: a person of this type (any type when null) working at a centre
 * that offers this service (any centre, or none, when null). A course with no requirement is
 * optional. The database computes each person's mandatory courses from these rows
 * (app.mandatory_training).
 */
@ObjectType({ description: 'A rule making a course mandatory: for a type of person (or everyone), at centres offering a service (or anywhere)' })
@Entity({ tableName: 'course_requirement' })
@Unique({ name: 'course_requirement_unique', properties: ['course', 'personType', 'serviceType'] })
export class CourseRequirement {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course: Course;

  @Field(() => PersonType, { nullable: true, description: 'Null: every type of person' })
  @Enum({ items: () => PersonType, nullable: true })
  personType: PersonType | null = null;

  @Field(() => ServiceType, { nullable: true, description: 'Null: wherever they work (or with no centre)' })
  @Enum({ items: () => ServiceType, nullable: true })
  serviceType: ServiceType | null = null;
}
