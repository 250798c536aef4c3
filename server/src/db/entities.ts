import { AuditEvent } from '../audit/audit-event.entity';
import { Centre } from '../modules/centre/centre.entity';
import { DbsCheck } from '../modules/dbs/dbs-check.entity';
import { Grant } from '../modules/user/grant.entity';
import { Session } from '../auth/session.entity';
import { User } from '../modules/user/user.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { CentreAssignment } from '../modules/person/centre-assignment.entity';
import { Person } from '../modules/person/person.entity';
import { RetentionErasure } from '../modules/retention/retention-erasure.entity';

/** Every entity, listed explicitly so discovery behaves the same from src/ (tests) and dist/. */
export const entities = [Organisation, Centre, User, Grant, Session, AuditEvent, Person, CentreAssignment, DbsCheck, RetentionErasure];
