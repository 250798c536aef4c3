import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { BadUserInput, Conflict, Forbidden, NotFound } from '../../common/errors';
import { requireVersion } from '../../common/optimistic-lock';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { isUuid } from '../../common/ids';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { Centre } from '../centre/centre.entity';
import { ORGANISATION_SORTABLE, type CreateOrganisationArgs, type OrganisationFilter, type UpdateOrganisationArgs } from './dto/organisation.args';
import { Organisation } from './organisation.entity';
import { organisationById } from './organisation.loaders';

/** Member organisations: the tenants of the platform. */
export class OrganisationService {
  list(ctx: RequestContext, args: ListArgs, filter?: OrganisationFilter | null): Promise<Organisation[]> {
    return findPage(ctx.em, Organisation, this.where(filter), args, ORGANISATION_SORTABLE, 'name', filter?.ids);
  }

  count(ctx: RequestContext, filter?: OrganisationFilter | null): Promise<number> {
    return ctx.em.count(Organisation, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<Organisation> {
    return findOneOrNotFound(ctx.em, Organisation, id, 'Organisation');
  }

  /** One organisation to show (the prepared statement of organisationById); NOT_FOUND outside the caller's scope as when missing. */
  async view(ctx: RequestContext, id: string): Promise<Organisation> {
    const organisation = await organisationById(ctx).load(id);
    if (!organisation) throw new NotFound('Organisation', id);
    return organisation;
  }

  async create(ctx: RequestContext, args: CreateOrganisationArgs): Promise<Organisation> {
    const organisation = ctx.em.create(Organisation, {
      name: tidy(args.name),
      charityNumber: tidy(args.charityNumber) || null,
      type: args.type,
      contactEmail: tidy(args.contactEmail).toLowerCase(),
      membershipStatus: args.membershipStatus,
      region: args.region,
    });
    await this.flush(ctx);
    return organisation;
  }

  async update(ctx: RequestContext, args: UpdateOrganisationArgs): Promise<Organisation> {
    const organisation = await this.get(ctx, args.id);
    await requireVersion(ctx.em, organisation, args.version, 'This organisation was changed by someone else since you opened it; reload to see their changes');
    if (args.name != null) organisation.name = tidy(args.name);
    if (args.charityNumber !== undefined) organisation.charityNumber = tidy(args.charityNumber) || null;
    if (args.type != null) organisation.type = args.type;
    if (args.contactEmail != null) organisation.contactEmail = tidy(args.contactEmail).toLowerCase();
    if (args.membershipStatus != null && args.membershipStatus !== organisation.membershipStatus) {
      // Membership is NACCC's decision about the organisation, not the organisation's own.
      if (!ctx.scope.nationalAdmin) throw new Forbidden('Only NACCC head office can change membership status');
      organisation.membershipStatus = args.membershipStatus;
    }
    if (args.region != null) organisation.region = args.region;
    await this.flush(ctx);
    return organisation;
  }

  async delete(ctx: RequestContext, id: string): Promise<Organisation> {
    const organisation = await this.get(ctx, id);
    // Records of a member organisation outlive its centres' closure; removing it is a deliberate last step.
    if ((await ctx.em.count(Centre, { organisation })) > 0) {
      throw new Conflict('This organisation still runs centres; move or delete them first');
    }
    const deleted = Object.assign(Object.create(Organisation.prototype) as Organisation, organisation);
    ctx.em.remove(organisation);
    await ctx.em.flush();
    return deleted;
  }

  private async flush(ctx: RequestContext): Promise<void> {
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new BadUserInput('name', 'Another member organisation already has this name');
      }
      throw error;
    }
  }

  private where(filter?: OrganisationFilter | null): FilterQuery<Organisation> {
    if (!filter) return {};
    const where: FilterQuery<Organisation> & Record<string, unknown> = {};
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.region) where.region = filter.region;
    if (filter.type) where.type = filter.type;
    if (filter.membershipStatus) where.membershipStatus = filter.membershipStatus;
    if (filter.q?.trim()) {
      const pattern = containsPattern(filter.q);
      where.$or = [{ name: { $ilike: pattern } }, { charityNumber: { $ilike: pattern } }, { contactEmail: { $ilike: pattern } }];
    }
    return where;
  }
}
