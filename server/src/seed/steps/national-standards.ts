import { createHash } from 'node:crypto';
import type { RequiredEntityData } from '@mikro-orm/core';
import { Standard, StandardArea, StandardSet } from '../../modules/standards/standard-set.entity';
import { StandardSetKind, StandardSetStatus } from '../../modules/standards/standards.enums';
import type { SeedContext } from '../seed-context';
import { dayOf, londonInstant } from '../seed-dates';

const { SUPPORTED_CENTRES: SUPPORTED, SUPERVISED_CENTRES: CENTRES, SUPERVISED_SERVICES: SERVICES } = StandardSetKind;
const SUPERVISED = [CENTRES, SERVICES] as const;

/** A standard of the seed's text: for every kind unless `only` names some; `was` is its wording in 2019 (supported centres). */
type SeedStandard = { title: string; guidance: string; only?: readonly StandardSetKind[]; was?: { title: string; guidance: string } | 'absent'; };
type SeedArea = { title: string; standards: readonly SeedStandard[] };

/**
 * The National Standards of the synthetic network, written for this project (not NACCC's text):
 * one list of areas, each standard for every kind of set or only some, so the three sets share
 * what is common and differ where supervised contact asks more (observation, reports, staff who
 * are qualified) and where a service has no venue of its own. Supported centres also have an
 * older version (2019), a few standards different, so the versions are real.
 */
export const NATIONAL_STANDARDS: readonly SeedArea[] = [
  {
    title: 'Service management',
    standards: [
      { title: 'The service has a written statement of purpose', guidance: 'The statement says who the service is for, what kinds of contact it offers and what it does not, and is reviewed by the management committee every year.' },
      { title: 'A named management committee or board is responsible for the service', guidance: 'Members know their responsibilities, meet at least three times a year and keep minutes of their decisions.' },
      { title: 'A coordinator is appointed and available whenever contact takes place', guidance: 'The coordinator, or a named deputy, is on site or on call for every session and has the authority to stop contact.' },
      { title: 'Referrals are accepted only through the routes the service has agreed', guidance: 'The referral form records who referred the family, the contact ordered or agreed, and any known risks, before a first visit is booked.' },
      { title: 'Each family has a pre-contact visit before contact starts', guidance: 'Both parents, separately, and where appropriate the child, see the premises and hear the ground rules before the first session.', was: { title: 'Families are offered a pre-contact visit', guidance: 'Parents are invited to see the centre before contact begins.' } },
      { title: 'The service reviews its work with families and referrers each year', guidance: 'Feedback is collected in a form children can use too, and the committee records what it changed as a result.', was: 'absent' },
    ],
  },
  {
    title: 'Staffing',
    standards: [
      { title: 'There are enough trained people at every session for the families booked', guidance: 'The rota shows the ratio of staff or volunteers to families for each session, and a session does not open below it.' },
      { title: 'Every session has a named person in charge', guidance: 'Everyone on duty knows who is in charge that day and how to reach the coordinator.', only: [SUPPORTED] },
      { title: 'Supervised contact is carried out by paid, qualified staff', guidance: "Supervisors hold a relevant qualification or NACCC's level 3 award and are employed or contracted by the service.", only: SUPERVISED },
      { title: 'A child is kept within sight and sound of a supervisor throughout supervised contact', guidance: 'The supervisor can see and hear the child for the whole session and stays close enough to step in at once.', only: SUPERVISED },
      { title: 'Volunteers have a role description and a named supervisor', guidance: 'Each volunteer signs a volunteer agreement and meets their supervisor at least once a year to review their role.', only: [SUPPORTED] },
      { title: 'Staff and volunteers receive regular supervision and support', guidance: 'Supervision is recorded, and anyone affected by a difficult session is offered a debrief the same day.' },
    ],
  },
  {
    title: 'Training',
    standards: [
      { title: 'Everyone completes induction before working with families', guidance: 'Induction covers the ground rules, confidentiality, fire and first-aid arrangements and how to raise a concern, and is signed off by the coordinator.' },
      { title: "Everyone completes NACCC's safeguarding training and refreshes it every three years", guidance: 'The training record shows a current completion for each person on the rota.' },
      { title: "Volunteers complete NACCC's core volunteer training", guidance: 'New volunteers complete it within six months of starting and before they lead a session.', only: [SUPPORTED] },
      { title: 'Supervisors complete training in supervised contact practice', guidance: 'Supervisors hold the level 3 award in supervised contact, or a qualification the service has shown to be equivalent.', only: SUPERVISED },
      { title: 'Report writers are trained in observation and report writing', guidance: 'Anyone who writes a report for a court or local authority has completed training in factual, balanced recording.', only: SUPERVISED },
      { title: 'Training is recorded and reviewed each year', guidance: 'The coordinator keeps a training record for everyone and plans refreshers before they fall due.' },
    ],
  },
  {
    title: 'HR and recruitment',
    standards: [
      { title: 'People are recruited safely, following a written procedure', guidance: 'The procedure covers an application form, an interview, identity checks and two references, one from a recent employer where there is one.' },
      { title: 'Everyone working with children has an enhanced DBS check with a check of the children\'s barred list', guidance: 'The check is at the right level for the role, a decision is recorded before the person starts, and nobody works unsupervised while a check is pending.', was: { title: 'Everyone working with children has an enhanced DBS check', guidance: 'A DBS check is obtained before the person starts.' } },
      { title: 'DBS checks are renewed every three years or kept current through the Update Service', guidance: 'A status check is recorded at least every year for anyone on the Update Service, and a new check is made when it reports new information.' },
      { title: 'Only the information needed is kept about a DBS check', guidance: 'The service records the level, certificate number, issue date and decision, never a copy of the certificate, and removes the number once the decision is six months old.', was: 'absent' },
      { title: 'Paid staff have written contracts and job descriptions', guidance: 'Contracts set out hours, pay, notice and the disciplinary and grievance procedures.', only: SUPERVISED },
      { title: 'There is a procedure for handling allegations against staff or volunteers', guidance: 'The procedure names who to contact at the local authority and how the person is kept away from families while the allegation is looked into.' },
    ],
  },
  {
    title: 'Operating procedures',
    standards: [
      { title: 'Arrivals and departures are planned so parents need not meet', guidance: 'Arrival and leaving times are staggered where needed, with separate entrances or waiting areas when a parent has asked for them.' },
      { title: 'Ground rules are explained to every family and displayed', guidance: 'The rules cover who may attend, gifts, photographs, phones and what happens if they are broken.' },
      { title: 'The service keeps an attendance record for every session', guidance: 'The record shows who attended, when they arrived and left, and anything that happened that the referrer must be told.' },
      { title: 'Observations are recorded during supervised contact and reports written to an agreed format', guidance: 'Notes are factual and dated, written up within two working days, and shared as agreed at referral.', only: SUPERVISED },
      { title: 'Contact is stopped when a child is at risk, and the reasons recorded', guidance: 'Staff know when and how to stop a session and the coordinator informs the referrer the same day.' },
      { title: 'Virtual contact follows the same ground rules as contact in person', guidance: 'Calls are arranged through the service, a staff member or volunteer is present, and nothing is recorded without the agreement of both parents.', was: 'absent' },
      { title: 'Community venues are risk assessed before each new placement', guidance: 'Parks, cafés and other public places are checked for exits, crowds and privacy before they are used, and the assessment is reviewed if anything changes.', only: [SERVICES] },
      { title: 'Staff travelling with a child follow a lone working and transport procedure', guidance: 'The procedure covers vehicles, insurance, car seats and how staff keep in touch with the office during contact away from a venue.', only: [SERVICES] },
    ],
  },
  {
    title: 'Policies: safeguarding, equality and diversity, data protection',
    standards: [
      { title: 'A safeguarding policy is in place and reviewed every year', guidance: "The policy follows the local safeguarding partnership's procedures and names a designated safeguarding lead and a deputy." },
      { title: 'Everyone knows how to recognise and report a safeguarding concern', guidance: 'Concerns are recorded on the day, passed to the designated lead and, where required, referred to children\'s services or the police without delay.' },
      { title: 'An equality and diversity policy guides how families are welcomed', guidance: 'The service makes reasonable adjustments for disabled people, offers interpreters where needed and monitors who uses it.' },
      { title: 'Personal information is handled under a data protection policy', guidance: 'The policy sets out what is kept, for how long, who may see it and how families can ask for their records, in line with UK GDPR.', was: { title: 'Records about families are kept confidential', guidance: 'Files are locked away and shared only with the referrer.' } },
      { title: 'A complaints procedure is available to families and referrers', guidance: 'Complaints are acknowledged within five working days, answered in writing and reviewed by the committee.' },
      { title: 'A confidentiality policy explains when information must be shared', guidance: 'Families are told at the pre-contact visit that a safeguarding concern will always be passed on.', only: [SUPPORTED] },
    ],
  },
  {
    title: 'Health and safety',
    standards: [
      { title: 'The premises are risk assessed and the assessment reviewed every year', guidance: 'The assessment covers every room families use, outdoor space, toys and equipment, and records the actions taken.', only: [SUPPORTED, CENTRES] },
      { title: 'Fire safety arrangements are in place and practised', guidance: 'Exits are clear, equipment is serviced, and a fire drill or walk-through is held with the team at least twice a year.', only: [SUPPORTED, CENTRES] },
      { title: 'A trained first aider and a stocked first-aid kit are available at every session', guidance: 'The rota names the first aider on duty and accidents are recorded in an accident book.' },
      { title: 'Toys and equipment are safe, clean and suitable for the ages of the children', guidance: 'Equipment is checked before each session and anything broken is removed at once.', only: [SUPPORTED, CENTRES] },
      { title: 'Each placement has a written risk assessment that is reviewed as contact goes on', guidance: 'The assessment covers the child, each adult and the place of contact, and is reviewed after any incident.', only: [SERVICES] },
    ],
  },
  {
    title: 'Finances',
    standards: [
      { title: 'The service has a budget approved by its management committee', guidance: 'The committee sees income and spending against the budget at least every quarter.' },
      { title: 'Accounts are kept and independently examined or audited each year', guidance: "Annual accounts are approved by the committee and filed where the law requires, e.g. with the Charity Commission." },
      { title: 'Fees are published and explained to families before contact begins', guidance: 'Families and referrers know in advance what contact and any reports cost, and who pays.', was: 'absent' },
      { title: 'The service holds the insurance it needs', guidance: 'Public liability, employer\'s liability where there are staff, and professional indemnity where reports are written, each renewed before it lapses.' },
    ],
  },
];

/** The versions seeded: the current one of each kind, and supported centres' previous one. */
const VERSIONS: ReadonlyArray<{ kind: StandardSetKind; label: string; effectiveOn: string; publishedOn: string; in2019?: boolean }> = [
  { kind: SUPPORTED, label: '2019', effectiveOn: '2019-04-01', publishedOn: '2019-02-04', in2019: true },
  { kind: SUPPORTED, label: '2024', effectiveOn: '2024-04-01', publishedOn: '2024-02-05' },
  { kind: CENTRES, label: '2024', effectiveOn: '2024-04-01', publishedOn: '2024-02-05' },
  { kind: SERVICES, label: '2024', effectiveOn: '2024-04-01', publishedOn: '2024-02-05' },
];

export type StandardsSummary = { standardSets: number; standards: number };

/** A stable id from a name (not the shared generator: the steps after this one draw the same values with or without it). */
function seedId(name: string): string {
  const hex = createHash('md5').update(`naccc-standards:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The content of one version: the areas that have standards for its kind, numbered in order. */
export function contentOf(kind: StandardSetKind, in2019 = false): Array<{ title: string; standards: Array<{ title: string; guidance: string }> }> {
  return NATIONAL_STANDARDS.map((area) => ({
    title: area.title,
    standards: area.standards
      .filter((s) => (!s.only || s.only.includes(kind)) && !(in2019 && s.was === 'absent'))
      .map((s) => (in2019 && s.was && s.was !== 'absent' ? s.was : { title: s.title, guidance: s.guidance })),
  })).filter((area) => area.standards.length > 0);
}

/**
 * The sets, as head office would have made them: each inserted as a draft with its content, then
 * published in date order, supported centres' 2019 version retired when its 2024 one was published
 * (the database allows nothing else). Deterministic: fixed ids and dates, no draw on the shared
 * generator; `pnpm seed --reset` truncates the tables first.
 */
export async function seedStandards(ctx: SeedContext): Promise<StandardsSummary> {
  const { em } = ctx;
  const setRows: RequiredEntityData<StandardSet>[] = [];
  const areaRows: RequiredEntityData<StandardArea>[] = [];
  const standardRows: RequiredEntityData<Standard>[] = [];
  for (const version of VERSIONS) {
    const setId = seedId(`${version.kind}/${version.label}`);
    const createdAt = londonInstant(dayOf(version.publishedOn) - 28, 600);
    setRows.push({ id: setId, kind: version.kind, versionLabel: version.label, effectiveOn: version.effectiveOn, status: StandardSetStatus.DRAFT, createdAt, updatedAt: createdAt });
    contentOf(version.kind, version.in2019).forEach((area, i) => {
      const areaId = seedId(`${version.kind}/${version.label}/${i + 1}`);
      areaRows.push({ id: areaId, set: setId, position: i + 1, number: String(i + 1), title: area.title, createdAt });
      area.standards.forEach((standard, j) => {
        const code = `${i + 1}.${j + 1}`;
        standardRows.push({ id: seedId(`${version.kind}/${version.label}/${code}`), set: setId, area: areaId, position: j + 1, code, title: standard.title, guidance: standard.guidance, createdAt });
      });
    });
  }
  await em.insertMany(StandardSet, setRows);
  await em.insertMany(StandardArea, areaRows);
  await em.insertMany(Standard, standardRows);
  // Published in date order; a kind's previous version is retired first (one published per kind).
  for (const version of VERSIONS) {
    const id = seedId(`${version.kind}/${version.label}`);
    const publishedAt = londonInstant(dayOf(version.publishedOn), 600);
    await em.execute(`update standard_set set status = 'RETIRED', updated_at = ?, version = version + 1 where kind = ? and status = 'PUBLISHED'`, [publishedAt, version.kind]);
    await em.execute(`update standard_set set status = 'PUBLISHED', published_at = ?, updated_at = ?, version = version + 1 where id = ?`, [publishedAt, publishedAt, id]);
  }
  return { standardSets: setRows.length, standards: standardRows.length };
}
