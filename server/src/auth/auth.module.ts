import type { ServerModule } from '../server-module';
import { AuthResolver } from './auth.resolver';
import { Session } from './session.entity';

/** Sign-in, sessions and who the caller is (identity tables are read before a request has a scope: no tenant tables). */
export const authModule: ServerModule = {
  name: 'auth',
  entities: [Session],
  resolvers: [AuthResolver],
};
