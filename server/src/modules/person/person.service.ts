import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { addDays, requireDateBetween, ukDate } from '../../common/dates';
import { preparedQuery } from '../../db/prepared-query';
import { BadUserInput, NotFound } from '../../common/errors';
import { requireVersion } from '../../common/optimistic-lock';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound } from '../../common/listing';
import type { ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { Centre } from '../centre/centre.entity';
import { DbsCheck } from '../dbs/dbs-check.entity';
import { Organisation } from '../organisation/organisation.entity';
import { CentreAssignment } from './centre-assignment.entity';
import { type CreatePersonArgs, type PersonFilter, type UpdatePersonArgs } from './dto/person.args';
import { peoplePages } from './people-page';
import { readPerson, type PersonSelection } from './people.read';
import { Person } from './person.entity';
import type { PersonView } from './person.view';
import { PersonStatus } from './person.enums';
import { centresAfterEdit, EMAIL_TAKEN, normaliseEmail, PLANNING_DAYS, requireStartDate } from './person.rules';

/** The rules for the people of a member organisation: who they are, where they work, when they left. */
export class PersonService {
  /** With each person's clearance, in one statement shared with `count` (see people-page.ts). */
  async list(ctx: RequestContext, args: ListArgs, filter: PersonFilter | null | undefined, selection: PersonSelection): Promise<PersonView[]> {
    return (await peoplePages(ctx).load({ kind: 'list', filter, args, selection })).people;
  }

  async count(ctx: RequestContext, filter?: PersonFilter | null): Promise<number> {
    return (await peoplePages(ctx).load({ kind: 'count', filter })).total;
  }

  /** One person as the API shows them; NOT_FOUND outside the caller's scope as when missing. */
  async view(ctx: RequestContext, id: string, selection: PersonSelection): Promise<PersonView> {
    const person = isUuid(id) ? await readPerson(ctx, id, selection) : null;
    if (!person) throw new NotFound('Person', id);
    return person;
  }

  /** The entity, for a change. */
  get(ctx: RequestContext, id: string): Promise<Person> {
    return findOneOrNotFound(ctx.em, Person, id, 'Person');
  }

  // Every read comes before any change: MikroORM flushes pending changes before a query on the
  // same entity, which would split one save into an insert and an update (and two audit entries).
  async create(ctx: RequestContext, args: CreatePersonArgs, selection: PersonSelection): Promise<PersonView> {
    const organisation = await ctx.em.findOne(Organisation, { id: args.organisationId });
    if (!organisation) throw new BadUserInput('organisationId', 'No member organisation has this id');
    requireStartDate(ctx.clock.today, args.startDate);
    const email = normaliseEmail(args.email);
    await this.checkEmailFree(ctx, organisation.id, email);
    const centreIds = await this.nextCentres(ctx, organisation.id, [], args.centreIds ?? []);
    const person = ctx.em.create(Person, {
      organisation,
      givenName: tidy(args.givenName),
      familyName: tidy(args.familyName),
      personType: args.personType,
      startDate: args.startDate,
    });
    this.applyContact(person, args);
    await this.assign(ctx, person, centreIds, args.startDate);
    await this.flush(ctx);
    return this.view(ctx, person.id, selection);
  }

  async update(ctx: RequestContext, args: UpdatePersonArgs, selection: PersonSelection): Promise<PersonView> {
    const person = await this.get(ctx, args.id);
    await requireVersion(ctx.em, person, args.version, 'This person was changed by someone else since you opened the record; reload to see their changes');
    if (args.email !== undefined) await this.checkEmailFree(ctx, person.organisation.id, normaliseEmail(args.email), person.id);
    const centreIds = args.centreIds != null ? await this.nextCentres(ctx, person.organisation.id, person.centreIds, args.centreIds) : null;

    if (args.givenName != null) person.givenName = tidy(args.givenName);
    if (args.familyName != null) person.familyName = tidy(args.familyName);
    if (args.personType != null) person.personType = args.personType;
    if (args.startDate != null) {
      requireStartDate(ctx.clock.today, args.startDate);
      person.startDate = args.startDate;
    }
    this.applyContact(person, args);
    this.applyLeaving(ctx, person, args);
    // A leave date given now was checked against the start date; one recorded earlier is checked here.
    if (person.leaveDate && person.leaveDate < person.startDate) {
      throw new BadUserInput('startDate', `The start date cannot be after the leave date (${ukDate(person.leaveDate)})`);
    }
    if (centreIds) await this.assign(ctx, person, centreIds, ctx.clock.today);
    await this.flush(ctx);
    return this.view(ctx, person.id, selection);
  }

  /**
   * Only for a record made in error: someone with DBS history is marked as left instead, and the
   * retention job erases them when the retention period is over.
   */
  async delete(ctx: RequestContext, id: string, selection: PersonSelection): Promise<PersonView> {
    const person = await this.get(ctx, id);
    if ((await ctx.em.count(DbsCheck, { person })) > 0) {
      throw new BadUserInput('id', 'This person has DBS records, which must be kept: record that they left instead');
    }
    // Training records are kept too (NACCC's own among them); the table is the training module's.
    const [training] = await preparedQuery<{ held: boolean }>(ctx.em, 'select exists (select 1 from training_record where person_id = $1) as held', [person.id]);
    if (training!.held) throw new BadUserInput('id', 'This person has training records, which must be kept: record that they left instead');
    // As they were: the answer describes the record that is gone.
    const deleted = await this.view(ctx, id, selection);
    await ctx.em.nativeDelete(CentreAssignment, { person });
    ctx.em.remove(person);
    await ctx.em.flush();
    return deleted;
  }

  /** The centres someone will work at after an edit (see centresAfterEdit), from the centres the caller can see. */
  private async nextCentres(ctx: RequestContext, organisationId: string, current: string[], requested: string[]): Promise<string[]> {
    const lookup = [...new Set([...requested, ...current])];
    const visible = new Map((lookup.length ? await ctx.em.find(Centre, { id: { $in: lookup } }) : []).map((c) => [c.id, c]));
    return centresAfterEdit(ctx.scope, organisationId, visible, current, requested);
  }

  /** A move closes the old spells and opens new ones, so the person's history is kept. */
  private async assign(ctx: RequestContext, person: Person, next: string[], from: string): Promise<void> {
    const current = new Set(person.centreIds);
    const removed = person.centreIds.filter((id) => !next.includes(id));
    const added = next.filter((id) => !current.has(id));
    // For someone who has not started yet, a move takes effect when they start.
    const on = from > person.startDate ? from : person.startDate;
    if (removed.length) {
      // Bulk statements do not flush the pending person changes first (a find would). A spell that
      // has not begun by then never happened: it is withdrawn rather than ended before it starts.
      const open = { person, centre: { $in: removed }, endedOn: null };
      await ctx.em.nativeDelete(CentreAssignment, { ...open, startedOn: { $gte: on } });
      await ctx.em.nativeUpdate(CentreAssignment, open, { endedOn: on });
    }
    for (const centreId of added) {
      ctx.em.create(CentreAssignment, { person, organisation: person.organisation, centre: centreId, startedOn: on });
    }
    if (removed.length || added.length) person.centreIds = next;
  }

  private applyContact(person: Person, args: CreatePersonArgs | UpdatePersonArgs): void {
    if (args.email !== undefined) person.email = normaliseEmail(args.email);
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

  private async checkEmailFree(ctx: RequestContext, organisationId: string, email: string | null, exceptId?: string): Promise<void> {
    if (!email) return;
    const clash = await ctx.em.count(Person, { organisation: organisationId, email, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
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
}
