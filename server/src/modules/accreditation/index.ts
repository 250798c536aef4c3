export { accreditationModule } from './accreditation.module';
export { Accreditation, AccreditationTransition } from './accreditation.entity';
export { AccreditationAction, AccreditationKind, AccreditationState } from './accreditation.enums';
export { TRANSITIONS, LISTABLE_STATES, actionsFrom, nextState } from './accreditation.transitions';
export { runAccreditationJob } from './accreditation.job';
