import type { TestDatabase } from './database';

/**
 * Fixtures for the people and DBS specs, inserted as the owner (so exactly as described, whatever
 * the API would allow today): organisations, centres, people with their centre spells, DBS checks.
 * The audit triggers fire as for any insert.
 */

export async function insertOrganisation(db: TestDatabase, name: string, region = 'EAST_MIDLANDS'): Promise<string> {
  const [row] = await db.ownerQuery<{ id: string }>(
    `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'info@example.org.uk', $2) returning id`,
    [name, region],
  );
  return row!.id;
}

export async function insertCentre(db: TestDatabase, organisationId: string, name: string, serviceTypes: string[] = ['SUPPORTED_CONTACT']): Promise<string> {
  const [row] = await db.ownerQuery<{ id: string }>(
    `insert into centre (id, organisation_id, name, address_line1, town, postcode, latitude, longitude, region, service_types, referral_routes, languages)
     values (gen_random_uuid(), $1, $2, 'Church Hall', 'Nottingham', 'NG1 5FS', 52.95, -1.15, 'EAST_MIDLANDS', $3, '{}', '{}') returning id`,
    [organisationId, name, serviceTypes],
  );
  return row!.id;
}

export type PersonSpec = {
  givenName?: string;
  familyName: string;
  email?: string | null;
  personType?: string;
  startDate?: string;
  status?: 'ACTIVE' | 'LEFT';
  leaveDate?: string | null;
  centreIds?: string[];
};

/** A person and one open spell at each of their centres (from their start date). */
export async function insertPerson(db: TestDatabase, organisationId: string, spec: PersonSpec): Promise<string> {
  const startDate = spec.startDate ?? '2020-01-06';
  const centreIds = spec.centreIds ?? [];
  const [row] = await db.ownerQuery<{ id: string }>(
    `insert into person (id, organisation_id, given_name, family_name, email, person_type, start_date, status, leave_date, centre_ids)
     values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [organisationId, spec.givenName ?? 'Pat', spec.familyName, spec.email ?? null, spec.personType ?? 'VOLUNTEER', startDate, spec.status ?? 'ACTIVE', spec.leaveDate ?? null, centreIds],
  );
  for (const centreId of centreIds) {
    await db.ownerQuery(
      `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), $1, $2, $3, $4)`,
      [row!.id, organisationId, centreId, startDate],
    );
  }
  return row!.id;
}

export type DbsSpec = {
  level: 'BASIC' | 'STANDARD' | 'ENHANCED' | 'ENHANCED_BARRED';
  issueDate: string;
  decision?: 'CLEARED' | 'CLEARED_AFTER_RISK_ASSESSMENT' | 'NOT_CLEARED';
  certificateNumber?: string | null;
  decidedAt?: string;
  /** An Update Service status check (which puts the check on the Update Service). */
  statusCheck?: { on: string; result: 'NO_NEW_INFORMATION' | 'NEW_INFORMATION' };
  onUpdateService?: boolean;
  purgedAt?: string | null;
};

export async function insertDbsCheck(db: TestDatabase, personId: string, spec: DbsSpec): Promise<string> {
  const onUpdateService = spec.onUpdateService ?? spec.statusCheck !== undefined;
  const [row] = await db.ownerQuery<{ id: string }>(
    `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, certificate_purged_at, issue_date, decision, decided_by, decided_at,
                            on_update_service, update_service_subscription_id, last_status_check_date, last_status_check_result)
     select gen_random_uuid(), p.id, p.organisation_id, 'DBS', $2, 'CHILD', $3, $4, $5, $6, 'Safeguarding Lead', coalesce($7::timestamptz, $5::date + interval '7 days'),
            $8, $9, $10, $11
     from person p where p.id = $1 returning id`,
    [
      personId,
      spec.level,
      spec.certificateNumber === undefined ? '001122334455' : spec.certificateNumber,
      spec.purgedAt ?? null,
      spec.issueDate,
      spec.decision ?? 'CLEARED',
      spec.decidedAt ?? null,
      onUpdateService,
      onUpdateService ? 'SUB-1234' : null,
      spec.statusCheck?.on ?? null,
      spec.statusCheck?.result ?? null,
    ],
  );
  if (!row) throw new Error(`no person ${personId}`);
  return row.id;
}

/** YYYY-MM-DD arithmetic in UTC (calendar dates, no time zone). */
export function plusDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function plusMonths(date: string, months: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return at.toISOString().slice(0, 10);
}

export function plusYears(date: string, years: number): string {
  return plusMonths(date, years * 12);
}
