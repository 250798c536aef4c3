/** The clearance module's public surface (besides clearance.enums.ts): what a clearance status calls for, in words. */
export { clearanceAction, type PersonClearance } from './person-clearance';
