import { readModel } from '../../db/read-model';
import { PERSON_TRAINING_FIELDS } from '../training';
import { PERSON_FIELD_POLICY, LEADS_ONLY_PERSON_FIELDS } from './person.policy';
import { CENTRE_ASSIGNMENT_READ_MODEL, PERSON_FIELDS, PERSON_READ_MODEL } from './person.read-model';

/**
 * The person read model generates the SQL that was written by hand before it (people.read.ts and
 * people.filter.ts as of the commit that introduced it). These are those hand-written texts,
 * kept here verbatim as the reference: the generated statement must say the same thing, so the
 * plans the EXPLAIN guard checks and the statement counts stay as they were. The generator joins
 * the fields on one line where the hand-written text broke its lines by hand, so the comparison
 * is of the text with each run of whitespace made one space; everything else is byte for byte.
 */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const HAND_WRITTEN_FIELDS = `'id', p.id, 'createdAt', ${iso('p.created_at')}, 'updatedAt', ${iso('p.updated_at')}, 'version', p.version,
  'organisationId', p.organisation_id, 'givenName', p.given_name, 'familyName', p.family_name,
  'fullName', p.given_name || ' ' || p.family_name, 'email', p.email, 'phone', p.phone, 'personType', p.person_type,
  'startDate', p.start_date, 'leaveDate', p.leave_date, 'status', p.status, 'centreIds', p.centre_ids, 'notes', p.notes,
  'clearanceStatus', c.status, 'clearanceExpiresOn', c.expires_on, 'requiredDbsLevel', c.required_level, 'latestDbsLevel', c.dbs_level`;

/** Added since, by the training module's migration: the person's mandatory training, read from person_clearance after the DBS expiry. */
const TRAINING_FIELDS = `'trainingStatus', c.training_status, 'trainingDue', c.training_due, 'trainingExpiresOn', c.training_expires_on`;

const CURRENT_FIELDS = HAND_WRITTEN_FIELDS.replace(`'clearanceExpiresOn', c.expires_on,`, `'clearanceExpiresOn', c.expires_on, ${TRAINING_FIELDS},`);

const HAND_WRITTEN_PERSON = `json_build_object(${CURRENT_FIELDS})`;

const HAND_WRITTEN_HISTORY = `coalesce((select json_agg(json_build_object('centreId', a.centre_id, 'startedOn', a.started_on, 'endedOn', a.ended_on)
                                             order by a.started_on desc, a.id)
                             from person_centre_assignment a where a.person_id = p.id), '[]')`;

const HAND_WRITTEN_PERSON_WITH_HISTORY = `json_build_object(${CURRENT_FIELDS},
  'centreHistory', ${HAND_WRITTEN_HISTORY})`;

/** The sort whitelist as it was (field to column of `p`). */
const HAND_WRITTEN_SORT_COLUMNS = {
  familyName: 'family_name',
  givenName: 'given_name',
  email: 'email',
  personType: 'person_type',
  status: 'status',
  startDate: 'start_date',
  leaveDate: 'leave_date',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  id: 'id',
};

const HAND_WRITTEN_SEARCH = `p.given_name ilike $1 or p.family_name ilike $1
                  or p.given_name || ' ' || p.family_name ilike $1`;

const oneSpaced = (sql: string) => sql.replace(/\s+/g, ' ');

describe('the person read model', () => {
  it('builds the JSON of a person as the hand-written statement did, field for field and expression for expression', () => {
    expect(oneSpaced(PERSON_READ_MODEL.json({ centreHistory: false }))).toBe(oneSpaced(HAND_WRITTEN_PERSON));
    expect(oneSpaced(PERSON_READ_MODEL.json({}))).toBe(oneSpaced(HAND_WRITTEN_PERSON));
    expect(oneSpaced(PERSON_READ_MODEL.json({ centreHistory: true }))).toBe(oneSpaced(HAND_WRITTEN_PERSON_WITH_HISTORY));
    // The centre history's subquery is the hand-written text byte for byte, line breaks included.
    expect(PERSON_READ_MODEL.json({ centreHistory: true })).toContain(HAND_WRITTEN_HISTORY);
    expect(PERSON_READ_MODEL.json({ centreHistory: true })).toBe(`${PERSON_READ_MODEL.json({}).slice(0, -1)}, 'centreHistory', ${HAND_WRITTEN_HISTORY})`);
    // The same text on every call: a prepared statement's name is the hash of its text.
    expect(PERSON_READ_MODEL.json({ centreHistory: true })).toBe(PERSON_READ_MODEL.json({ centreHistory: true }));
  });

  it('whitelists the same sort fields, ordering by the same columns', () => {
    expect({ ...PERSON_READ_MODEL.sortColumns }).toEqual(Object.fromEntries(Object.entries(HAND_WRITTEN_SORT_COLUMNS).map(([field, column]) => [field, `p.${column}`])));
    // Only the fields named resolve: nothing inherited from Object.prototype.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect((PERSON_READ_MODEL.sortColumns as Record<string, unknown>)[name]).toBeUndefined();
  });

  it('filters and searches by the same expressions', () => {
    expect({ ...PERSON_READ_MODEL.filterColumns }).toEqual({
      id: 'p.id',
      organisationId: 'p.organisation_id',
      personType: 'p.person_type',
      status: 'p.status',
      clearanceStatus: '(select pc.status from person_clearance pc where pc.person_id = p.id)',
    });
    const everyone = PERSON_READ_MODEL.search.filter((field) => field.access === 'everyone').map((field) => `${field.sql} ilike $1`);
    expect(oneSpaced(everyone.join(' or '))).toBe(oneSpaced(HAND_WRITTEN_SEARCH));
    expect(PERSON_READ_MODEL.search.filter((field) => field.access === 'leads').map((field) => field.sql)).toEqual(['p.email']);
  });

  it('places every field in the field-level policy, and withholds from non-leads the contact details, notes and DBS level', () => {
    // The read model's fields (a person's training records among them), and the one the training module resolves on Person.
    expect(PERSON_FIELD_POLICY.Person).toEqual({ ...Object.fromEntries(Object.entries(PERSON_FIELDS).map(([field, spec]) => [field, spec.access])), ...PERSON_TRAINING_FIELDS });
    expect(PERSON_TRAINING_FIELDS).toEqual({ training: 'everyone' });
    expect(PERSON_FIELD_POLICY.CentreAssignment).toEqual({ centreId: 'everyone', startedOn: 'everyone', endedOn: 'everyone' });
    expect([...LEADS_ONLY_PERSON_FIELDS].sort()).toEqual(['email', 'latestDbsLevel', 'notes', 'phone']);
    expect(CENTRE_ASSIGNMENT_READ_MODEL.json({})).toBe("json_build_object('centreId', a.centre_id, 'startedOn', a.started_on, 'endedOn', a.ended_on)");
  });
});

describe('readModel', () => {
  it('builds every combination of the fields read only when selected, always in declaration order', () => {
    const model = readModel({
      id: { sql: 't.id', access: 'all' },
      a: { sql: '(select 1)', whenSelected: true, access: 'all' },
      label: { after: 'wording', access: 'all' },
      b: { sql: '(select 2)', whenSelected: true, access: 'all' },
    });
    expect(model.json({})).toBe("json_build_object('id', t.id)");
    expect(model.json({ b: true })).toBe("json_build_object('id', t.id, 'b', (select 2))");
    expect(model.json({ a: true, b: true })).toBe("json_build_object('id', t.id, 'a', (select 1), 'b', (select 2))");
    expect(model.json({ a: true, b: false })).toBe("json_build_object('id', t.id, 'a', (select 1))");
  });

  it('refuses, at load, a field name that is not an identifier and a sort by SQL a field does not have', () => {
    expect(() => readModel({ "x', (select secret) --": { sql: 't.x', access: 'all' } })).toThrow(/not an identifier/);
    expect(() => readModel({ label: { after: 'wording', access: 'all', sort: true } })).toThrow(/has none/);
  });
});
