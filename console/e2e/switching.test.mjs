import { after, before, test } from 'node:test';
import { BASE_URL, eventually, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const PASSWORD = 'two organisations, one person';

/** Head office invites someone who administers two organisations; they set their password. */
async function inviteTwoOrganisationAdmin(page) {
  const admins = await graphql(page, '{ allUsers(filter: { role: ORG_ADMIN }, sortField: "email") { email grants { organisationId organisation { name } } } }');
  const [first, second] = admins.data.allUsers.filter((u) => /^orgadmin[12]@/.test(u.email)).map((u) => u.grants[0]);
  const created = await graphql(
    page,
    'mutation($org: ID!) { createUser(email: "two.hats@naccc.test", displayName: "Tess Two-Hats", role: ORG_ADMIN, organisationId: $org) { id inviteToken } }',
    { org: first.organisationId },
  );
  const { id, inviteToken } = created.data.createUser;
  await graphql(page, 'mutation($id: ID!, $org: ID!) { addGrant(userId: $id, role: ORG_ADMIN, organisationId: $org) { id } }', { id, org: second.organisationId });
  return { inviteToken, first, second };
}

test('someone with two grants chooses which organisation to act for, and sees only its centres', async () => {
  const hq = await newPage(browser);
  await signIn(hq, 'national@naccc.test');
  const { inviteToken, first, second } = await inviteTwoOrganisationAdmin(hq);
  await hq.context().close();

  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/#/accept-invite?token=${encodeURIComponent(inviteToken)}`);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByText('Your password is set.').waitFor();
  await screenshot(page, 'accept-invite-done');

  await signIn(page, 'two.hats@naccc.test', PASSWORD);
  const picker = page.getByRole('combobox', { name: 'Acting as' });
  await picker.waitFor();
  await screenshot(page, 'scope-switcher');

  const organisationsShown = async () => {
    await page.goto(`${BASE_URL}/#/Centre`);
    await page.locator('table tbody tr').first().waitFor();
    return new Set(await page.locator('table tbody tr td.column-organisationId').allInnerTexts());
  };
  await eventually(async () => {
    const shown = await organisationsShown();
    return shown.size === 1 && shown.has(first.organisation.name);
  }, { message: `only ${first.organisation.name}` });

  await page.goto(`${BASE_URL}/#/`);
  await picker.click();
  await page.getByRole('option', { name: new RegExp(second.organisation.name.replace(/[()]/g, '.')) }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
  await eventually(async () => {
    const shown = await organisationsShown();
    return shown.size === 1 && shown.has(second.organisation.name);
  }, { message: `only ${second.organisation.name}` });
  await screenshot(page, 'scope-switched-centres');
  await page.context().close();
});
