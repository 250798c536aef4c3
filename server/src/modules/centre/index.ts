/** The centre module's public surface (besides its entity and enums): an organisation's centres, batched per request. */
export { centresByOrganisation } from './centre.loaders';
