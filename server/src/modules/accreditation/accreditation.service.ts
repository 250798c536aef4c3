import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { requireVersion } from '../../common/optimistic-lock';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { Centre } from '../centre/centre.entity';
import { ServiceType } from '../centre/centre.enums';
import { User } from '../user/user.entity';
import { CANDIDATE_MONTHS, addMonths, expiryOf } from './accreditation.dates';
import { Accreditation, AccreditationTransition } from './accreditation.entity';
import { AccreditationAction, AccreditationKind, AccreditationState } from './accreditation.enums';
import { ACTION_WORDS, STATE_WORDS, TRANSITIONS, actionsFrom, nextState } from './accreditation.transitions';
import { ACCREDITATION_SORTABLE, type AccreditationFilter, type StartAccreditationArgs, type TransitionAccreditationArgs } from './dto/accreditation.args';

/** Services that need Enhanced Accreditation (supervised contact). */
const SUPERVISED: readonly ServiceType[] = [ServiceType.SUPERVISED_CONTACT, ServiceType.SUPERVISED_ASSESSMENT];

/**
 * Head office's side of the accreditation state machine: a centre becomes a candidate, and every
 * later step is a transition of the table (accreditation.transitions.ts), refused with what is
 * allowed when it is not legal, and recorded with who, when and why. The nightly job takes the
 * date-driven steps (accreditation.job.ts).
 */
export class AccreditationService {
  list(ctx: RequestContext, args: ListArgs, filter?: AccreditationFilter | null): Promise<Accreditation[]> {
    return findPage(ctx.em, Accreditation, this.where(ctx, filter), args, ACCREDITATION_SORTABLE, 'stateChangedOn', filter?.ids);
  }

  count(ctx: RequestContext, filter?: AccreditationFilter | null): Promise<number> {
    return ctx.em.count(Accreditation, this.where(ctx, filter));
  }

  get(ctx: RequestContext, id: string): Promise<Accreditation> {
    return findOneOrNotFound(ctx.em, Accreditation, id, 'Accreditation');
  }

  async start(ctx: RequestContext, args: StartAccreditationArgs): Promise<Accreditation> {
    const centre = await ctx.em.findOne(Centre, { id: args.centreId });
    if (!centre) throw new BadUserInput('centreId', 'No centre has this id');
    if (args.kind === AccreditationKind.ENHANCED_ACCREDITATION && !centre.serviceTypes.some((type) => SUPERVISED.includes(type))) {
      throw new BadUserInput('kind', `${centre.name} does not offer supervised contact: Enhanced Accreditation is for supervised services`);
    }
    const existing = await ctx.em.findOne(Accreditation, { centre, kind: args.kind });
    if (existing) throw new BadUserInput('kind', `${centre.name} already has this accreditation (${STATE_WORDS[existing.state]}): take it on from there`);
    const today = ctx.clock.today;
    const since = args.candidateSince ?? today;
    if (since > today) throw new BadUserInput('candidateSince', 'The application cannot be dated in the future');
    if (since < addMonths(today, -CANDIDACY_BACKDATING_MONTHS)) throw new BadUserInput('candidateSince', `The application cannot be dated more than ${CANDIDACY_BACKDATING_MONTHS} months ago`);
    const accreditation = ctx.em.create(Accreditation, {
      centre,
      organisation: centre.organisation,
      kind: args.kind,
      state: AccreditationState.CANDIDATE,
      candidateSince: since,
      stateChangedOn: since,
    });
    this.record(ctx, accreditation, null, null, AccreditationState.CANDIDATE, tidy(args.reason), since);
    await ctx.em.flush();
    return accreditation;
  }

  async transition(ctx: RequestContext, args: TransitionAccreditationArgs): Promise<Accreditation> {
    if (!isUuid(args.id)) throw new BadUserInput('id', 'No accreditation has this id');
    const accreditation = await this.get(ctx, args.id);
    await requireVersion(ctx.em, accreditation, args.version, 'This accreditation has changed since you opened it: reload it and decide again');
    this.apply(ctx, accreditation, args.action, tidy(args.reason), 'action');
    await ctx.em.flush();
    return accreditation;
  }

  /**
   * One step by a person (head office's decision on an assessment takes AWARD here too), refused
   * as BAD_USER_INPUT on `field` when the table does not allow it from the current state. The
   * caller flushes, in its transaction.
   */
  apply(ctx: RequestContext, accreditation: Accreditation, action: AccreditationAction, reason: string, field: string): void {
    const from = accreditation.state;
    const to = nextState(from, action);
    if (TRANSITIONS[action].by === 'NIGHTLY') throw new BadUserInput(field, `"${ACTION_WORDS[action]}" happens by the date, overnight; ${allowedSentence(from)}`);
    if (!to) throw new BadUserInput(field, `An accreditation that is ${STATE_WORDS[from]} cannot be ${pastTense(action)}; ${allowedSentence(from)}`);
    const today = ctx.clock.today;
    if (action === AccreditationAction.AWARD) {
      accreditation.awardedOn = today;
      accreditation.expiresOn = expiryOf(today);
    }
    accreditation.state = to;
    accreditation.stateChangedOn = today;
    this.record(ctx, accreditation, action, from, to, reason, today);
  }

  /** The history row of a step, in the request's transaction, in the signed-in user's name. */
  private record(ctx: RequestContext, accreditation: Accreditation, action: AccreditationAction | null, from: AccreditationState | null, to: AccreditationState, reason: string, onDate: string): void {
    ctx.em.create(AccreditationTransition, {
      id: randomUUID(),
      accreditation,
      centre: accreditation.centre,
      organisation: accreditation.organisation,
      action,
      fromState: from,
      toState: to,
      reason,
      actor: ctx.identity ? ctx.em.getReference(User, ctx.identity.userId) : null,
      occurredAt: ctx.clock.now,
      onDate,
    });
  }

  private where(ctx: RequestContext, filter?: AccreditationFilter | null): FilterQuery<Accreditation> {
    const where: FilterQuery<Accreditation> & Record<string, unknown> = {};
    const id = (value: string) => (isUuid(value) ? value : '00000000-0000-0000-0000-000000000000');
    if (filter?.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter?.states?.length) where.state = { $in: filter.states };
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.organisationId) where.organisation = id(filter.organisationId);
    if (filter?.centreId) where.centre = id(filter.centreId);
    if (filter?.q?.trim()) where.centre = { ...(filter.centreId ? { id: id(filter.centreId) } : {}), name: { $ilike: containsPattern(filter.q) } };
    const today = ctx.clock.today;
    if (filter?.candidateOverdue === true) Object.assign(where, { state: AccreditationState.CANDIDATE, candidateSince: { $lt: addMonths(today, -CANDIDATE_MONTHS) } });
    if (filter?.candidateOverdue === false) where.$not = { state: AccreditationState.CANDIDATE, candidateSince: { $lt: addMonths(today, -CANDIDATE_MONTHS) } };
    if (filter?.expiringWithinMonths != null) {
      Object.assign(where, { state: { $in: [AccreditationState.ACCREDITED, AccreditationState.RENEWAL_DUE] }, expiresOn: { $lte: addMonths(today, filter.expiringWithinMonths) } });
    }
    return where;
  }
}

/** How far back head office may date an application (a paper form received before the platform). */
const CANDIDACY_BACKDATING_MONTHS = 12;

/** "from renewal due you can award, suspend or withdraw". */
export function allowedSentence(state: AccreditationState): string {
  const allowed = actionsFrom(state).map((action) => ACTION_WORDS[action]);
  if (!allowed.length) return `nothing can be done from ${STATE_WORDS[state]}`;
  const list = allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  return `from ${STATE_WORDS[state]} you can ${list}`;
}

function pastTense(action: AccreditationAction): string {
  return {
    [AccreditationAction.AWARD]: 'awarded',
    [AccreditationAction.MARK_RENEWAL_DUE]: 'marked renewal due',
    [AccreditationAction.LAPSE]: 'lapsed',
    [AccreditationAction.SUSPEND]: 'suspended',
    [AccreditationAction.REINSTATE]: 'reinstated',
    [AccreditationAction.REMOVE]: 'removed',
    [AccreditationAction.WITHDRAW]: 'withdrawn',
  }[action];
}

