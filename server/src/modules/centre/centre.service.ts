import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInput } from '../../common/errors';
import { requireVersion } from '../../common/optimistic-lock';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { isUuid } from '../../common/ids';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import type { PostcodeDirectory } from '../geo';
import type { Region } from '../geo';
import { Organisation } from '../organisation/organisation.entity';
import { CentreAssignment } from '../person/centre-assignment.entity';
import { CentreKind } from './centre.enums';
import { Centre } from './centre.entity';
import { CENTRE_SORTABLE, type CentreFilter, type CreateCentreArgs, type UpdateCentreArgs } from './dto/centre.args';

/** The rules for centres: where they are, what they offer, and who runs them. */
export class CentreService {
  constructor(private readonly postcodes: PostcodeDirectory) {}

  list(ctx: RequestContext, args: ListArgs, filter?: CentreFilter | null): Promise<Centre[]> {
    return findPage(ctx.em, Centre, this.where(filter), args, CENTRE_SORTABLE, 'name', filter?.ids);
  }

  count(ctx: RequestContext, filter?: CentreFilter | null): Promise<number> {
    return ctx.em.count(Centre, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<Centre> {
    return findOneOrNotFound(ctx.em, Centre, id, 'Centre');
  }

  async create(ctx: RequestContext, args: CreateCentreArgs): Promise<Centre> {
    const organisation = await ctx.em.findOne(Organisation, { id: args.organisationId });
    if (!organisation) throw new BadUserInput('organisationId', 'No member organisation has this id');
    const centre = ctx.em.create(Centre, {
      organisation,
      name: tidy(args.name),
      kind: args.kind,
      serviceTypes: args.serviceTypes,
      ...this.locate(args.postcode, args.region),
    });
    this.applyEditable(centre, args);
    this.checkAddress(centre);
    await ctx.em.flush();
    return centre;
  }

  async update(ctx: RequestContext, args: UpdateCentreArgs): Promise<Centre> {
    const centre = await this.get(ctx, args.id);
    await requireVersion(ctx.em, centre, args.version, 'This centre was changed by someone else since you opened it; reload to see their changes');
    if (args.name != null) centre.name = tidy(args.name);
    if (args.kind != null) centre.kind = args.kind;
    if (args.serviceTypes != null) centre.serviceTypes = args.serviceTypes;
    this.applyEditable(centre, args);
    if (args.postcode != null || args.region != null) {
      // A new postcode re-derives the region unless the editor also chose one.
      const region = args.region ?? (args.postcode != null ? null : centre.region);
      Object.assign(centre, this.locate(args.postcode ?? centre.postcode, region));
    }
    this.checkAddress(centre);
    await ctx.em.flush();
    return centre;
  }

  async delete(ctx: RequestContext, id: string): Promise<Centre> {
    const centre = await this.get(ctx, id);
    // Safeguarding records name the centres people worked at; those must outlive a mistaken delete.
    if ((await ctx.em.count(CentreAssignment, { centre })) > 0) {
      throw new BadUserInput('id', 'People have worked at this centre, and their records name it: it cannot be deleted');
    }
    // Keep a detached copy to answer with: react-admin shows the deleted record in its undo toast.
    const deleted = Object.assign(Object.create(Centre.prototype) as Centre, centre);
    ctx.em.remove(centre);
    await ctx.em.flush();
    return deleted;
  }

  /** Geocodes from the postcode district and derives the region unless one is given. */
  private locate(
    postcode: string,
    region: Region | null | undefined,
  ): Pick<Centre, 'postcode' | 'latitude' | 'longitude' | 'region'> {
    const found = this.postcodes.lookup(postcode);
    if (!found.ok) {
      throw new BadUserInput(
        'postcode',
        found.reason === 'INVALID'
          ? `"${postcode}" is not a valid UK postcode`
          : `The postcode district of "${postcode}" is not known`,
      );
    }
    const derived = region ?? found.location.region;
    if (!derived) {
      throw new BadUserInput(
        'postcode',
        'NACCC accredits centres in England, Wales, Northern Ireland, the Channel Islands and the Isle of Man',
      );
    }
    const { latitude, longitude } = found.location;
    return { postcode: found.postcode, latitude, longitude, region: derived };
  }

  private checkAddress(centre: Centre): void {
    // A centre is a venue families travel to; a service (e.g. community contact) may have none.
    if (centre.kind === CentreKind.CENTRE && !centre.addressLine1) {
      throw new BadUserInput('addressLine1', 'A centre needs the first line of its address');
    }
    if (centre.kind === CentreKind.CENTRE && !centre.town) {
      throw new BadUserInput('town', 'A centre needs its town');
    }
  }

  private applyEditable(centre: Centre, args: CreateCentreArgs | UpdateCentreArgs): void {
    const optionalText = ['addressLine1', 'addressLine2', 'town', 'openingPattern', 'accessibilityNotes', 'feesNote'] as const;
    for (const key of optionalText) {
      // `undefined` leaves the value alone; `null` or blank clears it.
      if (args[key] !== undefined) centre[key] = tidy(args[key]) || null;
    }
    if (args.referralRoutes != null) centre.referralRoutes = args.referralRoutes;
    if (args.languages != null) centre.languages = args.languages.map((language) => language.trim());
    if (args.publiclyListed != null) centre.publiclyListed = args.publiclyListed;
  }

  private where(filter?: CentreFilter | null): FilterQuery<Centre> {
    if (!filter) return {};
    const where: FilterQuery<Centre> & Record<string, unknown> = {};
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.organisationId != null) {
      // An id that cannot exist matches nothing rather than failing the whole list.
      where.organisation = isUuid(filter.organisationId) ? filter.organisationId : { $in: [] };
    }
    if (filter.region) where.region = filter.region;
    if (filter.kind) where.kind = filter.kind;
    if (filter.serviceType) where.serviceTypes = { $contains: [filter.serviceType] };
    if (filter.publiclyListed != null) where.publiclyListed = filter.publiclyListed;
    if (filter.q?.trim()) {
      const pattern = containsPattern(filter.q);
      where.$or = [{ name: { $ilike: pattern } }, { town: { $ilike: pattern } }, { postcode: { $ilike: pattern } }];
    }
    return where;
  }
}
