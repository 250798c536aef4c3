// Accreditation in the console: head office's pipeline, the filtered list, an accreditation's page
// with its history and head office's steps (suspend and reinstate, with a reason; a stale page
// refused in the server's words); a centre's Accreditation section; the member faces reading only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, DEMO_PASSWORD, eventually, graphql, launch, newPage, recordRefusedDocuments, screenshot, signIn } from './browser.mjs';

let browser;
/** Head office's page: most tests act as them. */
let national;
/** An accredited accreditation at a centre its organisation lists and which has no other current accreditation. */
const fixture = { accreditation: undefined, centre: undefined, memberOrganisationId: undefined };
const stamp = Date.now().toString(36);

async function gql(onPage, query, variables) {
  const result = await graphql(onPage, query, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** 1366 px wide: the laptop width the console is laid out for. */
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

const ACCREDITATION_FIELDS = 'id state version centreId kind expiresOn centre { id name publiclyListed publiclyVisible organisationId accreditations { id state } }';

before(async () => {
  browser = await launch();
  // orgadmin1's organisation: its accreditations are left as seeded for the member tests.
  const admin = await newPage(browser);
  await signIn(admin, 'orgadmin1@naccc.test');
  const { me } = await gql(admin, '{ me { grants { organisationId } } }');
  fixture.memberOrganisationId = me.grants[0].organisationId;
  await admin.context().close();
  national = await newPage(browser);
  await wide(national);
  await signIn(national, 'national@naccc.test');
  const { allAccreditations } = await gql(
    national,
    `query { allAccreditations(filter: { states: [ACCREDITED] }, perPage: 100, sortField: "expiresOn", sortOrder: "DESC") { ${ACCREDITATION_FIELDS} } }`,
  );
  fixture.accreditation = allAccreditations.find(
    (a) =>
      a.centre.organisationId !== fixture.memberOrganisationId &&
      a.centre.publiclyVisible && a.centre.accreditations.filter((other) => ['CANDIDATE', 'ACCREDITED', 'RENEWAL_DUE'].includes(other.state)).length === 1,
  );
  assert.ok(fixture.accreditation, 'an accredited centre, listed, with one current accreditation');
  fixture.centre = fixture.accreditation.centre;
});

after(async () => {
  // Leave the accreditation accredited whatever happened above.
  if (national && fixture.accreditation) {
    const { Accreditation } = await gql(national, 'query($id: ID!) { Accreditation(id: $id) { state version } }', { id: fixture.accreditation.id });
    if (Accreditation.state === 'SUSPENDED') {
      await graphql(national, 'mutation($id: ID!, $version: Int) { transitionAccreditation(id: $id, action: REINSTATE, reason: "End of the browser test", version: $version) { id } }', {
        id: fixture.accreditation.id,
        version: Accreditation.version,
      });
    }
  }
  await browser?.close();
});

test('head office opens the pipeline from the menu and follows a count to the filtered list', async () => {
  const { accreditationPipeline: pipeline } = await gql(national, '{ accreditationPipeline { byState { state count } candidatesOverdue renewalsWithinSixMonths publiclyListedCentres } }');
  await national.getByRole('menuitem', { name: 'Accreditation', exact: true }).click();
  await national.waitForURL(/#\/accreditation$/);
  await national.getByRole('heading', { name: 'Accreditation pipeline' }).waitFor();
  const accredited = pipeline.byState.find((s) => s.state === 'ACCREDITED').count;
  const shown = (n) => n.toLocaleString('en-GB');
  await national.getByRole('link', { name: `${shown(accredited)} accredited: open the list` }).waitFor();
  await national.getByRole('link', { name: new RegExp(`^${shown(pipeline.candidatesOverdue)} Candidates overdue`) }).waitFor();
  await national.getByText('Centres shown to the public').waitFor();
  await settled(national);
  await screenshot(national, 'accreditation-pipeline');
  assert.deepEqual(await seriousViolations(national), []);

  // Candidates overdue: the list filtered to match, every row a candidate overdue.
  await national.getByRole('link', { name: new RegExp(`^${shown(pipeline.candidatesOverdue)} Candidates overdue`) }).click();
  await national.waitForURL(/#\/Accreditation\?/);
  assert.deepEqual(JSON.parse(new URL(national.url().replace('#/', '')).searchParams.get('filter')), { candidateOverdue: true });
  if (pipeline.candidatesOverdue > 0) {
    await national.locator('table tbody tr').first().waitFor();
    await eventually(async () => (await national.locator('table tbody tr').count()) === Math.min(25, pipeline.candidatesOverdue), { message: 'the overdue candidates' });
    const states = await national.locator('td.column-state').allInnerTexts();
    assert.ok(states.every((s) => s.trim() === 'Candidate'), states.join());
    const standing = await national.locator('table tbody tr td:last-child').allInnerTexts();
    assert.ok(standing.every((s) => /^overdue since \d{2}\/\d{2}\/\d{4}$/.test(s.trim())), standing.join());
  }

  // Back, then the accredited count: renewal and expiry in words and dd/mm/yyyy.
  await national.goBack();
  await national.getByRole('link', { name: `${shown(accredited)} accredited: open the list` }).click();
  await national.waitForURL(/#\/Accreditation\?/);
  assert.deepEqual(JSON.parse(new URL(national.url().replace('#/', '')).searchParams.get('filter')), { states: ['ACCREDITED'] });
  await national.locator('table tbody tr').first().waitFor();
  await national.getByRole('columnheader', { name: 'Centre' }).waitFor();
  await eventually(async () => (await national.locator('table tbody tr').count()) === Math.min(25, accredited), { message: 'a page of accredited rows' });
  const states = await national.locator('td.column-state').allInnerTexts();
  assert.ok(states.every((s) => s.trim() === 'Accredited'), states.join());
  const expiries = await national.locator('td.column-expiresOn').allInnerTexts();
  assert.ok(expiries.every((s) => /^\d{2}\/\d{2}\/\d{4}$/.test(s.trim())), expiries.join());
  const standing = await national.locator('table tbody tr td:last-child').allInnerTexts();
  assert.ok(standing.every((s) => /^expires in \d+ days?$/.test(s.trim())), standing.join());
  await settled(national);
  await screenshot(national, 'accreditation-list');
  assert.deepEqual(await seriousViolations(national), []);

  // Searching by the centre's name narrows it to the fixture's row.
  await national.getByRole('textbox', { name: 'Search by centre name' }).fill(fixture.centre.name);
  await eventually(
    async () => {
      const rows = await national.locator('table tbody tr').allInnerTexts();
      return rows.length >= 1 && rows.every((row) => row.includes(fixture.centre.name));
    },
    { message: 'the fixture centre found by name' },
  );
  await national.locator('table tbody tr', { hasText: fixture.centre.name }).first().click();
  await national.waitForURL(new RegExp(`/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show$`));
});

test('head office suspends an accreditation with a reason: the centre is no longer shown to the public; then reinstates it', async () => {
  const path = `${BASE_URL}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`;
  await national.goto(path);
  await national.getByText('Shown to the public: its organisation lists it, and it is accredited.').waitFor();
  await national.getByRole('heading', { name: 'History' }).waitFor();
  await national.getByRole('list', { name: 'History, latest first' }).locator('li').first().waitFor();
  await settled(national);
  await screenshot(national, 'accreditation-show');
  assert.deepEqual(await seriousViolations(national), []);

  // The steps from accredited: suspend and withdraw (award and reinstate are not offered).
  await national.getByRole('button', { name: 'Suspend' }).waitFor();
  assert.equal(await national.getByRole('button', { name: 'Withdraw' }).count(), 1);
  assert.equal(await national.getByRole('button', { name: 'Award' }).count(), 0);
  assert.equal(await national.getByRole('button', { name: 'Reinstate' }).count(), 0);

  await national.getByRole('button', { name: 'Suspend' }).click();
  const dialog = national.getByRole('dialog');
  await dialog.getByText('The centre disappears from public view at once').waitFor();
  await dialogShown(national);
  // A reason is required.
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await dialog.getByText('Say why: it is kept in the history with who and when').waitFor();
  const reason = `Safeguarding policy out of date (${stamp})`;
  await dialog.getByLabel('Reason').fill(reason);
  await screenshot(national, 'accreditation-suspend-dialog');
  assert.deepEqual(await seriousViolations(national), []);
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await national.getByText('Accreditation suspended').waitFor();
  await dialog.waitFor({ state: 'detached' });

  await national.locator('.MuiChip-root', { hasText: 'Suspended' }).first().waitFor();
  await national.getByText('Not shown to the public: not accredited').waitFor();
  const history = national.getByRole('list', { name: 'History, latest first' });
  await history.locator('li').first().getByText('Accredited → Suspended').waitFor();
  await history.locator('li').first().getByText(reason).waitFor();
  const { Centre } = await gql(national, 'query($id: ID!) { Centre(id: $id) { publiclyVisible } }', { id: fixture.centre.id });
  assert.equal(Centre.publiclyVisible, false);
  await national.getByRole('button', { name: 'Reinstate' }).waitFor();
  assert.equal(await national.getByRole('button', { name: 'Suspend' }).count(), 0);
  await settled(national);
  await screenshot(national, 'accreditation-show-suspended');
  assert.deepEqual(await seriousViolations(national), []);

  await national.getByRole('button', { name: 'Reinstate' }).click();
  await dialog.getByText(/accredited again/).waitFor();
  await dialog.getByLabel('Reason').fill(`Policy reviewed and adopted by the trustees (${stamp})`);
  await dialog.getByRole('button', { name: 'Reinstate' }).click();
  await national.getByText('Accreditation reinstated').waitFor();
  await national.getByText('Shown to the public: its organisation lists it, and it is accredited.').waitFor();
  await history.locator('li').first().getByText('Suspended → Accredited').waitFor();
  const { Accreditation } = await gql(national, 'query($id: ID!) { Accreditation(id: $id) { state expiresOn centre { publiclyVisible } } }', { id: fixture.accreditation.id });
  assert.deepEqual(Accreditation, { state: 'ACCREDITED', expiresOn: fixture.accreditation.expiresOn, centre: { publiclyVisible: true } });

  // The same page at 768 px.
  await national.setViewportSize({ width: 768, height: 1024 });
  await national.reload();
  await national.getByRole('heading', { name: 'History' }).waitFor();
  await settled(national);
  await screenshot(national, 'accreditation-show-768');
  assert.deepEqual(await seriousViolations(national), []);
  await wide(national);
});

test("a step on a page changed meanwhile is refused in the server's words", async () => {
  const path = `${BASE_URL}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`;
  await national.goto(path);
  await national.getByRole('button', { name: 'Suspend' }).waitFor();
  // Someone else suspends it (and it is reinstated) while the page is open: its version moves on.
  const { Accreditation } = await gql(national, 'query($id: ID!) { Accreditation(id: $id) { version } }', { id: fixture.accreditation.id });
  const step = 'mutation($id: ID!, $action: AccreditationAction!, $version: Int) { transitionAccreditation(id: $id, action: $action, reason: "Meanwhile", version: $version) { version } }';
  const suspended = await gql(national, step, { id: fixture.accreditation.id, action: 'SUSPEND', version: Accreditation.version });
  await gql(national, step, { id: fixture.accreditation.id, action: 'REINSTATE', version: suspended.transitionAccreditation.version });
  await national.getByRole('button', { name: 'Suspend' }).click();
  const dialog = national.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Stale page');
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  assert.ok((await alert.innerText()).trim().length > 10, 'the server says why');
  await dialogShown(national);
  await screenshot(national, 'accreditation-refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const after = await gql(national, 'query($id: ID!) { Accreditation(id: $id) { state } }', { id: fixture.accreditation.id });
  assert.equal(after.Accreditation.state, 'ACCREDITED');
});

test("head office starts a centre's accreditation from its page, when it has a kind still to apply for", async (t) => {
  const pages = await Promise.all(
    [1, 2, 3, 4].map((page) => gql(national, 'query($page: Int) { allCentres(page: $page, perPage: 100) { id name organisationId serviceTypes accreditations { kind } } }', { page })),
  );
  // A centre of another organisation than orgadmin1's (whose home the member test reads) without
  // Accreditation: the seed gives it to centres offering a service besides supervised ones only.
  const centre = pages
    .flatMap((p) => p.allCentres)
    .find((c) => c.organisationId !== fixture.memberOrganisationId && !c.accreditations.some((a) => a.kind === 'ACCREDITATION'));
  if (!centre) {
    t.skip('every centre of the seed holds every kind it may apply for');
    return;
  }
  await national.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(centre.id)}/show`);
  await national.getByRole('heading', { name: 'Accreditation' }).waitFor();
  await national.getByRole('button', { name: 'Start accreditation' }).click();
  const dialog = national.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Accreditation', exact: true }).check();
  await dialog.getByLabel('What was received').fill(`Application and signed working agreement received (${stamp})`);
  await dialogShown(national);
  await screenshot(national, 'accreditation-start-dialog');
  assert.deepEqual(await seriousViolations(national), []);
  await dialog.getByRole('button', { name: 'Start accreditation' }).click();
  await national.waitForURL(/\/Accreditation\/[^/]+\/show$/);
  await national.locator('.MuiChip-root', { hasText: 'Candidate' }).first().waitFor();
  await national.getByText('Application received → Candidate').waitFor();
});

test("an organisation admin reads their centre's accreditation section and no action buttons", async () => {
  const admin = await newPage(browser);
  await wide(admin);
  await signIn(admin, 'orgadmin1@naccc.test');
  const { allCentres } = await gql(admin, '{ allCentres(perPage: 50) { id name publiclyListed publiclyVisible accreditations { id kind state } } }');
  const centre = allCentres.find((c) => c.accreditations.length > 0);
  assert.ok(centre, 'a centre of theirs with an accreditation');
  // Their home lists their centres' accreditations that need attention, when any do.
  const { allAccreditations } = await gql(admin, '{ allAccreditations(filter: { states: [RENEWAL_DUE, CANDIDATE, SUSPENDED, LAPSED] }, perPage: 1) { id } }');
  await admin.getByRole('heading', { name: /^Welcome/ }).waitFor();
  await settled(admin);
  assert.equal(await admin.getByRole('heading', { name: 'Accreditation needing attention' }).count(), allAccreditations.length > 0 ? 1 : 0);
  await screenshot(admin, 'accreditation-member-home');
  assert.deepEqual(await seriousViolations(admin), []);

  await admin.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(centre.id)}/show`);
  await admin.getByRole('heading', { name: 'Accreditation' }).waitFor();
  const section = admin.getByRole('list', { name: 'Its accreditations' });
  await section.locator('li').first().waitFor();
  assert.equal(await section.locator('li').count(), centre.accreditations.length);
  if (centre.publiclyVisible) await admin.getByText('Shown to the public: its organisation lists it, and it is accredited.').waitFor();
  else if (!centre.publiclyListed) await admin.getByText('Not shown to the public: your organisation chose not to list it.').waitFor();
  else await admin.getByText(/Not shown to the public: not accredited/).waitFor();
  await settled(admin);
  assert.equal(await admin.getByRole('button', { name: 'Start accreditation' }).count(), 0);
  await screenshot(admin, 'accreditation-member-centre');
  assert.deepEqual(await seriousViolations(admin), []);

  await section.getByRole('link').first().click();
  await admin.waitForURL(/\/Accreditation\/[^/]+\/show$/);
  await admin.getByRole('heading', { name: 'History' }).waitFor();
  await settled(admin);
  for (const name of ['Award', 'Suspend', 'Reinstate', 'Remove', 'Withdraw']) assert.equal(await admin.getByRole('button', { name }).count(), 0, name);
  await screenshot(admin, 'accreditation-member-show');
  assert.deepEqual(await seriousViolations(admin), []);
  // The pipeline is head office's: no menu entry, and the page says so.
  assert.equal(await admin.getByRole('menuitem', { name: 'Accreditation', exact: true }).count(), 0);
  await admin.goto(`${BASE_URL}/#/accreditation`);
  await admin.getByText('The role you are acting as does not give access to this page.').waitFor();
  await admin.context().close();
});

test('a coordinator reads their centre’s accreditations and no action buttons', async () => {
  const page = await newPage(browser);
  await wide(page);
  await signIn(page, 'coordinator1@naccc.test');
  const { allAccreditations } = await gql(page, '{ allAccreditations(perPage: 5) { id centreId } }');
  assert.ok(allAccreditations.length > 0, 'their centre has an accreditation');
  await page.goto(`${BASE_URL}/#/Accreditation/${encodeURIComponent(allAccreditations[0].id)}/show`);
  await page.getByRole('heading', { name: 'History' }).waitFor();
  await settled(page);
  for (const name of ['Award', 'Suspend', 'Reinstate', 'Remove', 'Withdraw']) assert.equal(await page.getByRole('button', { name }).count(), 0, name);
  await page.context().close();
});

test('the accreditation pages send only persisted documents (a server with the safelist on, as in production)', { skip: !process.env.E2E_SAFELIST_URL && 'E2E_SAFELIST_URL is not set' }, async () => {
  assert.ok(fixture.accreditation, 'the fixture');
  const url = process.env.E2E_SAFELIST_URL;
  const refused = [];
  const page = await newPage(browser);
  recordRefusedDocuments(page, refused);
  await signIn(page, 'national@naccc.test', DEMO_PASSWORD, url);
  await page.goto(`${url}/#/accreditation`);
  await page.getByRole('heading', { name: 'By state' }).waitFor();
  await page.getByRole('link', { name: /accredited: open the list$/ }).click();
  await page.locator('table tbody tr').first().waitFor();
  await page.goto(`${url}/#/Accreditation/${encodeURIComponent(fixture.accreditation.id)}/show`);
  await page.getByRole('list', { name: 'History, latest first' }).locator('li').first().waitFor();
  await page.getByRole('button', { name: 'Suspend' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('Safelist run');
  await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
  await page.getByText('Accreditation suspended').waitFor();
  await page.getByRole('button', { name: 'Reinstate' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('Safelist run over');
  await page.getByRole('dialog').getByRole('button', { name: 'Reinstate' }).click();
  await page.getByText('Accreditation reinstated').waitFor();
  await page.goto(`${url}/#/Centre/${encodeURIComponent(fixture.centre.id)}/show`);
  await page.getByRole('list', { name: 'Its accreditations' }).locator('li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.context().close();

  const member = await newPage(browser);
  recordRefusedDocuments(member, refused);
  await signIn(member, 'orgadmin1@naccc.test', DEMO_PASSWORD, url);
  await member.waitForLoadState('networkidle');
  await member.context().close();
  assert.deepEqual(refused, []);
});
