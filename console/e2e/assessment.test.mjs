// Assessments and action plans in the console: head office plans a visit for the demo assessor on
// an accreditation of orgadmin1's organisation; the assessor finds it under My visits, records a
// finding on every standard (some not met) in the findings form, which saves as it goes, checked
// at a tablet's width, and submits the report (refused first while standards have none); head
// office decides with an action plan (a plain award refused in the server's words); orgadmin1
// submits evidence; the assessor returns it, orgadmin1 submits again, the assessor signs it off;
// head office's Actions list, an action made overdue and "Suspend for overdue actions" offered;
// the training team sees none of it; the same pages against the safelisted server.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, DEMO_PASSWORD, eventually, graphql, launch, newPage, recordRefusedDocuments, screenshot, signIn } from './browser.mjs';

let browser;
let national;
let assessor;
let member;
const stamp = Date.now().toString(36);
/** The accreditation visited, its centre, and the visit once planned. */
const fixture = { accreditation: undefined, centre: undefined, assessment: undefined, standards: 0, actions: [], visitDate: undefined };

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const uk = (iso) => iso.split('-').reverse().join('/');

async function gql(onPage, query, variables) {
  const result = await graphql(onPage, query, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

async function wide(onPage) {
  await onPage.setViewportSize({ width: 1366, height: 900 });
}

async function settled(onPage) {
  await onPage.waitForLoadState('networkidle');
  await onPage.waitForTimeout(400);
}

async function dialogShown(onPage) {
  await eventually(async () => (await onPage.locator('.MuiDialog-container').evaluate((el) => getComputedStyle(el).opacity)) === '1', { message: 'the dialog shown' });
}

before(async () => {
  browser = await launch();
  member = await newPage(browser);
  await wide(member);
  await signIn(member, 'orgadmin1@naccc.test');
  const { me } = await gql(member, '{ me { grants { organisationId } } }');
  const organisationId = me.grants[0].organisationId;

  national = await newPage(browser);
  await wide(national);
  await signIn(national, 'national@naccc.test');
  // An accreditation of orgadmin1's organisation that a decision can award (a candidate, or due
  // for renewal) and with no visit under way; otherwise head office starts one for a centre of
  // theirs that does not hold Accreditation yet.
  const { allAccreditations } = await gql(
    national,
    'query($filter: AccreditationFilter) { allAccreditations(filter: $filter, perPage: 100) { id kind state centreId assessments { status } } }',
    { filter: { organisationId, states: ['CANDIDATE', 'RENEWAL_DUE'] } },
  );
  let chosen = allAccreditations.find((a) => a.kind === 'ACCREDITATION' && a.assessments.every((visit) => visit.status === 'DECIDED'));
  if (!chosen) {
    const { allCentres } = await gql(national, 'query($filter: CentreFilter) { allCentres(filter: $filter, perPage: 100) { id accreditations { kind } } }', { filter: { organisationId } });
    const centre = allCentres.find((c) => !c.accreditations.some((a) => a.kind === 'ACCREDITATION'));
    assert.ok(centre, 'a centre of orgadmin1 that is a candidate, due for renewal, or without Accreditation');
    const { startAccreditation } = await gql(
      national,
      'mutation($centreId: ID!) { startAccreditation(centreId: $centreId, kind: ACCREDITATION, reason: "Application received (assessment browser test)") { id kind state centreId } }',
      { centreId: centre.id },
    );
    chosen = startAccreditation;
  }
  fixture.accreditation = chosen;
  const { Centre } = await gql(national, 'query($id: ID!) { Centre(id: $id) { id name } }', { id: chosen.centreId });
  fixture.centre = Centre;
  fixture.visitDate = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

  assessor = await newPage(browser);
  await wide(assessor);
  await signIn(assessor, 'assessor@naccc.test');
});

after(async () => {
  await browser?.close();
});

test('head office plans a visit for the demo assessor from the accreditation page', async () => {
  await national.goto(`${BASE_URL}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`);
  await national.getByRole('heading', { name: 'Visits' }).waitFor();
  await national.getByRole('button', { name: 'Plan a visit' }).click();
  const dialog = national.getByRole('dialog');
  await dialogShown(national);
  // Both are required.
  await dialog.getByRole('button', { name: 'Plan a visit' }).click();
  await dialog.getByText('Choose the assessor').waitFor();
  await dialog.getByLabel('Assessor').click();
  await national.getByRole('option', { name: /Asha Assessor/ }).click();
  await dialog.getByLabel('Visit date').fill(uk(londonToday()));
  await screenshot(national, 'assessment-plan-dialog');
  assert.deepEqual(await seriousViolations(national), []);
  await dialog.getByRole('button', { name: 'Plan a visit' }).click();
  await national.getByText('Visit planned').waitFor();
  await dialog.waitFor({ state: 'detached' });

  const visits = national.getByRole('table', { name: 'Visits' });
  const row = visits.locator('tbody tr', { hasText: uk(londonToday()) }).first();
  await row.getByText('Planned').waitFor();
  await row.getByText('Asha Assessor').waitFor();
  await settled(national);
  await screenshot(national, 'assessment-accreditation-visits');
  assert.deepEqual(await seriousViolations(national), []);

  const { Accreditation } = await gql(national, 'query($id: ID!) { Accreditation(id: $id) { assessments { id status missingStandards } } }', { id: fixture.accreditation.id });
  const planned = Accreditation.assessments.find((a) => a.status === 'PLANNED');
  assert.ok(planned, 'the visit planned');
  fixture.assessment = planned.id;
  fixture.standards = planned.missingStandards.length;
  assert.ok(fixture.standards > 3, 'a version with standards');

  // The visit's page: Reassign while open, no Decide yet.
  await row.getByRole('link').click();
  await national.waitForURL(/\/Assessment\/[^/]+\/show$/);
  await national.getByRole('heading', { name: 'Findings by area' }).waitFor();
  await national.getByRole('button', { name: 'Reassign' }).waitFor();
  assert.equal(await national.getByRole('button', { name: 'Decide' }).count(), 0);
  await settled(national);
  await screenshot(national, 'assessment-show-planned');
  assert.deepEqual(await seriousViolations(national), []);

  // Reassign: the same assessor, the visit moved to tomorrow.
  await national.getByRole('button', { name: 'Reassign' }).click();
  const reassign = national.getByRole('dialog');
  await dialogShown(national);
  await reassign.getByLabel('Visit date').fill(uk(fixture.visitDate));
  assert.deepEqual(await seriousViolations(national), []);
  await reassign.getByRole('button', { name: 'Reassign' }).click();
  await national.getByText('Visit reassigned').waitFor();
  await national.getByRole('heading', { name: `Visit of ${uk(fixture.visitDate)}: ${fixture.centre.name}` }).waitFor();
});

test('the assessor records a finding on every standard as they go, at a tablet’s width too, and submits the report', async () => {
  await assessor.getByRole('menuitem', { name: 'My visits' }).click();
  await assessor.getByRole('heading', { name: 'My visits', level: 1 }).waitFor();
  const row = assessor.getByRole('table', { name: 'My visits' }).locator('tbody tr', { hasText: fixture.centre.name }).filter({ hasText: uk(fixture.visitDate) }).first();
  await row.getByText('Planned').waitFor();
  await row.getByText(`${fixture.standards} standards of ${fixture.standards}`).waitFor();
  await settled(assessor);
  await screenshot(assessor, 'assessment-my-visits');
  assert.deepEqual(await seriousViolations(assessor), []);

  await row.getByRole('link', { name: fixture.centre.name }).click();
  await assessor.waitForURL(/\/Assessment\/[^/]+\/findings$/);
  await assessor.getByText(`0 of ${fixture.standards} recorded`).waitFor();
  const groups = assessor.getByRole('radiogroup');
  assert.equal(await groups.count(), fixture.standards);
  // Area headings with their numbers.
  await assessor.getByRole('heading', { level: 3 }).first().waitFor();
  assert.match((await assessor.getByRole('heading', { level: 3 }).first().innerText()).trim(), /^1 \S/);

  // The first standard not met, with a note and a reference; the second met with conditions.
  const first = groups.nth(0);
  const firstCode = (await first.getAttribute('aria-label')).replace('Outcome of ', '');
  await first.getByRole('radio', { name: 'Not met' }).check();
  await assessor.getByRole('status', { name: `Finding on ${firstCode}` }).getByText('Saved').waitFor();
  await assessor.getByText(`1 of ${fixture.standards} recorded`).waitFor();
  await assessor.getByLabel(`Note on ${firstCode}`).fill(`No safeguarding lead named (${stamp})`);
  await assessor.getByLabel(`Evidence reference for ${firstCode}`).fill('Policy folder, p. 3');
  await assessor.getByLabel(`Evidence reference for ${firstCode}`).blur();
  await assessor.getByRole('status', { name: `Finding on ${firstCode}` }).getByText('Saved').waitFor();
  const second = groups.nth(1);
  await second.getByRole('radio', { name: 'Met with conditions' }).check();
  await assessor.getByText(`2 of ${fixture.standards} recorded`).waitFor();

  // A save that fails says so beside its standard, in the server's words, and is tried again from there.
  const third = groups.nth(2);
  const thirdCode = (await third.getAttribute('aria-label')).replace('Outcome of ', '');
  const failure = 'The server is restarting: try again in a moment';
  await assessor.route(`${BASE_URL}/graphql`, async (route) => {
    if (route.request().postDataJSON()?.query?.includes('mutation ConsoleSaveFindings')) {
      await route.fulfill({ json: { errors: [{ message: failure, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    } else await route.continue();
  });
  await third.getByRole('radio', { name: 'Met', exact: true }).check();
  await assessor.getByRole('status', { name: `Finding on ${thirdCode}` }).getByText(`Not saved: ${failure}`).waitFor();
  await assessor.getByText(`2 of ${fixture.standards} recorded`).waitFor();
  await assessor.unroute(`${BASE_URL}/graphql`);
  await assessor.getByRole('button', { name: `Save ${thirdCode} again` }).click();
  await assessor.getByRole('status', { name: `Finding on ${thirdCode}` }).getByText('Saved').waitFor();
  await assessor.getByText(`3 of ${fixture.standards} recorded`).waitFor();

  // Submitting now is refused in the server's words, naming the standards still without a finding.
  await assessor.getByLabel('Summary of the visit').fill(`A well-run centre; two matters to put right (${stamp})`);
  await assessor.getByRole('button', { name: 'Submit report' }).click();
  const refusal = assessor.getByRole('alert').filter({ hasText: 'no finding yet' });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), new RegExp(`${fixture.standards - 3} standards have no finding yet: \\d`));

  // At 768 px (a tablet): no horizontal scroll, controls of touch size.
  await assessor.setViewportSize({ width: 768, height: 1024 });
  await settled(assessor);
  const widths = await assessor.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `no horizontal scroll at 768 px (${widths.scroll} > ${widths.client})`);
  const option = await groups.nth(3).locator('label').first().boundingBox();
  assert.ok(option.height >= 44, `an outcome's target is at least 44 px high (${option.height})`);
  await screenshot(assessor, 'assessment-findings-768');
  assert.deepEqual(await seriousViolations(assessor), []);

  // The rest met, one at a time (each saved as it is chosen).
  for (let i = 3; i < fixture.standards; i += 1) await groups.nth(i).getByRole('radio', { name: 'Met', exact: true }).check();
  await assessor.getByText(`${fixture.standards} of ${fixture.standards} recorded`).waitFor({ timeout: 30_000 });
  await eventually(async () => (await assessor.getByText('Saving…').count()) === 0, { message: 'every finding saved', timeout: 20_000 });
  await wide(assessor);
  await settled(assessor);
  await screenshot(assessor, 'assessment-findings');
  assert.deepEqual(await seriousViolations(assessor), []);

  const { Assessment } = await gql(assessor, 'query($id: ID!) { Assessment(id: $id) { status missingStandards findings { outcome note evidenceRef } } }', { id: fixture.assessment });
  assert.equal(Assessment.status, 'IN_PROGRESS');
  assert.deepEqual(Assessment.missingStandards, []);
  assert.equal(Assessment.findings.filter((f) => f.outcome === 'NOT_MET').length, 1);
  assert.ok(Assessment.findings.some((f) => f.note?.includes(stamp) && f.evidenceRef === 'Policy folder, p. 3'));

  await assessor.getByRole('button', { name: 'Submit report' }).click();
  await assessor.getByText('Report submitted to head office').waitFor();
  await assessor.getByText('The report is submitted: its findings can no longer change.').waitFor();
  assert.equal(await assessor.getByRole('radiogroup').count(), 0, 'read-only once submitted');
  await settled(assessor);
  await screenshot(assessor, 'assessment-findings-submitted');
  assert.deepEqual(await seriousViolations(assessor), []);
});

test('head office decides with an action plan (a plain award refused in the server’s words)', async () => {
  // The page is still open from the first test: a change of hash alone would not load it afresh.
  await national.goto(`${BASE_URL}/#/Assessment/${encodeURIComponent(fixture.assessment)}/show`);
  await national.reload();
  await national.getByRole('heading', { name: 'Report summary' }).waitFor();
  await national.getByText(stamp).first().waitFor();
  assert.equal(await national.getByRole('button', { name: 'Reassign' }).count(), 0, 'no reassigning once submitted');
  await national.getByRole('button', { name: 'Decide' }).click();
  const dialog = national.getByRole('dialog');
  await dialogShown(national);
  await dialog.getByText('2 findings are not met or met with conditions').waitFor();
  // The actions' date defaults to 3 months on.
  assert.match(await dialog.getByLabel('Actions due on').inputValue(), /^\d{2}\/\d{2}\/\d{4}$/);
  await dialog.getByRole('radio', { name: /^Award: / }).check();
  await dialog.getByLabel('Reason').fill(`Assessor’s report of ${uk(londonToday())} (${stamp})`);
  await dialog.getByRole('button', { name: 'Decide' }).click();
  await dialog.getByText('award with an action plan, or refuse').waitFor();
  await screenshot(national, 'assessment-decide-refused');
  await dialog.getByRole('radio', { name: /^Award with an action plan: / }).check();
  assert.deepEqual(await seriousViolations(national), []);
  await dialog.getByRole('button', { name: 'Decide' }).click();
  await national.getByText('Decision recorded').waitFor();
  await dialog.waitFor({ state: 'detached' });
  await national.getByRole('heading', { name: 'Decision' }).waitFor();
  const plan = national.getByRole('table', { name: 'Action plan' });
  await plan.locator('tbody tr').nth(1).waitFor();
  assert.equal(await plan.locator('tbody tr').count(), 2);
  await settled(national);
  await screenshot(national, 'assessment-show-decided');
  assert.deepEqual(await seriousViolations(national), []);

  const { Assessment } = await gql(national, 'query($id: ID!) { Assessment(id: $id) { decision actions { id description status } } }', { id: fixture.assessment });
  assert.equal(Assessment.decision, 'AWARD_WITH_ACTION_PLAN');
  fixture.actions = Assessment.actions;
  const { Accreditation } = await gql(national, 'query($id: ID!) { Accreditation(id: $id) { state } }', { id: fixture.accreditation.id });
  assert.equal(Accreditation.state, 'ACCREDITED');
});

test("orgadmin1 downloads the decided visit's report as a PDF (the audit trail records the export)", async () => {
  await member.goto(`${BASE_URL}/#/Assessment/${encodeURIComponent(fixture.assessment)}/show`);
  await member.reload();
  await member.getByRole('heading', { name: 'Decision' }).waitFor();
  const [download] = await Promise.all([member.waitForEvent('download'), member.getByRole('button', { name: 'Download report (PDF)' }).click()]);
  assert.match(download.suggestedFilename(), /^assessment-report-.+\.pdf$/);
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  assert.ok(bytes.length > 2000, 'a report with its findings');
  const { allAuditEvents } = await gql(national, 'query($filter: AuditEventFilter) { allAuditEvents(filter: $filter) { action } }', {
    filter: { entityType: 'Assessment', action: 'EXPORT', entityId: fixture.assessment },
  });
  assert.equal(allAuditEvents.length, 1, 'the download is in the audit trail');
});

test('orgadmin1 submits evidence; the assessor returns it, then signs it off after it is submitted again', async () => {
  await member.goto(`${BASE_URL}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`);
  const open = member.getByRole('table', { name: 'Open actions' });
  await open.locator('tbody tr').nth(1).waitFor();
  // Past assessments are listed with their decision.
  await member.getByRole('table', { name: 'Visits' }).getByText('Award with an action plan').first().waitFor();
  for (const name of ['Plan a visit', 'Suspend for overdue actions']) assert.equal(await member.getByRole('button', { name }).count(), 0, name);
  await settled(member);
  await screenshot(member, 'assessment-member-accreditation');
  assert.deepEqual(await seriousViolations(member), []);

  const action = fixture.actions.find((a) => a.description.includes(stamp)) ?? fixture.actions[0];
  await open.getByRole('link', { name: action.description }).click();
  await member.waitForURL(/\/ActionPlanItem\/[^/]+\/show$/);
  await member.getByRole('heading', { name: 'Evidence' }).waitFor();
  for (const name of ['Sign off', 'Return', 'Change due date or owner']) assert.equal(await member.getByRole('button', { name }).count(), 0, name);
  const submitEvidence = async (note) => {
    await member.getByRole('button', { name: 'Submit evidence' }).click();
    const dialog = member.getByRole('dialog');
    await dialogShown(member);
    await dialog.getByRole('textbox', { name: 'Evidence' }).fill(note);
    await dialog.getByRole('button', { name: 'Submit evidence' }).click();
    await member.getByText('Evidence submitted', { exact: true }).first().waitFor();
    await dialog.waitFor({ state: 'detached' });
  };
  await submitEvidence(`Safeguarding lead named in the policy (${stamp})`);
  await member.locator('.MuiChip-root', { hasText: 'Evidence submitted' }).waitFor();
  await settled(member);
  await screenshot(member, 'assessment-action-member');
  assert.deepEqual(await seriousViolations(member), []);

  // The assessor returns it, saying why.
  const actionUrl = member.url();
  await assessor.goto(actionUrl);
  await assessor.getByRole('button', { name: 'Return' }).click();
  let dialog = assessor.getByRole('dialog');
  await dialogShown(assessor);
  await dialog.getByLabel('What more is needed').fill(`The trustees' minute adopting it (${stamp})`);
  await dialog.getByRole('button', { name: 'Return' }).click();
  await assessor.getByText('Evidence returned').first().waitFor();
  await assessor.locator('.MuiChip-root', { hasText: 'Returned' }).waitFor();

  // orgadmin1 sees why, and submits again.
  await member.reload();
  await member.getByText(`Evidence returned by Asha Assessor: The trustees' minute adopting it (${stamp})`).waitFor();
  await settled(member);
  await screenshot(member, 'assessment-action-returned');
  assert.deepEqual(await seriousViolations(member), []);
  await submitEvidence(`Minute of the trustees' meeting attached to the policy (${stamp})`);

  await assessor.reload();
  await assessor.getByRole('button', { name: 'Sign off' }).click();
  dialog = assessor.getByRole('dialog');
  await dialogShown(assessor);
  assert.deepEqual(await seriousViolations(assessor), []);
  await dialog.getByRole('button', { name: 'Sign off' }).click();
  await assessor.getByText('Action signed off').waitFor();
  await assessor.locator('.MuiChip-root', { hasText: 'Signed off' }).waitFor();
  await assessor.getByText(/^Signed off by Asha Assessor on \d{2}\/\d{2}\/\d{4}$/).waitFor();
  await settled(assessor);
  await screenshot(assessor, 'assessment-action-signed-off');
  assert.deepEqual(await seriousViolations(assessor), []);
});

test("head office's Actions list; an action made overdue is flagged and 'Suspend for overdue actions' is offered", async () => {
  await national.getByRole('menuitem', { name: 'Actions' }).click();
  await national.waitForURL(/#\/ActionPlanItem/);
  await national.locator('table tbody tr').first().waitFor();
  await settled(national);
  await screenshot(national, 'assessment-actions-list');
  assert.deepEqual(await seriousViolations(national), []);

  // The other action: head office moves its due date to yesterday (a past date is allowed).
  const other = fixture.actions.find((a) => a.status !== 'SIGNED_OFF' && !a.description.includes(stamp)) ?? fixture.actions[1];
  await national.goto(`${BASE_URL}/#/ActionPlanItem/${encodeURIComponent(other.id)}/show`);
  await national.getByRole('button', { name: 'Change due date or owner' }).click();
  const dialog = national.getByRole('dialog');
  await dialogShown(national);
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
  await dialog.getByLabel('Due on').fill(yesterday);
  await dialog.getByRole('textbox', { name: 'Owner' }).fill('Centre manager');
  await dialog.getByRole('button', { name: 'Change due date or owner' }).click();
  await national.getByText('Action changed').waitFor();
  await national.getByText(`${yesterday} (overdue)`).waitFor();
  await national.locator('.MuiChip-root', { hasText: 'Overdue' }).waitFor();
  await settled(national);
  await screenshot(national, 'assessment-action-overdue');
  assert.deepEqual(await seriousViolations(national), []);

  // Filtered to overdue at its centre, it is listed (the seed has overdue actions elsewhere, due earlier).
  await national.goto(`${BASE_URL}/#/ActionPlanItem?filter=${encodeURIComponent(JSON.stringify({ status: 'OVERDUE', centreId: fixture.centre.id }))}`);
  await national.locator('table tbody tr', { hasText: 'Centre manager' }).first().waitFor();

  await national.goto(`${BASE_URL}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`);
  await national.getByRole('table', { name: 'Open actions' }).getByText(`${yesterday} (overdue)`).waitFor();
  await national.getByRole('button', { name: 'Suspend for overdue actions' }).click();
  await dialogShown(national);
  await national.getByRole('dialog').getByText('1 overdue action recorded as the reason').waitFor();
  await screenshot(national, 'assessment-suspend-overdue-dialog');
  assert.deepEqual(await seriousViolations(national), []);
  await national.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
});

test("coordinator1 sees an action with 'Submit evidence' when it is their centre's, and not at all otherwise", async () => {
  const page = await newPage(browser);
  await wide(page);
  await signIn(page, 'coordinator1@naccc.test');
  const { me } = await gql(page, '{ me { grants { centreIds } } }');
  const theirs = me.grants[0].centreIds.includes(fixture.centre.id);
  const open = fixture.actions.find((a) => !a.description.includes(stamp)) ?? fixture.actions[1];
  await page.goto(`${BASE_URL}/#/ActionPlanItem/${encodeURIComponent(open.id)}/show`);
  if (theirs) {
    await page.getByRole('button', { name: 'Submit evidence' }).waitFor();
    for (const name of ['Sign off', 'Return', 'Change due date or owner']) assert.equal(await page.getByRole('button', { name }).count(), 0, name);
  } else {
    await page.getByText(/could not be loaded|no such action/).waitFor();
    assert.equal(await page.getByText(fixture.centre.name).count(), 0, 'nothing of another centre is shown');
  }
  await settled(page);
  await screenshot(page, 'assessment-action-coordinator');
  await page.context().close();
});

test('the training team sees nothing of assessments', async () => {
  const page = await newPage(browser);
  await signIn(page, 'training@naccc.test');
  for (const name of ['Actions', 'My visits']) assert.equal(await page.getByRole('menuitem', { name }).count(), 0, name);
  const { errors } = await graphql(page, '{ allAssessments { id } }');
  assert.equal(errors?.[0]?.extensions?.code, 'FORBIDDEN');
  await page.goto(`${BASE_URL}/#/ActionPlanItem`);
  await page.getByText('The role you are acting as does not give access to this page.').waitFor();
  await page.context().close();
});

test('the assessment pages send only persisted documents (a server with the safelist on)', { skip: !process.env.E2E_SAFELIST_URL && 'E2E_SAFELIST_URL is not set' }, async () => {
  assert.ok(fixture.assessment, 'the visit');
  const url = process.env.E2E_SAFELIST_URL;
  const refused = [];
  // Head office plans a second visit on the same accreditation (the first is decided).
  const office = await newPage(browser);
  recordRefusedDocuments(office, refused);
  await signIn(office, 'national@naccc.test', DEMO_PASSWORD, url);
  await office.goto(`${url}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`);
  await office.getByRole('button', { name: 'Plan a visit' }).click();
  const dialog = office.getByRole('dialog');
  await dialog.getByLabel('Assessor').click();
  await office.getByRole('option', { name: /Asha Assessor/ }).click();
  await dialog.getByLabel('Visit date').fill(uk(londonToday()));
  await dialog.getByRole('button', { name: 'Plan a visit' }).click();
  await office.getByText('Visit planned').waitFor();
  await office.goto(`${url}/#/ActionPlanItem`);
  await office.locator('table tbody tr').first().waitFor();
  await office.goto(`${url}/#/Assessment/${encodeURIComponent(fixture.assessment)}/show`);
  await office.getByRole('heading', { name: 'Findings by area' }).waitFor();
  await office.waitForLoadState('networkidle');
  await office.context().close();

  // The assessor opens it from My visits and records one finding.
  const page = await newPage(browser);
  recordRefusedDocuments(page, refused);
  await signIn(page, 'assessor@naccc.test', DEMO_PASSWORD, url);
  await page.goto(`${url}/#/my-visits`);
  await page.getByRole('table', { name: 'My visits' }).locator('tbody tr', { hasText: fixture.centre.name }).filter({ hasText: 'Planned' }).first().getByRole('link').click();
  await page.waitForURL(/\/findings$/);
  await page.getByRole('radiogroup').first().getByRole('radio', { name: 'Met', exact: true }).check();
  await page.getByText('Saved', { exact: true }).first().waitFor();
  await page.goto(`${url}/#/ActionPlanItem/${encodeURIComponent(fixture.actions[0].id)}/show`);
  await page.getByRole('heading', { name: 'Review' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.context().close();
  assert.deepEqual(refused, []);
});
