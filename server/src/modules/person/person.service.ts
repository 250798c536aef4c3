import { raw, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { addDays, EARLIEST_DATE, requireDateBetween } from '../../common/dates';
import { BadUserInput, Conflict } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { Centre } from '../centre/centre.entity';
import { DbsCheck } from '../dbs/dbs-check.entity';
import { Organisation } from '../organisation/organisation.entity';
import { CentreAssignment } from './centre-assignment.entity';
import { PERSON_SORTABLE, type CreatePersonArgs, type PersonFilter, type UpdatePersonArgs } from './dto/person.args';
import { Person } from './person.entity';
import { PersonStatus } from './person.enums';

/** How far ahead a start or leave date may be planned. */
const PLANNING_DAYS = 366;

const EMAIL_TAKEN = 'Another person in this organisation already has this email address';

/** The rules for the people of a member organisation: who they are, where they work, when they left. */
export class PersonService {
  list(ctx: RequestContext, args: ListArgs, filter?: PersonFilter | null): Promise<Person[]> {
    return findPage(ctx.em, Person, this.where(filter), args, PERSON_SORTABLE, 'familyName', filter?.ids);
  }

  count(ctx: RequestContext, filter?: PersonFilter | null): Promise<number> {
    return ctx.em.count(Person, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<Person> {
    return findOneOrNotFound(ctx.em, Person, id, 'Person');
  }

  async create(ctx: RequestContext, args: CreatePersonArgs): Promise<Person> {
    const organisation = await ctx.em.findOne(Organisation, { id: args.organisationId });
    if (!organisation) throw new BadUserInput('organisationId', 'No member organisation has this id');
    requireDateBetween('startDate', args.startDate, EARLIEST_DATE, addDays(ctx.clock.today, PLANNING_DAYS), 'The start date');
    const person = ctx.em.create(Person, {
      organisation,
      givenName: tidy(args.givenName),
      familyName: tidy(args.familyName),
      personType: args.personType,
      startDate: args.startDate,
    });
    this.applyContact(person, args);
    await this.checkEmailFree(ctx, person);
    await this.assignCentres(ctx, person, args.centreIds ?? [], args.startDate);
    await this.flush(ctx);
    return person;
  }

  async update(ctx: RequestContext, args: UpdatePersonArgs): Promise<Person> {
    const person = await this.get(ctx, args.id);
    if (args.version != null && args.version !== person.version) {
      throw new Conflict('This person was changed by someone else since you opened the record; reload to see their changes');
    }
    if (args.givenName != null) person.givenName = tidy(args.givenName);
    if (args.familyName != null) person.familyName = tidy(args.familyName);
    if (args.personType != null) person.personType = args.personType;
    if (args.startDate != null) {
      requireDateBetween('startDate', args.startDate, EARLIEST_DATE, addDays(ctx.clock.today, PLANNING_DAYS), 'The start date');
      person.startDate = args.startDate;
    }
    this.applyContact(person, args);
    this.applyLeaving(ctx, person, args);
    if (args.email !== undefined) await this.checkEmailFree(ctx, person);
    if (args.centreIds != null) await this.assignCentres(ctx, person, args.centreIds, ctx.clock.today);
    await this.flush(ctx);
    return person;
  }

  /**
   * Only for a record made in error: someone with DBS history is marked as left instead, and the
   * retention job erases them when the retention period is over.
   */
  async delete(ctx: RequestContext, id: string): Promise<Person> {
    const person = await this.get(ctx, id);
    if ((await ctx.em.count(DbsCheck, { person })) > 0) {
      throw new BadUserInput('id', 'This person has DBS records, which must be kept: record that they left instead');
    }
    const deleted = Object.assign(Object.create(Person.prototype) as Person, person);
    await ctx.em.nativeDelete(CentreAssignment, { person });
    ctx.em.remove(person);
    await ctx.em.flush();
    return deleted;
  }

  /**
   * The centres someone works at now. A move closes the old spells and opens new ones, so history
   * is kept. Centres must belong to the person's organisation and be visible to the caller; a
   * coordinator's edit leaves alone the centres they cannot see, and must keep one of their own.
   */
  private async assignCentres(ctx: RequestContext, person: Person, requested: string[], from: string): Promise<void> {
    const wanted = [...new Set(requested)];
    const found = wanted.length ? await ctx.em.find(Centre, { id: { $in: wanted } }) : [];
    for (const id of wanted) {
      const centre = found.find((c) => c.id === id);
      if (!centre || centre.organisation.id !== person.organisation.id) {
        throw new BadUserInput('centreIds', `Centre ${id} is not one of this organisation's centres that you manage`);
      }
    }
    const visible = new Set(found.map((c) => c.id));
    const hiddenKept = person.centreIds.length ? await this.invisibleCentres(ctx, person.centreIds) : [];
    const next = [...hiddenKept, ...wanted.filter((id) => visible.has(id))];
    const { scope } = ctx;
    const administers = scope.national || scope.organisationIds.includes(person.organisation.id);
    if (!administers && !next.some((id) => scope.centreIds.includes(id))) {
      throw new BadUserInput('centreIds', 'Keep at least one of your own centres; an organisation administrator can move this person elsewhere');
    }
    const current = new Set(person.centreIds);
    const removed = person.centreIds.filter((id) => !next.includes(id));
    const added = next.filter((id) => !current.has(id));
    if (removed.length) {
      await ctx.em.nativeUpdate(CentreAssignment, { person, centre: { $in: removed }, endedOn: null }, { endedOn: from });
    }
    for (const centreId of added) {
      ctx.em.create(CentreAssignment, { person, organisation: person.organisation, centre: centreId, startedOn: from });
    }
    if (removed.length || added.length) person.centreIds = next;
  }

  /** Of these centre ids, those the caller's scope does not reach (kept as they are on an edit). */
  private async invisibleCentres(ctx: RequestContext, ids: string[]): Promise<string[]> {
    const seen = await ctx.em.find(Centre, { id: { $in: ids } }, { fields: ['id'] });
    const visible = new Set(seen.map((c) => c.id));
    return ids.filter((id) => !visible.has(id));
  }

  private applyContact(person: Person, args: CreatePersonArgs | UpdatePersonArgs): void {
    if (args.email !== undefined) person.email = tidy(args.email)?.toLowerCase() || null;
    if (args.phone !== undefined) person.phone = tidy(args.phone) || null;
    if (args.notes !== undefined) person.notes = tidy(args.notes) || null;
  }

  /** A leave date means they left; LEFT without one means today; ACTIVE (rejoining) clears it. */
  private applyLeaving(ctx: RequestContext, person: Person, args: UpdatePersonArgs): void {
    if (args.status == null && args.leaveDate === undefined) return;
    if (args.status === PersonStatus.ACTIVE || (args.status == null && args.leaveDate === null)) {
      if (args.leaveDate) throw new BadUserInput('leaveDate', 'Someone still active has no leave date; clear it, or mark them as left');
      person.status = PersonStatus.ACTIVE;
      person.leaveDate = null;
      return;
    }
    const leaveDate = args.leaveDate ?? person.leaveDate ?? ctx.clock.today;
    requireDateBetween('leaveDate', leaveDate, person.startDate, addDays(ctx.clock.today, PLANNING_DAYS), 'The leave date');
    person.leaveDate = leaveDate;
    person.status = PersonStatus.LEFT;
  }

  private async checkEmailFree(ctx: RequestContext, person: Person): Promise<void> {
    if (!person.email) return;
    const clash = await ctx.em.count(Person, { organisation: person.organisation, email: person.email, id: { $ne: person.id } });
    if (clash > 0) throw new BadUserInput('email', EMAIL_TAKEN);
  }

  /** A coordinator cannot see the whole organisation, so the unique index has the last word. */
  private async flush(ctx: RequestContext): Promise<void> {
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && /person_organisation_email_unique/.test(error.message)) {
        throw new BadUserInput('email', EMAIL_TAKEN);
      }
      throw error;
    }
  }

  private where(filter?: PersonFilter | null): FilterQuery<Person> {
    if (!filter) return {};
    const where: FilterQuery<Person> & Record<string, unknown> = {};
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.organisationId != null) where.organisation = isUuid(filter.organisationId) ? filter.organisationId : { $in: [] };
    if (filter.centreId != null) where.centreIds = isUuid(filter.centreId) ? { $overlap: [filter.centreId] } : { $overlap: [] };
    if (filter.personType) where.personType = filter.personType;
    if (filter.status) where.status = filter.status;
    if (filter.clearanceStatus) {
      where[raw((alias) => `(select pc.status from person_clearance pc where pc.person_id = ${alias}.id)`)] = filter.clearanceStatus;
    }
    if (filter.q?.trim()) {
      const pattern = containsPattern(filter.q);
      where.$or = [
        { givenName: { $ilike: pattern } },
        { familyName: { $ilike: pattern } },
        { email: { $ilike: pattern } },
        { [raw((alias) => `${alias}.given_name || ' ' || ${alias}.family_name`)]: { $ilike: pattern } },
      ];
    }
    return where;
  }
}
