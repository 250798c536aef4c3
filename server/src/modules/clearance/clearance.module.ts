import type { ServerModule } from '../../server-module';
import { ClearanceResolver } from './clearance.resolver';

/** Whether people can be rostered (the person_clearance view) and the safeguarding dashboard; no tables of its own. */
export const clearanceModule: ServerModule = {
  name: 'clearance',
  resolvers: [ClearanceResolver],
};
