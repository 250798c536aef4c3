import type { Logger } from 'pino';
import { addDays } from './dates';
import { londonDate } from './clock';

/** When the nightly jobs start, London time: after midnight's date change, before the working day. */
export const NIGHTLY_AT = { hour: 3, minute: 0 } as const;

export type NightlySchedule = {
  /** Stops scheduling and waits for a run in progress to finish (the pool closes after it). */
  stop(): Promise<void>;
};

/**
 * Runs a job every night while the server runs (the retention job, the accreditation job). Every
 * instance schedules it; the job's advisory lock lets one run and the others skip, and a late or
 * repeated run finds nothing left to do, so nothing depends on which process fires or on a
 * process surviving the night. A missed night (the server was down) is caught up by the next
 * one: the jobs work from dates.
 */
export function scheduleNightly(options: { name: string; run: (now: Date) => Promise<unknown>; logger: Logger; now?: () => Date }): NightlySchedule {
  const now = options.now ?? (() => new Date());
  const logger = options.logger.child({ component: options.name });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    const at = nextLondonTime(now(), NIGHTLY_AT.hour, NIGHTLY_AT.minute);
    timer = setTimeout(fire, Math.max(0, at.getTime() - now().getTime()));
    // A pending nightly run must not keep a stopping process alive.
    timer.unref();
    logger.debug({ next: at.toISOString() }, `${options.name} job scheduled`);
  };
  const fire = () => {
    running = options
      .run(now())
      .catch((error: unknown) => logger.error({ err: error }, `${options.name} job failed; it will be tried again tomorrow night`))
      .finally(() => {
        running = undefined;
        schedule();
      });
  };

  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** The next moment strictly after `after` at which London's clocks show hour:minute. */
export function nextLondonTime(after: Date, hour: number, minute: number): Date {
  const today = londonDate(after);
  for (let days = 0; days < 3; days++) {
    const candidate = londonWallClock(addDays(today, days), hour, minute);
    if (candidate.getTime() > after.getTime()) return candidate;
  }
  throw new Error('unreachable: a London wall-clock time recurs within two days');
}

/** The instant London's clocks show `date` hour:minute (GMT or BST, whichever is in force then). */
function londonWallClock(date: string, hour: number, minute: number): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  return new Date(asIfUtc - londonOffsetMs(new Date(asIfUtc)));
}

/** How far London's clocks are ahead of UTC at `at` (0 in winter, one hour in summer). */
function londonOffsetMs(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
