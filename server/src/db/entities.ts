import { AuditEvent } from '../audit/audit-event.entity';
import { Centre } from '../modules/centre/centre.entity';
import { Grant } from '../modules/user/grant.entity';
import { Session } from '../auth/session.entity';
import { User } from '../modules/user/user.entity';
import { Organisation } from '../modules/organisation/organisation.entity';

/** Every entity, listed explicitly so discovery behaves the same from src/ (tests) and dist/. */
export const entities = [Organisation, Centre, User, Grant, Session, AuditEvent];
