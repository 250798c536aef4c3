import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling reads recent failed sign-ins from the audit trail. The caller of `login` is
 * anonymous, so the read policy hides those rows from it; this function (owned by the migrator,
 * SECURITY DEFINER) returns only the two counts, never the rows. The partial index keeps it cheap.
 */
export class Migration20261123073000_LoginThrottle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "audit_event_login_failed_idx" on "audit_event" ("occurred_at") where "action" = 'LOGIN_FAILED'`);
    this.addSql(`create function app.recent_login_failures(p_email text, p_ip text, p_since timestamptz)
      returns table (by_email integer, by_ip integer)
      language sql stable security definer set search_path = public, pg_temp as $$
        select
          (count(*) filter (where changes -> 'email' ->> 'attempted' = p_email))::integer,
          (count(*) filter (where ip = p_ip))::integer
        from audit_event
        where action = 'LOGIN_FAILED' and occurred_at > p_since
      $$`);
    this.addSql(`revoke all on function app.recent_login_failures(text, text, timestamptz) from public`);
    this.addSql(`grant execute on function app.recent_login_failures(text, text, timestamptz) to public`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists app.recent_login_failures(text, text, timestamptz)`);
    this.addSql(`drop index if exists "audit_event_login_failed_idx"`);
  }
}
