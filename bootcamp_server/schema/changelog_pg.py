"""PostgreSQL change-log triggers (docs/sync-protocol.md, "The server's change log").

Per synced table: a BEFORE INSERT/UPDATE trigger sets ``sync_version`` (1, then old + 1); an AFTER
INSERT/UPDATE/DELETE trigger appends a ``sync_changes`` entry (row image without secret columns, or a
tombstone with the id and foreign keys) with ``txid = pg_current_xact_id()`` and ``seq`` NULL. A
DEFERRABLE INITIALLY DEFERRED constraint trigger on ``sync_changes`` runs at commit: it takes a
transaction-level advisory lock, draws one ``nextval`` and gives it to every entry of the transaction
and to the written rows' ``sync_seq``. The lock is held until the commit is visible, so ``seq`` order is
commit order and the visible ``seq``s always form a prefix: no cursor can pass a late commit.

The functions are SECURITY DEFINER (owned by the schema owner, which row-level security does not
restrict), so the change log is complete whoever writes, and the request role needs no rights on it.
"""

from __future__ import annotations

from .tables import synced_specs, tombstone_columns

SEQ_LOCK_KEY = 7_243_019_551  # the advisory lock that orders commits of writing transactions

FUNCTIONS = f"""
CREATE SEQUENCE IF NOT EXISTS sync_change_seq;
CREATE INDEX IF NOT EXISTS ix_sync_changes_txid ON sync_changes (txid) WHERE seq IS NULL;

CREATE OR REPLACE FUNCTION bootcamp_bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('bootcamp.assigning', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.sync_version := 1;
    NEW.sync_seq := NULL;
  ELSE
    NEW.sync_version := OLD.sync_version + 1;
    NEW.sync_seq := OLD.sync_seq;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION bootcamp_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  img jsonb;
  secrets text[] := TG_ARGV[0]::text[];
  keys text[] := TG_ARGV[1]::text[];
  full_img jsonb;
BEGIN
  IF current_setting('bootcamp.assigning', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    full_img := to_jsonb(OLD);
    SELECT jsonb_object_agg(k, full_img -> k) INTO img FROM unnest(keys) AS k;
    INSERT INTO sync_changes (txid, table_name, row_id, op, row, changed_at)
    VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, OLD.id, 'delete', img,
            timezone('utc', clock_timestamp()));
  ELSE
    INSERT INTO sync_changes (txid, table_name, row_id, op, row, changed_at)
    VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, NEW.id, 'upsert', to_jsonb(NEW) - secrets,
            timezone('utc', clock_timestamp()));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bootcamp_assign_seq() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tx bigint := pg_current_xact_id()::text::bigint;
  s bigint;
  t text;
BEGIN
  IF current_setting('bootcamp.seq_assigned', true) = tx::text THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock({SEQ_LOCK_KEY});
  s := nextval('sync_change_seq');
  PERFORM set_config('bootcamp.seq_assigned', tx::text, true);
  PERFORM set_config('bootcamp.assigning', 'on', true);
  UPDATE sync_changes SET seq = s WHERE txid = tx AND seq IS NULL;
  FOR t IN SELECT DISTINCT table_name FROM sync_changes WHERE txid = tx AND seq = s AND op = 'upsert' LOOP
    EXECUTE format(
      'UPDATE %I SET sync_seq = $1 WHERE id IN '
      '(SELECT row_id FROM sync_changes WHERE txid = $2 AND seq = $1 AND table_name = %L)', t, t)
    USING s, tx;
  END LOOP;
  PERFORM set_config('bootcamp.assigning', 'off', true);
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS sync_changes_assign_seq ON sync_changes;
CREATE CONSTRAINT TRIGGER sync_changes_assign_seq AFTER INSERT ON sync_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bootcamp_assign_seq();
"""


def _array_literal(items: list[str]) -> str:
    return "{" + ",".join(items) + "}"


def ddl() -> list[str]:
    statements = [FUNCTIONS]
    for spec in synced_specs():
        t = spec.name
        secrets = _array_literal(sorted(spec.secret))
        keys = _array_literal(tombstone_columns(spec))
        statements.append(
            f"""
DROP TRIGGER IF EXISTS bootcamp_version ON {t};
CREATE TRIGGER bootcamp_version BEFORE INSERT OR UPDATE ON {t}
  FOR EACH ROW EXECUTE FUNCTION bootcamp_bump_version();
DROP TRIGGER IF EXISTS bootcamp_log ON {t};
CREATE TRIGGER bootcamp_log AFTER INSERT OR UPDATE OR DELETE ON {t}
  FOR EACH ROW EXECUTE FUNCTION bootcamp_log_change('{secrets}', '{keys}');
"""
        )
    return statements
