import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { Organisation } from '../organisation/organisation.entity';
import { Role } from '../../auth/role';
import type { User } from './user.entity';

/**
 * One role held by a user, with its scope: an organisation for member roles, named centres for
 * coordinators and assessors. A user can hold several grants (e.g. admin of two organisations).
 */
@ObjectType({ description: 'A role held by a user, with the organisation or centres it covers' })
@Entity({ tableName: 'user_grant' })
export class Grant extends BaseEntity {
  @ManyToOne({ entity: 'User', deleteRule: 'cascade' })
  @Index()
  user: User;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role: Role;

  /** Null for national roles and assessors (whose scope is their centres). */
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  @Index()
  organisation: Organisation | null = null;

  @Field(() => [ID], { description: 'Centres this grant covers (coordinators, assessors)' })
  @Property({ type: 'text[]', columnType: 'uuid[]' })
  centreIds: Opt<string[]> = [];
}
