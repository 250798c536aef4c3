import type { ServerModule } from '../server-module';
import { Session } from './session.entity';

/** Sessions and who the caller is (read before a request has a scope: no tenant tables). Its resolver is the user module's SessionResolver. */
export const authModule: ServerModule = {
  name: 'auth',
  entities: [Session],
};
