import access from '../../schema/access.json';
import type { Role } from './gql/graphql';
import { listQueryOf } from './schema';

/**
 * Who may do what in the console, with one source: the server's own rules. schema/access.json is
 * written by `pnpm schema` from the `@Authorized` declaration of every query and mutation, and
 * `authProvider.canAccess` answers from it for the role of the grant the user is acting under, so
 * the menu, the buttons and the routes (react-admin asks canAccess for each) follow the server
 * and cannot drift from it. All this module adds is which operation a react-admin action stands
 * for. The server still decides every request (and the scope within a role); hiding here is for
 * clarity, not security.
 */

type Rule = 'public' | 'signed in' | { roles: Role[] };
type Operation = { type: 'query' | 'mutation'; name: string };

const RULES = access as unknown as Record<Operation['type'], Record<string, Rule | undefined>>;

const query = (name: string): Operation => ({ type: 'query', name });
const mutation = (name: string): Operation => ({ type: 'mutation', name });

/** react-admin's own actions, named as ra-data-graphql-simple names them (allPeople, Person, createPerson, …). */
function standardOperation(resource: string, action: string): Operation | undefined {
  switch (action) {
    case 'list': {
      const list = listQueryOf(resource);
      return list && query(list.name);
    }
    case 'show':
      return query(resource);
    case 'create':
      return mutation(`create${resource}`);
    case 'edit':
      return mutation(`update${resource}`);
    case 'delete':
      return mutation(`delete${resource}`);
    default:
      return undefined;
  }
}

/**
 * The console's own actions, each as the operation that carries it. Some are the server's field
 * policy or service rule rather than an operation of their own, so they borrow the operation with
 * the same rule: a person's contact details and notes, and recording their external training, are
 * like their DBS checks for their leads only (their organisation's administrators and their
 * centres' coordinators: the roles that may list DBS checks); and membership status is head
 * office's decision, like creating an organisation.
 */
const CUSTOM_ACTIONS: Record<string, Record<string, Operation>> = {
  Person: {
    export: query('peopleCsv'),
    import: mutation('importPeople'),
    contactDetails: query('allDbsChecks'),
  },
  Organisation: {
    export: query('exportOrganisation'),
    membership: mutation('createOrganisation'),
  },
  DbsCheck: {
    statusCheck: mutation('recordDbsStatusCheck'),
    reveal: mutation('revealDbsCertificateNumber'),
  },
  // External training is recorded (corrected, deleted) by the person's leads, like their DBS
  // checks: createTrainingRecord also admits the training team, but for NACCC courses only.
  TrainingRecord: {
    recordExternal: query('allDbsChecks'),
    export: query('trainingRecordsCsv'),
    matrix: query('trainingMatrix'),
  },
  // The network's training compliance page is the catalogue's other face: trainingOverview.
  Course: {
    compliance: query('trainingOverview'),
  },
  // Drafting a new version is creating one; publishing is its own mutation (head office's).
  StandardSet: {
    publish: mutation('publishStandardSet'),
  },
  // Head office's pipeline page, and the steps it takes (every other face reads accreditations only).
  Accreditation: {
    pipeline: query('accreditationPipeline'),
    transition: mutation('transitionAccreditation'),
    start: mutation('startAccreditation'),
  },
  // Visits: head office plans, reassigns and decides; the assigned assessor (or head office) records findings and submits the report.
  Assessment: {
    plan: mutation('planAssessment'),
    reassign: mutation('reassignAssessment'),
    record: mutation('saveFindings'),
    decide: mutation('decideAssessment'),
  },
  // Actions: the centre's admins and coordinators submit evidence; the visit's assessor or head
  // office reviews it; head office changes due dates and owners (edit) and suspends for overdue ones.
  ActionPlanItem: {
    evidence: mutation('submitActionEvidence'),
    review: mutation('reviewActionEvidence'),
    suspend: mutation('suspendForOverdueActions'),
  },
  CourseSession: {
    enrol: mutation('enrolInSession'),
    requestPlaces: mutation('requestSessionPlaces'),
    removeEnrolment: mutation('removeEnrolment'),
    attendance: mutation('recordCohortAttendance'),
  },
};

/** Who is asking: signed in or not, and the role of the grant they are acting under. */
export type Caller = { signedIn: boolean; role: Role | undefined };

/**
 * Whether `caller` may take `action` on `resource`. An action with no operation behind it, or an
 * operation the server does not have (there is no deleteUser: users are deactivated), is refused.
 */
export function allows(caller: Caller, resource: string, action: string): boolean {
  const operation = CUSTOM_ACTIONS[resource]?.[action] ?? standardOperation(resource, action);
  const rule = operation && RULES[operation.type][operation.name];
  if (rule === undefined) return false;
  if (rule === 'public') return true;
  if (rule === 'signed in') return caller.signedIn;
  return caller.signedIn && caller.role !== undefined && rule.roles.includes(caller.role);
}
