// The server's access rules (schema/access.json, from its @Authorized declarations) reach the UI
// through authProvider.canAccess: buttons and pages the server would refuse are not offered.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

async function firstGrant(page) {
  const { data } = await graphql(page, '{ me { id grants { organisationId centreIds } } }');
  return { userId: data.me.id, ...data.me.grants[0] };
}

/** Buttons decide for themselves once the page is there: give them a moment, then look. */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

const deleteButton = (page) => page.getByRole('button', { name: 'Delete' });

test('a coordinator edits their centre without a Delete button; an organisation admin has one on the same page', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordinator1@naccc.test');
  const {
    centreIds: [centreId],
  } = await firstGrant(page);
  await page.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(centreId)}`);
  await page.getByLabel('Opening times').waitFor();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  await settled(page);
  assert.equal(await deleteButton(page).count(), 0, 'deleteCentre is for head office and organisation admins');
  await screenshot(page, 'access-coordinator-centre-edit');
  await page.context().close();

  const admin = await newPage(browser);
  await signIn(admin, 'orgadmin1@naccc.test');
  await admin.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(centreId)}`);
  await admin.getByLabel('Opening times').waitFor();
  await deleteButton(admin).waitFor();
  await admin.context().close();
});

test('an organisation admin edits their organisation without a Delete button; head office has one', async () => {
  const page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  const { organisationId } = await firstGrant(page);
  await page.goto(`${BASE_URL}/#/Organisation/${encodeURIComponent(organisationId)}`);
  await page.getByLabel('Contact email').waitFor();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  // Membership is head office's to set.
  assert.equal(await page.getByRole('combobox', { name: 'Membership' }).getAttribute('aria-disabled'), 'true');
  await settled(page);
  assert.equal(await deleteButton(page).count(), 0, 'deleteOrganisation is for head office only');
  await screenshot(page, 'access-orgadmin-organisation-edit');
  await page.context().close();

  const national = await newPage(browser);
  await signIn(national, 'national@naccc.test');
  await national.goto(`${BASE_URL}/#/Organisation/${encodeURIComponent(organisationId)}`);
  await national.getByLabel('Contact email').waitFor();
  await deleteButton(national).waitFor();
  assert.notEqual(await national.getByRole('combobox', { name: 'Membership' }).getAttribute('aria-disabled'), 'true');
  await national.context().close();
});

test('a user is edited (renamed or deactivated), never deleted: no Delete button', async () => {
  const page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  const { userId } = await firstGrant(page);
  await page.goto(`${BASE_URL}/#/User/${encodeURIComponent(userId)}`);
  await page.getByLabel('Name').waitFor();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  await settled(page);
  assert.equal(await deleteButton(page).count(), 0, 'there is no deleteUser');
  await screenshot(page, 'access-user-edit');
  await page.context().close();
});

test('the training team (read-only) opening an edit or create address gets no form, and no Edit button on the page itself', async () => {
  const page = await newPage(browser);
  await signIn(page, 'training@naccc.test');
  const { data } = await graphql(page, '{ allCentres(perPage: 1, sortField: "name", sortOrder: "ASC") { id name } }');
  const [centre] = data.allCentres;
  for (const path of [`Centre/${encodeURIComponent(centre.id)}`, 'Centre/create', 'User']) {
    await page.goto(`${BASE_URL}/#/${path}`);
    await page.getByText('The role you are acting as does not give access to this page.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0, `${path}: no form to submit`);
    assert.equal(await page.getByLabel('Opening times').count(), 0, `${path}: no inputs`);
  }
  await screenshot(page, 'access-training-edit-refused');
  // The centre's own page is open to them, without an Edit button.
  await page.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(centre.id)}/show`);
  await page.getByText(centre.name).first().waitFor();
  await settled(page);
  assert.equal(await page.getByRole('link', { name: 'Edit', exact: true }).count(), 0);
  await page.context().close();
});
