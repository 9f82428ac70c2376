"""The rows a push holds locked, kept in memory for the rest of the request (``LockedRows``).

A push locks the rows its batch names in one query per table (``push._lock_in_order``, PostgreSQL), and
reads them in that query. Until the request ends nobody else may change a row it holds (``FOR NO KEY
UPDATE``), so the row as read, followed by what the push itself writes (``RETURNING``), is the row as it
is: ``mutation.py`` reads it from here instead of asking the database again, mutation by mutation.

Only rows that exist (and the caller may see) are kept: an id the batch names that is not there is
looked up again when it is needed, as anyone may insert it meanwhile; only an insert that holds its
writes back takes it as still missing (``was_missing``), since a row inserted meanwhile makes its write
fail and the request run again with savepoints. A transaction of the push that is
rolled back takes back what it put here (``begin`` / ``rollback``), so the rows stay those of the
database.

It also remembers which of the caller's inserts were merged into another row in this request
(``alias``), since the answers are recorded only at its end.

The store lives in the session's ``info`` for the request (``attach``); on a SQLite hub (one writer, no
locks) it keeps no rows, and a session without it reads from the database as before.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

KEY = "bootcamp.locked_rows"
Row = dict[str, Any]
_ABSENT = object()


class LockedRows:
    def __init__(self) -> None:
        self._rows: dict[tuple[str, uuid.UUID], Row] = {}
        self._missing: set[tuple[str, uuid.UUID]] = set()  # named by the batch, not there when it was locked
        self._journal: list[tuple[dict[Any, Any], tuple[str, uuid.UUID], Any]] | None = None
        # (table, id a client inserted) -> the row its insert was merged into, in this request (the
        # answers are recorded at its end; ``mutation._merged_into`` reads those of earlier requests)
        self._aliases: dict[tuple[str, uuid.UUID], uuid.UUID] = {}

    def get(self, table: str, row_id: Any) -> Row | None:
        row = self._rows.get((table, _uuid(row_id)))
        return dict(row) if row is not None else None

    def missing(self, table: str, row_ids: set[uuid.UUID]) -> None:
        """These ids of ``table`` were looked for when the batch was locked and not found."""
        self._missing |= {(table, i) for i in row_ids}

    def was_missing(self, table: str, row_id: Any) -> bool:
        """Not there when the batch was locked, and not written by it since."""
        key = (table, _uuid(row_id))
        return key in self._missing and key not in self._rows

    def put(self, table: str, row: Row) -> None:
        self._missing.discard((table, _uuid(row["id"])))  # there now, written by this request
        self._remember(self._rows, (table, _uuid(row["id"])))
        self._rows[(table, _uuid(row["id"]))] = dict(row)

    def drop(self, table: str, row_id: Any) -> None:
        key = (table, _uuid(row_id))
        if key in self._rows:
            self._remember(self._rows, key)
            del self._rows[key]

    def alias(self, table: str, inserted_id: Any, into: Any) -> None:
        """The caller's insert of ``inserted_id`` was merged into the row ``into``."""
        key = (table, _uuid(inserted_id))
        self._remember(self._aliases, key)
        self._aliases[key] = _uuid(into)

    def merged_into(self, table: str, inserted_id: Any) -> uuid.UUID | None:
        return self._aliases.get((table, _uuid(inserted_id)))

    def begin(self) -> None:
        """Start recording changes, so a rolled-back transaction can take them back."""
        self._journal = []

    def commit(self) -> None:
        self._journal = None

    def rollback(self) -> None:
        for store, key, before in reversed(self._journal or []):
            if before is _ABSENT:
                store.pop(key, None)
            else:
                store[key] = before
        self._journal = None

    def _remember(self, store: dict[Any, Any], key: tuple[str, uuid.UUID]) -> None:
        if self._journal is not None:
            self._journal.append((store, key, store.get(key, _ABSENT)))


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def attach(session: Session) -> LockedRows:
    rows = LockedRows()
    session.info[KEY] = rows
    return rows


def locked_rows(session: Session) -> LockedRows | None:
    return session.info.get(KEY)
