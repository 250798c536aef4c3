import { Collection, Entity, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../common/scalars';
import { BaseEntity } from '../../common/base-entity';
import { Grant } from './grant.entity';

/** A person who signs in. Not tenant-owned itself: what they may see comes from their grants. */
@ObjectType({ description: 'Someone who can sign in to the console' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-case, so the unique index also makes addresses unique regardless of case. */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email: string;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName: string;

  /** argon2id; null until the invited user sets a password. Never exposed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  /** Sessions issued before this instant are void (a password change signs out everywhere). */
  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;

  /** SHA-256 of the one-time set-password token of an invitation; cleared once used. */
  @Property({ type: 'text', nullable: true, hidden: true })
  inviteTokenHash: string | null = null;

  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  inviteExpiresAt: Date | null = null;

  @OneToMany(() => Grant, (grant) => grant.user, { orphanRemoval: true })
  grants = new Collection<Grant>(this);

  /** Only on the response that created the invitation: the token is never stored in the clear. */
  @Field(() => String, { nullable: true, description: 'One-time token to set a password; returned once, when the user is invited' })
  @Property({ persist: false })
  inviteToken?: string;
}
