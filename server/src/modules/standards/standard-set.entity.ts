import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { DateTimeISO, LocalDate } from '../../common/scalars';
import { StandardSetKind, StandardSetStatus } from './standards.enums';

/**
 * One version of one set of National Standards (e.g. supported centres, 2024). Network data: every
 * signed-in user reads it, head office writes it. Once PUBLISHED it never changes again (the
 * database refuses it, migration Standards): a revision is a new version, and an assessment names
 * the version it used.
 */
@ObjectType({ description: 'A version of a set of National Standards' })
@Entity({ tableName: 'standard_set' })
@Unique({ name: 'standard_set_kind_version_label_unique', properties: ['kind', 'versionLabel'] })
export class StandardSet extends BaseEntity {
  @Field(() => StandardSetKind)
  @Enum({ items: () => StandardSetKind })
  kind: StandardSetKind;

  @Field(() => String, { description: 'The version as people name it, e.g. 2024' })
  @Property({ type: 'text' })
  versionLabel: string;

  @Field(() => LocalDate, { description: 'From when assessments use this version' })
  @Property({ type: 'date' })
  effectiveOn: string;

  @Field(() => StandardSetStatus)
  @Enum({ items: () => StandardSetStatus })
  status: Opt<StandardSetStatus> = StandardSetStatus.DRAFT;

  @Field(() => DateTimeISO, { nullable: true, description: 'When it was published; null for a draft' })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @OneToMany(() => StandardArea, (area) => area.set)
  areas = new Collection<StandardArea>(this);
}

/** A numbered area of a set (1 Service management, 2 Staffing, ...). */
@ObjectType({ description: 'A numbered area of a set of standards' })
@Entity({ tableName: 'standard_area' })
@Unique({ name: 'standard_area_set_id_position_unique', properties: ['set', 'position'] })
export class StandardArea {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @ManyToOne(() => StandardSet, { deleteRule: 'cascade' })
  set: StandardSet;

  @Field(() => Int, { description: 'Order within the set, from 1' })
  @Property({ type: 'integer' })
  position: number;

  @Field(() => String, { description: 'The area number, e.g. "2"' })
  @Property({ type: 'text' })
  number: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title: string;
}

/** A numbered standard of an area, e.g. 2.3. */
@ObjectType({ description: 'One standard of a set, numbered within its area (e.g. 2.3)' })
@Entity({ tableName: 'standard' })
@Unique({ name: 'standard_set_id_code_unique', properties: ['set', 'code'] })
export class Standard {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @ManyToOne(() => StandardSet, { deleteRule: 'cascade' })
  set: StandardSet;

  @ManyToOne(() => StandardArea, { deleteRule: 'cascade' })
  area: StandardArea;

  @Field(() => Int, { description: 'Order within its area, from 1' })
  @Property({ type: 'integer' })
  position: number;

  @Field(() => String, { description: '"area.position", e.g. 2.3' })
  @Property({ type: 'text' })
  code: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'What meeting the standard looks like, for centres and assessors' })
  @Property({ type: 'text' })
  guidance: string;
}
