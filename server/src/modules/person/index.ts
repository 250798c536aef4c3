/**
 * The person module's public surface: what other modules may use. Its entities and enums
 * (`*.entity.ts`, `*.enums.ts`) are public too, imported from their files; everything else in
 * this folder is the module's own (the lint rule boundaries/entry-point refuses it).
 */
export { countActivePeopleByClearance, readActivePeopleWithClearance, type ActivePeople, type ClearanceCountRow } from './people-clearance.read';
export { personSelection, type PersonSelection } from './people.read';
export { PersonView } from './person.view';
export { leadsSafeguardingOf } from './person.policy';
export { writeCsv } from './person-csv';
