// Training as a member organisation sees it: a person's mandatory courses and records (external
// training added, corrected and deleted by their organisation; NACCC's read only), the compliance
// matrix of the organisation and of a centre with its CSV files, a coordinator's own centre, and
// head office reading it all without a button to change anything.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, eventually, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
/** orgadmin1's page: most tests act as their organisation's administrator. */
let page;

// People this file makes for itself (through the API) at coordinator1's centre, each in one
// training state, so the tests do not depend on which states the demo seed happens to give whom.
const stamp = Date.now().toString(36);
const fixture = { organisationId: undefined, centreId: undefined, centreName: undefined, people: {}, courses: {} };

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

const PERSON_FIELDS = 'id fullName requiredDbsLevel clearanceStatus clearanceAction trainingStatus training { mandatory { courseId courseCode state } }';
const personById = async (onPage, id) => (await gql(onPage, `query($id: ID!) { Person(id: $id) { ${PERSON_FIELDS} } }`, { id })).Person;

/** A volunteer at coordinator1's centre with a DBS check that clears them for two more years. */
async function createPerson(givenName, familyName) {
  const { createPerson } = await gql(
    page,
    `mutation($organisationId: ID!, $centreIds: [ID!], $givenName: String!, $familyName: String!, $startDate: LocalDate!) {
      createPerson(organisationId: $organisationId, centreIds: $centreIds, givenName: $givenName, familyName: $familyName, personType: VOLUNTEER, startDate: $startDate) { ${PERSON_FIELDS} }
    }`,
    { organisationId: fixture.organisationId, centreIds: [fixture.centreId], givenName, familyName: `${familyName}-${stamp}`, startDate: ukDate({ years: -5 }) },
  );
  await gql(
    page,
    `mutation($personId: ID!, $level: DbsLevel!, $issueDate: LocalDate!) {
      createDbsCheck(personId: $personId, level: $level, certificateNumber: "009876543210", issueDate: $issueDate, decision: CLEARED) { id }
    }`,
    { personId: createPerson.id, level: createPerson.requiredDbsLevel, issueDate: ukDate({ years: -1 }) },
  );
  return createPerson;
}

/** The training team records a NACCC course for each of the person's mandatory courses; Safeguarding (SAF-1) on `safeguardingOn`. */
async function recordMandatory(training, person, safeguardingOn) {
  for (const course of person.training.mandatory) {
    await gql(
      training,
      `mutation($personId: ID!, $courseId: ID!, $completedOn: LocalDate!) {
        createTrainingRecord(personId: $personId, courseId: $courseId, source: NACCC, completedOn: $completedOn, outcome: PASSED, hours: 6, credits: 1) { id }
      }`,
      { personId: person.id, courseId: course.courseId, completedOn: course.courseCode === 'SAF-1' ? safeguardingOn : ukDate({ days: -120 }) },
    );
  }
}

before(async () => {
  browser = await launch();
  const coordinator = await newPage(browser);
  await signIn(coordinator, 'coordinator1@naccc.test');
  const { me } = await gql(coordinator, '{ me { grants { organisationId centreIds } } }');
  [fixture.centreId] = me.grants[0].centreIds;
  fixture.organisationId = me.grants[0].organisationId;
  await coordinator.context().close();

  page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  fixture.centreName = (await gql(page, 'query($id: ID!) { Centre(id: $id) { name } }', { id: fixture.centreId })).Centre.name;
  const p = fixture.people;
  p.missing = await createPerson('Mo', 'Untrained');
  p.expired = await createPerson('Ed', 'Lapsedcourse');
  p.expiring = await createPerson('Essie', 'Refresher');
  p.current = await createPerson('Cora', 'Trained');
  assert.ok(
    p.missing.training.mandatory.some((course) => course.courseCode === 'SAF-1'),
    'Safeguarding (SAF-1) is mandatory for everyone: the demo seed has the catalogue of the brief',
  );

  const training = await newPage(browser);
  await signIn(training, 'training@naccc.test');
  await recordMandatory(training, p.expired, ukDate({ years: -4 }));
  await recordMandatory(training, p.expiring, ukDate({ years: -3, days: 30 }));
  await recordMandatory(training, p.current, ukDate({ days: -60 }));
  await training.context().close();

  for (const [key, person] of Object.entries(p)) p[key] = await personById(page, person.id);
  assert.deepEqual(
    Object.values(p).map((person) => [person.trainingStatus, person.clearanceStatus]),
    [
      ['MISSING', 'TRAINING_MISSING'],
      ['EXPIRED', 'TRAINING_EXPIRED'],
      ['EXPIRING', 'TRAINING_EXPIRING'],
      ['CURRENT', 'CLEARED'],
    ],
  );
});

after(async () => {
  // People with DBS and training records are kept (the server refuses to delete them): mark them
  // as left, so they drop out of the counts later files might see.
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

async function openPerson(onPage, person) {
  await onPage.goto(`${BASE_URL}/#/Person/${encodeURIComponent(person.id)}/show`);
  await onPage.getByRole('heading', { name: 'Training', level: 2 }).waitFor();
  await onPage.getByRole('heading', { name: 'Mandatory courses', level: 3 }).waitFor();
}

/** The rows of the table a heading names (aria-labelledby), each as the texts of its cells. */
async function tableRows(onPage, name) {
  const table = onPage.getByRole('table', { name, exact: true });
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.innerText.trim())));
}

test('a person who cannot be rostered for training: the course is named, and their page shows where they stand on each', async () => {
  const person = fixture.people.missing;
  await openPerson(page, person);
  await page.getByText('Mandatory training not done').first().waitFor();
  const action = await page.locator('.ra-field-clearanceAction').innerText();
  assert.match(action, /Do not roster until they complete .*Safeguarding children and young people \(SAF-1\)/);
  const mandatory = await tableRows(page, 'Mandatory courses');
  const safeguarding = mandatory.find((row) => row[0] === 'Safeguarding children and young people (SAF-1)');
  assert.deepEqual(safeguarding, ['Safeguarding children and young people (SAF-1)', 'Not completed', 'Never', 'Not applicable']);
  assert.equal(mandatory.length, person.training.mandatory.length);
  await page.getByText('No training recorded yet.').waitFor();
  await screenshot(page, 'member-training-person-missing');

  // The dashboard names training among the reasons people cannot be rostered.
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('link', { name: /^Mandatory training not done: \d+/ }).waitFor();
  await page.getByRole('table', { name: 'Cannot be rostered', exact: true }).getByRole('link', { name: person.fullName }).waitFor();
  await page.getByText('Cleared, but a training refresher due within 90 days').waitFor();
  const blocked = await tableRows(page, 'Cannot be rostered');
  const row = blocked.find((cells) => cells[0] === person.fullName);
  assert.ok(row, `the fixture is listed as unable to be rostered: ${JSON.stringify(blocked)}`);
  assert.equal(row[1], 'Mandatory training not done');
  assert.match(row[2], /\(SAF-1\)/);
  const expiring = await tableRows(page, 'Expiring in the next 90 days');
  const refresher = expiring.find((cells) => cells[0] === fixture.people.expiring.fullName);
  assert.ok(refresher, 'the fixture due a refresher is listed as expiring');
  assert.equal(refresher[1], `Mandatory training, ${shown(ukDate({ days: 30 }))}`);
  await screenshot(page, 'member-training-dashboard');

  // The people list shows mandatory training beside clearance, and filters by the new statuses.
  await page.goto(`${BASE_URL}/#/Person?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE', q: stamp }))}`);
  await eventually(async () => (await page.locator('table tbody td.column-fullName').allInnerTexts()).length === 4, { message: 'the four fixture people listed' });
  assert.ok((await page.locator('table thead th').allInnerTexts()).includes('Mandatory training'));
  assert.deepEqual(await page.locator('table tbody td.column-trainingStatus').allInnerTexts(), ['Expired', 'Expiring soon', 'Current', 'Not completed']);
  assert.deepEqual(await page.locator('table tbody td.column-clearanceStatus').allInnerTexts(), [
    'Mandatory training expired',
    'Cleared, training refresher due',
    'Cleared',
    'Mandatory training not done',
  ]);
  await screenshot(page, 'member-training-people-list');
});

test('an organisation admin adds external training, corrects it and deletes it; NACCC records stay read only', async () => {
  const person = fixture.people.current;
  await openPerson(page, person);
  const records = page.getByRole('table', { name: 'Training records' });
  await records.locator('tbody tr').first().waitFor();
  // NACCC's records: no Edit or Delete.
  assert.equal(await records.getByRole('button', { name: /^(Edit|Delete)/ }).count(), 0);
  assert.ok((await records.locator('tbody tr').allInnerTexts()).every((row) => row.includes('NACCC course') && row.includes('Recorded by NACCC')));

  await page.getByRole('button', { name: 'Add external training' }).click();
  await dialogShown(page);
  // Nothing filled in: each required input says what is missing, and nothing is written.
  await page.getByRole('button', { name: 'Add training' }).click();
  await page.getByText('Name the course').waitFor();
  await page.getByText('Name who ran the course').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('textbox', { name: /^Course/ }).fill(`Paediatric first aid ${stamp}`);
  await page.getByLabel('Provider').fill('St John Ambulance');
  await page.getByLabel('Completed on').fill(shown(ukDate({ days: 10 })));
  await page.getByRole('button', { name: 'Add training' }).click();
  await page.getByText('The completion date cannot be in the future').waitFor();
  const completedOn = ukDate({ days: -14 });
  await page.getByLabel('Completed on').fill(shown(completedOn));
  await page.getByRole('combobox', { name: 'Outcome' }).click();
  await page.getByRole('option', { name: 'Passed' }).click();
  await page.getByLabel('Hours').fill('6.5');
  await page.getByLabel('Credits').fill('1');
  await page.getByLabel('Certificate reference').fill(`SJA-${stamp}`);
  await screenshot(page, 'member-training-add-external');
  await page.getByRole('button', { name: 'Add training' }).click();
  await page.getByText('External training recorded').waitFor();

  const external = records.locator('tbody tr', { hasText: `Paediatric first aid ${stamp}` });
  await external.waitFor();
  const cells = await external.locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 9).map((cell) => cell.trim().replace(/\n+/g, '\n')), [
    `Paediatric first aid ${stamp}\nSt John Ambulance`,
    'External training',
    shown(completedOn),
    'Passed',
    '1',
    '6.5',
    `SJA-${stamp}`,
    'Not tracked',
    'Olivia Admin',
  ]);
  // Counted in their hours (external training does not complete a NACCC course).
  const { Person } = await gql(page, 'query($id: ID!) { Person(id: $id) { trainingStatus training { hoursLast12Months } trainingRecords { source externalCourse hours } } }', { id: person.id });
  assert.equal(Person.trainingStatus, 'CURRENT');
  assert.ok(Person.trainingRecords.some((r) => r.source === 'EXTERNAL' && r.externalCourse === `Paediatric first aid ${stamp}` && r.hours === 6.5));
  await screenshot(page, 'member-training-person-external');

  // A correction: the hours were 7.
  await external.getByRole('button', { name: /^Edit/ }).click();
  await dialogShown(page);
  await page.getByRole('heading', { name: `Correct external training: Paediatric first aid ${stamp}` }).waitFor();
  await page.getByLabel('Hours').fill('7');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await page.getByText('Training record corrected').waitFor();
  await eventually(async () => (await external.locator('td').nth(5).innerText()).trim() === '7', { message: 'the corrected hours shown' });

  // Made in error: deleted, after a question.
  await external.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('Only for a record made in error').waitFor();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('Training record deleted').waitFor();
  await eventually(async () => (await records.locator('tbody tr', { hasText: `Paediatric first aid ${stamp}` }).count()) === 0, { message: 'the record gone' });
  const after = await gql(page, 'query($id: ID!) { Person(id: $id) { trainingRecords { source } } }', { id: person.id });
  assert.ok(after.Person.trainingRecords.every((r) => r.source === 'NACCC'));
});

test("a person's training records download as CSV", async () => {
  await openPerson(page, fixture.people.expired);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export training records' }).click()]);
  assert.match(download.suggestedFilename(), new RegExp(`^training-records-Ed-Lapsedcourse-${stamp}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const lines = await csvLines(download);
  assert.match(lines[0], /^Person,Source,Course code,Course,/);
  assert.equal(lines.length, 1 + fixture.people.expired.training.mandatory.length);
  assert.ok(lines.slice(1).every((line) => line.startsWith(`Ed Lapsedcourse-${stamp},`)));
  assert.ok(lines.some((line) => line.includes(shown(ukDate({ years: -4 })))), 'dates as dd/mm/yyyy');
});

async function csvLines(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
}

/** The matrix's column headers (a course's code, then its title for screen readers) and the cells of one person's row. */
async function matrixRow(onPage, name) {
  const table = onPage.locator('table').first();
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.trim());
  const row = table.locator('tbody tr', { has: onPage.getByRole('link', { name, exact: true }) });
  const cells = (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());
  return Object.fromEntries(headers.map((header, i) => [header.split(/\s/)[0], cells[i]]));
}

test('the compliance matrix of the organisation and of a centre: every state in words, and the CSV files', async () => {
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('menuitem', { name: 'Training compliance' }).click();
  await page.getByRole('heading', { name: /^Training compliance: / }).waitFor();
  const organisation = await gql(page, 'query($id: ID!) { Organisation(id: $id) { name } }', { id: fixture.organisationId });
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `Training compliance: ${organisation.Organisation.name}`);
  await page.locator('table tbody tr').first().waitFor();
  const { trainingMatrix } = await gql(page, 'query($f: TrainingMatrixFilter) { trainingMatrix(filter: $f) { rows { personId } counts { total missing } } }', { f: { organisationId: fixture.organisationId } });
  assert.equal(await page.locator('table tbody tr').count(), trainingMatrix.rows.length);
  await page.getByRole('button', { name: `Everyone: ${trainingMatrix.counts.total}` }).waitFor();
  await screenshot(page, 'member-training-matrix-organisation');

  // The centre: chosen from the picker.
  await page.getByRole('combobox', { name: 'Organisation or centre' }).click();
  await page.getByRole('option', { name: `Centre: ${fixture.centreName}` }).click();
  await page.getByRole('heading', { name: `Training compliance: ${fixture.centreName}` }).waitFor();
  await page.waitForURL(new RegExp(`centreId=${fixture.centreId}`));
  await page.getByRole('link', { name: fixture.people.current.fullName, exact: true }).waitFor();
  const p = fixture.people;
  const safeguarding = (person) => matrixRow(page, person.fullName).then((row) => [row['Mandatory'], row['SAF-1']]);
  assert.deepEqual(await safeguarding(p.missing), ['Not completed', 'Not completed']);
  assert.deepEqual(await safeguarding(p.expired), ['Expired', `Expired\nexpired ${shown(ukDate({ years: -1 }))}`]);
  assert.deepEqual(await safeguarding(p.expiring), ['Expiring soon', `Expiring soon\nexpires ${shown(ukDate({ days: 30 }))}`]);
  assert.deepEqual(await safeguarding(p.current), ['Current', `Current\nuntil ${shown(ukDate({ years: 3, days: -60 }))}`]);
  // A course of the centre's matrix not mandatory for a volunteer (coordinators' courses) reads "Not required".
  const row = await matrixRow(page, p.current.fullName);
  const notRequired = Object.entries(row).filter(([, cell]) => cell === 'Not required');
  assert.ok(notRequired.length > 0, JSON.stringify(row));
  for (const [code] of notRequired) assert.ok(!p.current.training.mandatory.some((course) => course.courseCode === code));
  assert.equal(row['Hours'], String(6 * p.current.training.mandatory.length));
  await screenshot(page, 'member-training-matrix-centre');
  assert.deepEqual(await seriousViolations(page), []);

  // Only those with a course never completed, then a name.
  const missing = page.getByRole('button', { name: /^Not completed: \d+$/ });
  await missing.click();
  assert.equal(await missing.getAttribute('aria-pressed'), 'true');
  const statuses = await page.locator('table tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(statuses.length > 0 && statuses.every((status) => status.trim() === 'Not completed'), statuses.join());
  await page.getByLabel('Find a person').fill(`Untrained-${stamp}`);
  await eventually(async () => (await page.locator('table tbody tr').count()) === 1, { message: 'one person found' });
  await page.getByRole('button', { name: /^Everyone: / }).click();
  await page.getByLabel('Find a person').fill('');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^training-compliance-.+-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = await csvLines(download);
  assert.match(lines[0], /^Person,Type,Mandatory training,/);
  assert.match(lines[0], /SAF-1 Safeguarding children and young people/);
  const line = (person) => lines.find((l) => l.startsWith(`${person.fullName},`)) ?? '';
  assert.match(line(p.missing), /,Missing,/);
  assert.match(line(p.expired), new RegExp(`,Expired,${shown(ukDate({ years: -1 }))}`));
  assert.match(line(p.expiring), new RegExp(`,Expiring,${shown(ukDate({ days: 30 }))}`));
  assert.match(line(p.current), /Not required/);

  const [records] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export training records' }).click()]);
  assert.match(records.suggestedFilename(), /^training-records-.+\.csv$/);
  const recordLines = await csvLines(records);
  assert.ok(recordLines.some((l) => l.startsWith(`Cora Trained-${stamp},`)));
  assert.ok(!recordLines.some((l) => l.startsWith(`Mo Untrained-${stamp},`)), 'nobody without a record');
});

test("an organisation admin opens the matrix from their organisation's page and from a centre's", async () => {
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('menuitem', { name: 'My organisation' }).click();
  await page.getByRole('link', { name: 'Training compliance' }).click();
  await page.waitForURL(new RegExp(`/training-matrix\\?organisationId=${fixture.organisationId}`));
  await page.locator('table tbody tr').first().waitFor();
  await page.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(fixture.centreId)}/show`);
  await page.getByRole('link', { name: 'Training compliance' }).click();
  await page.getByRole('heading', { name: `Training compliance: ${fixture.centreName}` }).waitFor();
  await page.getByRole('link', { name: fixture.people.missing.fullName, exact: true }).waitFor();
});

test('a coordinator sees the matrix of their own centre, and no one else', async () => {
  const coordinator = await newPage(browser);
  await signIn(coordinator, 'coordinator1@naccc.test');
  await coordinator.getByRole('menuitem', { name: 'Training compliance' }).click();
  await coordinator.getByRole('heading', { name: `Training compliance: ${fixture.centreName}` }).waitFor();
  await coordinator.getByRole('link', { name: fixture.people.expired.fullName, exact: true }).waitFor();
  // Their centre's people, exactly: each of them works there now.
  const shownIds = await coordinator
    .locator('table tbody tr th a')
    .evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href').split('/Person/')[1].split('/')[0])));
  const { allPeople } = await gql(page, 'query($f: PersonFilter) { allPeople(filter: $f, perPage: 500) { id } }', { f: { centreId: fixture.centreId, status: 'ACTIVE' } });
  assert.deepEqual(new Set(shownIds), new Set(allPeople.map((person) => person.id)));
  // The picker offers their centres only, never the whole organisation.
  await coordinator.getByRole('combobox', { name: 'Organisation or centre' }).click();
  const options = await coordinator.getByRole('option').allInnerTexts();
  assert.ok(options.length >= 1 && options.every((option) => !option.startsWith('Whole organisation')), options.join());
  await coordinator.keyboard.press('Escape');
  await screenshot(coordinator, 'member-training-matrix-coordinator');
  // Another centre of the organisation, by address: the server gives the coordinator nobody there.
  const { allCentres } = await gql(page, 'query($f: CentreFilter) { allCentres(filter: $f) { id } }', { f: { organisationId: fixture.organisationId } });
  const other = allCentres.find((centre) => centre.id !== fixture.centreId);
  if (other) {
    const { data } = await graphql(coordinator, 'query($f: TrainingMatrixFilter) { trainingMatrix(filter: $f) { rows { personId } } }', { f: { centreId: other.id } });
    const theirs = new Set(allPeople.map((person) => person.id));
    assert.ok((data?.trainingMatrix.rows ?? []).every((row) => theirs.has(row.personId)), 'only people of their own centre');
  }
  await coordinator.context().close();
});

test("head office and the training team read a person's training, with nothing to change", async () => {
  for (const email of ['national@naccc.test', 'training@naccc.test']) {
    const reader = await newPage(browser);
    await signIn(reader, email);
    await openPerson(reader, fixture.people.expiring);
    await reader.getByText(/^Read only: NACCC courses are recorded by NACCC’s training team/).waitFor();
    const records = reader.getByRole('table', { name: 'Training records' });
    await records.locator('tbody tr').first().waitFor();
    assert.equal(await reader.getByRole('button', { name: 'Add external training' }).count(), 0);
    assert.equal(await records.getByRole('button').count(), 0, 'no Edit or Delete');
    assert.equal(await records.locator('thead th', { hasText: 'Actions' }).count(), 0);
    const mandatory = await tableRows(reader, 'Mandatory courses');
    assert.deepEqual(mandatory.find((row) => row[0].endsWith('(SAF-1)')).slice(1, 2), ['Expiring soon']);
    if (email === 'national@naccc.test') {
      await screenshot(reader, 'member-training-person-head-office');
      // From the organisation's page, head office opens its matrix too.
      await reader.goto(`${BASE_URL}/#/Organisation/${encodeURIComponent(fixture.organisationId)}/show`);
      await reader.getByRole('link', { name: 'Training compliance' }).click();
      await reader.getByRole('link', { name: fixture.people.expiring.fullName, exact: true }).waitFor();
    }
    await reader.context().close();
  }
});
