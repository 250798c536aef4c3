import type { ClearanceStatus, DbsDecision, DbsJurisdiction, DbsLevel, DbsWorkforce, PersonStatus, PersonType, StatusCheckResult } from '../../labels';

/** A person as the data provider returns them (every field of Person). */
export type Person = {
  id: string;
  organisationId: string;
  givenName: string;
  familyName: string;
  fullName: string;
  personType: PersonType;
  status: PersonStatus;
  startDate: string;
  leaveDate: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  centreIds: string[];
  centreHistory: Array<{ centreId: string; startedOn: string; endedOn: string | null }>;
  clearanceStatus: ClearanceStatus;
  clearanceExpiresOn: string | null;
  clearanceAction: string | null;
  requiredDbsLevel: DbsLevel;
  latestDbsLevel: DbsLevel | null;
  version: number;
};

export type DbsCheck = {
  id: string;
  personId: string;
  level: DbsLevel;
  jurisdiction: DbsJurisdiction;
  workforce: DbsWorkforce;
  issueDate: string;
  decision: DbsDecision;
  decidedBy: string;
  decidedAt: string;
  certificateNumber: string | null;
  certificateHeld: boolean;
  certificatePurgedAt: string | null;
  onUpdateService: boolean;
  updateServiceSubscriptionId: string | null;
  lastStatusCheckDate: string | null;
  lastStatusCheckResult: StatusCheckResult | null;
};
