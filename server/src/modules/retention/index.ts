/** The retention module's public surface: the job itself, for the command line and the seed's checks. */
export { runRetention, type RetentionPolicy } from './retention.job';
