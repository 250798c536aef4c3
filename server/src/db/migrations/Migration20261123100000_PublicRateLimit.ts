import { Migration } from '@mikro-orm/migrations';

/**
 * Counts signed-out GraphQL requests per client address per fixed window, for the public rate
 * limit (security/public-rate-limit.ts). One row per client, reset when a new window starts; the
 * table is UNLOGGED (counters need no crash safety or replication, and skip the WAL) and lives in
 * the `app` schema, where the application role has no table privileges: it can only count,
 * through this SECURITY DEFINER function, never read or clear the counts. The window is taken from
 * the database's clock so that every server instance agrees on it.
 */
export class Migration20261123100000_PublicRateLimit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table app.public_request_count (
      client text primary key,
      window_start timestamptz not null,
      hits integer not null
    )`);
    this.addSql(`create index public_request_count_window_start_idx on app.public_request_count (window_start)`);
    this.addSql(`create function app.count_public_request(p_client text, p_window_seconds integer)
      returns table (hits integer, retry_after integer)
      language plpgsql volatile security definer set search_path = app, pg_temp as $$
      #variable_conflict use_column
      declare
        v_window timestamptz := to_timestamp(floor(extract(epoch from now()) / p_window_seconds) * p_window_seconds);
      begin
        -- Now and then forget clients unseen for a day, so the table stays the size of recent traffic.
        if random() < 0.001 then
          delete from app.public_request_count c where c.window_start < now() - interval '1 day';
        end if;
        return query
          insert into app.public_request_count as c (client, window_start, hits)
          values (left(p_client, 64), v_window, 1)
          on conflict (client) do update
            set hits = case when c.window_start = excluded.window_start then c.hits + 1 else 1 end,
                window_start = excluded.window_start
          returning c.hits, greatest(1, ceil(extract(epoch from c.window_start + make_interval(secs => p_window_seconds) - now())))::integer;
      end $$`);
    this.addSql(`revoke all on function app.count_public_request(text, integer) from public`);
    this.addSql(`grant execute on function app.count_public_request(text, integer) to public`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists app.count_public_request(text, integer)`);
    this.addSql(`drop table if exists app.public_request_count`);
  }
}
