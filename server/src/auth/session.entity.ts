import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy
 * of this table cannot be replayed. Lives in Postgres so any server instance can serve any request.
 */
@Entity({ tableName: 'user_session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  /**
   * The account signed in (app_user; the foreign key, cascading on delete, is the migration's).
   * An id rather than a relation: sessions belong to auth, accounts to the user module, and auth
   * depends on no module.
   */
  @Property({ type: 'uuid', fieldName: 'user_id' })
  @Index()
  userId: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  /** Slides with use; idle expiry is measured from here. */
  @Property({ type: 'timestamptz' })
  lastSeenAt: Opt<Date> = new Date();

  /** Absolute expiry: no amount of activity keeps a session alive past this. */
  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
}
