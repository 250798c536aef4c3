import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, MaxLength } from 'class-validator';
import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISO } from '../common/scalars';
import { isUuid } from '../common/ids';
import { findOneOrNotFound, findPage } from '../common/listing';
import { ListArgs, ListMetadata } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { Role } from '../auth/role';
import { preparedQuery } from '../db/prepared-query';
import { AuditEvent } from './audit-event.entity';

@InputType()
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  actorUserId?: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  occurredAt_gte?: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  occurredAt_lte?: Date | null;
}

const SORTABLE = { occurredAt: 'occurredAt', action: 'action', entityType: 'entityType' } as const;

/** Read-only: the trail is written by triggers and sign-in events, never through the API. */
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [AuditEvent])
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  allAuditEvents(
    @Ctx() ctx: RequestContext,
    @Args() list: ListArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ): Promise<AuditEvent[]> {
    // Newest first unless asked otherwise.
    return findPage(ctx.em, AuditEvent, where(filter), { ...list, sortOrder: list.sortOrder ?? 'DESC' }, SORTABLE, 'occurredAt');
  }

  @Query(() => ListMetadata)
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  async _allAuditEventsMeta(
    @Ctx() ctx: RequestContext,
    // Accepted because react-admin sends the list arguments to the count too; a count ignores them.
    @Args() _list: ListArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ): Promise<ListMetadata> {
    return { count: await ctx.em.count(AuditEvent, where(filter)) };
  }

  @Query(() => AuditEvent, { name: 'AuditEvent', nullable: true })
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  auditEvent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AuditEvent> {
    return findOneOrNotFound(ctx.em, AuditEvent, id, 'AuditEvent');
  }

  /** Who acted, readably; batched per page. Names stay readable after a user is deactivated. */
  @FieldResolver(() => String, { nullable: true })
  async actorName(@Ctx() ctx: RequestContext, @Root() event: AuditEvent): Promise<string | null> {
    if (!event.actorUserId) return null;
    const loader = ctx.loader(
      'audit.actorName',
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          // The trail is the platform's, accounts the user module's: one statement, no entity of theirs.
          const users = await preparedQuery<{ id: string; display_name: string }>(ctx.em, 'select id, display_name from app_user where id = any ($1::uuid[])', [[...ids]]);
          const names = new Map(users.map((user) => [user.id, user.display_name]));
          return ids.map((id) => names.get(id) ?? null);
        }),
    );
    return loader.load(event.actorUserId);
  }
}

function where(filter?: AuditEventFilter | null): FilterQuery<AuditEvent> {
  if (!filter) return {};
  const where: FilterQuery<AuditEvent> & Record<string, unknown> = {};
  const uuidOrNothing = (value: string) => (isUuid(value) ? value : { $in: [] });
  if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
  if (filter.action) where.action = filter.action;
  if (filter.entityType) where.entityType = filter.entityType;
  if (filter.entityId) where.entityId = uuidOrNothing(filter.entityId);
  if (filter.organisationId) where.organisationId = uuidOrNothing(filter.organisationId);
  if (filter.actorUserId) where.actorUserId = uuidOrNothing(filter.actorUserId);
  if (filter.occurredAt_gte || filter.occurredAt_lte) {
    where.occurredAt = { ...(filter.occurredAt_gte ? { $gte: filter.occurredAt_gte } : {}), ...(filter.occurredAt_lte ? { $lte: filter.occurredAt_lte } : {}) };
  }
  return where;
}
