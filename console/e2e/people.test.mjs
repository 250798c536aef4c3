import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, DEMO_PASSWORD, eventually, graphql, launch, newPage, recordRefusedDocuments, screenshot, signIn } from './browser.mjs';

let browser;
/** orgadmin1's page: most tests act as their organisation's administrator. */
let page;

// People this file makes for itself (through the API), so the tests do not depend on the demo
// seed's names; each carries the stamp in their family name, so a search finds exactly them.
const stamp = Date.now().toString(36);
const fixture = { organisationId: undefined, centreId: undefined, people: {} };
const CERTIFICATE = '001234567890';

/** YYYY-MM-DD in the UK, shifted by whole years and days. */
function ukDate({ years = 0, days = 0 } = {}) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const shown = (iso) => iso.split('-').reverse().join('/');

async function gql(onPage, query, variables) {
  const result = await graphql(onPage, query, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

const PERSON_FIELDS = 'id fullName requiredDbsLevel clearanceStatus clearanceExpiresOn';

async function createPerson(givenName, familyName) {
  const { createPerson } = await gql(
    page,
    `mutation($organisationId: ID!, $centreIds: [ID!], $givenName: String!, $familyName: String!, $startDate: LocalDate!) {
      createPerson(organisationId: $organisationId, centreIds: $centreIds, givenName: $givenName, familyName: $familyName, personType: VOLUNTEER, startDate: $startDate) { ${PERSON_FIELDS} }
    }`,
    { organisationId: fixture.organisationId, centreIds: [fixture.centreId], givenName, familyName: `${familyName}-${stamp}`, startDate: ukDate({ years: -5 }) },
  );
  return createPerson;
}

async function recordCheck(person, issueDate, extra = {}) {
  await gql(
    page,
    `mutation($personId: ID!, $level: DbsLevel!, $issueDate: LocalDate!, $onUpdateService: Boolean, $updateServiceSubscriptionId: String) {
      createDbsCheck(personId: $personId, level: $level, certificateNumber: "009876543210", issueDate: $issueDate, decision: CLEARED,
        onUpdateService: $onUpdateService, updateServiceSubscriptionId: $updateServiceSubscriptionId) { id }
    }`,
    { personId: person.id, level: person.requiredDbsLevel, issueDate, ...extra },
  );
}

const personById = async (onPage, id) =>
  (await gql(onPage, `query($id: ID!) { Person(id: $id) { ${PERSON_FIELDS} latestDbsLevel } }`, { id })).Person;

before(async () => {
  browser = await launch();
  // The coordinator's centre (one of orgadmin1's organisation): the fixtures work there, so the
  // coordinator sees them too.
  const coordinator = await newPage(browser);
  await signIn(coordinator, 'coordinator1@naccc.test');
  const { me } = await gql(coordinator, '{ me { grants { organisationId centreIds } } }');
  [fixture.centreId] = me.grants[0].centreIds;
  fixture.organisationId = me.grants[0].organisationId;
  await coordinator.context().close();

  page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  const p = fixture.people;
  p.missing = await createPerson('Mina', 'Nocheck');
  p.expired = await createPerson('Evan', 'Lapsed');
  await recordCheck(p.expired, ukDate({ years: -4 }));
  p.expiring = await createPerson('Erin', 'Renewal');
  await recordCheck(p.expiring, ukDate({ years: -3, days: 30 }));
  p.subscriber = await createPerson('Uma', 'Subscriber');
  await recordCheck(p.subscriber, ukDate({ years: -1 }), { onUpdateService: true, updateServiceSubscriptionId: 'C12345678' });
  // This file is about their DBS: NACCC's training team records every course mandatory for them,
  // done and in date, so that their clearance follows their DBS alone (training-member.test.mjs
  // has the training states).
  const training = await newPage(browser);
  await signIn(training, 'training@naccc.test');
  for (const person of Object.values(p)) {
    const { Person } = await gql(training, 'query($id: ID!) { Person(id: $id) { training { mandatory { courseId } } } }', { id: person.id });
    for (const { courseId } of Person.training.mandatory) {
      await gql(
        training,
        'mutation($personId: ID!, $courseId: ID!, $completedOn: LocalDate!) { createTrainingRecord(personId: $personId, courseId: $courseId, source: NACCC, completedOn: $completedOn, outcome: PASSED) { id } }',
        { personId: person.id, courseId, completedOn: ukDate({ days: -60 }) },
      );
    }
  }
  await training.context().close();
  for (const [key, person] of Object.entries(p)) p[key] = await personById(page, person.id);
  assert.deepEqual(
    Object.values(p).map((person) => person.clearanceStatus),
    ['MISSING_DBS', 'EXPIRED', 'EXPIRING', 'CLEARED'],
  );
});

after(async () => {
  // People with DBS records are kept (the server refuses to delete them): mark them as left, so
  // they drop out of the counts later files might see.
  if (page) {
    for (const person of Object.values(fixture.people)) {
      await graphql(page, 'mutation($id: ID!) { updatePerson(id: $id, status: LEFT) { id } }', { id: person.id });
    }
  }
  await browser?.close();
});

/** Waits for a dialog's fade-in to end: axe measures contrast from the colours on screen. */
async function dialogShown(onPage) {
  await eventually(async () => (await onPage.locator('.MuiDialog-container').evaluate((el) => getComputedStyle(el).opacity)) === '1', { message: 'the dialog shown' });
}

const rows = () => page.locator('table tbody tr');
const cellTexts = async (column) => rows().locator(`td.column-${column}`).allInnerTexts();

/** The list's filter as it stands in the URL (react-admin keeps it there once applied). */
function urlFilter(href) {
  const query = new URL(href).hash.split('?')[1] ?? '';
  return JSON.parse(new URLSearchParams(query).get('filter') ?? '{}');
}

async function openPeopleList(onPage = page) {
  // Lists remember their filters: start from the default one (active people), from another page
  // so that the list's filter form starts afresh rather than keeping the previous test's values.
  await onPage.goto(`${BASE_URL}/#/`);
  await onPage.getByRole('heading', { name: /^Welcome/ }).waitFor();
  await onPage.goto(`${BASE_URL}/#/Person?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE' }))}`);
  await onPage.getByRole('textbox', { name: 'Search people' }).fill(stamp);
  // The search applies after a pause, when it lands in the URL; until then the list may show
  // other people, and a later navigation could be undone by it.
  await onPage.waitForURL((url) => isDeepStrictEqual(urlFilter(url.href), { status: 'ACTIVE', q: stamp }));
  await eventually(async () => (await onPage.locator('table tbody tr td.column-fullName').allInnerTexts()).length === 4, { message: 'the four fixture people listed' });
}

test('the people list shows clearance in words, and filters by clearance status', async () => {
  await openPeopleList();
  assert.deepEqual(await page.locator('table thead th').allInnerTexts(), ['Name', 'Role', 'Centres', 'Clearance', 'Mandatory training', 'DBS current until', 'Action needed']);
  // Sorted by family name: Lapsed, Nocheck, Renewal, Subscriber.
  assert.deepEqual(await cellTexts('fullName'), ['Evan Lapsed-', 'Mina Nocheck-', 'Erin Renewal-', 'Uma Subscriber-'].map((name) => name + stamp));
  assert.deepEqual(await cellTexts('clearanceStatus'), ['DBS expired', 'No DBS check', 'Cleared, renewal due', 'Cleared']);
  const expiring = fixture.people.expiring.clearanceExpiresOn;
  assert.equal((await cellTexts('clearanceExpiresOn'))[2], shown(expiring));
  assert.match((await cellTexts('clearanceAction'))[2], new RegExp(`^Renew by ${shown(expiring)}`));
  await eventually(async () => (await cellTexts('centreIds')).every((cell) => cell.trim() !== ''), { message: 'centre names shown' });
  await screenshot(page, 'people-list');

  // Each name is a link, so the keyboard reaches a person's page too.
  const firstName = page.getByRole('link', { name: `Evan Lapsed-${stamp}` });
  await firstName.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/Person/${encodeURIComponent(fixture.people.expired.id)}/show$`));
  await page.goBack();
  await page.getByRole('combobox', { name: 'Clearance' }).click();
  await page.getByRole('option', { name: 'DBS expired' }).click();
  await eventually(async () => (await cellTexts('fullName')).join() === `Evan Lapsed-${stamp}`, { message: 'only the person whose DBS expired' });
  assert.deepEqual(await cellTexts('clearanceStatus'), ['DBS expired']);
  await screenshot(page, 'people-list-expired');

  // Across the whole organisation, every row listed under a status shows that status.
  await page.getByRole('textbox', { name: 'Search people' }).fill('');
  await page.waitForURL((url) => !('q' in urlFilter(url.href)));
  await eventually(async () => {
    const statuses = await cellTexts('clearanceStatus');
    return statuses.length > 0 && statuses.every((status) => status === 'DBS expired');
  }, { message: 'only expired DBS listed' });
});

test('Export CSV downloads the listed people with their clearance, never a certificate number', async () => {
  await openPeopleList();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^people-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.match(lines[0], /^Given name,Family name,/);
  assert.match(lines[0], /Clearance status/);
  // The search of the list applies: exactly the four people of this file.
  assert.equal(lines.length, 5, lines.join('\n'));
  for (const name of ['Lapsed', 'Nocheck', 'Renewal', 'Subscriber']) assert.ok(lines.some((line) => line.includes(`${name}-${stamp}`)), name);
  assert.ok(!lines.join().includes('009876543210'));
});

test('importing people: a file with a bad row imports nobody and lists every problem; a good one imports everyone', async () => {
  const { Centre } = await gql(page, 'query($id: ID!) { Centre(id: $id) { name } }', { id: fixture.centreId });
  await openPeopleList();
  await page.getByRole('link', { name: 'Import people' }).click();
  await page.getByRole('heading', { name: 'Import people', level: 1 }).waitFor();
  const header = 'Given name,Family name,Type,Start date,Email,Centres';
  const bad = [header, `Ivy,Importer-${stamp},Volunteer,01/10/2025,ivy.${stamp}@example.org,${Centre.name}`, `Ian,Importer-${stamp},Gardener,31/09/2025,,`].join('\n');
  await page.getByLabel('Or paste the CSV here').fill(bad);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Nothing was imported.').waitFor();
  const problems = page.getByRole('table', { name: 'Problems found, by row' });
  await problems.waitFor();
  const rowsText = await problems.locator('tbody tr').allInnerTexts();
  assert.ok(rowsText.length >= 2, rowsText.join('\n'));
  assert.ok(rowsText.every((row) => row.startsWith('3')), 'both problems are on line 3 (the header is line 1)');
  assert.ok(rowsText.some((row) => /type/.test(row)) && rowsText.some((row) => /start date/.test(row)), rowsText.join('\n'));
  await screenshot(page, 'people-import-errors');
  assert.deepEqual(await seriousViolations(page), []);
  const none = await gql(page, 'query($q: String) { _allPeopleMeta(filter: { q: $q }) { count } }', { q: `Importer-${stamp}` });
  assert.equal(none._allPeopleMeta.count, 0, 'nothing was written');

  const good = [header, `Ivy,Importer-${stamp},Volunteer,01/10/2025,ivy.${stamp}@example.org,${Centre.name}`, `Ian,Importer-${stamp},Sessional worker,30/09/2025,,`].join('\n');
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await eventually(async () => (await page.getByLabel('Or paste the CSV here').inputValue()) === good, { message: 'the file read into the box' });
  await page.getByRole('button', { name: 'Check without importing' }).click();
  await page.getByText('All 2 rows can be imported. No one has been added yet').waitFor();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Imported 2 people.').waitFor();
  await screenshot(page, 'people-import-done');
  const { allPeople } = await gql(page, 'query($q: String) { allPeople(filter: { q: $q }, sortField: "givenName", sortOrder: "ASC") { id fullName personType startDate centreIds } }', {
    q: `Importer-${stamp}`,
  });
  assert.deepEqual(
    allPeople.map(({ fullName, personType, startDate, centreIds }) => ({ fullName, personType, startDate, centreIds })),
    [
      { fullName: `Ian Importer-${stamp}`, personType: 'SESSIONAL_WORKER', startDate: '2025-09-30', centreIds: [] },
      { fullName: `Ivy Importer-${stamp}`, personType: 'VOLUNTEER', startDate: '2025-10-01', centreIds: [fixture.centreId] },
    ],
  );
  for (const person of allPeople) await gql(page, 'mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: person.id });
});

test('recording a new check on a person’s page changes their clearance', async () => {
  const person = fixture.people.missing;
  await page.goto(`${BASE_URL}/#/Person/${encodeURIComponent(person.id)}/show`);
  await page.getByText('No DBS check recorded yet.').waitFor();
  await page.getByText('No DBS check', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Record new check' }).click();
  const dialog = page.getByRole('dialog', { name: `Record a new DBS check for ${person.fullName}` });
  await dialog.waitFor();
  // The level their centres need is chosen already.
  await dialog.getByLabel('Certificate number').fill(CERTIFICATE);
  // Dates are typed the UK way whatever the browser's language; an impossible one is refused.
  await dialog.getByLabel('Issue date').fill('31/02/2026');
  await dialog.getByRole('radio', { name: 'Cleared', exact: true }).check();
  await dialog.getByRole('button', { name: 'Record check' }).click();
  await dialog.getByText('Enter a real date as dd/mm/yyyy, for example 27/03/2024').waitFor();
  await dialog.getByLabel('Issue date').fill(shown(ukDate({ days: -7 })));
  await dialog.getByLabel('They subscribe to the DBS Update Service').check();
  await dialog.getByLabel('Update Service subscription id').fill('C7654321');
  await dialogShown(page);
  await screenshot(page, 'person-record-check');
  assert.deepEqual(await seriousViolations(page), [], 'the dialog meets WCAG 2.1 AA');
  await dialog.getByRole('button', { name: 'Record check' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('DBS check recorded', { exact: true }).waitFor();
  // The page refreshes: the new check is listed (masked) and the clearance is now "Cleared".
  await page.getByText('•••• •••• ••••').waitFor();
  await page.getByText('Cleared', { exact: true }).first().waitFor();
  await page.getByText(shown(ukDate({ years: 3, days: -7 }))).first().waitFor();
  const stored = await personById(page, person.id);
  assert.equal(stored.clearanceStatus, 'CLEARED');
  assert.equal(stored.latestDbsLevel, person.requiredDbsLevel);
  await screenshot(page, 'person-after-check');
});

test('an administrator reveals a certificate number once, with a reason, and the audit trail records it', async () => {
  const person = fixture.people.missing;
  await page.goto(`${BASE_URL}/#/Person/${encodeURIComponent(person.id)}/show`);
  await page.getByRole('button', { name: 'Reveal certificate number' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reveal the certificate number' });
  await dialog.getByRole('button', { name: 'Reveal' }).click();
  await dialog.getByText('Give a reason').waitFor();
  const reason = `Checking the Update Service (${stamp})`;
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Reveal' }).click();
  await dialog.getByText(CERTIFICATE).waitFor();
  await screenshot(page, 'person-certificate-revealed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByText(CERTIFICATE).count(), 0, 'the number is gone once the dialog closes');
  assert.equal(await page.getByText('•••• •••• ••••').count(), 1, 'the list still shows it masked');

  await page.getByRole('menuitem', { name: 'Audit trail' }).click();
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'DBS certificate number revealed' }).click();
  const entry = page.locator('table tbody tr').filter({ hasText: reason });
  await entry.waitFor();
  assert.match(await entry.innerText(), /DBS_CERTIFICATE_REVEALED/);
  await screenshot(page, 'audit-certificate-revealed');
});

test('a status check on the Update Service is recorded against the check', async () => {
  const person = fixture.people.subscriber;
  await page.goto(`${BASE_URL}/#/Person/${encodeURIComponent(person.id)}/show`);
  await page.getByText('Subscribed (C12345678); no status check yet').waitFor();
  await page.getByRole('button', { name: 'Record status check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an Update Service status check' });
  await dialog.getByRole('radio', { name: 'No new information' }).check();
  await screenshot(page, 'person-status-check');
  await dialog.getByRole('button', { name: 'Record status check' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(`Subscribed (C12345678); checked ${shown(ukDate())}: no new information`).waitFor();
  const { allDbsChecks } = await gql(page, 'query($id: ID!) { allDbsChecks(filter: { personId: $id }) { lastStatusCheckResult lastStatusCheckDate } }', { id: person.id });
  assert.deepEqual(allDbsChecks, [{ lastStatusCheckResult: 'NO_NEW_INFORMATION', lastStatusCheckDate: ukDate() }]);
});

test('an administrator adds someone through the form, then records that they left', async () => {
  await page.goto(`${BASE_URL}/#/Person`);
  await page.getByRole('link', { name: 'Add person' }).click();
  await page.getByLabel('Given name').fill('Noor');
  await page.getByLabel('Family name').fill(`Newcomer-${stamp}`);
  await page.getByLabel('Start date').fill('01/09/2025');
  await page.getByLabel('Centres').click();
  await page.getByRole('option').first().click();
  await page.keyboard.press('Escape');
  await screenshot(page, 'person-create');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/Person\/[^/]+\/show$/);
  const id = decodeURIComponent(page.url().split('/Person/')[1].split('/')[0]);
  fixture.people.created = { id };
  await page.getByText(`Noor Newcomer-${stamp}`).first().waitFor();
  await page.getByText('01/09/2025').first().waitFor();
  await page.getByText('No DBS check', { exact: true }).first().waitFor();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('radio', { name: 'Left' }).check();
  await page.getByLabel('Leave date').fill(shown(ukDate({ days: -1 })));
  await screenshot(page, 'person-edit-leaving');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/show$/);
  await page.getByText(shown(ukDate({ days: -1 }))).waitFor();
  const { Person } = await gql(page, 'query($id: ID!) { Person(id: $id) { status leaveDate startDate } }', { id });
  assert.deepEqual(Person, { status: 'LEFT', leaveDate: ukDate({ days: -1 }), startDate: '2025-09-01' });
});

test('the organisation’s dashboard lists who cannot be rostered, who expires soon, and counts per centre', async () => {
  await page.goto(`${BASE_URL}/#/`);
  const blocked = page.getByRole('region', { name: 'Cannot be rostered' });
  const expiring = page.getByRole('region', { name: 'Expiring in the next 90 days' });
  const byCentre = page.getByRole('region', { name: 'By centre' });
  await byCentre.getByRole('table').waitFor();
  const { clearanceSummary } = await gql(page, '{ clearanceSummary { expiringSoon { id } cannotBeRostered { id } centres { centreId centreName } } }');
  // Named in the lists when within the first hundred the server returns.
  if (clearanceSummary.cannotBeRostered.some((p) => p.id === fixture.people.expired.id)) {
    const row = blocked.getByRole('row').filter({ hasText: fixture.people.expired.fullName });
    assert.match(await row.innerText(), /DBS expired/);
    assert.match(await row.innerText(), /Do not roster/);
  }
  if (clearanceSummary.expiringSoon.some((p) => p.id === fixture.people.expiring.id)) {
    const row = expiring.getByRole('row').filter({ hasText: fixture.people.expiring.fullName });
    assert.match(await row.innerText(), new RegExp(shown(fixture.people.expiring.clearanceExpiresOn)));
  }
  const centre = clearanceSummary.centres.find((c) => c.centreId === fixture.centreId);
  await byCentre.getByRole('rowheader', { name: centre.centreName }).waitFor();
  await screenshot(page, 'dashboard-orgadmin1');
  // A name leads to the person's page.
  await expiring.getByRole('link').first().click();
  await page.waitForURL(/\/Person\/[^/]+\/show$/);
});

test('a coordinator records checks for the people of their centre but cannot reveal numbers', async () => {
  const coordinator = await newPage(browser);
  await signIn(coordinator, 'coordinator1@naccc.test');
  await coordinator.goto(`${BASE_URL}/#/Person/${encodeURIComponent(fixture.people.expired.id)}/show`);
  await coordinator.getByRole('heading', { name: 'DBS checks' }).waitFor();
  await coordinator.getByText('•••• •••• ••••').waitFor();
  await coordinator.getByRole('button', { name: 'Record new check' }).waitFor();
  assert.equal(await coordinator.getByRole('button', { name: 'Reveal certificate number' }).count(), 0);
  await screenshot(coordinator, 'person-coordinator');

  // Someone who also works at a centre of the organisation the coordinator does not manage: the
  // coordinator's edit saves, and leaves that other centre alone.
  const { allCentres } = await gql(page, 'query($id: ID) { allCentres(filter: { organisationId: $id }) { id } }', { id: fixture.organisationId });
  const elsewhere = allCentres.find((centre) => centre.id !== fixture.centreId);
  const { createPerson: shared } = await gql(
    page,
    `mutation($organisationId: ID!, $centreIds: [ID!], $familyName: String!) {
      createPerson(organisationId: $organisationId, centreIds: $centreIds, givenName: "Sam", familyName: $familyName, personType: STAFF, startDate: "2024-01-08") { id }
    }`,
    // Not the stamp itself: this person stays out of the searches for the four fixture people.
    { organisationId: fixture.organisationId, centreIds: [fixture.centreId, elsewhere.id], familyName: `Shared-${[...stamp].reverse().join('')}` },
  );
  await coordinator.goto(`${BASE_URL}/#/Person/${encodeURIComponent(shared.id)}`);
  await coordinator.getByLabel('Phone').fill('0113 496 0000');
  await coordinator.getByRole('button', { name: 'Save' }).click();
  await coordinator.waitForURL(/\/show$/);
  await coordinator.getByText('0113 496 0000').waitFor();
  const { Person } = await gql(page, 'query($id: ID!) { Person(id: $id) { phone centreIds } }', { id: shared.id });
  assert.equal(Person.phone, '0113 496 0000');
  assert.deepEqual([...Person.centreIds].sort(), [fixture.centreId, elsewhere.id].sort());
  await gql(page, 'mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: shared.id });
  await coordinator.context().close();
});

test('head office sees people’s clearance but no DBS details, and totals only on the dashboard', async () => {
  const national = await newPage(browser);
  await signIn(national, 'national@naccc.test');
  await national.getByRole('heading', { name: 'Clearance across the network' }).waitFor();
  await national.getByText('Cleared to work').waitFor();
  assert.equal(await national.getByRole('region', { name: 'Expiring in the next 90 days' }).count(), 0, 'nobody is named on the national dashboard');
  assert.equal(await national.getByText(fixture.people.expiring.fullName).count(), 0);
  await screenshot(national, 'dashboard-national');

  await openPeopleList(national);
  assert.deepEqual(await national.locator('table tbody td.column-clearanceStatus').allInnerTexts(), ['DBS expired', 'Cleared', 'Cleared, renewal due', 'Cleared']);
  await screenshot(national, 'people-list-national');
  await national.locator('table tbody tr').first().click();
  await national.getByRole('heading', { name: 'Clearance to work with children' }).waitFor();
  await national.getByText('DBS expired').first().waitFor();
  assert.equal(await national.getByRole('heading', { name: 'DBS checks' }).count(), 0);
  assert.equal(await national.getByRole('button', { name: 'Reveal certificate number' }).count(), 0);
  assert.equal(await national.getByText('Level of their latest DBS').count(), 0);
  assert.equal(await national.getByText('•••• •••• ••••').count(), 0);
  // Contact details and notes are the organisation's: not shown, and said so plainly.
  assert.equal(await national.getByText('Email address').count(), 0);
  assert.equal(await national.getByText('Phone').count(), 0);
  await national.getByText('Contact details, notes and DBS checks are seen only by', { exact: false }).waitFor();
  await screenshot(national, 'person-national');

  // The CSV of the list carries no contact columns for head office.
  await openPeopleList(national);
  const [download] = await Promise.all([national.waitForEvent('download'), national.getByRole('button', { name: 'Export CSV' }).click()]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const header = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  assert.doesNotMatch(header, /Email|Phone|Latest DBS level/);
  assert.match(header, /Clearance status/);

  const { errors } = await graphql(national, '{ allDbsChecks { id } }');
  assert.equal(errors[0].extensions.code, 'FORBIDDEN');
  assert.equal((await personById(national, fixture.people.expired.id)).latestDbsLevel, null);
  await national.context().close();
});

test('the people list, a person’s page and the dashboard meet WCAG 2.1 AA (no serious findings)', async () => {
  await openPeopleList();
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${BASE_URL}/#/Person/${encodeURIComponent(fixture.people.subscriber.id)}/show`);
  await page.getByText('•••• •••• ••••').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Reveal certificate number' }).click();
  await page.getByRole('dialog').getByLabel('Reason').waitFor();
  await dialogShown(page);
  assert.deepEqual(await seriousViolations(page), []);
  await page.keyboard.press('Escape');
  await page.goto(`${BASE_URL}/#/Person/${encodeURIComponent(fixture.people.subscriber.id)}`);
  await page.getByLabel('Given name').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('region', { name: 'By centre' }).getByRole('table').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
});

test('the safeguarding pages send only persisted documents (a server with the safelist on, as in production)', { skip: !process.env.E2E_SAFELIST_URL && 'E2E_SAFELIST_URL is not set' }, async () => {
  const url = process.env.E2E_SAFELIST_URL;
  const safelisted = await newPage(browser);
  const refused = [];
  recordRefusedDocuments(safelisted, refused);
  await safelisted.goto(`${url}/#/login`);
  await safelisted.getByLabel('Email address').fill('orgadmin1@naccc.test');
  await safelisted.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await safelisted.getByRole('button', { name: 'Sign in' }).click();
  // The dashboard's clearance summary (a typed document with a fragment).
  await safelisted.getByRole('region', { name: 'By centre' }).getByRole('table').waitFor();
  // A person with an Update Service check: the page, a status check and a reveal.
  await safelisted.goto(`${url}/#/Person/${encodeURIComponent(fixture.people.subscriber.id)}/show`);
  await safelisted.getByRole('button', { name: 'Record status check' }).click();
  await safelisted.getByRole('dialog').getByRole('button', { name: 'Record status check' }).click();
  await safelisted.getByText('Status check recorded').waitFor();
  await safelisted.getByRole('button', { name: 'Reveal certificate number' }).click();
  await safelisted.getByRole('dialog').getByLabel('Reason').fill(`Safelist check (${stamp})`);
  await safelisted.getByRole('dialog').getByRole('button', { name: 'Reveal' }).click();
  await safelisted.getByRole('dialog').getByText('009876543210').waitFor();
  await safelisted.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  // The CSV export and a dry-run import.
  await safelisted.goto(`${url}/#/Person`);
  await safelisted.locator('table tbody tr').first().waitFor();
  await Promise.all([safelisted.waitForEvent('download'), safelisted.getByRole('button', { name: 'Export CSV' }).click()]);
  await safelisted.getByRole('link', { name: 'Import people' }).click();
  await safelisted.getByLabel('Or paste the CSV here').fill(`Given name,Family name,Type,Start date\nSam,Safelist-${stamp},Volunteer,01/10/2025`);
  await safelisted.getByRole('button', { name: 'Check without importing' }).click();
  await safelisted.getByText('The row can be imported.').waitFor();
  assert.deepEqual(refused, []);
  await safelisted.context().close();
});
