import { plainRows } from '../../common/listing';
import type { ServerModule } from '../../server-module';
import { demoScopes } from '../../seed/steps/demo-accounts';
import { seedTraining } from '../../seed/steps/training';
import { ComplianceResolver } from './compliance.resolver';
import { Course, CourseRequirement } from './course.entity';
import { CourseResolver } from './course.resolver';
import { CourseSession, SessionEnrolment } from './course-session.entity';
import { CourseSessionResolver } from './course-session.resolver';
import { PersonTrainingResolver } from './person-training';
import { TrainingRecord } from './training-record.entity';
import { TrainingRecordResolver } from './training-record.resolver';

/**
 * Training: NACCC's OCN course catalogue and who must hold each course, the training team's
 * sessions and enrolments, cohort attendance, everyone's training records, and compliance (the
 * mandatory training each person needs, which also decides whether they can be rostered).
 */
export const trainingModule: ServerModule = {
  name: 'training',
  entities: [Course, CourseRequirement, CourseSession, SessionEnrolment, TrainingRecord],
  resolvers: [CourseResolver, CourseSessionResolver, TrainingRecordResolver, ComplianceResolver, PersonTrainingResolver],
  tenantTables: {
    training_record: {
      crossTenant: { resource: 'TrainingRecord' },
      organisationExport: { key: 'trainingRecords' },
      retention: { erased: 'with the person (the foreign key cascades when the retention job erases them)' },
    },
    session_enrolment: {
      crossTenant: { resource: 'SessionEnrolment' },
      organisationExport: { key: 'sessionEnrolments' },
      retention: { erased: 'with the person (the foreign key cascades when the retention job erases them)' },
    },
  },
  auditedTables: {
    course: {
      entityType: 'Course',
      kept: ['id', 'created_at', 'code', 'title', 'description', 'ocn_level', 'credit_value', 'guided_learning_hours', 'delivery', 'validity_months', 'active'],
      redacted: [],
      ignored: ['updated_at', 'version'],
    },
    course_requirement: {
      entityType: 'CourseRequirement',
      kept: ['id', 'created_at', 'course_id', 'person_type', 'service_type'],
      redacted: [],
      ignored: [],
    },
    course_session: {
      entityType: 'CourseSession',
      kept: ['id', 'created_at', 'course_id', 'starts_at', 'ends_at', 'trainer', 'venue', 'online_link', 'region', 'capacity', 'status'],
      redacted: [],
      ignored: ['updated_at', 'version'],
    },
    // About people: which session and organisation only, never who or how they did.
    session_enrolment: {
      entityType: 'SessionEnrolment',
      kept: ['id', 'created_at', 'session_id', 'organisation_id'],
      redacted: ['person_id', 'status'],
      ignored: ['updated_at', 'version'],
    },
    training_record: {
      entityType: 'TrainingRecord',
      kept: ['id', 'created_at', 'organisation_id', 'source', 'course_id', 'session_id'],
      redacted: ['person_id', 'external_course', 'external_provider', 'completed_on', 'outcome', 'credits', 'hours', 'certificate_ref', 'recorded_by_user_id'],
      ignored: ['updated_at', 'version'],
    },
  },
  organisationExport: [
    {
      key: 'trainingRecords',
      // Training is not safeguarding data: head office's copy holds the records too.
      read: (ctx, organisationId) => plainRows(ctx.em, TrainingRecord, { organisation: organisationId }, { completedOn: 'asc', id: 'asc' }),
    },
    {
      key: 'sessionEnrolments',
      read: (ctx, organisationId) => plainRows(ctx.em, SessionEnrolment, { organisation: organisationId }, { createdAt: 'asc', id: 'asc' }),
    },
  ],
  seed: [
    {
      name: 'training: the catalogue, sessions, enrolments and records',
      run: async (ctx, network) => {
        network.training = await seedTraining(ctx, network.organisations, demoScopes(network.organisations, network.centres));
      },
    },
  ],
};
