import type { RequiredEntityData } from '@mikro-orm/core';
import { ServiceType } from '../../modules/centre/centre.enums';
import { PersonType } from '../../modules/person/person.enums';
import { Course, CourseRequirement } from '../../modules/training/course.entity';
import { CourseDelivery, OcnLevel } from '../../modules/training/training.enums';
import type { SeedContext } from '../seed-context';
import { londonInstant, type Day } from '../seed-dates';

/** Who must hold a course: a person of this type (null: anyone) at a centre offering this service (null: anywhere). */
export type Requirement = { personType: PersonType | null; serviceType: ServiceType | null };

/**
 * How the training team runs a course: on how many consecutive weekdays (one-day courses for
 * volunteers also on Saturdays), from and to what London time (minutes after midnight), and how
 * many places a session offers, and whether it runs in every region (the core courses) or at a few
 * regional hubs. The session's length always covers the guided learning hours, so a cohort recorded
 * with the course's hours is one recordCohortAttendance would accept.
 */
export type SessionShape = { days: number; from: number; to: number; places: readonly [number, number]; saturdays?: boolean; everyRegion?: boolean };

export type CatalogueCourse = {
  code: string;
  title: string;
  description: string;
  ocnLevel: OcnLevel;
  creditValue: number;
  guidedLearningHours: number;
  delivery: CourseDelivery;
  validityMonths: number | null;
  active: boolean;
  /** Exactly the rows of course_requirement; none: the course is optional. */
  requirements: readonly Requirement[];
  sessions: SessionShape;
};

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const anyone = (serviceType: ServiceType | null = null): Requirement => ({ personType: null, serviceType });
const every = (personType: PersonType): Requirement => ({ personType, serviceType: null });

/** NACCC's OCN-accredited catalogue, as the shared brief of issue 14 lists it; every helper and test uses these codes. */
export const TRAINING_CATALOGUE: readonly CatalogueCourse[] = [
  {
    code: 'SAF-1',
    title: 'Safeguarding children and young people',
    description:
      "Recognising the signs of abuse and neglect, responding when a child or parent discloses something, and recording and passing on a concern under the centre's safeguarding policy. Required of everyone in the network and refreshed every three years.",
    ocnLevel: OcnLevel.LEVEL_2,
    creditValue: 3,
    guidedLearningHours: 9,
    delivery: CourseDelivery.IN_PERSON,
    validityMonths: 36,
    active: true,
    requirements: [anyone()],
    sessions: { days: 2, from: h(9, 30), to: h(14), places: [20, 28], everyRegion: true },
  },
  {
    code: 'CVT-1',
    title: 'Core volunteer training',
    description:
      "The foundation course for supported contact: what a child contact centre is for, confidentiality and boundaries, welcoming families and keeping to the centre's rules. Pre-course reading online, then two days together.",
    ocnLevel: OcnLevel.LEVEL_1,
    creditValue: 3,
    guidedLearningHours: 12,
    delivery: CourseDelivery.BLENDED,
    validityMonths: 36,
    active: true,
    requirements: [anyone(ServiceType.SUPPORTED_CONTACT)],
    sessions: { days: 2, from: h(9, 30), to: h(16), places: [24, 32], everyRegion: true },
  },
  {
    code: 'SCP-3',
    title: 'Supervised contact practice',
    description:
      "Supervising contact where a child needs constant attention to stay safe: planning each session, keeping to the terms set by the court or children's services, and stepping in or stopping contact when it becomes unsafe.",
    ocnLevel: OcnLevel.LEVEL_3,
    creditValue: 6,
    guidedLearningHours: 30,
    delivery: CourseDelivery.IN_PERSON,
    validityMonths: null,
    active: true,
    requirements: [anyone(ServiceType.SUPERVISED_CONTACT), anyone(ServiceType.SUPERVISED_ASSESSMENT)],
    sessions: { days: 5, from: h(9, 30), to: h(16), places: [12, 16] },
  },
  {
    code: 'OBS-3',
    title: 'Observation and report writing',
    description:
      'Writing factual, balanced observation notes and reports of supervised contact that courts and Cafcass can rely on, keeping what was seen and heard apart from opinion.',
    ocnLevel: OcnLevel.LEVEL_3,
    creditValue: 4,
    guidedLearningHours: 18,
    delivery: CourseDelivery.BLENDED,
    validityMonths: null,
    active: true,
    requirements: [anyone(ServiceType.SUPERVISED_ASSESSMENT)],
    sessions: { days: 3, from: h(9, 30), to: h(16), places: [12, 16] },
  },
  {
    code: 'DPE-E',
    title: 'Data protection essentials',
    description:
      "Handling families' personal information lawfully under UK GDPR: what to record, how long to keep it, sharing with referrers and courts, and what to do about a data breach.",
    ocnLevel: OcnLevel.ENTRY,
    creditValue: 1,
    guidedLearningHours: 3,
    delivery: CourseDelivery.ONLINE,
    validityMonths: 24,
    active: true,
    requirements: [every(PersonType.COORDINATOR), every(PersonType.STAFF)],
    sessions: { days: 1, from: h(10), to: h(13), places: [50, 80] },
  },
  {
    code: 'CRD-3',
    title: 'Coordinating a child contact centre',
    description:
      "Running a centre from day to day: referrals and pre-visits, risk assessment, rotas, working with solicitors, Cafcass and children's services, and meeting the National Standards at accreditation.",
    ocnLevel: OcnLevel.LEVEL_3,
    creditValue: 6,
    guidedLearningHours: 24,
    delivery: CourseDelivery.BLENDED,
    validityMonths: null,
    active: true,
    requirements: [every(PersonType.COORDINATOR)],
    sessions: { days: 3, from: h(9, 30), to: h(16, 30), places: [10, 16] },
  },
  {
    code: 'TRU-E',
    title: 'Trustee essentials',
    description:
      "A trustee's legal duties and the board's responsibility for safeguarding, finances and the centre's accreditation, for members of a member organisation's governing body. Held in the evening.",
    ocnLevel: OcnLevel.ENTRY,
    creditValue: 1,
    guidedLearningHours: 3,
    delivery: CourseDelivery.ONLINE,
    validityMonths: null,
    active: true,
    requirements: [every(PersonType.TRUSTEE)],
    sessions: { days: 1, from: h(18, 30), to: h(21, 30), places: [30, 50] },
  },
  {
    code: 'DAA-2',
    title: 'Domestic abuse awareness',
    description:
      'Coercive control and the effects of domestic abuse on children, and keeping separated parents apart safely when they arrive and leave.',
    ocnLevel: OcnLevel.LEVEL_2,
    creditValue: 2,
    guidedLearningHours: 8,
    delivery: CourseDelivery.ONLINE,
    validityMonths: 36,
    active: true,
    requirements: [],
    sessions: { days: 1, from: h(9, 30), to: h(17, 30), places: [50, 80] },
  },
  {
    code: 'EDI-1',
    title: 'Equality, diversity and inclusion',
    description: 'Making the centre welcoming to families of every background, faith and ability, and what the Equality Act 2010 asks of it.',
    ocnLevel: OcnLevel.LEVEL_1,
    creditValue: 2,
    guidedLearningHours: 6,
    delivery: CourseDelivery.ONLINE,
    validityMonths: null,
    active: true,
    requirements: [],
    sessions: { days: 1, from: h(9, 30), to: h(15, 30), places: [50, 80] },
  },
  {
    code: 'PFA-E',
    title: 'Paediatric first aid',
    description: 'Emergency first aid for babies and children (choking, resuscitation, bleeding, burns and allergic reactions), with a practical assessment.',
    ocnLevel: OcnLevel.ENTRY,
    creditValue: 1,
    guidedLearningHours: 6,
    delivery: CourseDelivery.IN_PERSON,
    validityMonths: 36,
    active: true,
    requirements: [],
    sessions: { days: 1, from: h(9, 30), to: h(16), places: [12, 16], saturdays: true },
  },
  {
    code: 'HEC-1',
    title: 'Handovers and escorted contact',
    description: 'Handing a child over between parents who should not meet, and escorting a child to and from contact in the community.',
    ocnLevel: OcnLevel.LEVEL_1,
    creditValue: 2,
    guidedLearningHours: 6,
    delivery: CourseDelivery.IN_PERSON,
    validityMonths: null,
    active: true,
    requirements: [],
    sessions: { days: 1, from: h(9, 30), to: h(16), places: [14, 20], saturdays: true },
  },
  {
    code: 'LSW-2',
    title: 'Life-story work with children',
    description:
      'Helping a child who lives apart from a parent make sense of their history through life-story books and memory work. Retired from the catalogue: kept for the records of those who took it.',
    ocnLevel: OcnLevel.LEVEL_2,
    creditValue: 3,
    guidedLearningHours: 12,
    delivery: CourseDelivery.BLENDED,
    validityMonths: null,
    active: false,
    requirements: [],
    sessions: { days: 2, from: h(9, 30), to: h(16), places: [12, 16] },
  },
];

export type SeededCourse = CatalogueCourse & { id: string };

/**
 * The catalogue and its requirement rows, entered when the training team started keeping
 * sessions on the platform (`enteredOn`); the retired course was retired on `retiredOn`.
 */
export async function seedCatalogue(ctx: SeedContext, enteredOn: Day, retiredOn: Day): Promise<SeededCourse[]> {
  const { faker, em } = ctx;
  const courses = TRAINING_CATALOGUE.map((course) => ({ ...course, id: faker.string.uuid() }));
  const courseRows: RequiredEntityData<Course>[] = [];
  const requirementRows: RequiredEntityData<CourseRequirement>[] = [];
  courses.forEach((course, i) => {
    const createdAt = londonInstant(enteredOn, 600 + i * 7);
    courseRows.push({
      id: course.id,
      code: course.code,
      title: course.title,
      description: course.description,
      ocnLevel: course.ocnLevel,
      creditValue: course.creditValue,
      guidedLearningHours: course.guidedLearningHours,
      delivery: course.delivery,
      validityMonths: course.validityMonths,
      active: course.active,
      createdAt,
      updatedAt: course.active ? createdAt : londonInstant(retiredOn, 640),
    });
    for (const requirement of course.requirements) {
      requirementRows.push({ id: faker.string.uuid(), course: course.id, personType: requirement.personType, serviceType: requirement.serviceType, createdAt });
    }
  });
  await em.insertMany(Course, courseRows);
  await em.insertMany(CourseRequirement, requirementRows);
  return courses;
}

/** The active courses a person must hold, as app.mandatory_training decides (its requirement rows, their type and their centres' services). */
export function mandatoryCourses(courses: readonly SeededCourse[], personType: PersonType, serviceTypes: readonly string[]): SeededCourse[] {
  return courses.filter(
    (course) =>
      course.active &&
      course.requirements.some((r) => (r.personType === null || r.personType === personType) && (r.serviceType === null || serviceTypes.includes(r.serviceType))),
  );
}
