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

The store lives in the session's ``info`` for the request (``attach``): a SQLite hub, and a session
without it, read from the database as before.
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
        self._journal: list[tuple[tuple[str, uuid.UUID], Any]] | None = None

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
        self._remember((table, _uuid(row["id"])))
        self._rows[(table, _uuid(row["id"]))] = dict(row)

    def drop(self, table: str, row_id: Any) -> None:
        key = (table, _uuid(row_id))
        if key in self._rows:
            self._remember(key)
            del self._rows[key]

    def begin(self) -> None:
        """Start recording changes, so a rolled-back transaction can take them back."""
        self._journal = []

    def commit(self) -> None:
        self._journal = None

    def rollback(self) -> None:
        for key, before in reversed(self._journal or []):
            if before is _ABSENT:
                self._rows.pop(key, None)
            else:
                self._rows[key] = before
        self._journal = None

    def _remember(self, key: tuple[str, uuid.UUID]) -> None:
        if self._journal is not None:
            self._journal.append((key, self._rows.get(key, _ABSENT)))


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def attach(session: Session) -> LockedRows:
    rows = LockedRows()
    session.info[KEY] = rows
    return rows


def locked_rows(session: Session) -> LockedRows | None:
    return session.info.get(KEY)
