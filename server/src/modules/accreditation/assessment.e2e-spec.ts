import { PDFParse } from 'pdf-parse';
import { Role } from '../../auth/role';
import { createTestApp, dataOf, type GraphQLResponse, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertOrganisation } from '../../test/safeguarding';

/**
 * Assessments and action plans end to end against real Postgres: head office plans a visit and
 * assigns an assessor, who then (and only then) sees the centre and the visit; findings are saved
 * as the visit goes; the report is refused until every standard of the version has a finding;
 * head office decides, which awards the accreditation and sets an action for each finding not met
 * or met with conditions; the centre submits evidence, the assessor returns or signs it off; an
 * action past its due date is overdue, and head office suspends naming it; reassigning takes the
 * visit and the centre away from the first assessor. Other organisations see none of it.
 */
const NOW = new Date('2026-06-10T11:00:00Z');

const Plan = graphql(`
  mutation AsmPlan($accreditationId: ID!, $assessorUserId: ID!, $visitDate: LocalDate!) {
    planAssessment(accreditationId: $accreditationId, assessorUserId: $assessorUserId, visitDate: $visitDate) {
      id
      version
      status
      standardSet {
        versionLabel
      }
      assessorName
      missingStandards
    }
  }
`);

const Reassign = graphql(`
  mutation AsmReassign($id: ID!, $assessorUserId: ID!) {
    reassignAssessment(id: $id, assessorUserId: $assessorUserId) {
      id
      assessorName
    }
  }
`);

const Save = graphql(`
  mutation AsmSave($assessmentId: ID!, $findings: [FindingInput!]!) {
    saveFindings(assessmentId: $assessmentId, findings: $findings) {
      id
      status
      missingStandards
      findings {
        standard {
          code
        }
        outcome
        note
      }
    }
  }
`);

const Submit = graphql(`
  mutation AsmSubmit($id: ID!, $summary: String!) {
    submitAssessmentReport(id: $id, summary: $summary) {
      id
      status
      version
    }
  }
`);

const Decide = graphql(`
  mutation AsmDecide($id: ID!, $decision: AssessmentDecision!, $reason: String!) {
    decideAssessment(id: $id, decision: $decision, reason: $reason) {
      id
      status
      decision
      decidedByName
      actions {
        id
        version
        description
        dueOn
        status
      }
    }
  }
`);

const One = graphql(`
  query AsmOne($id: ID!) {
    Assessment(id: $id) {
      id
      status
      findings {
        outcome
      }
    }
  }
`);

const Centres = graphql(`
  query AsmCentres {
    allCentres(perPage: 100) {
      id
    }
  }
`);

const Evidence = graphql(`
  mutation AsmEvidence($id: ID!, $evidenceNote: String!) {
    submitActionEvidence(id: $id, evidenceNote: $evidenceNote) {
      id
      status
    }
  }
`);

const Review = graphql(`
  mutation AsmReview($id: ID!, $review: ActionReview!, $note: String) {
    reviewActionEvidence(id: $id, review: $review, note: $note) {
      id
      status
      reviewNote
      reviewedByName
    }
  }
`);

const UpdateAction = graphql(`
  mutation AsmUpdateAction($id: ID!, $dueOn: LocalDate) {
    updateActionPlanItem(id: $id, dueOn: $dueOn) {
      id
      status
      overdue
    }
  }
`);

const Actions = graphql(`
  query AsmActions($filter: ActionPlanItemFilter) {
    allActionPlanItems(filter: $filter, perPage: 100) {
      id
      status
    }
  }
`);

const SuspendOverdue = graphql(`
  mutation AsmSuspendOverdue($accreditationId: ID!) {
    suspendForOverdueActions(accreditationId: $accreditationId) {
      state
      overdueActions
      history {
        reason
      }
      centre {
        publiclyVisible
      }
    }
  }
`);

const PipelineOverdue = graphql(`
  query AsmPipelineOverdue {
    accreditationPipeline {
      overdueActions
    }
  }
`);

const ReportPdf = graphql(`
  query AsmReportPdf($id: ID!) {
    assessmentReportPdf(id: $id)
  }
`);

const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0];

describe('assessments and action plans', () => {
  let t: TestApp;
  let national: TestSession;
  let assessor: TestSession;
  let otherAssessor: TestSession;
  let adminA: TestSession;
  let adminB: TestSession;
  let centreA: string;
  let accreditation: string;
  let assessorId: string;
  let otherAssessorId: string;
  let coordinatorId: string;
  const standard: Record<string, string> = {};
  let foreignStandard: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const orgA = await insertOrganisation(t.db, 'Alpha Contact');
    const orgB = await insertOrganisation(t.db, 'Bravo Contact');
    centreA = await insertCentre(t.db, orgA, 'Alpha Centre');
    await insertCentre(t.db, orgB, 'Bravo Centre');
    await insertCentre(t.db, orgA, 'Alpha Annexe');
    // A published version of the supported centres' standards: two areas, three standards; and a standard of another set.
    const [set] = await t.db.ownerQuery<{ id: string }>(`insert into standard_set (id, kind, version_label, effective_on) values (gen_random_uuid(), 'SUPPORTED_CENTRES', '2026', '2026-04-01') returning id`);
    for (const [area, number, codes] of [['Service management', '1', ['1.1', '1.2']], ['Staffing', '2', ['2.1']]] as const) {
      const [row] = await t.db.ownerQuery<{ id: string }>(`insert into standard_area (id, set_id, position, number, title) values (gen_random_uuid(), $1, $2, $3, $4) returning id`, [set!.id, Number(number), number, area]);
      for (const [i, code] of codes.entries()) {
        const [s] = await t.db.ownerQuery<{ id: string }>(
          `insert into standard (id, set_id, area_id, position, code, title, guidance) values (gen_random_uuid(), $1, $2, $3, $4, $5, '') returning id`,
          [set!.id, row!.id, i + 1, code, `Standard ${code}`],
        );
        standard[code] = s!.id;
      }
    }
    await t.db.ownerQuery(`update standard_set set status = 'PUBLISHED', published_at = now() where id = $1`, [set!.id]);
    const [other] = await t.db.ownerQuery<{ id: string }>(`insert into standard_set (id, kind, version_label, effective_on) values (gen_random_uuid(), 'SUPERVISED_CENTRES', '2026', '2026-04-01') returning id`);
    const [otherArea] = await t.db.ownerQuery<{ id: string }>(`insert into standard_area (id, set_id, position, number, title) values (gen_random_uuid(), $1, 1, '1', 'Other') returning id`, [other!.id]);
    foreignStandard = (await t.db.ownerQuery<{ id: string }>(`insert into standard (id, set_id, area_id, position, code, title, guidance) values (gen_random_uuid(), $1, $2, 1, '1.1', 'Other', '') returning id`, [other!.id, otherArea!.id]))[0]!.id;

    const [acc] = await t.db.ownerQuery<{ id: string }>(
      `insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, state_changed_on) values (gen_random_uuid(), $1, $2, 'ACCREDITATION', 'CANDIDATE', '2026-03-01', '2026-03-01') returning id`,
      [centreA, orgA],
    );
    accreditation = acc!.id;
    await createUser(t.db, { email: 'national@asm.test', displayName: 'Nadia National', grants: [{ role: Role.NATIONAL_ADMIN }] });
    assessorId = await createUser(t.db, { email: 'assessor@asm.test', displayName: 'Asha Assessor', grants: [{ role: Role.ASSESSOR, centreIds: [] }] });
    otherAssessorId = await createUser(t.db, { email: 'assessor2@asm.test', displayName: 'Ari Assessor', grants: [{ role: Role.ASSESSOR, centreIds: [] }] });
    coordinatorId = await createUser(t.db, { email: 'coordinator@asm.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA] }] });
    await createUser(t.db, { email: 'admin-a@asm.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    await createUser(t.db, { email: 'admin-b@asm.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    national = await t.signIn('national@asm.test');
    assessor = await t.signIn('assessor@asm.test');
    otherAssessor = await t.signIn('assessor2@asm.test');
    adminA = await t.signIn('admin-a@asm.test');
    adminB = await t.signIn('admin-b@asm.test');
  }, 60_000);

  afterAll(() => t?.close());

  let assessment: string;
  let actions: Array<{ id: string; description: string; dueOn: string; status: string }>;

  it('plans a visit against the published version, and only an assessor may be assigned; the assessor then sees the centre', async () => {
    expect(dataOf(await assessor.graphql(Centres)).allCentres).toEqual([]);
    expect(errorOf(await national.graphql(Plan, { accreditationId: accreditation, assessorUserId: coordinatorId, visitDate: '2026-06-20' }))).toMatchObject({ extensions: { field: 'assessorUserId' } });
    expect(errorOf(await national.graphql(Plan, { accreditationId: accreditation, assessorUserId: assessorId, visitDate: '2028-06-20' }))).toMatchObject({ extensions: { field: 'visitDate' } });
    const planned = dataOf(await national.graphql(Plan, { accreditationId: accreditation, assessorUserId: assessorId, visitDate: '2026-06-20' })).planAssessment!;
    assessment = planned.id;
    expect(planned).toMatchObject({ status: 'PLANNED', standardSet: { versionLabel: '2026' }, assessorName: 'Asha Assessor', missingStandards: ['1.1', '1.2', '2.1'] });
    expect(dataOf(await assessor.graphql(Centres)).allCentres.map((c) => c.id)).toEqual([centreA]);
    expect(errorOf(await national.graphql(Plan, { accreditationId: accreditation, assessorUserId: assessorId, visitDate: '2026-06-21' }))!.message).toMatch(/already has an assessment under way/);
  });

  it('saves findings as the visit goes, refuses a standard of another version, and refuses the report until every standard has a finding', async () => {
    expect(errorOf(await otherAssessor.graphql(Save, { assessmentId: assessment, findings: [{ standardId: standard['1.1']!, outcome: 'MET' }] }))).toMatchObject({ extensions: { field: 'assessmentId' } });
    const first = dataOf(await assessor.graphql(Save, { assessmentId: assessment, findings: [{ standardId: standard['1.1']!, outcome: 'MET' }] })).saveFindings!;
    expect(first).toMatchObject({ status: 'IN_PROGRESS', missingStandards: ['1.2', '2.1'] });
    expect(errorOf(await assessor.graphql(Save, { assessmentId: assessment, findings: [{ standardId: foreignStandard, outcome: 'MET' }] }))).toMatchObject({ extensions: { field: 'findings' } });
    expect(errorOf(await assessor.graphql(Submit, { id: assessment, summary: 'Visited' }))).toMatchObject({ message: '2 standards have no finding yet: 1.2, 2.1', extensions: { field: 'id' } });
    const all = dataOf(
      await assessor.graphql(Save, {
        assessmentId: assessment,
        findings: [
          { standardId: standard['1.2']!, outcome: 'NOT_MET', note: 'No written complaints procedure' },
          { standardId: standard['2.1']!, outcome: 'MET_WITH_CONDITIONS', note: 'Rota short on Saturdays' },
        ],
      }),
    ).saveFindings!;
    expect(all.findings.map((f) => [f.standard.code, f.outcome])).toEqual([['1.1', 'MET'], ['1.2', 'NOT_MET'], ['2.1', 'MET_WITH_CONDITIONS']]);
    expect(dataOf(await assessor.graphql(Submit, { id: assessment, summary: 'A well-run centre with two gaps' })).submitAssessmentReport).toMatchObject({ status: 'REPORT_SUBMITTED' });
    expect(errorOf(await assessor.graphql(Save, { assessmentId: assessment, findings: [{ standardId: standard['1.1']!, outcome: 'NOT_MET' }] }))!.message).toMatch(/report is submitted/);
  });

  it("shows the visit to the centre's organisation and to nobody else's", async () => {
    expect(dataOf(await adminA.graphql(One, { id: assessment })).Assessment!.findings).toHaveLength(3);
    expect(errorOf(await adminB.graphql(One, { id: assessment }))!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await otherAssessor.graphql(One, { id: assessment }))!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await adminB.graphql(Actions, {})).allActionPlanItems).toEqual([]);
  });

  it('decides: a plain award is refused while findings need action; with an action plan the accreditation is awarded and each such finding gets an action', async () => {
    expect(errorOf(await national.graphql(Decide, { id: assessment, decision: 'AWARD', reason: 'Good' }))).toMatchObject({
      message: '2 findings are not met or met with conditions: award with an action plan, or refuse',
      extensions: { field: 'decision' },
    });
    expect(errorOf(await assessor.graphql(Decide, { id: assessment, decision: 'AWARD_WITH_ACTION_PLAN', reason: 'Good' }))!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const decided = dataOf(await national.graphql(Decide, { id: assessment, decision: 'AWARD_WITH_ACTION_PLAN', reason: 'Two actions within three months' })).decideAssessment!;
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'AWARD_WITH_ACTION_PLAN', decidedByName: 'Nadia National' });
    actions = decided.actions;
    expect(actions.map((a) => [a.description, a.dueOn, a.status])).toEqual([
      ['1.2 Standard 1.2: No written complaints procedure', '2026-09-10', 'OPEN'],
      ['2.1 Standard 2.1: Rota short on Saturdays', '2026-09-10', 'OPEN'],
    ]);
    const [row] = await t.db.ownerQuery<{ state: string; awarded_on: string }>(`select state, to_char(awarded_on, 'YYYY-MM-DD') as awarded_on from accreditation where id = $1`, [accreditation]);
    expect(row).toEqual({ state: 'ACCREDITED', awarded_on: '2026-06-10' });
  });

  it('gives the decided report as a PDF (centre, version, findings by area, actions with due dates, decision) to head office, the assessor and the organisation, audited as an export', async () => {
    const before = await t.db.ownerQuery<{ n: number }>(`select count(*)::int as n from audit_event where action = 'EXPORT' and entity_type = 'Assessment' and entity_id = $1`, [assessment]);
    const text = async (session: TestSession) => {
      const pdf = Buffer.from(dataOf(await session.graphql(ReportPdf, { id: assessment })).assessmentReportPdf, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const parser = new PDFParse({ data: new Uint8Array(pdf) });
      try {
        return (await parser.getText()).text.replace(/\s+/g, ' ');
      } finally {
        await parser.destroy();
      }
    };
    const read = await text(national);
    for (const expected of [
      'Assessment report',
      'Centre: Alpha Centre (Alpha Contact)',
      'Standards: Supported centres, version 2026',
      'Visit: 20/06/2026, by Asha Assessor',
      'Decision: Accredited with an action plan on 10/06/2026 by Nadia National',
      '1. Service management',
      '1.1 Standard 1.1 — Met',
      '1.2 Standard 1.2 — Not met',
      'No written complaints procedure',
      '2. Staffing',
      '2.1 Standard 2.1 — Met with conditions',
      'Due 10/09/2026',
    ]) {
      expect(read).toContain(expected);
    }
    expect(await text(assessor)).toContain('Alpha Centre');
    expect(await text(adminA)).toContain('Alpha Centre');
    expect(errorOf(await adminB.graphql(ReportPdf, { id: assessment }))!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const after = await t.db.ownerQuery<{ n: number }>(`select count(*)::int as n from audit_event where action = 'EXPORT' and entity_type = 'Assessment' and entity_id = $1`, [assessment]);
    expect(after[0]!.n - before[0]!.n).toBe(3);
  });

  it('the centre submits evidence; the assessor returns it with a reason, then signs it off; only the centre submits', async () => {
    const action = actions[0]!.id;
    expect(errorOf(await adminB.graphql(Evidence, { id: action, evidenceNote: 'Not mine' }))).toMatchObject({ extensions: { field: 'id' } });
    expect(dataOf(await adminA.graphql(Evidence, { id: action, evidenceNote: 'Procedure adopted by trustees on 01/07/2026' })).submitActionEvidence).toMatchObject({ status: 'EVIDENCE_SUBMITTED' });
    expect(errorOf(await assessor.graphql(Review, { id: action, review: 'RETURN' }))).toMatchObject({ extensions: { field: 'note' } });
    expect(dataOf(await assessor.graphql(Review, { id: action, review: 'RETURN', note: 'Please attach the minutes' })).reviewActionEvidence).toMatchObject({
      status: 'RETURNED',
      reviewNote: 'Please attach the minutes',
      reviewedByName: 'Asha Assessor',
    });
    expect(dataOf(await adminA.graphql(Evidence, { id: action, evidenceNote: 'Minutes attached (ref TM-7)' })).submitActionEvidence).toMatchObject({ status: 'EVIDENCE_SUBMITTED' });
    expect(dataOf(await assessor.graphql(Review, { id: action, review: 'SIGN_OFF' })).reviewActionEvidence).toMatchObject({ status: 'SIGNED_OFF' });
  });

  it('an action past its due date is overdue, listed, and head office suspends naming it; the centre leaves public view', async () => {
    const late = actions[1]!.id;
    expect(dataOf(await national.graphql(UpdateAction, { id: late, dueOn: '2026-06-01' })).updateActionPlanItem).toMatchObject({ status: 'OVERDUE', overdue: true });
    expect(dataOf(await adminA.graphql(Actions, { filter: { status: 'OVERDUE' } })).allActionPlanItems.map((a) => a.id)).toEqual([late]);
    expect(dataOf(await national.graphql(PipelineOverdue)).accreditationPipeline.overdueActions).toBe(1);
    const suspended = dataOf(await national.graphql(SuspendOverdue, { accreditationId: accreditation })).suspendForOverdueActions!;
    expect(suspended).toMatchObject({ state: 'SUSPENDED', overdueActions: 1, centre: { publiclyVisible: false } });
    expect(suspended.history.at(-1)!.reason).toBe('Overdue actions: 2.1 Standard 2.1: Rota short on Saturdays (due 01/06/2026)');
  });

  it('refusing leaves the accreditation where it was, and still sets an action for each finding that needs one', async () => {
    const [acc] = await t.db.ownerQuery<{ id: string }>(
      `insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, state_changed_on)
       select gen_random_uuid(), c.id, c.organisation_id, 'ACCREDITATION', 'CANDIDATE', '2026-04-01', '2026-04-01' from centre c where c.name = 'Alpha Annexe' returning id`,
    );
    const visit = dataOf(await national.graphql(Plan, { accreditationId: acc!.id, assessorUserId: assessorId, visitDate: '2026-06-01' })).planAssessment!;
    dataOf(
      await assessor.graphql(Save, {
        assessmentId: visit.id,
        findings: [
          { standardId: standard['1.1']!, outcome: 'NOT_MET', note: 'No statement of purpose' },
          { standardId: standard['1.2']!, outcome: 'NOT_MET' },
          { standardId: standard['2.1']!, outcome: 'MET' },
        ],
      }),
    );
    dataOf(await assessor.graphql(Submit, { id: visit.id, summary: 'Not ready yet' }));
    const refused = dataOf(await national.graphql(Decide, { id: visit.id, decision: 'REFUSE', reason: 'Two standards not met' })).decideAssessment!;
    expect(refused).toMatchObject({ status: 'DECIDED', decision: 'REFUSE' });
    expect(refused.actions.map((a) => a.description)).toEqual(['1.1 Standard 1.1: No statement of purpose', '1.2 Standard 1.2']);
    const [row] = await t.db.ownerQuery<{ state: string; awarded_on: string | null }>('select state, awarded_on from accreditation where id = $1', [acc!.id]);
    expect(row).toEqual({ state: 'CANDIDATE', awarded_on: null });
  });

  it('reassigning a visit takes it, and the centre, away from the first assessor', async () => {
    const [acc2] = await t.db.ownerQuery<{ id: string }>(
      `insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, state_changed_on)
       select gen_random_uuid(), c.id, c.organisation_id, 'ACCREDITATION', 'CANDIDATE', '2026-05-01', '2026-05-01' from centre c where c.name = 'Bravo Centre' returning id`,
    );
    const visit = dataOf(await national.graphql(Plan, { accreditationId: acc2!.id, assessorUserId: otherAssessorId, visitDate: '2026-07-01' })).planAssessment!;
    expect(dataOf(await otherAssessor.graphql(One, { id: visit.id })).Assessment).toMatchObject({ status: 'PLANNED' });
    expect(dataOf(await national.graphql(Reassign, { id: visit.id, assessorUserId: assessorId })).reassignAssessment).toMatchObject({ assessorName: 'Asha Assessor' });
    expect(errorOf(await otherAssessor.graphql(One, { id: visit.id }))!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await otherAssessor.graphql(Centres)).allCentres).toEqual([]);
    expect(dataOf(await assessor.graphql(One, { id: visit.id })).Assessment).toMatchObject({ status: 'PLANNED' });
  });
});
