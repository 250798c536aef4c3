/** Offline geography: UK regions and postcode districts with their centroids. */
export { PostcodeDirectory, postcodeDirectory, type DistrictLocation } from './postcode-directory';
export { Region } from './region';
