import { registerEnumType } from 'type-graphql';

/** What a centre is accredited for: supported contact, or (enhanced) supervised contact. */
export enum AccreditationKind {
  ACCREDITATION = 'ACCREDITATION',
  ENHANCED_ACCREDITATION = 'ENHANCED_ACCREDITATION',
}
registerEnumType(AccreditationKind, {
  name: 'AccreditationKind',
  valuesConfig: {
    ACCREDITATION: { description: 'Accreditation, for supported contact' },
    ENHANCED_ACCREDITATION: { description: 'Enhanced Accreditation, for supervised contact' },
  },
});

export enum AccreditationState {
  CANDIDATE = 'CANDIDATE',
  ACCREDITED = 'ACCREDITED',
  RENEWAL_DUE = 'RENEWAL_DUE',
  LAPSED = 'LAPSED',
  SUSPENDED = 'SUSPENDED',
  REMOVED = 'REMOVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AccreditationState, {
  name: 'AccreditationState',
  valuesConfig: {
    CANDIDATE: { description: 'Applied; to be accredited within 6 months' },
    ACCREDITED: { description: 'Accredited; expires 3 years after the award' },
    RENEWAL_DUE: { description: 'Accredited, and within 6 months of expiry: re-accreditation is due' },
    LAPSED: { description: 'Expired without renewal' },
    SUSPENDED: { description: 'Operating outside the standards: hidden from the public and courts' },
    REMOVED: { description: 'Accreditation removed after suspension' },
    WITHDRAWN: { description: 'The organisation withdrew the centre' },
  },
});

/** The transitions of the accreditation state machine (accreditation.transitions.ts says from where to where). */
export enum AccreditationAction {
  AWARD = 'AWARD',
  MARK_RENEWAL_DUE = 'MARK_RENEWAL_DUE',
  LAPSE = 'LAPSE',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
  REMOVE = 'REMOVE',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(AccreditationAction, {
  name: 'AccreditationAction',
  valuesConfig: {
    AWARD: { description: 'Accredit a candidate, or renew an accreditation that is due (expires 3 years on)' },
    MARK_RENEWAL_DUE: { description: 'Nightly, from 6 months before expiry' },
    LAPSE: { description: 'Nightly, once expired without renewal' },
    SUSPEND: { description: 'Operating outside the standards: hidden from public view at once' },
    REINSTATE: { description: 'Back to accredited after a suspension (the award keeps its expiry)' },
    REMOVE: { description: 'End a suspended accreditation' },
    WITHDRAW: { description: 'The organisation withdraws the centre' },
  },
});
