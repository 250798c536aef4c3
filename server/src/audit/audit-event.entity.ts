import { randomUUID } from 'node:crypto';
import { Entity, Filter, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { TENANT_FILTER, auditCondition } from '../tenancy/tenant-filter';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../common/scalars';

/**
 * One entry of the append-only audit trail. Row changes are written by Postgres triggers in the
 * same transaction as the change (so no code path can skip them); sign-ins and other events are
 * written by the application. The application role may insert, never update or delete.
 */
@ObjectType({ description: 'Something that happened, who did it and what changed' })
@Entity({ tableName: 'audit_event' })
@Filter({ name: TENANT_FILTER, cond: auditCondition, default: true })
@Index({ properties: ['organisationId', 'occurredAt'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => DateTimeISO)
  // No database default: MikroORM would add RETURNING for it, which the read policy refuses.
  @Property({ type: 'timestamptz' })
  @Index()
  occurredAt: Opt<Date> = new Date();

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The organisation the record belongs to; null for network-level events' })
  @Property({ type: 'uuid', nullable: true })
  organisationId: string | null = null;

  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, ...' })
  @Property({ type: 'text' })
  action: string;

  @Field(() => String)
  @Property({ type: 'text' })
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  entityId: string | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields: { field: { before, after } }, sensitive values redacted' })
  @Property({ type: 'jsonb', nullable: true })
  changes: Record<string, unknown> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;
}
