import { raw, type EntityName } from '@mikro-orm/core';
import { AuditEvent } from '../audit/audit-event.entity';
import { Binds } from '../db/binds';
import { preparedQuery } from '../db/prepared-query';
import { Centre } from '../modules/centre/centre.entity';
import { DbsCheck } from '../modules/dbs/dbs-check.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { CentreAssignment } from '../modules/person/centre-assignment.entity';
import { Person } from '../modules/person/person.entity';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../test/safeguarding';
import { beginScopedTransaction } from './database-scope';
import { ANONYMOUS, type Scope } from './scope';
import type { TenancyRule } from './tenancy-rule';
import {
  TENANT_FILTER,
  auditCondition,
  auditRule,
  centreCondition,
  centreRule,
  organisationCondition,
  organisationRule,
  peopleWorkingAtSql,
  personCondition,
  personRecordCondition,
  personRecordRule,
  personRule,
  personScopeSql,
  safeguardingRecordCondition,
  safeguardingRecordRule,
} from './tenant-filter';

/**
 * Each tenancy rule is declared once (tenant-filter.ts) and both the MikroORM filter and the SQL
 * of the hand-written reads are generated from it. These tests pin what is generated to what was
 * written by hand before (the SQL text exactly: prepared statements and the EXPLAIN guard depend
 * on it), and show on a real database that the two select the same people for every kind of caller.
 */

const O1 = '00000000-0000-4000-8000-0000000000a1';
const O2 = '00000000-0000-4000-8000-0000000000a2';
const C1 = '00000000-0000-4000-8000-0000000000c1';
const C2 = '00000000-0000-4000-8000-0000000000c2';

const CALLERS: Record<string, Scope> = {
  national: { ...ANONYMOUS, national: true, nationalAdmin: true },
  trainingTeam: { ...ANONYMOUS, national: true },
  orgAdmin: { ...ANONYMOUS, organisationIds: [O1] },
  coordinator: { ...ANONYMOUS, centreIds: [C1], memberOfOrganisationIds: [O2] },
  assessor: { ...ANONYMOUS, assessedCentreIds: [C2] },
  coordinatorAndAssessor: { ...ANONYMOUS, centreIds: [C1], memberOfOrganisationIds: [O2], assessedCentreIds: [C2] },
  orgAdminAndAssessor: { ...ANONYMOUS, organisationIds: [O1], assessedCentreIds: [C2] },
  nobody: ANONYMOUS,
};

const SPELLS = 'select s.person_id from person_centre_assignment s where s.ended_on is null and s.centre_id = any';

describe('the person rule as SQL (unchanged text)', () => {
  const today: Record<keyof typeof CALLERS, { sql: string; values: unknown[] }> = {
    national: { sql: 'true', values: [] },
    trainingTeam: { sql: 'true', values: [] },
    orgAdmin: { sql: 'p.organisation_id = any ($1::uuid[])', values: [`{${O1}}`] },
    coordinator: { sql: `p.id in (${SPELLS} ($1::uuid[]))`, values: [`{${C1}}`] },
    assessor: { sql: `p.id in (${SPELLS} ($1::uuid[]))`, values: [`{${C2}}`] },
    coordinatorAndAssessor: { sql: `p.id in (${SPELLS} ($1::uuid[]))`, values: [`{${C1},${C2}}`] },
    orgAdminAndAssessor: {
      sql: `p.id in (select o.id from person o where o.organisation_id = any ($1::uuid[]) union all ${SPELLS} ($2::uuid[]))`,
      values: [`{${O1}}`, `{${C2}}`],
    },
    nobody: { sql: 'false', values: [] },
  };

  it.each(Object.keys(CALLERS))('for %s', (caller) => {
    const binds = new Binds();
    binds.bind('before'); // placeholders continue from the statement's earlier values
    const sql = personScopeSql(CALLERS[caller]!, 'p', binds.bind);
    const expected = today[caller]!;
    expect(sql).toBe(expected.sql.replace(/\$(\d)/g, (_, n: string) => `$${Number(n) + 1}`));
    expect(binds.values).toEqual(['before', ...expected.values]);
  });

  it('keeps the table alias it is given', () => {
    expect(personScopeSql(CALLERS.orgAdmin!, 'x', new Binds().bind)).toBe('x.organisation_id = any ($1::uuid[])');
    expect(personScopeSql(CALLERS.assessor!, 'x', new Binds().bind)).toBe(`x.id in (${SPELLS} ($1::uuid[]))`);
  });

  it('writes the people working at some centres as before', () => {
    expect(peopleWorkingAtSql('$3::uuid[]')).toBe(`(${SPELLS} ($3::uuid[]))`);
  });
});

describe('the rules as MikroORM filter conditions (unchanged)', () => {
  const spellsAt = (ids: string[]) => raw(`(${SPELLS} ('{${ids.join(',')}}'::uuid[]))`);
  const args = (caller: keyof typeof CALLERS) => ({ scope: CALLERS[caller]! });

  it('people', () => {
    expect(personCondition(args('national'))).toEqual({});
    expect(personCondition(args('trainingTeam'))).toEqual({});
    expect(personCondition(args('orgAdmin'))).toEqual({ organisation: { $in: [O1] } });
    expect(personCondition(args('coordinator'))).toEqual({ id: { $in: spellsAt([C1]) } });
    expect(personCondition(args('coordinatorAndAssessor'))).toEqual({ id: { $in: spellsAt([C1, C2]) } });
    expect(personCondition(args('orgAdminAndAssessor'))).toEqual({ $or: [{ organisation: { $in: [O1] } }, { id: { $in: spellsAt([C2]) } }] });
    expect(personCondition(args('nobody'))).toEqual({ id: null });
  });

  it("records about a person (centre spells) and DBS checks (the person's leads only)", () => {
    expect(personRecordCondition(args('trainingTeam'))).toEqual({});
    expect(personRecordCondition(args('orgAdminAndAssessor'))).toEqual({ $or: [{ organisation: { $in: [O1] } }, { person: { $in: spellsAt([C2]) } }] });
    expect(personRecordCondition(args('nobody'))).toEqual({ id: null });
    expect(safeguardingRecordCondition(args('national'))).toEqual({ id: null });
    expect(safeguardingRecordCondition(args('assessor'))).toEqual({ id: null });
    expect(safeguardingRecordCondition(args('coordinatorAndAssessor'))).toEqual({ person: { $in: spellsAt([C1]) } });
    expect(safeguardingRecordCondition(args('orgAdminAndAssessor'))).toEqual({ organisation: { $in: [O1] } });
  });

  it('organisations, centres and the audit trail', () => {
    expect(organisationCondition(args('trainingTeam'))).toEqual({});
    expect(organisationCondition(args('orgAdmin'))).toEqual({ id: { $in: [O1] } });
    expect(organisationCondition(args('coordinatorAndAssessor'))).toEqual({ $or: [{ id: { $in: [O2] } }, { centres: { id: { $in: [C2] } } }] });
    expect(organisationCondition(args('nobody'))).toEqual({ id: null });
    expect(centreCondition(args('trainingTeam'))).toEqual({});
    expect(centreCondition(args('orgAdminAndAssessor'))).toEqual({ $or: [{ organisation: { $in: [O1] } }, { id: { $in: [C2] } }] });
    expect(centreCondition(args('coordinatorAndAssessor'))).toEqual({ id: { $in: [C1, C2] } });
    expect(auditCondition(args('national'))).toEqual({});
    expect(auditCondition(args('trainingTeam'))).toEqual({ id: null });
    expect(auditCondition(args('orgAdminAndAssessor'))).toEqual({ organisationId: { $in: [O1] } });
    expect(auditCondition(args('coordinator'))).toEqual({ id: null });
  });
});

/**
 * The same rows from the MikroORM filter (em.find) and from the SQL (a raw statement), both
 * generated from one rule, as the application role in a scoped transaction. Twice: under the
 * caller's own settings, as a request runs; and under head office's, so that row-level security
 * hides nothing and any difference between the two conditions would show.
 */
describe('each rule selects the same rows through the filter and through SQL', () => {
  let db: TestDatabase;
  const ids: Record<string, string> = {};
  const actor = { userId: undefined, requestId: 'tenant-filter-spec', ip: undefined };
  const HEAD_OFFICE: Scope = { ...ANONYMOUS, national: true, nationalAdmin: true };

  beforeAll(async () => {
    db = await createTestDatabase();
    const orgA = await insertOrganisation(db, 'Organisation A');
    const orgB = await insertOrganisation(db, 'Organisation B');
    const orgC = await insertOrganisation(db, 'Organisation C');
    const a1 = await insertCentre(db, orgA, 'Centre A1');
    const a2 = await insertCentre(db, orgA, 'Centre A2');
    const b1 = await insertCentre(db, orgB, 'Centre B1');
    const b2 = await insertCentre(db, orgB, 'Centre B2');
    const c1 = await insertCentre(db, orgC, 'Centre C1');
    Object.assign(ids, { orgA, orgB, orgC, a1, a2, b1, b2, c1 });
    const person = async (name: string, organisationId: string, centreIds: string[]) => {
      ids[name] = await insertPerson(db, organisationId, { familyName: name, centreIds });
      await insertDbsCheck(db, ids[name]!, { level: 'ENHANCED', issueDate: '2025-01-06' });
    };
    await person('atA1', orgA, [a1]);
    await person('atA2', orgA, [a2]);
    await person('atA1andA2', orgA, [a1, a2]);
    await person('atNoCentre', orgA, []);
    await person('atB1', orgB, [b1]);
    await person('atB1andB2', orgB, [b1, b2]);
    await person('atB2', orgB, [b2]);
    await person('atC1', orgC, [c1]);
    // Left centre B1: a closed spell, no open one.
    await person('leftB1', orgB, [b1]);
    await db.ownerQuery(`update person_centre_assignment set ended_on = '2024-01-01' where person_id = $1`, [ids.leftB1]);
    await db.ownerQuery(`update person set centre_ids = '{}' where id = $1`, [ids.leftB1]);
  });
  afterAll(() => db.drop());

  const EVERYONE = ['atA1', 'atA2', 'atA1andA2', 'atNoCentre', 'atB1', 'atB1andB2', 'atB2', 'atC1', 'leftB1'];
  const callers = (): Record<string, { scope: Scope; sees: string[] }> => ({
    national: { scope: { ...ANONYMOUS, national: true, nationalAdmin: true }, sees: EVERYONE },
    trainingTeam: { scope: { ...ANONYMOUS, national: true }, sees: EVERYONE },
    orgAdmin: { scope: { ...ANONYMOUS, organisationIds: [ids.orgA!] }, sees: ['atA1', 'atA2', 'atA1andA2', 'atNoCentre'] },
    coordinator: { scope: { ...ANONYMOUS, centreIds: [ids.a1!], memberOfOrganisationIds: [ids.orgA!] }, sees: ['atA1', 'atA1andA2'] },
    assessor: { scope: { ...ANONYMOUS, assessedCentreIds: [ids.b1!] }, sees: ['atB1', 'atB1andB2'] },
    coordinatorAndAssessor: {
      scope: { ...ANONYMOUS, centreIds: [ids.a1!], memberOfOrganisationIds: [ids.orgA!], assessedCentreIds: [ids.b1!] },
      sees: ['atA1', 'atA1andA2', 'atB1', 'atB1andB2'],
    },
    orgAdminAndAssessor: {
      scope: { ...ANONYMOUS, organisationIds: [ids.orgA!], assessedCentreIds: [ids.b1!] },
      sees: ['atA1', 'atA2', 'atA1andA2', 'atNoCentre', 'atB1', 'atB1andB2'],
    },
    orgAdminAndCoordinator: {
      scope: { ...ANONYMOUS, organisationIds: [ids.orgA!], centreIds: [ids.b1!], memberOfOrganisationIds: [ids.orgB!] },
      sees: ['atA1', 'atA2', 'atA1andA2', 'atNoCentre', 'atB1', 'atB1andB2'],
    },
    nobody: { scope: ANONYMOUS, sees: [] },
  });

  async function inTransaction<T>(settings: Scope, work: (em: TestDatabase['orm']['em']) => Promise<T>): Promise<T> {
    const em = db.orm.em.fork();
    await beginScopedTransaction(em, settings, actor);
    try {
      return await work(em);
    } finally {
      await em.rollback();
    }
  }

  /** The ids of `entity` that `rule` selects for `scope`, by the filter and by the SQL, under `settings`. */
  async function bothWays(entity: EntityName<{ id: string }>, rule: TenancyRule, settings: Scope, scope: Scope): Promise<{ filter: string[]; sql: string[] }> {
    return inTransaction(settings, async (em) => {
      const found = await em.find(entity, {}, { fields: ['id'], filters: { [TENANT_FILTER]: { scope } } });
      const binds = new Binds();
      const rows = await preparedQuery<{ id: string }>(em, `select t.id from ${rule.spec.table} t where ${rule.sql(scope, 't', binds.bind)}`, binds.values);
      return { filter: found.map((row) => row.id).sort(), sql: rows.map((row) => row.id).sort() };
    });
  }

  const names = (found: string[]) => found.map((id) => Object.keys(ids).find((name) => ids[name] === id) ?? id).sort();

  it.each(Object.keys(callers()))('people, for %s (personCondition and personScopeSql)', async (caller) => {
    const { scope, sees } = callers()[caller]!;
    const expected = [...sees].sort();
    for (const settings of [scope, HEAD_OFFICE]) {
      const seen = await inTransaction(settings, async (em) => {
        const found = await em.find(Person, {}, { fields: ['id'], filters: { [TENANT_FILTER]: { scope } } });
        const binds = new Binds();
        const rows = await preparedQuery<{ id: string }>(em, `select p.id from person p where ${personScopeSql(scope, 'p', binds.bind)}`, binds.values);
        return { filter: names(found.map((p) => p.id)), sql: names(rows.map((row) => row.id)) };
      });
      expect(seen).toEqual({ filter: expected, sql: expected });
    }
  });

  const RULES: Array<[string, EntityName<{ id: string }>, TenancyRule]> = [
    ['organisations', Organisation, organisationRule],
    ['centres', Centre, centreRule],
    ['the audit trail', AuditEvent as EntityName<{ id: string }>, auditRule],
    ['people', Person, personRule],
    ['centre spells', CentreAssignment, personRecordRule],
    ['DBS checks', DbsCheck, safeguardingRecordRule],
  ];

  it.each(RULES)('%s, for every kind of caller', async (_, entity, rule) => {
    const [everything] = await db.ownerQuery<{ n: number }>(`select count(*)::int as n from ${rule.spec.table}`);
    for (const [caller, { scope }] of Object.entries(callers())) {
      for (const settings of [scope, HEAD_OFFICE]) {
        const seen = await bothWays(entity, rule, settings, scope);
        expect({ caller, filter: seen.filter }).toEqual({ caller, filter: seen.sql });
        if (caller === 'nobody') expect(seen.sql).toEqual([]);
      }
    }
    expect(everything!.n).toBeGreaterThan(0);
  });
});
