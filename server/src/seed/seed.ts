// Placeholder until the synthetic network lands (being written now).
import type { Logger } from 'pino';

export const DEMO_ACCOUNTS_NOTE = 'No sign-in yet: demo accounts arrive with identity (issue 4).';

export async function seedDemoNetworkIfEmpty(_options: { clientUrl: string; scale: number; logger: Logger }): Promise<void> {}
