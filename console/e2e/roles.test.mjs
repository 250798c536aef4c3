import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const menuItems = async (page) => (await page.locator('.RaMenu-open a, .RaMenu-closed a').allInnerTexts()).map((text) => text.trim());

const FACES = [
  { email: 'national@naccc.test', menu: ['Home', 'Member organisations', 'Centres', 'Accreditation', 'Actions', 'People', 'Courses', 'Sessions', 'Training compliance', 'National Standards', 'Users', 'Audit trail'], centres: 350 },
  { email: 'training@naccc.test', menu: ['Home', 'Member organisations', 'Centres', 'People', 'Courses', 'Sessions', 'Training compliance'], centres: 350 },
  { email: 'assessor@naccc.test', menu: ['Home', 'Organisations', 'Assigned centres', 'My visits', 'People', 'Courses', 'Sessions', 'National Standards'], centres: 'grant' },
  { email: 'orgadmin1@naccc.test', menu: ['Home', 'My organisation', 'Our centres', 'People', 'Training compliance', 'Courses', 'Sessions', 'Users', 'Audit trail'] },
  { email: 'orgadmin2@naccc.test', menu: ['Home', 'My organisation', 'Our centres', 'People', 'Training compliance', 'Courses', 'Sessions', 'Users', 'Audit trail'] },
  { email: 'coordinator1@naccc.test', menu: ['Home', 'My organisation', 'My centres', 'People', 'Training compliance', 'Courses', 'Sessions'], centres: 1 },
];

for (const face of FACES) {
  test(`${face.email} signs in to their own face of the console`, async () => {
    const page = await newPage(browser);
    await signIn(page, face.email);
    assert.deepEqual(await menuItems(page), face.menu);
    // One grant each: nobody here is offered an organisation picker.
    assert.equal(await page.getByLabel('Acting as').count(), 0);
    const { data } = await graphql(page, '{ _allCentresMeta { count } }');
    // An assessor sees exactly the centres of their grant: the seed's three, and any a visit planned since has added.
    const expected = face.centres === 'grant' ? (await graphql(page, '{ me { grants { centreIds } } }')).data.me.grants[0].centreIds.length : face.centres;
    if (face.centres === 'grant') assert.ok(expected >= 3, 'the seed assigns the assessor three centres');
    if (expected !== undefined) assert.equal(data._allCentresMeta.count, expected);
    else assert.ok(data._allCentresMeta.count >= 2 && data._allCentresMeta.count < 350);
    await screenshot(page, `home-${face.email.split('@')[0]}`);
    await page.goto(`${BASE_URL}/#/Centre`);
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, `centres-${face.email.split('@')[0]}`);
    await page.context().close();
  });
}

test("an organisation admin cannot reach another organisation's centre by editing the URL", async () => {
  const other = await newPage(browser);
  await signIn(other, 'orgadmin2@naccc.test');
  const theirs = (await graphql(other, '{ allCentres(perPage: 1) { id name } }')).data.allCentres[0];
  await other.context().close();

  const page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  for (const view of ['show', '']) {
    await page.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(theirs.id)}${view ? `/${view}` : ''}`);
    await page.getByText('This record does not exist, or you do not have access to it').waitFor();
    assert.equal(await page.getByText(theirs.name).count(), 0, 'the other organisation’s centre is never shown');
  }
  await screenshot(page, 'orgadmin1-foreign-centre-url');
  await page.context().close();
});

test('signing out ends the session: the console asks to sign in again', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordinator1@naccc.test');
  await page.getByRole('button', { name: 'Cara Coordinator' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  const { errors } = await graphql(page, '{ me { id } }');
  assert.equal(errors[0].extensions.code, 'UNAUTHENTICATED');
  await page.goto(`${BASE_URL}/#/Centre`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await screenshot(page, 'signed-out');
  await page.context().close();
});

test('a wrong password is refused with a message, and no session starts', async () => {
  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/#/login`);
  await page.getByLabel('Email address').fill('national@naccc.test');
  await page.locator('input[name="password"]').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('The email address or password is not right').waitFor();
  await screenshot(page, 'login-refused');
  await page.context().close();
});
