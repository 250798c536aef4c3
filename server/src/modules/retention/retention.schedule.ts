import type { Logger } from 'pino';
import { scheduleNightly, type NightlySchedule } from '../../common/nightly';
import { runRetention, type RetentionPolicy } from './retention.job';

export { NIGHTLY_AT, nextLondonTime } from '../../common/nightly';
export type RetentionSchedule = NightlySchedule;

/** Runs the retention job every night while the server runs (common/nightly.ts). */
export function scheduleNightlyRetention(options: { ownerUrl: string; policy: RetentionPolicy; logger: Logger; now?: () => Date }): RetentionSchedule {
  return scheduleNightly({
    name: 'retention',
    logger: options.logger,
    now: options.now,
    run: (now) => runRetention({ ownerUrl: options.ownerUrl, policy: options.policy, now, logger: options.logger.child({ component: 'retention' }) }),
  });
}
