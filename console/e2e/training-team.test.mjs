// The training team's face of the console: the course catalogue, sessions and places, the
// attendance sheet, network training compliance and their home page; an organisation asking for
// places; head office changing a course; and what read-only roles are not offered.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, DEMO_PASSWORD, eventually, graphql, launch, newPage, recordRefusedDocuments, screenshot, signIn } from './browser.mjs';

let browser;
/** The training team's page: most tests act as them. */
let team;

// What this file makes for itself (through the UI or the API), so it does not depend on the demo
// seed's names. The course it adds is retired afterwards: a retired course is mandatory for nobody,
// so later files see the clearance they expect.
const stamp = Date.now().toString(36);
const CODE = `E2E-${stamp.toUpperCase()}`.slice(0, 20);
const TITLE = `Contact centre practice ${stamp}`;
const fixture = { organisationId: undefined, centreId: undefined, people: {}, course: undefined, upcoming: undefined, past: undefined, waiting: undefined };

async function gql(onPage, query, variables) {
  const result = await graphql(onPage, query, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** The UK date `days` from today, as YYYY-MM-DD. */
function ukDay(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const shown = (iso) => iso.split('-').reverse().join('/');
/** An instant as London's wall-clock time, "dd/mm/yyyy hh:mm". */
const londonClock = (iso) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(',', '');

async function createPerson(onPage, givenName, familyName) {
  const { createPerson } = await gql(
    onPage,
    `mutation($organisationId: ID!, $centreIds: [ID!], $givenName: String!, $familyName: String!, $startDate: LocalDate!) {
      createPerson(organisationId: $organisationId, centreIds: $centreIds, givenName: $givenName, familyName: $familyName, personType: VOLUNTEER, startDate: $startDate) { id fullName }
    }`,
    { organisationId: fixture.organisationId, centreIds: [fixture.centreId], givenName, familyName: `${familyName}-${stamp}`, startDate: ukDay(-400) },
  );
  return createPerson;
}

/** A session through the API (the form has its own test): `startDay` days from today, 10:00 to 13:00 UK time. */
async function createSession(startDay, extra = {}) {
  const day = ukDay(startDay);
  // 10:00 and 13:00 in London: UTC+1 in summer, UTC in winter; the server stores instants.
  const offset = new Date(`${day}T12:00:00Z`).toLocaleString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }) === '13' ? 1 : 0;
  const at = (hour) => new Date(Date.UTC(...day.split('-').map((part, i) => Number(part) - (i === 1 ? 1 : 0)), hour - offset)).toISOString();
  const { createCourseSession } = await gql(
    team,
    `mutation($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $venue: String, $capacity: Int!) {
      createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: "Priya Trainer", venue: $venue, region: LONDON, capacity: $capacity) { id startsAt endsAt }
    }`,
    { courseId: fixture.course.id, startsAt: at(10), endsAt: at(13), venue: `Friends Meeting House ${stamp}`, capacity: 12, ...extra },
  );
  return createCourseSession;
}

before(async () => {
  browser = await launch();
  // People of orgadmin1's organisation, at coordinator1's centre, for the sessions below.
  const admin = await newPage(browser);
  await signIn(admin, 'coordinator1@naccc.test');
  const { me } = await gql(admin, '{ me { grants { organisationId centreIds } } }');
  [fixture.centreId] = me.grants[0].centreIds;
  fixture.organisationId = me.grants[0].organisationId;
  await admin.context().close();
  const orgadmin = await newPage(browser);
  await signIn(orgadmin, 'orgadmin1@naccc.test');
  fixture.people.tara = await createPerson(orgadmin, 'Tara', 'Trainee');
  fixture.people.owen = await createPerson(orgadmin, 'Owen', 'Learner');
  fixture.people.ruth = await createPerson(orgadmin, 'Ruth', 'Requester');
  await orgadmin.context().close();

  team = await newPage(browser);
  await signIn(team, 'training@naccc.test');
});

after(async () => {
  if (team && fixture.course) {
    await graphql(team, 'mutation($id: ID!) { updateCourse(id: $id, active: false) { id } }', { id: fixture.course.id });
  }
  await browser?.close();
});

/** Buttons decide for themselves once the page is there (canAccess): give them a moment, then look. */
async function settled(onPage) {
  await onPage.waitForLoadState('networkidle');
  await onPage.waitForTimeout(400);
}

/** Waits for a dialog's fade-in to end: axe measures contrast from the colours on screen. */
async function dialogShown(onPage) {
  await eventually(async () => (await onPage.locator('.MuiDialog-container').evaluate((el) => getComputedStyle(el).opacity)) === '1', { message: 'the dialog shown' });
}

async function choose(onPage, label, option) {
  await onPage.getByRole('combobox', { name: label }).click();
  await onPage.getByRole('option', { name: option, exact: true }).click();
}

test('the training team adds a course with a requirement; its page says in words who must hold it', async () => {
  await team.goto(`${BASE_URL}/#/Course`);
  await team.locator('table tbody tr').first().waitFor();
  await team.getByRole('link', { name: 'Add course' }).click();
  await team.waitForURL(/\/Course\/create$/);
  await team.getByRole('textbox', { name: 'Code' }).fill(CODE);
  await team.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await choose(team, 'OCN level', 'Level 2');
  await team.getByLabel('OCN credits').fill('3');
  await team.getByLabel('Guided learning hours').fill('9');
  await choose(team, 'Delivery', 'In person');
  await team.getByLabel('Stays current for (months)').fill('36');
  await team.getByRole('button', { name: 'Add a rule' }).click();
  await choose(team, 'Who', 'Coordinator');
  await choose(team, 'At centres offering', 'Supported contact');
  await team.getByText('Means: Coordinators at centres offering supported contact').waitFor();
  await screenshot(team, 'training-course-create');
  assert.deepEqual(await seriousViolations(team), []);
  await team.getByRole('button', { name: 'Save' }).click();

  await team.waitForURL(/\/Course\/[^/]+\/show$/);
  await team.getByRole('heading', { name: 'Who must hold it' }).waitFor();
  await team.getByText('Coordinators at centres offering supported contact').waitFor();
  await team.getByText('3 years').waitFor();
  const id = decodeURIComponent(team.url().split('/Course/')[1].split('/')[0]);
  const { Course } = await gql(team, 'query($id: ID!) { Course(id: $id) { id code title creditValue validityMonths mandatory requirements { personType serviceType } } }', { id });
  assert.deepEqual(
    { code: Course.code, credits: Course.creditValue, validity: Course.validityMonths, mandatory: Course.mandatory, requirements: Course.requirements },
    { code: CODE, credits: 3, validity: 36, mandatory: true, requirements: [{ personType: 'COORDINATOR', serviceType: 'SUPPORTED_CONTACT' }] },
  );
  fixture.course = Course;
  await screenshot(team, 'training-course-show');
  assert.deepEqual(await seriousViolations(team), []);

  // In the catalogue: validity and mandatory in words, found by its code.
  await team.goto(`${BASE_URL}/#/Course`);
  await team.getByRole('textbox', { name: 'Search courses' }).fill(CODE);
  await eventually(async () => (await team.locator('table tbody tr').count()) === 1 && (await team.locator('td.column-code').innerText()) === CODE, { message: 'the new course alone' });
  const row = (await team.locator('table tbody tr').innerText()).split('\t').map((cell) => cell.trim());
  assert.deepEqual(row, [CODE, TITLE, 'Level 2', '3', '9', 'In person', '3 years', 'Yes', 'Yes']);
  await screenshot(team, 'training-course-list');
  assert.deepEqual(await seriousViolations(team), []);
});

test('the training team schedules a session from the course, in UK time', async () => {
  assert.ok(fixture.course, 'the course of the first test');
  const day = ukDay(30);
  await team.goto(`${BASE_URL}/#/Course/${encodeURIComponent(fixture.course.id)}/show`);
  await team.getByRole('link', { name: 'Schedule a session' }).click();
  await team.getByRole('combobox', { name: 'Course' }).waitFor();
  await eventually(async () => (await team.getByRole('combobox', { name: 'Course' }).inputValue()).includes(CODE), { message: 'the course chosen' });
  await team.getByLabel('Trainer').fill('Priya Trainer');
  await team.getByLabel('Start date').fill(shown(day));
  await team.getByLabel('Start time').fill('10:00');
  // The end date follows the start date until it is typed.
  await eventually(async () => (await team.getByLabel('End date').inputValue()) === shown(day), { message: 'the end date filled in' });
  await team.getByLabel('End time').fill('09:00');
  await team.getByLabel('Venue').fill(`Friends Meeting House ${stamp}, Euston`);
  await choose(team, 'Region', 'London');
  await team.getByLabel('Capacity').fill('2');
  await team.getByRole('button', { name: 'Save' }).click();
  await team.getByText('The session must end after it starts').waitFor();
  await team.getByLabel('End time').fill('16:30');
  await screenshot(team, 'training-session-create');
  assert.deepEqual(await seriousViolations(team), []);
  await team.getByRole('button', { name: 'Save' }).click();

  await team.waitForURL(/\/CourseSession\/[^/]+\/show$/);
  const id = decodeURIComponent(team.url().split('/CourseSession/')[1].split('/')[0]);
  const { CourseSession } = await gql(team, 'query($id: ID!) { CourseSession(id: $id) { id startsAt endsAt capacity status } }', { id });
  assert.equal(londonClock(CourseSession.startsAt), `${shown(day)} 10:00`);
  assert.equal(londonClock(CourseSession.endsAt), `${shown(day)} 16:30`);
  fixture.upcoming = CourseSession;
  await team.getByText(new RegExp(`${shown(day)}, 10:00 to 16:30`)).first().waitFor();
  await team.getByText('0 of 2 taken (2 left)').waitFor();
  await team.getByText('Nobody has a place yet.').waitFor();
  await screenshot(team, 'training-session-show-empty');
});

test('an organisation admin requests a place for their own person; the training team confirms it, enrols another and removes one', async () => {
  assert.ok(fixture.upcoming, 'the session of the previous test');
  const sessionPath = `${BASE_URL}/#/CourseSession/${encodeURIComponent(fixture.upcoming.id)}/show`;
  const admin = await newPage(browser);
  await signIn(admin, 'orgadmin1@naccc.test');
  await admin.goto(sessionPath);
  await admin.getByRole('button', { name: 'Request places' }).click();
  await admin.getByRole('dialog').getByLabel('People who need a place').fill(`Requester-${stamp}`);
  await admin.getByRole('option', { name: new RegExp(`Ruth Requester-${stamp}`) }).click();
  await dialogShown(admin);
  await screenshot(admin, 'training-request-places-dialog');
  assert.deepEqual(await seriousViolations(admin), []);
  await admin.getByRole('dialog').getByRole('button', { name: 'Request 1 place' }).click();
  await admin.getByText('1 place requested').waitFor();
  const requested = admin.getByRole('row', { name: new RegExp(`Ruth Requester-${stamp}`) });
  await requested.getByText('Place requested').waitFor();
  // Theirs to withdraw while it is a request; nothing here for them to edit or cancel.
  await requested.getByRole('button', { name: `Withdraw request for Ruth Requester-${stamp}` }).waitFor();
  await settled(admin);
  for (const name of ['Edit', 'Record attendance']) assert.equal(await admin.getByRole('link', { name, exact: true }).count(), 0, name);
  assert.equal(await admin.getByRole('button', { name: 'Cancel session' }).count(), 0);
  await admin.getByText('1 of 2 taken (1 left)').waitFor();
  await screenshot(admin, 'training-session-orgadmin');
  await admin.context().close();

  await team.goto(sessionPath);
  // The page the previous test left open: read it again.
  await team.reload();
  const ruth = team.getByRole('row', { name: new RegExp(`Ruth Requester-${stamp}`) });
  await ruth.getByText('Place requested').waitFor();
  await team.getByRole('button', { name: 'Enrol people' }).click();
  const search = team.getByRole('dialog').getByLabel('People to enrol');
  await search.fill(`Trainee-${stamp}`);
  await team.getByRole('option', { name: new RegExp(`Tara Trainee-${stamp}`) }).click();
  await search.fill(`Learner-${stamp}`);
  await team.getByRole('option', { name: new RegExp(`Owen Learner-${stamp}`) }).click();
  await dialogShown(team);
  await screenshot(team, 'training-enrol-dialog');
  assert.deepEqual(await seriousViolations(team), []);
  // Two more than the one place left: refused, nothing written, said in the dialog.
  await team.getByRole('dialog').getByRole('button', { name: 'Enrol 2 people' }).click();
  await team.getByRole('dialog').getByText(/Only 1 place is left on this session/).waitFor();
  await team.getByRole('dialog').getByRole('button', { name: `Owen Learner-${stamp}` }).locator('.MuiChip-deleteIcon').click();
  await team.getByRole('dialog').getByRole('button', { name: 'Enrol 1 person' }).click();
  await team.getByText('1 person enrolled').waitFor();
  await team.getByRole('row', { name: new RegExp(`Tara Trainee-${stamp}`) }).getByText('Place confirmed').waitFor();
  await team.getByRole('button', { name: `Confirm place for Ruth Requester-${stamp}` }).click();
  await ruth.getByText('Place confirmed').waitFor();
  await team.getByText('2 of 2 taken (full)').waitFor();
  await screenshot(team, 'training-session-enrolled');
  assert.deepEqual(await seriousViolations(team), []);

  await team.getByRole('button', { name: `Remove Ruth Requester-${stamp}` }).click();
  await team.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await eventually(async () => (await team.getByRole('row', { name: new RegExp(`Ruth Requester-${stamp}`) }).count()) === 0, { message: 'Ruth removed' });
  await team.getByText('1 of 2 taken (1 left)').waitFor();
  const { CourseSession } = await gql(team, 'query($id: ID!) { CourseSession(id: $id) { enrolments { personName status } } }', { id: fixture.upcoming.id });
  assert.deepEqual(CourseSession.enrolments, [{ personName: `Tara Trainee-${stamp}`, status: 'CONFIRMED' }]);
});

test('attendance: the whole cohort on one sheet; a refused row is shown in place and nothing is written until it is corrected', async () => {
  assert.ok(fixture.course, 'the course of the first test');
  fixture.past = await createSession(-1);
  await gql(team, 'mutation($sessionId: ID!, $personIds: [ID!]!) { enrolInSession(sessionId: $sessionId, personIds: $personIds) { id } }', {
    sessionId: fixture.past.id,
    personIds: [fixture.people.tara.id, fixture.people.owen.id],
  });
  await team.goto(`${BASE_URL}/#/CourseSession/${encodeURIComponent(fixture.past.id)}/show`);
  await team.getByText('This session has taken place: its attendance is still to be recorded.').waitFor();
  await team.getByRole('link', { name: 'Record attendance' }).click();
  await team.getByRole('heading', { name: `Attendance: ${TITLE} (${CODE})` }).waitFor();
  const outcome = (name) => team.getByLabel(`Outcome for ${name}`);
  const credits = (name) => team.getByLabel(`OCN credits for ${name}`);
  const hours = (name) => team.getByLabel(`Hours for ${name}`);
  const tara = `Tara Trainee-${stamp}`;
  const owen = `Owen Learner-${stamp}`;
  await outcome(tara).waitFor();

  // An outcome is needed on every row before anything is sent.
  await team.getByRole('button', { name: 'Save attendance' }).click();
  await team.getByText('2 rows need correcting before anything can be saved').waitFor();
  assert.equal(await outcome(owen).getAttribute('aria-invalid'), 'true');

  // Choosing an outcome fills in what it usually means: the course's credits and the session's hours.
  await outcome(tara).selectOption('PASSED');
  assert.equal(await credits(tara).inputValue(), '3');
  assert.equal(await hours(tara).inputValue(), '3');
  await outcome(owen).selectOption('DID_NOT_ATTEND');
  assert.equal(await credits(owen).inputValue(), '0');
  assert.equal(await hours(owen).inputValue(), '0');

  // More credits than the course carries: the server refuses the cohort, naming the row.
  await credits(tara).fill('9');
  await team.getByLabel(`Certificate reference for ${tara}`).fill(`OCN-${stamp}-1`);
  await team.getByRole('button', { name: 'Save attendance' }).click();
  await team.getByText('1 row needs correcting; nothing was recorded').waitFor();
  await team.getByText(`Problem: ${tara}: ${TITLE} carries 3 credits at most`).waitFor();
  assert.equal(await credits(tara).getAttribute('aria-invalid'), 'true');
  assert.notEqual(await outcome(owen).getAttribute('aria-invalid'), 'true');
  const described = await credits(tara).getAttribute('aria-describedby');
  assert.match(await team.locator(`[id="${described}"]`).innerText(), /carries 3 credits at most/);
  await screenshot(team, 'training-attendance-refused');
  assert.deepEqual(await seriousViolations(team), []);
  const none = await gql(team, 'query($sessionId: ID) { _allTrainingRecordsMeta(filter: { sessionId: $sessionId }) { count } }', { sessionId: fixture.past.id });
  assert.equal(none._allTrainingRecordsMeta.count, 0, 'nothing was written');

  // Rows are in family-name order (Learner, Trainee); the summary takes the keyboard to the row.
  await team.getByRole('alert').getByRole('button', { name: 'Row 2' }).click();
  assert.equal(await credits(tara).evaluate((el) => el === document.activeElement), true);
  await credits(tara).fill('3');
  await team.getByRole('button', { name: 'Save attendance' }).click();
  await team.getByText('2 recorded for the first time, 0 corrected, 0 unchanged').waitFor();
  await screenshot(team, 'training-attendance-saved');
  const { allTrainingRecords, CourseSession } = await gql(
    team,
    'query($id: ID!) { CourseSession(id: $id) { status } allTrainingRecords(filter: { sessionId: $id }, sortField: "outcome", sortOrder: "ASC") { personName outcome credits hours certificateRef } }',
    { id: fixture.past.id },
  );
  assert.equal(CourseSession.status, 'COMPLETED');
  assert.deepEqual(
    allTrainingRecords.map((r) => [r.personName, r.outcome, r.credits, r.hours, r.certificateRef]),
    [
      [owen, 'DID_NOT_ATTEND', 0, 0, null],
      [tara, 'PASSED', 3, 3, `OCN-${stamp}-1`],
    ],
  );

  // Opened again, the sheet shows what is recorded; saving a change corrects that row only.
  await team.reload();
  await outcome(tara).waitFor();
  await eventually(async () => (await outcome(tara).inputValue()) === 'PASSED', { message: 'the sheet prefilled' });
  assert.equal(await outcome(owen).inputValue(), 'DID_NOT_ATTEND');
  await team.getByLabel(`Certificate reference for ${tara}`).fill(`OCN-${stamp}-2`);
  await team.getByRole('button', { name: 'Save attendance' }).click();
  await team.getByText('0 recorded for the first time, 1 corrected, 1 unchanged').waitFor();
});

test('the training team sees network training compliance: totals, by region, by organisation (linked) and by course, narrowed by region', async () => {
  await team.goto(`${BASE_URL}/#/`);
  await team.getByRole('menuitem', { name: 'Training compliance' }).click();
  await team.getByRole('heading', { name: 'Training compliance across the network' }).waitFor();
  await team.getByText('Mandatory training in date').waitFor();
  const byCourse = team.getByRole('table', { name: 'Training compliance by course' });
  // The new course is mandatory for coordinators at supported-contact centres, and none holds it yet.
  const courseRow = byCourse.getByRole('row', { name: new RegExp(CODE) });
  await courseRow.waitFor();
  const cells = (await courseRow.locator('td').allInnerTexts()).map((cell) => cell.trim());
  const needing = Number(cells[0].replace(/,/g, ''));
  assert.ok(needing > 0, 'some coordinators need it');
  assert.equal(cells[4], `${needing.toLocaleString('en-GB')} (100%)`, 'nobody has completed it: all not completed');
  assert.equal(cells[5], '0%');
  const byOrganisation = team.getByRole('table', { name: 'Training compliance by organisation' });
  const first = byOrganisation.locator('tbody tr').first().getByRole('link');
  const name = await first.innerText();
  await screenshot(team, 'training-compliance');
  assert.deepEqual(await seriousViolations(team), []);
  await first.click();
  await team.waitForURL(/\/Organisation\/[^/]+\/show$/);
  await team.getByText(name).first().waitFor();

  await team.goBack();
  await choose(team, 'Region', 'London');
  await team.getByRole('heading', { name: 'Training compliance across London' }).waitFor();
  const regions = team.getByRole('table', { name: 'Training compliance by region' }).locator('tbody th');
  await eventually(async () => (await regions.allInnerTexts()).join() === 'London', { message: 'London alone' });
  await screenshot(team, 'training-compliance-london');
});

test("the training team's home: sessions awaiting attendance, upcoming sessions and how full they are, and compliance totals", async () => {
  assert.ok(fixture.course, 'the course of the first test');
  // Taken place, attendance not recorded: the oldest waiting is listed first, so make it the oldest.
  fixture.waiting = await createSession(-100);
  await team.goto(`${BASE_URL}/#/`);
  const awaiting = team.getByRole('region', { name: 'Sessions awaiting attendance' });
  await awaiting.getByRole('table').waitFor();
  const upcoming = team.getByRole('region', { name: 'Upcoming sessions' });
  await upcoming.getByRole('table').waitFor();
  await team.getByRole('region', { name: 'Mandatory training across the network' }).getByText('Mandatory training in date').waitFor();
  await screenshot(team, 'training-home');
  assert.deepEqual(await seriousViolations(team), []);
  const { _allCourseSessionsMeta } = await gql(team, '{ _allCourseSessionsMeta(filter: { upcoming: false, status: SCHEDULED }) { count } }');
  if (_allCourseSessionsMeta.count <= 8) {
    await awaiting.getByRole('link', { name: new RegExp(`^Record attendance for \\w{3} ${shown(ukDay(-100))}`) }).click();
    await team.getByRole('heading', { name: /^Attendance: / }).waitFor();
  } else {
    await awaiting.getByRole('link', { name: `See all ${_allCourseSessionsMeta.count.toLocaleString('en-GB')} sessions awaiting attendance` }).waitFor();
  }
});

test('the sessions list: upcoming and past, with places and status in words; a session is cancelled and reinstated', async () => {
  assert.ok(fixture.upcoming && fixture.past, 'the sessions of the earlier tests');
  await team.goto(`${BASE_URL}/#/CourseSession`);
  await team.getByRole('tab', { name: 'Upcoming', selected: true }).waitFor();
  // While the list loads, react-admin draws a placeholder table with blank headings.
  const headings = ['When (UK time)', 'Course', 'Trainer', 'Where', 'Region', 'Places', 'Status'];
  await eventually(async () => (await team.locator('table thead th').allInnerTexts()).join('|') === headings.join('|'), { message: 'the list and its headings' });
  await team.getByRole('combobox', { name: 'Course' }).fill(CODE);
  await team.getByRole('option', { name: `${TITLE} (${CODE})` }).click();
  await eventually(async () => (await team.locator('table tbody tr').count()) === 1, { message: 'the upcoming session of the course' });
  const upcomingRow = (await team.locator('table tbody tr').innerText()).split('\t').map((cell) => cell.trim());
  assert.deepEqual(upcomingRow.slice(1), [`${TITLE} (${CODE})`, 'Priya Trainer', `Friends Meeting House ${stamp}, Euston`, 'London', '1 of 2 taken (1 left)', 'Scheduled']);
  await screenshot(team, 'training-sessions-upcoming');
  assert.deepEqual(await seriousViolations(team), []);
  await team.getByRole('tab', { name: 'Past' }).click();
  await eventually(async () => (await team.locator('table tbody tr').count()) === 2, { message: 'the two past sessions of the course' });
  const statuses = await team.locator('table tbody tr').evaluateAll((rows) => rows.map((row) => row.lastElementChild.innerText.trim()));
  // The one recorded, and the one that took place a hundred days ago without its attendance.
  assert.deepEqual(statuses.sort(), ['Attendance recorded', 'Attendance to record']);
  await screenshot(team, 'training-sessions-past');

  await team.goto(`${BASE_URL}/#/CourseSession/${encodeURIComponent(fixture.upcoming.id)}/show`);
  await team.getByRole('button', { name: 'Cancel session' }).click();
  await team.getByRole('dialog').getByRole('button', { name: 'Cancel session' }).click();
  await team.getByText('This session is cancelled.').waitFor();
  assert.equal(await team.getByRole('button', { name: 'Enrol people' }).count(), 0, 'nobody is enrolled on a cancelled session');
  await team.getByRole('dialog').waitFor({ state: 'detached' });
  await team.getByRole('button', { name: 'Reinstate session' }).click();
  await team.getByRole('dialog').getByRole('button', { name: 'Reinstate session' }).click();
  await team.getByRole('button', { name: 'Enrol people' }).waitFor();
});

test('head office changes a course (and is not offered the training team’s session work)', async () => {
  assert.ok(fixture.course && fixture.upcoming, 'the course and session of the earlier tests');
  const national = await newPage(browser);
  await signIn(national, 'national@naccc.test');
  await national.goto(`${BASE_URL}/#/Course/${encodeURIComponent(fixture.course.id)}/show`);
  await national.getByRole('link', { name: 'Edit', exact: true }).click();
  await national.getByLabel('Title').fill(`${TITLE} (revised)`);
  await national.getByLabel('Guided learning hours').fill('10.5');
  await screenshot(national, 'training-course-edit-national');
  assert.deepEqual(await seriousViolations(national), []);
  await national.getByRole('button', { name: 'Save' }).click();
  await national.waitForURL(/\/Course\/[^/]+\/show$/);
  await national.getByText(`${TITLE} (revised)`).first().waitFor();
  // The requirement is kept as it was.
  await national.getByText('Coordinators at centres offering supported contact').waitFor();
  await settled(national);
  assert.equal(await national.getByRole('link', { name: 'Schedule a session' }).count(), 0, 'sessions are the training team’s');
  assert.equal(await national.getByRole('button', { name: 'Delete' }).count(), 0, 'courses are retired, never deleted');
  const { Course } = await gql(national, 'query($id: ID!) { Course(id: $id) { title guidedLearningHours requirements { personType serviceType } } }', { id: fixture.course.id });
  assert.deepEqual(Course, { title: `${TITLE} (revised)`, guidedLearningHours: 10.5, requirements: [{ personType: 'COORDINATOR', serviceType: 'SUPPORTED_CONTACT' }] });

  await national.goto(`${BASE_URL}/#/CourseSession/${encodeURIComponent(fixture.upcoming.id)}/show`);
  await national.getByRole('heading', { name: 'Enrolled' }).waitFor();
  await settled(national);
  assert.equal(await national.getByRole('link', { name: 'Edit', exact: true }).count(), 0);
  for (const name of ['Enrol people', 'Cancel session', 'Request places']) assert.equal(await national.getByRole('button', { name }).count(), 0, name);
  await national.getByRole('menuitem', { name: 'Training compliance' }).waitFor();
  await national.context().close();
  // Restore the title the later tests look for.
  await gql(team, 'mutation($id: ID!, $title: String!) { updateCourse(id: $id, title: $title) { id } }', { id: fixture.course.id, title: TITLE });
});

test('read-only roles are not offered what the server would refuse them', async () => {
  assert.ok(fixture.course && fixture.upcoming && fixture.past, 'the records of the earlier tests');
  const coursePath = `${BASE_URL}/#/Course/${encodeURIComponent(fixture.course.id)}/show`;
  const sessionPath = `${BASE_URL}/#/CourseSession/${encodeURIComponent(fixture.upcoming.id)}/show`;
  for (const email of ['assessor@naccc.test', 'coordinator1@naccc.test', 'orgadmin2@naccc.test']) {
    const page = await newPage(browser);
    await signIn(page, email);
    await page.getByRole('menuitem', { name: 'Courses' }).waitFor();
    await page.getByRole('menuitem', { name: 'Sessions' }).waitFor();
    // Members have a "Training compliance" of their own (their people's matrix), never the network's.
    assert.equal(await page.locator('a[href="#/training-compliance"]').count(), 0, `${email}: no network compliance page in the menu`);
    await page.goto(`${BASE_URL}/#/Course`);
    await page.locator('table tbody tr').first().waitFor();
    await settled(page);
    assert.equal(await page.getByRole('link', { name: 'Add course' }).count(), 0, `${email}: Add course`);
    await page.goto(coursePath);
    await page.getByRole('heading', { name: 'Who must hold it' }).waitFor();
    await settled(page);
    for (const name of ['Edit', 'Schedule a session']) assert.equal(await page.getByRole('link', { name, exact: true }).count(), 0, `${email}: ${name}`);

    await page.goto(sessionPath);
    await page.getByRole('heading', { name: 'Enrolled' }).waitFor();
    await settled(page);
    assert.equal(await page.getByRole('link', { name: 'Edit', exact: true }).count(), 0, `${email}: Edit`);
    for (const name of ['Enrol people', 'Cancel session']) assert.equal(await page.getByRole('button', { name }).count(), 0, `${email}: ${name}`);
    // Places are requested by an organisation's administrators and coordinators; assessors only look.
    assert.equal(await page.getByRole('button', { name: 'Request places' }).count(), email.startsWith('assessor') ? 0 : 1, `${email}: Request places`);
    // Tara is orgadmin1's: a coordinator of her centre sees her place; another organisation does not.
    if (!email.startsWith('assessor')) assert.equal(await page.getByText(`Tara Trainee-${stamp}`).count(), email.startsWith('coordinator1') ? 1 : 0, `${email}: who is listed`);
    await screenshot(page, `training-session-${email.split('@')[0]}`);

    for (const path of [`CourseSession/${encodeURIComponent(fixture.past.id)}/attendance`, 'training-compliance', `Course/${encodeURIComponent(fixture.course.id)}`, 'CourseSession/create']) {
      await page.goto(`${BASE_URL}/#/${path}`);
      await page.getByText('does not give access to this page').first().waitFor();
      assert.equal(await page.getByRole('button', { name: /^Save/ }).count(), 0, `${email}: ${path}`);
    }
    await page.context().close();
  }
});

test('the training pages send only persisted documents (a server with the safelist on, as in production)', { skip: !process.env.E2E_SAFELIST_URL && 'E2E_SAFELIST_URL is not set' }, async () => {
  assert.ok(fixture.course && fixture.upcoming && fixture.past, 'the records of the earlier tests');
  const url = process.env.E2E_SAFELIST_URL;
  const page = await newPage(browser);
  const refused = [];
  recordRefusedDocuments(page, refused);
  await page.goto(`${url}/#/login`);
  await page.getByLabel('Email address').fill('training@naccc.test');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('region', { name: 'Mandatory training across the network' }).getByText('Mandatory training in date').waitFor();
  await page.goto(`${url}/#/Course`);
  await page.locator('table tbody tr').first().waitFor();
  await page.goto(`${url}/#/Course/${encodeURIComponent(fixture.course.id)}/show`);
  await page.getByText('Coordinators at centres offering supported contact').waitFor();
  await page.goto(`${url}/#/Course/${encodeURIComponent(fixture.course.id)}`);
  await page.getByRole('textbox', { name: 'Title' }).fill(`${TITLE} (safelist)`);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/show$/);
  await page.goto(`${url}/#/CourseSession`);
  await page.locator('table tbody tr').first().waitFor();
  await page.goto(`${url}/#/CourseSession/${encodeURIComponent(fixture.upcoming.id)}/show`);
  await page.getByRole('button', { name: 'Enrol people' }).click();
  await page.getByRole('dialog').getByLabel('People to enrol').fill(`Learner-${stamp}`);
  await page.getByRole('option', { name: new RegExp(`Owen Learner-${stamp}`) }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Enrol 1 person' }).click();
  await page.getByText('1 person enrolled').waitFor();
  await page.getByRole('button', { name: `Remove Owen Learner-${stamp}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await page.getByText('no longer has a place').waitFor();
  await page.goto(`${url}/#/CourseSession/${encodeURIComponent(fixture.past.id)}/attendance`);
  await page.getByLabel(`Outcome for Tara Trainee-${stamp}`).waitFor();
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await page.getByText('0 recorded for the first time, 0 corrected, 2 unchanged').waitFor();
  await page.goto(`${url}/#/training-compliance`);
  await page.getByRole('table', { name: 'Training compliance by course' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(refused, []);
  await page.context().close();
});
