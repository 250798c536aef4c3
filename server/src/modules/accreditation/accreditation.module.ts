import type { ServerModule } from '../../server-module';
import { scheduleNightly } from '../../common/nightly';
import { Accreditation, AccreditationTransition } from './accreditation.entity';
import { runAccreditationJob } from './accreditation.job';
import { AccreditationResolver, AccreditationTransitionResolver, CentreAccreditationResolver } from './accreditation.resolver';
import { ActionPlanItem, Assessment, Finding } from './assessment.entity';
import { AccreditationAssessmentsResolver, ActionPlanItemResolver, AssessmentResolver, FindingResolver } from './assessment.resolver';
import { seedAccreditation } from './accreditation.seed';
import { plainRows } from '../../common/listing';

/**
 * Accreditation: each centre's Accreditation (supported contact) and Enhanced Accreditation
 * (supervised) as a state machine with its history, the nightly job that takes the steps dates
 * take, and whether the public may see a centre (computed from consent and accreditation).
 */
export const accreditationModule: ServerModule = {
  name: 'accreditation',
  entities: [Accreditation, AccreditationTransition, Assessment, Finding, ActionPlanItem],
  resolvers: [AccreditationResolver, AccreditationTransitionResolver, CentreAccreditationResolver, AssessmentResolver, FindingResolver, ActionPlanItemResolver, AccreditationAssessmentsResolver],
  tenantTables: {
    accreditation: {
      crossTenant: { resource: 'Accreditation' },
      organisationExport: { key: 'accreditations' },
      retention: { kept: "a centre's accreditation is the network's record of its standing, not personal data; it goes with the centre" },
    },
    accreditation_transition: {
      crossTenant: { notWalked: "read only as an accreditation's history, which the Accreditation walk reads" },
      organisationExport: { key: 'accreditationHistory' },
      retention: { kept: 'the history of an accreditation is kept with it (who decided is a user, whose name goes with their account)' },
    },
    assessment: {
      crossTenant: { resource: 'Assessment' },
      organisationExport: { key: 'assessments' },
      retention: { kept: "a centre's assessments are the evidence behind its accreditation; they go with the centre" },
    },
    finding: {
      crossTenant: { notWalked: "read only as an assessment's findings, which the Assessment walk reads" },
      organisationExport: { key: 'findings' },
      retention: { kept: 'with its assessment' },
    },
    accreditation_action: {
      crossTenant: { resource: 'ActionPlanItem' },
      organisationExport: { key: 'actionPlans' },
      retention: { kept: 'with its assessment' },
    },
  },
  auditedTables: {
    accreditation: {
      entityType: 'Accreditation',
      kept: ['id', 'created_at', 'centre_id', 'organisation_id', 'kind', 'state', 'candidate_since', 'awarded_on', 'expires_on', 'state_changed_on'],
      redacted: [],
      ignored: ['updated_at', 'version'],
    },
    // The reason is free text and may name people: the trail notes a reason was given, the history keeps it.
    accreditation_transition: {
      entityType: 'AccreditationTransition',
      kept: ['id', 'created_at', 'accreditation_id', 'centre_id', 'organisation_id', 'action', 'from_state', 'to_state', 'actor_user_id', 'occurred_at', 'on_date'],
      redacted: ['reason'],
      ignored: [],
    },
    // Free text (the report, the decision's reason, notes, evidence) may name people: the trail notes a change, the records keep the words.
    assessment: {
      entityType: 'Assessment',
      kept: ['id', 'created_at', 'accreditation_id', 'centre_id', 'organisation_id', 'standard_set_id', 'assessor_user_id', 'visit_date', 'status', 'submitted_at', 'decision', 'decided_at', 'decided_by_user_id'],
      redacted: ['report_summary', 'decision_reason'],
      ignored: ['updated_at', 'version'],
    },
    finding: {
      entityType: 'Finding',
      kept: ['id', 'created_at', 'assessment_id', 'centre_id', 'organisation_id', 'standard_id', 'outcome'],
      redacted: ['note', 'evidence_ref'],
      ignored: ['updated_at', 'version'],
    },
    accreditation_action: {
      entityType: 'AccreditationAction',
      kept: ['id', 'created_at', 'assessment_id', 'finding_id', 'centre_id', 'organisation_id', 'due_on', 'status', 'evidence_submitted_at', 'reviewed_at', 'reviewed_by_user_id'],
      redacted: ['description', 'owner', 'evidence_note', 'review_note'],
      ignored: ['updated_at', 'version'],
    },
  },
  organisationExport: [
    { key: 'accreditations', read: (ctx, organisationId) => plainRows(ctx.em, Accreditation, { organisation: organisationId }, { kind: 'asc', id: 'asc' }) },
    { key: 'accreditationHistory', read: (ctx, organisationId) => plainRows(ctx.em, AccreditationTransition, { organisation: organisationId }, { occurredAt: 'asc', id: 'asc' }) },
    { key: 'assessments', read: (ctx, organisationId) => plainRows(ctx.em, Assessment, { organisation: organisationId }, { visitDate: 'asc', id: 'asc' }) },
    { key: 'findings', read: (ctx, organisationId) => plainRows(ctx.em, Finding, { organisation: organisationId }, { id: 'asc' }) },
    { key: 'actionPlans', read: (ctx, organisationId) => plainRows(ctx.em, ActionPlanItem, { organisation: organisationId }, { dueOn: 'asc', id: 'asc' }) },
  ],
  jobs: [
    {
      name: 'accreditation',
      start: ({ ownerUrl, logger }) =>
        scheduleNightly({ name: 'accreditation', logger, run: (now) => runAccreditationJob({ ownerUrl, now, logger: logger.child({ component: 'accreditation' }) }) }),
    },
  ],
  seed: [{ name: 'accreditation: every centre’s history', run: (ctx, network) => seedAccreditation(ctx, network) }],
};
