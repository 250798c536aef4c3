import { registerEnumType } from 'type-graphql';

/** England and Wales (and the Crown dependencies' equivalents) use the DBS; Northern Ireland AccessNI. */
export enum DbsJurisdiction {
  DBS = 'DBS',
  ACCESS_NI = 'ACCESS_NI',
}
registerEnumType(DbsJurisdiction, { name: 'DbsJurisdiction' });

/** Ordered from least to most thorough: the clearance computation compares them by this order. */
export enum DbsLevel {
  BASIC = 'BASIC',
  STANDARD = 'STANDARD',
  ENHANCED = 'ENHANCED',
  ENHANCED_BARRED = 'ENHANCED_BARRED',
}
registerEnumType(DbsLevel, {
  name: 'DbsLevel',
  valuesConfig: { ENHANCED_BARRED: { description: "Enhanced with a check of the children's barred list" } },
});

export enum DbsWorkforce {
  CHILD = 'CHILD',
  ADULT = 'ADULT',
  CHILD_AND_ADULT = 'CHILD_AND_ADULT',
  OTHER = 'OTHER',
}
registerEnumType(DbsWorkforce, { name: 'DbsWorkforce' });

export enum DbsDecision {
  CLEARED = 'CLEARED',
  CLEARED_AFTER_RISK_ASSESSMENT = 'CLEARED_AFTER_RISK_ASSESSMENT',
  NOT_CLEARED = 'NOT_CLEARED',
}
registerEnumType(DbsDecision, { name: 'DbsDecision' });

/** The answer of a DBS Update Service status check. */
export enum StatusCheckResult {
  NO_NEW_INFORMATION = 'NO_NEW_INFORMATION',
  NEW_INFORMATION = 'NEW_INFORMATION',
}
registerEnumType(StatusCheckResult, { name: 'StatusCheckResult' });
