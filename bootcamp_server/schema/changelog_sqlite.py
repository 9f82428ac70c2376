"""SQLite change-log triggers, for the workshop hub (docs/sync-protocol.md).

SQLite has one writer at a time, so a write transaction takes its ``seq`` when it begins: the server's
write path bumps ``sync_counter('change_seq')`` first thing (``bootcamp_server.db``), and the triggers
stamp every entry and row with the counter's current value. Per synced table, AFTER triggers set
``sync_version``/``sync_seq`` on the row and append the row image (``json_object``, JSON columns
through ``json()``, secret columns left out) or a tombstone. The version update is guarded by
``WHEN NEW.sync_version = OLD.sync_version`` so the triggers' own updates do not log twice; writes
outside the server must not set ``sync_version`` themselves and must bump the counter first.
"""

from __future__ import annotations

from .tables import image_columns, synced_specs, tombstone_columns

COUNTER = "change_seq"
SEQ = f"(SELECT value FROM sync_counter WHERE name = '{COUNTER}')"
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def _json_pairs(prefix: str, spec, columns: list[str]) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for name in columns:
        kind = spec.columns[name].kind
        expr = f'{prefix}."{name}"'
        if kind in ("json", "text_array"):
            expr = f"json({expr})"
        parts.append(f"'{name}', {expr}")
    return "json_object(" + ", ".join(parts) + ")"


def ddl() -> list[str]:
    statements = [f"INSERT OR IGNORE INTO sync_counter (name, value) VALUES ('{COUNTER}', 0)"]
    for spec in synced_specs():
        t = spec.name
        image = _json_pairs("r", spec, image_columns(spec))
        tomb = _json_pairs("OLD", spec, tombstone_columns(spec))
        for suffix in ("ins", "upd", "del"):
            statements.append(f"DROP TRIGGER IF EXISTS bootcamp_{t}_{suffix}")
        statements.append(
            f"""CREATE TRIGGER bootcamp_{t}_ins AFTER INSERT ON "{t}" BEGIN
  UPDATE "{t}" SET sync_version = 1, sync_seq = {SEQ} WHERE id = NEW.id;
  INSERT INTO sync_changes (seq, table_name, row_id, op, "row", changed_at)
    SELECT {SEQ}, '{t}', r.id, 'upsert', {image}, {NOW} FROM "{t}" AS r WHERE r.id = NEW.id;
END"""
        )
        statements.append(
            f"""CREATE TRIGGER bootcamp_{t}_upd AFTER UPDATE ON "{t}"
WHEN NEW.sync_version = OLD.sync_version BEGIN
  UPDATE "{t}" SET sync_version = OLD.sync_version + 1, sync_seq = {SEQ} WHERE id = NEW.id;
  INSERT INTO sync_changes (seq, table_name, row_id, op, "row", changed_at)
    SELECT {SEQ}, '{t}', r.id, 'upsert', {image}, {NOW} FROM "{t}" AS r WHERE r.id = NEW.id;
END"""
        )
        statements.append(
            f"""CREATE TRIGGER bootcamp_{t}_del AFTER DELETE ON "{t}" BEGIN
  INSERT INTO sync_changes (seq, table_name, row_id, op, "row", changed_at)
    VALUES ({SEQ}, '{t}', OLD.id, 'delete', {tomb}, {NOW});
END"""
        )
    return statements
