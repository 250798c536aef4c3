/** The organisation module's public surface (besides its entity and enums): organisations by id, batched per request. */
export { organisationById } from './organisation.loaders';
