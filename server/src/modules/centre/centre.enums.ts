import { registerEnumType } from 'type-graphql';

/** A centre has a venue; a service (e.g. supervised contact in the community) does not. */
export enum CentreKind {
  CENTRE = 'CENTRE',
  SERVICE = 'SERVICE',
}
registerEnumType(CentreKind, { name: 'CentreKind' });

export enum ServiceType {
  SUPPORTED_CONTACT = 'SUPPORTED_CONTACT',
  SUPERVISED_CONTACT = 'SUPERVISED_CONTACT',
  SUPERVISED_ASSESSMENT = 'SUPERVISED_ASSESSMENT',
  INDIRECT_CONTACT = 'INDIRECT_CONTACT',
  ESCORTED_CONTACT = 'ESCORTED_CONTACT',
  HANDOVER = 'HANDOVER',
  VIRTUAL_CONTACT = 'VIRTUAL_CONTACT',
  LIFE_STORY_WORK = 'LIFE_STORY_WORK',
}
registerEnumType(ServiceType, {
  name: 'ServiceType',
  valuesConfig: {
    SUPPORTED_CONTACT: { description: 'Low risk, run largely by trained volunteers; no observations or reports' },
    SUPERVISED_CONTACT: { description: 'Safeguarding concerns; the child stays in sight and sound of trained staff' },
    SUPERVISED_ASSESSMENT: { description: 'Supervised contact with a written assessment report' },
  },
});

export enum ReferralRoute {
  SOLICITOR = 'SOLICITOR',
  MEDIATOR = 'MEDIATOR',
  CAFCASS_OR_COURT = 'CAFCASS_OR_COURT',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  SELF_REFERRAL = 'SELF_REFERRAL',
}
registerEnumType(ReferralRoute, { name: 'ReferralRoute' });
