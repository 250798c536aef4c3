import { isoTimestamp, readModel, type ReadField } from '../../db/read-model';
import { trainingRecordsOfP } from '../training';
import type { FieldAccess } from './person.policy';
import type { CentreAssignmentView, PersonView } from './person.view';

/**
 * A person as the API reads them, declared once, field by field (db/read-model.ts): where each
 * GraphQL field of PersonView comes from (SQL over `person p` and `person_clearance c`, or filled
 * in after the query), whether the people list sorts or filters by it or searches in it, its
 * column in the CSV export, and who sees it (`everyone` who may see the person, or their `leads`
 * only: the field-level policy, person.policy.ts). From this one table come, at load: the JSON
 * the read statement builds (people.read.ts), the sort whitelist, filter and search columns
 * (people.filter.ts), the CSV columns and who gets them (people-export.service.ts), and the
 * fields withheld from everyone but the person's leads (person.policy.ts). A field added to
 * PersonView does not compile until it has a line here; person-policy.e2e-spec.ts holds this
 * table equal to the schema and to the README's table of who sees what.
 */

/** One spell at a centre, over `person_centre_assignment a`. */
export const CENTRE_ASSIGNMENT_FIELDS = {
  centreId: { sql: 'a.centre_id', access: 'everyone' },
  startedOn: { sql: 'a.started_on', access: 'everyone' },
  endedOn: { sql: 'a.ended_on', access: 'everyone' },
} as const satisfies Record<keyof CentreAssignmentView, ReadField<FieldAccess>>;

export const CENTRE_ASSIGNMENT_READ_MODEL = readModel(CENTRE_ASSIGNMENT_FIELDS);

// Spells are visible exactly when their person is (row-level security), as every person here is.
const CENTRE_HISTORY = `coalesce((select json_agg(${CENTRE_ASSIGNMENT_READ_MODEL.json({})}
                                             order by a.started_on desc, a.id)
                             from person_centre_assignment a where a.person_id = p.id), '[]')`;

/** The clearance status of `p`, from the one place it is computed, for conditions on `person p` alone. */
const CLEARANCE_STATUS_OF_P = '(select pc.status from person_clearance pc where pc.person_id = p.id)';

export const PERSON_FIELDS = {
  id: { sql: 'p.id', access: 'everyone', sort: true, filter: true },
  createdAt: { sql: isoTimestamp('p.created_at'), access: 'everyone', sort: 'p.created_at' },
  updatedAt: { sql: isoTimestamp('p.updated_at'), access: 'everyone', sort: 'p.updated_at' },
  version: { sql: 'p.version', access: 'everyone' },
  organisationId: { sql: 'p.organisation_id', access: 'everyone', filter: true },
  organisation: { after: '{ id } from organisationId, or, when more of it is selected, the organisation loaded in one batch per page', access: 'everyone' },
  givenName: { sql: 'p.given_name', access: 'everyone', sort: true, search: true, csv: 'Given name' },
  familyName: { sql: 'p.family_name', access: 'everyone', sort: true, search: true, csv: 'Family name' },
  fullName: { sql: "p.given_name || ' ' || p.family_name", access: 'everyone', search: true },
  email: { sql: 'p.email', access: 'leads', sort: true, search: true, csv: 'Email' },
  phone: { sql: 'p.phone', access: 'leads', csv: 'Phone' },
  personType: { sql: 'p.person_type', access: 'everyone', sort: true, filter: true, csv: 'Type' },
  startDate: { sql: 'p.start_date', access: 'everyone', sort: true, csv: 'Start date' },
  leaveDate: { sql: 'p.leave_date', access: 'everyone', sort: true, csv: 'Leave date' },
  status: { sql: 'p.status', access: 'everyone', sort: true, filter: true, csv: 'Status' },
  centreIds: { sql: 'p.centre_ids', access: 'everyone', csv: 'Centres' },
  notes: { sql: 'p.notes', access: 'leads' },
  centreHistory: { sql: CENTRE_HISTORY, whenSelected: true, access: 'everyone' },
  // The training module's records of the person (training is not safeguarding data), in the same
  // statement, each built with the fields selected of it.
  trainingRecords: { sql: trainingRecordsOfP(), sqlFor: trainingRecordsOfP, whenSelected: true, access: 'everyone' },
  clearanceStatus: { sql: 'c.status', access: 'everyone', filter: CLEARANCE_STATUS_OF_P, csv: 'Clearance status' },
  clearanceExpiresOn: { sql: 'c.expires_on', access: 'everyone', csv: 'DBS expires on' },
  clearanceAction: { after: 'the wording of what the clearance calls for, from its status, required level, expiry and training due (clearanceAction)', access: 'everyone', csv: 'Action needed' },
  // Training is not safeguarding data: the training team and head office see it network-wide.
  trainingStatus: { sql: 'c.training_status', access: 'everyone', csv: 'Mandatory training' },
  trainingDue: { sql: 'c.training_due', access: 'everyone', csv: 'Training due' },
  trainingExpiresOn: { sql: 'c.training_expires_on', access: 'everyone', csv: 'Training expires on' },
  // The level their centres' services need, not theirs: everyone who sees them.
  requiredDbsLevel: { sql: 'c.required_level', access: 'everyone' },
  latestDbsLevel: { sql: 'c.dbs_level', access: 'leads', csv: 'Latest DBS level' },
} as const satisfies Record<keyof PersonView, ReadField<FieldAccess>>;

export const PERSON_READ_MODEL = readModel(PERSON_FIELDS);
