import { randomUUID } from 'node:crypto';
import { addDays, ukDate } from '../../common/dates';
import { preparedQuery } from '../../db/prepared-query';
import { SEED_AS_OF, insertJsonRows, weightedPick, type SeedContext } from '../../seed/seed-context';
import { addMonths } from './accreditation.dates';
import { AccreditationKind, AccreditationState } from './accreditation.enums';
import { standardsKind } from './assessment.service';
import { CentreKind } from '../centre/centre.enums';

/** What the accreditation seed made of one accreditation, for its visits. */
export type SeededAccreditation = {
  id: string;
  centreId: string;
  organisationId: string;
  kind: AccreditationKind;
  state: AccreditationState;
  /** The dates of its awards, oldest first: each followed a decided visit. */
  awards: string[];
  /** A demo organisation's centre (an open action to answer), or one of the demo assessor's. */
  demo: 'first' | 'second' | 'assessed' | null;
};

const FINDINGS = { MET: 88, NOT_APPLICABLE: 4, MET_WITH_CONDITIONS: 5, NOT_MET: 3 } as const;
/** How many assessors the network has besides the demo one (they do the seeded visits). */
const ASSESSORS = 12;

type StandardRow = { id: string; code: string; title: string };
type SetRow = { id: string; kind: string; effective_on: string; standards: StandardRow[] };

/** The demo assessor and the centres of their grant (none without demo accounts). */
export async function demoAssessorCentres(ctx: SeedContext): Promise<{ userId: string | null; centreIds: string[] }> {
  const [row] = await preparedQuery<{ id: string; centre_ids: string[] }>(
    ctx.em,
    `select u.id, g.centre_ids from app_user u join user_grant g on g.user_id = u.id and g.role = 'ASSESSOR' where u.email = 'assessor@naccc.test'`,
  );
  return { userId: row?.id ?? null, centreIds: row?.centre_ids ?? [] };
}

/**
 * Visits behind the seeded histories: a decided assessment before every award, against the version
 * of the standards in force then, with a finding per standard (most met; an action for each not met
 * or met with conditions, due three months on, most long signed off, some open, a few overdue),
 * done by one of a dozen seeded assessors (no password: they cannot sign in). Above scale 1 only one
 * visit in ten has its findings, to keep the large networks' seed time in bounds. The demo
 * assessor gets a planned visit and visits under way at their centres; the demo organisations an
 * open action and an overdue one.
 */
export async function seedAssessments(ctx: SeedContext, accreditations: SeededAccreditation[], demoAssessor: string | null): Promise<void> {
  const { faker } = ctx;
  const asOf = SEED_AS_OF;
  const sets = await preparedQuery<SetRow>(
    ctx.em,
    `select s.id, s.kind, to_char(s.effective_on, 'YYYY-MM-DD') as effective_on,
            (select json_agg(json_build_object('id', d.id, 'code', d.code, 'title', d.title) order by a.position, d.position)
             from standard d join standard_area a on a.id = d.area_id where d.set_id = s.id) as standards
     from standard_set s where s.status in ('PUBLISHED', 'RETIRED') order by s.effective_on`,
  );
  if (!sets.length) return;
  const centreKinds = new Map((await preparedQuery<{ id: string; kind: CentreKind }>(ctx.em, 'select id, kind from centre')).map((row) => [row.id, row.kind]));
  const versionAt = (kind: string, date: string) => {
    const ofKind = sets.filter((set) => set.kind === kind);
    return ofKind.filter((set) => set.effective_on <= date).at(-1) ?? ofKind[0];
  };

  const users: Array<Record<string, unknown>> = [];
  const grants: Array<Record<string, unknown>> = [];
  const assessorIds = Array.from({ length: ASSESSORS }, () => randomUUID());
  const centresOf = new Map<string, Set<string>>(assessorIds.map((id) => [id, new Set()]));
  assessorIds.forEach((id, i) => {
    const name = `${faker.person.firstName()} ${faker.person.lastName()}`;
    users.push({ id, email: `assessor${i + 1}@assessors.naccc.test`, display_name: name, created_at: '2024-01-08T09:00:00Z', updated_at: '2024-01-08T09:00:00Z' });
  });

  const assessments: Array<Record<string, unknown>> = [];
  const findings: Array<Record<string, unknown>> = [];
  const actions: Array<Record<string, unknown>> = [];
  const stamp = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;

  accreditations.forEach((accreditation, index) => {
    const kind = standardsKind(accreditation.kind, centreKinds.get(accreditation.centreId) ?? CentreKind.CENTRE);
    const assessor = assessorIds[index % ASSESSORS]!;
    centresOf.get(assessor)!.add(accreditation.centreId);
    const base = { accreditation_id: accreditation.id, centre_id: accreditation.centreId, organisation_id: accreditation.organisationId };

    accreditation.awards.forEach((awardedOn, n) => {
      const latest = n === accreditation.awards.length - 1;
      const set = versionAt(kind, addDays(awardedOn, -21));
      if (!set) return;
      const id = randomUUID();
      const visit = addDays(awardedOn, -21);
      const withFindings = ctx.scale <= 1 || faker.number.int(9) === 0;
      const outcomes = withFindings ? set.standards.map((standard) => ({ standard, outcome: weightedPick(faker, FINDINGS) })) : [];
      const needing = outcomes.filter((o) => o.outcome === 'NOT_MET' || o.outcome === 'MET_WITH_CONDITIONS');
      assessments.push({
        id,
        ...base,
        standard_set_id: set.id,
        assessor_user_id: assessor,
        visit_date: visit,
        status: 'DECIDED',
        report_summary: needing.length ? `Visited on ${ukDate(visit)}. Most standards met; ${needing.length} to address.` : `Visited on ${ukDate(visit)}. Every standard met or not applicable.`,
        submitted_at: stamp(addDays(awardedOn, -10)),
        decision: needing.length ? 'AWARD_WITH_ACTION_PLAN' : 'AWARD',
        decision_reason: needing.length ? 'Accredited with an action plan' : 'Accredited: every standard met',
        decided_at: stamp(awardedOn),
        created_at: stamp(addDays(visit, -30)),
        updated_at: stamp(awardedOn),
      });
      for (const { standard, outcome } of outcomes) {
        const findingId = randomUUID();
        const note = outcome === 'MET' || outcome === 'NOT_APPLICABLE' ? null : outcome === 'NOT_MET' ? 'Not in place at the visit' : 'In place, with gaps to close';
        findings.push({ id: findingId, assessment_id: id, ...base, standard_id: standard.id, outcome, note, created_at: stamp(visit, 14), updated_at: stamp(visit, 14) });
        if (outcome !== 'NOT_MET' && outcome !== 'MET_WITH_CONDITIONS') continue;
        let due = addMonths(awardedOn, 3);
        let status = actionStatusFor(faker, due, asOf);
        // The demo organisations' latest visit leaves one action to answer: open for orgadmin1's, overdue for orgadmin2's.
        if (latest && accreditation.demo && accreditation.demo !== 'assessed' && !actions.some((a) => a.organisation_id === accreditation.organisationId && a.demo)) {
          due = accreditation.demo === 'first' ? addDays(asOf, 30) : addDays(asOf, -20);
          status = 'OPEN';
        }
        const submitted = status === 'OPEN' ? null : stamp(addDays(due, -14));
        actions.push({
          id: randomUUID(),
          assessment_id: id,
          finding_id: findingId,
          ...base,
          description: `${standard.code} ${standard.title}: ${note}`,
          owner: 'Centre coordinator',
          due_on: due,
          status,
          evidence_note: submitted ? 'Procedure written and adopted; copy in the centre file' : null,
          evidence_submitted_at: submitted,
          review_note: status === 'RETURNED' ? 'Please show it in use: minutes or a completed form' : null,
          reviewed_at: status === 'SIGNED_OFF' || status === 'RETURNED' ? stamp(addDays(due, -7)) : null,
          created_at: stamp(awardedOn),
          updated_at: stamp(awardedOn),
          demo: accreditation.demo && accreditation.demo !== 'assessed' ? true : undefined,
        });
      }
    });

    // The demo assessor's visits: one planned, the others under way with half their findings.
    if (accreditation.demo === 'assessed' && demoAssessor) {
      const set = versionAt(kind, asOf);
      if (!set) return;
      const planned = !assessments.some((a) => a.assessor_user_id === demoAssessor && a.status === 'PLANNED');
      const visit = planned ? addDays(asOf, 14) : addDays(asOf, -2);
      const id = randomUUID();
      assessments.push({
        id,
        ...base,
        standard_set_id: set.id,
        assessor_user_id: demoAssessor,
        visit_date: visit,
        status: planned ? 'PLANNED' : 'IN_PROGRESS',
        created_at: stamp(addDays(asOf, -30)),
        updated_at: stamp(addDays(asOf, -1)),
      });
      if (!planned) {
        for (const standard of set.standards.slice(0, Math.ceil(set.standards.length / 2))) {
          findings.push({ id: randomUUID(), assessment_id: id, ...base, standard_id: standard.id, outcome: weightedPick(faker, FINDINGS), note: null, created_at: stamp(visit, 12), updated_at: stamp(visit, 12) });
        }
      }
    }
  });

  for (const [userId, centres] of centresOf) grants.push({ id: randomUUID(), user_id: userId, role: 'ASSESSOR', centre_ids: `{${[...centres].join(',')}}`, created_at: '2024-01-08T09:00:00Z', updated_at: '2024-01-08T09:00:00Z' });
  await insertJsonRows(ctx.em, 'app_user', { id: 'uuid', email: 'text', display_name: 'text', created_at: 'timestamptz', updated_at: 'timestamptz' }, users);
  await insertJsonRows(ctx.em, 'user_grant', { id: 'uuid', user_id: 'uuid', role: 'text', centre_ids: 'uuid[]', created_at: 'timestamptz', updated_at: 'timestamptz' }, grants);
  await insertJsonRows(ctx.em, 'assessment', ASSESSMENT_COLUMNS, assessments);
  await insertJsonRows(ctx.em, 'finding', FINDING_COLUMNS, findings);
  await insertJsonRows(ctx.em, 'accreditation_action', ACTION_COLUMNS, actions.map(({ demo: _demo, ...row }) => row));
}

/** Where an action of the seed stands on the as-of day, from its due date. */
function actionStatusFor(faker: SeedContext['faker'], due: string, asOf: string): string {
  if (due < addDays(asOf, -30)) return weightedPick(faker, { SIGNED_OFF: 92, OPEN: 5, EVIDENCE_SUBMITTED: 3 });
  if (due < asOf) return weightedPick(faker, { SIGNED_OFF: 50, EVIDENCE_SUBMITTED: 30, OPEN: 20 });
  return weightedPick(faker, { OPEN: 40, EVIDENCE_SUBMITTED: 30, RETURNED: 20, SIGNED_OFF: 10 });
}

const ASSESSMENT_COLUMNS = {
  id: 'uuid', accreditation_id: 'uuid', centre_id: 'uuid', organisation_id: 'uuid', standard_set_id: 'uuid', assessor_user_id: 'uuid', visit_date: 'date', status: 'text',
  report_summary: 'text', submitted_at: 'timestamptz', decision: 'text', decision_reason: 'text', decided_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
} as const;
const FINDING_COLUMNS = {
  id: 'uuid', assessment_id: 'uuid', centre_id: 'uuid', organisation_id: 'uuid', standard_id: 'uuid', outcome: 'text', note: 'text', created_at: 'timestamptz', updated_at: 'timestamptz',
} as const;
const ACTION_COLUMNS = {
  id: 'uuid', assessment_id: 'uuid', finding_id: 'uuid', centre_id: 'uuid', organisation_id: 'uuid', description: 'text', owner: 'text', due_on: 'date', status: 'text',
  evidence_note: 'text', evidence_submitted_at: 'timestamptz', review_note: 'text', reviewed_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
} as const;
