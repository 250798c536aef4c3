import { graphql } from '../../gql';
import type { ConsoleCourseFragment, ConsoleCourseSessionFragment } from '../../gql/graphql';

/**
 * A course and a session as the data provider returns them (every field; a session's course as
 * its id), typed from the schema by these fragments, which are never sent: `pnpm codegen` reads
 * them for the types.
 */
graphql(`
  fragment ConsoleCourse on Course {
    id
    code
    title
    description
    ocnLevel
    creditValue
    guidedLearningHours
    delivery
    validityMonths
    active
    mandatory
    requirements {
      id
      personType
      serviceType
    }
    createdAt
    updatedAt
    version
  }
`);

graphql(`
  fragment ConsoleCourseSession on CourseSession {
    id
    courseId
    startsAt
    endsAt
    trainer
    venue
    onlineLink
    region
    capacity
    placesTaken
    placesLeft
    status
    enrolments {
      id
      personId
      personName
      organisationId
      organisationName
      status
      createdAt
    }
    createdAt
    updatedAt
    version
  }
`);

export type Course = ConsoleCourseFragment;
export type CourseRequirement = Course['requirements'][number];
export type CourseSession = ConsoleCourseSessionFragment;
export type SessionEnrolment = CourseSession['enrolments'][number];
