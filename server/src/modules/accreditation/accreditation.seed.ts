import { randomUUID } from 'node:crypto';
import { addDays, ukDate } from '../../common/dates';
import { SEED_AS_OF, insertJsonRows, weightedPick, type SeedContext, type SeededNetwork } from '../../seed/seed-context';
import { demoScopes } from '../../seed/steps/demo-accounts';
import { ServiceType } from '../centre/centre.enums';
import { addMonths, candidateDueBy, expiryOf, renewalDueFrom } from './accreditation.dates';
import { AccreditationAction as Action, AccreditationKind as Kind, AccreditationState as State } from './accreditation.enums';
import { demoAssessorCentres, seedAssessments, type SeededAccreditation } from './assessment.seed';

/**
 * Every centre's accreditation history, as of SEED_AS_OF: Accreditation for a centre offering
 * supported contact (or anything but supervised contact), Enhanced Accreditation for one offering
 * supervised contact. Most are accredited at different points of their three-year cycle (some on
 * their second), some are candidates (a few past their six months), a few renewal due, lapsed,
 * suspended, withdrawn or removed. Each history is a legal walk of the state machine, dated as the
 * nightly job would date its own steps. The demo organisations' centres are accredited, one of
 * them due for renewal; the demo coordinator's centre is accredited.
 */
const MIX: Readonly<Record<'ACCREDITED' | 'SECOND_CYCLE' | 'RENEWAL_DUE' | 'CANDIDATE' | 'LAPSED' | 'SUSPENDED' | 'WITHDRAWN' | 'REMOVED', number>> = {
  ACCREDITED: 50,
  SECOND_CYCLE: 25,
  RENEWAL_DUE: 8,
  CANDIDATE: 7,
  LAPSED: 3,
  SUSPENDED: 4,
  WITHDRAWN: 2,
  REMOVED: 1,
};

const SUPERVISED: readonly ServiceType[] = [ServiceType.SUPERVISED_CONTACT, ServiceType.SUPERVISED_ASSESSMENT];

type Step = { action: Action | null; from: State | null; to: State; on: string; reason: string };
type Walk = { state: State; candidateSince: string; awardedOn: string | null; steps: Step[] };

export async function seedAccreditation(ctx: SeedContext, network: SeededNetwork): Promise<void> {
  const { faker } = ctx;
  const asOf = SEED_AS_OF;
  const day = (from: string, to: string) => faker.date.between({ from: `${from}T12:00:00Z`, to: `${to}T12:00:00Z` }).toISOString().slice(0, 10);
  const demo = network.organisations.length >= 2 ? demoScopes(network.organisations, network.centres) : null;
  const demoCentres = new Set(demo ? network.centres.filter((c) => c.organisationId === demo.first.id || c.organisationId === demo.second.id).map((c) => c.id) : []);
  let renewalDueShown = false;
  // The demo assessor's centres: candidates and a renewal, so their visits can be planned and under way.
  const assessed = await demoAssessorCentres(ctx);
  const assessedShapes: Array<keyof typeof MIX> = ['CANDIDATE', 'RENEWAL_DUE', 'CANDIDATE'];
  const seeded: SeededAccreditation[] = [];

  const award = (steps: Step[], from: State, on: string, renewal: boolean) =>
    steps.push({ action: Action.AWARD, from, to: State.ACCREDITED, on, reason: renewal ? 'Re-accredited after the renewal assessment' : 'Accredited after the assessment visit' });
  const due = (steps: Step[], awardedOn: string) =>
    steps.push({ action: Action.MARK_RENEWAL_DUE, from: State.ACCREDITED, to: State.RENEWAL_DUE, on: renewalDueFrom(expiryOf(awardedOn)), reason: `Renewal due: the accreditation expires on ${ukDate(expiryOf(awardedOn))}` });

  /** A history ending in `shape` on the as-of day. */
  const walk = (shape: keyof typeof MIX): Walk => {
    const steps: Step[] = [];
    const apply = (since: string) => steps.push({ action: null, from: null, to: State.CANDIDATE, on: since, reason: 'Application and signed working agreement received' });
    if (shape === 'CANDIDATE') {
      const since = day(addMonths(asOf, -8), addDays(asOf, -1));
      apply(since);
      return { state: State.CANDIDATE, candidateSince: since, awardedOn: null, steps };
    }
    // The current award: within the cycle's first 30 months (accredited), its last 6 (renewal due), or past it (lapsed).
    const awardedOn =
      shape === 'RENEWAL_DUE' ? day(addMonths(asOf, -35), addMonths(asOf, -31)) : shape === 'LAPSED' ? day(addMonths(asOf, -46), addMonths(asOf, -37)) : day(addMonths(asOf, -29), addMonths(asOf, -1));
    const firstAward = shape === 'SECOND_CYCLE' ? addMonths(awardedOn, -36) : awardedOn;
    const since = addMonths(firstAward, -faker.number.int({ min: 2, max: 5 }));
    apply(since);
    award(steps, State.CANDIDATE, firstAward, false);
    if (shape === 'SECOND_CYCLE') {
      due(steps, firstAward);
      award(steps, State.RENEWAL_DUE, awardedOn, true);
    }
    let state: State = State.ACCREDITED;
    if (shape === 'RENEWAL_DUE' || shape === 'LAPSED') {
      due(steps, awardedOn);
      state = State.RENEWAL_DUE;
    }
    if (shape === 'LAPSED') {
      const expires = expiryOf(awardedOn);
      steps.push({ action: Action.LAPSE, from: State.RENEWAL_DUE, to: State.LAPSED, on: addDays(expires, 1), reason: `Lapsed: expired on ${ukDate(expires)} without renewal` });
      state = State.LAPSED;
    }
    if (shape === 'SUSPENDED' || shape === 'REMOVED') {
      const on = day(addDays(awardedOn, 7), addDays(asOf, -1));
      steps.push({ action: Action.SUSPEND, from: State.ACCREDITED, to: State.SUSPENDED, on, reason: 'Operating outside the standards: safeguarding concerns raised after a visit' });
      state = State.SUSPENDED;
      if (shape === 'REMOVED') {
        steps.push({ action: Action.REMOVE, from: State.SUSPENDED, to: State.REMOVED, on: day(on, asOf), reason: 'The action plan was not met within its time' });
        state = State.REMOVED;
      }
    }
    if (shape === 'WITHDRAWN') {
      steps.push({ action: Action.WITHDRAW, from: State.ACCREDITED, to: State.WITHDRAWN, on: day(addDays(awardedOn, 7), addDays(asOf, -1)), reason: 'The organisation closed the centre' });
      state = State.WITHDRAWN;
    }
    return { state, candidateSince: since, awardedOn: [State.CANDIDATE].includes(state) ? null : awardedOn, steps };
  };

  const accreditations: Array<Record<string, unknown>> = [];
  const transitions: Array<Record<string, unknown>> = [];
  const stamp = (on: string) => `${on}T10:00:00Z`;
  for (const centre of network.centres) {
    const kinds: Kind[] = [];
    if (centre.serviceTypes.some((type) => !SUPERVISED.includes(type))) kinds.push(Kind.ACCREDITATION);
    if (centre.serviceTypes.some((type) => SUPERVISED.includes(type))) kinds.push(Kind.ENHANCED_ACCREDITATION);
    for (const kind of kinds) {
      let shape = weightedPick(faker, MIX);
      if (demoCentres.has(centre.id)) shape = !renewalDueShown && kind === Kind.ACCREDITATION ? 'RENEWAL_DUE' : 'ACCREDITED';
      if (demoCentres.has(centre.id) && shape === 'RENEWAL_DUE') renewalDueShown = true;
      const assessedAt = assessed.centreIds.indexOf(centre.id);
      if (assessedAt >= 0 && kind === kinds[0]) shape = assessedShapes[assessedAt % assessedShapes.length]!;
      const history = walk(shape);
      const last = history.steps.at(-1)!;
      const id = randomUUID();
      accreditations.push({
        id,
        centre_id: centre.id,
        organisation_id: centre.organisationId,
        kind,
        state: history.state,
        candidate_since: history.candidateSince,
        awarded_on: history.awardedOn,
        expires_on: history.awardedOn ? expiryOf(history.awardedOn) : null,
        state_changed_on: last.on,
        created_at: stamp(history.candidateSince),
        updated_at: stamp(last.on),
        version: history.steps.length,
      });
      seeded.push({
        id,
        centreId: centre.id,
        organisationId: centre.organisationId,
        kind,
        state: history.state,
        awards: history.steps.filter((step) => step.action === Action.AWARD).map((step) => step.on),
        demo: demoCentres.has(centre.id) ? (centre.organisationId === demo?.first.id ? 'first' : 'second') : assessedAt >= 0 && kind === kinds[0] ? 'assessed' : null,
      });
      for (const step of history.steps) {
        transitions.push({
          id: randomUUID(),
          accreditation_id: id,
          centre_id: centre.id,
          organisation_id: centre.organisationId,
          action: step.action,
          from_state: step.from,
          to_state: step.to,
          reason: step.reason,
          occurred_at: stamp(step.on),
          on_date: step.on,
          created_at: stamp(step.on),
        });
      }
    }
  }
  await insertJsonRows(ctx.em, 'accreditation', ACCREDITATION_COLUMNS, accreditations);
  await insertJsonRows(ctx.em, 'accreditation_transition', TRANSITION_COLUMNS, transitions);
  await seedAssessments(ctx, seeded, assessed.userId);
  ctx.logger.debug({ accreditations: accreditations.length, transitions: transitions.length, candidateDue: candidateDueBy(asOf) }, 'accreditation seeded');
}

const ACCREDITATION_COLUMNS = {
  id: 'uuid', centre_id: 'uuid', organisation_id: 'uuid', kind: 'text', state: 'text', candidate_since: 'date', awarded_on: 'date', expires_on: 'date',
  state_changed_on: 'date', created_at: 'timestamptz', updated_at: 'timestamptz', version: 'int',
} as const;
const TRANSITION_COLUMNS = {
  id: 'uuid', accreditation_id: 'uuid', centre_id: 'uuid', organisation_id: 'uuid', action: 'text', from_state: 'text', to_state: 'text', reason: 'text',
  occurred_at: 'timestamptz', on_date: 'date', created_at: 'timestamptz',
} as const;



