import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from './scalars';

/** Identity, timestamps and the optimistic-lock version every mutable record shares. */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => DateTimeISO)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  /**
   * MikroORM's version property: every UPDATE it issues says `where version = <as loaded>` and
   * increments it. An edit based on an older version is refused as a conflict (requireVersion,
   * common/optimistic-lock.ts).
   */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
