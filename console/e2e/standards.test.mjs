// The National Standards in the console: head office reads the three sets, drafts a new version
// copied from the current one, edits the draft's areas and standards and publishes it (the
// previous version retired, as the confirmation says); an assessor reads them with no button to
// change anything.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, eventually, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
/** Head office's page: most tests act as them. */
let hq;

// The version this file drafts and publishes, named so that it cannot meet the seed's.
const stamp = Date.now().toString(36);
const LABEL = `2027-${stamp}`;
const fixture = { current: undefined, draft: undefined };

async function gql(onPage, query, variables) {
  const result = await graphql(onPage, query, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** Waits for a dialog's fade-in to end: axe measures contrast from the colours on screen. */
async function dialogShown(onPage) {
  await eventually(async () => (await onPage.locator('.MuiDialog-container').evaluate((el) => getComputedStyle(el).opacity)) === '1', { message: 'the dialog shown' });
}

const cells = async (row) => (await row.innerText()).split('\t').map((cell) => cell.trim());

before(async () => {
  browser = await launch();
  hq = await newPage(browser);
  await signIn(hq, 'national@naccc.test');
  const { allStandardSets } = await gql(hq, `{ allStandardSets(filter: { kind: SUPPORTED_CENTRES, status: PUBLISHED }) { id versionLabel standardCount } }`);
  [fixture.current] = allStandardSets;
});

after(async () => {
  await browser?.close();
});

test('head office lists the three sets, every version, with the kind, dates and status in words', async () => {
  await hq.getByRole('menuitem', { name: 'National Standards' }).click();
  await hq.waitForURL(/\/StandardSet$/);
  await hq.locator('table tbody tr').first().waitFor();
  await eventually(async () => (await hq.locator('table tbody tr').count()) >= 4, { message: 'the seeded versions' });
  const rows = await Promise.all((await hq.locator('table tbody tr').all()).map(cells));
  for (const expected of [
    ['Supported centres', '2024', '01/04/2024', 'Current (published)', String(fixture.current.standardCount)],
    ['Supported centres', '2019', '01/04/2019', 'Retired'],
    ['Supervised centres', '2024', '01/04/2024', 'Current (published)'],
    ['Supervised services', '2024', '01/04/2024', 'Current (published)'],
  ]) {
    assert.ok(
      rows.some((row) => expected.every((cell, i) => row[i] === cell)),
      `a row ${expected.join(' | ')} in ${JSON.stringify(rows)}`,
    );
  }
  await hq.getByRole('link', { name: 'Draft a new version' }).waitFor();
  await screenshot(hq, 'standards-list');
  assert.deepEqual(await seriousViolations(hq), []);
});

test("a set's page groups its standards by area; the current version offers a new draft, not an edit", async () => {
  await hq.goto(`${BASE_URL}/#/StandardSet/${encodeURIComponent(fixture.current.id)}/show`);
  await hq.getByRole('heading', { name: 'Standards by area' }).waitFor();
  for (const area of ['1. Service management', '4. HR and recruitment', '8. Finances']) await hq.getByRole('heading', { name: area }).waitFor();
  const hr = hq.getByRole('table', { name: '4. HR and recruitment' });
  assert.match(await hr.innerText(), /4\.2\s+Everyone working with children has an enhanced DBS check/);
  await hq.getByText('The version assessments use now. It can no longer change').waitFor();
  assert.equal(await hq.getByRole('link', { name: 'Edit draft' }).count(), 0);
  assert.equal(await hq.getByRole('button', { name: 'Publish' }).count(), 0);
  await screenshot(hq, 'standards-show');
  assert.deepEqual(await seriousViolations(hq), []);
});

test('head office drafts a new version copied from the current one', async () => {
  await hq.goto(`${BASE_URL}/#/StandardSet/${encodeURIComponent(fixture.current.id)}/show`);
  await hq.getByRole('link', { name: 'Draft a new version' }).click();
  await hq.waitForURL(/\/StandardSet\/create/);
  await hq.getByRole('combobox', { name: 'Copy the standards of' }).waitFor();
  await eventually(async () => (await hq.getByRole('combobox', { name: 'Copy the standards of' }).innerText()).includes('Version 2024, the current one'), {
    message: 'the current version chosen to copy',
  });
  assert.equal((await hq.getByRole('combobox', { name: 'Set' }).innerText()).trim(), 'Supported centres');
  await hq.getByRole('textbox', { name: 'Version' }).fill(LABEL);
  await hq.getByRole('textbox', { name: 'Effective from' }).fill('01/04/2027');
  await screenshot(hq, 'standards-create');
  assert.deepEqual(await seriousViolations(hq), []);
  await hq.getByRole('button', { name: 'Save' }).click();

  await hq.waitForURL(/\/StandardSet\/[^/]+\/show$/);
  fixture.draft = decodeURIComponent(hq.url().split('/StandardSet/')[1].split('/')[0]);
  await hq.getByText('Being written: head office can still change it').waitFor();
  const { StandardSet } = await gql(hq, 'query($id: ID!) { StandardSet(id: $id) { status versionLabel effectiveOn standardCount } }', { id: fixture.draft });
  assert.deepEqual(StandardSet, { status: 'DRAFT', versionLabel: LABEL, effectiveOn: '2027-04-01', standardCount: fixture.current.standardCount });
});

test("head office edits the draft's standards: numbered by their place, saved in one go", async () => {
  assert.ok(fixture.draft, 'the draft of the previous test');
  await hq.goto(`${BASE_URL}/#/StandardSet/${encodeURIComponent(fixture.draft)}/show`);
  await hq.getByRole('link', { name: 'Edit draft' }).click();
  await hq.waitForURL(/\/StandardSet\/[^/]+$/);
  await hq.getByText('Standard 1.1', { exact: true }).waitFor();
  const firstTitle = hq.getByRole('textbox', { name: 'Standard' }).first();
  await firstTitle.fill('The service has a written statement of purpose, reviewed every year');
  // A standard added at the end of the last area (Finances) takes the next code.
  const finances = hq.locator('.RaSimpleFormIterator-line').filter({ has: hq.getByRole('textbox', { name: 'Area title' }) }).last();
  await finances.getByRole('button', { name: 'Add a standard' }).click();
  const added = finances.getByRole('textbox', { name: 'Standard' }).last();
  await added.fill('Reserves are held to cover at least three months of running costs');
  await finances.getByRole('textbox', { name: 'Guidance' }).last().fill('The committee agrees a reserves policy and checks it against the accounts each year.');
  await finances.getByText('Standard 8.5', { exact: true }).waitFor();
  await screenshot(hq, 'standards-edit');
  assert.deepEqual(await seriousViolations(hq), []);
  await hq.getByRole('button', { name: 'Save draft' }).click();

  await hq.waitForURL(/\/StandardSet\/[^/]+\/show$/);
  const finance = hq.getByRole('table', { name: '8. Finances' });
  await eventually(async () => /8\.5\s+Reserves are held/.test(await finance.innerText()), { message: 'the new standard 8.5 shown' });
  const { StandardSet } = await gql(hq, 'query($id: ID!) { StandardSet(id: $id) { standardCount areas { standards { code title } } } }', { id: fixture.draft });
  assert.equal(StandardSet.standardCount, fixture.current.standardCount + 1);
  assert.equal(StandardSet.areas[0].standards[0].title, 'The service has a written statement of purpose, reviewed every year');
});

test('publishing says the previous version is retired, and does it', async () => {
  assert.ok(fixture.draft, 'the draft of the earlier tests');
  await hq.goto(`${BASE_URL}/#/StandardSet/${encodeURIComponent(fixture.draft)}/show`);
  await hq.getByRole('button', { name: 'Publish' }).click();
  const dialog = hq.getByRole('dialog');
  await dialog.getByText(`The previous version, ${fixture.current.versionLabel}, is retired`).waitFor();
  await dialog.getByText('Once published it can no longer change').waitFor();
  await dialogShown(hq);
  await screenshot(hq, 'standards-publish-confirm');
  assert.deepEqual(await seriousViolations(hq), []);
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await hq.getByText('The version assessments use now').waitFor();
  assert.equal(await hq.getByRole('link', { name: 'Edit draft' }).count(), 0);

  const { allStandardSets } = await gql(hq, `{ allStandardSets(filter: { kind: SUPPORTED_CENTRES }, perPage: 50) { id versionLabel status } }`);
  const status = Object.fromEntries(allStandardSets.map((set) => [set.versionLabel, set.status]));
  assert.equal(status[LABEL], 'PUBLISHED');
  assert.equal(status[fixture.current.versionLabel], 'RETIRED');
  assert.equal(allStandardSets.filter((set) => set.status === 'PUBLISHED').length, 1);
  await screenshot(hq, 'standards-published');
});

test('an assessor reads the standards, with no button to change them', async () => {
  const assessor = await newPage(browser);
  try {
    await signIn(assessor, 'assessor@naccc.test');
    await assessor.getByRole('menuitem', { name: 'National Standards' }).click();
    await assessor.locator('table tbody tr').first().waitFor();
    assert.equal(await assessor.getByRole('link', { name: 'Draft a new version' }).count(), 0);
    await assessor.locator('table tbody tr').filter({ hasText: 'Supervised services' }).first().click();
    await assessor.getByRole('heading', { name: 'Standards by area' }).waitFor();
    await assessor.getByRole('heading', { name: '5. Operating procedures' }).waitFor();
    for (const name of ['Draft a new version', 'Edit draft', 'Delete draft']) assert.equal(await assessor.getByRole('link', { name }).count() + (await assessor.getByRole('button', { name }).count()), 0, name);
    assert.equal(await assessor.getByRole('button', { name: 'Publish' }).count(), 0);
    assert.deepEqual(await seriousViolations(assessor), []);
  } finally {
    await assessor.context().close();
  }
});
