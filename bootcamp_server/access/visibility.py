"""What a pull sends to one user: the rows ``rules.read`` allows, and other people as public projections.

- A row image is sent when the caller may read it (``rules``), never otherwise, with the columns the
  caller's relation to it may read (``columns.shown``: a peer reviewer gets the work, not its grade; the
  author of anonymously reviewed work gets the *anonymous classmate* as its reviewer).
- Other people reach a replica only as the *public projection* of their ``users`` row (``public_user``:
  id, name, avatar, timezone, version; ``email`` and ``fataplus_user_id`` replaced by placeholders,
  everything else null), and only those the rows the caller may see refer to *as sent* (an author, a
  classmate's enrolment seen by their instructor, a course's staff; never an anonymous reviewer): the least
  a replica needs for its references to hold. A page that sends a row referring to someone carries that
  person's projection too. The anonymous classmate (``protocol.placeholders``) is everyone's to know.
- A read rule decides by ids, flags, numbers and enum values (``DECISION_KINDS``), never by text, JSON,
  times or addresses: the pull and the checkpoint read only those columns (``decision_columns``) to decide,
  which spares them parsing the rest. ``tests/server/test_demo_consistency.py`` holds the rules to it.
- Tombstones carry nothing but the id on the wire. Those of personal tables go where the rules let the
  deleted row go; those of shared tables (content, ``users``) go to everyone, so a deletion whose parents
  were deleted with it still reaches every replica.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.protocol import TableChecksum, registry, table_checksum
from bootcamp_core.protocol.checksum import MOD as CHECKSUM_MOD
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID

from ..schema.rls import PERSONAL_TABLES
from ..serving import check_abandoned
from .columns import PUBLIC_USER, conceal, everything, hidden_columns, masked_tables, maybe_hidden, shown
from .principal import Principal
from .relations import Relations
from .rules import Decision, can

# ``columns.PUBLIC_USER`` in the order ``bootcamp_public_users`` returns them.
PUBLIC_USER_COLUMNS = ("id", "full_name", "avatar_url", "timezone", "sync_version", "sync_seq")


# The kinds of column a read rule may look at (see the module's docstring).
DECISION_KINDS = frozenset({"uuid", "bool", "int", "enum"})
# Tables that tie a person to a course first: most people a caller knows are found there.
_PEOPLE_FIRST = ("enrollments", "course_staff", "courses")
IN_CHUNK = 1000


@cache
def decision_columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` a read rule may decide by (with ``sync_version`` for the checkpoint)."""
    return tuple(n for n, c in registry()[table].columns.items() if c.kind in DECISION_KINDS)


def public_user(values: Mapping[str, Any]) -> dict[str, Any]:
    """The public projection of a user row (Python values, every column present): ``users`` as its
    ``anyone`` relation reads it (``columns``)."""
    full = {name: values.get(name) for name in registry()["users"].columns}
    return conceal("users", full, everything("users") - PUBLIC_USER)


def user_columns(table: str) -> list[str]:
    """The columns of ``table`` that refer to a user."""
    return [c for c, target in registry()[table].foreign_keys.items() if target == "users"]


def referenced_users(table: str, values: Mapping[str, Any]) -> set[uuid.UUID]:
    """The people a row refers to (give it the row as sent: ``columns.shown``)."""
    return {values[c] for c in user_columns(table) if values.get(c) is not None}


# Which rows of the large personal tables can be readable at all, in SQL on the alias ``t`` (``:me``: the
# caller, ``:staffed``: the courses they are on the staff of): the same sets the read rules allow, so scans
# (bootstrap pages, the checkpoint, snapshots) read those rows only and the rules still decide each one. A
# learner's replica holds a few thousand of the platform's hundreds of thousands of progress and analytics
# rows. tests/server/test_demo_consistency.py holds bootstrap pages and checkpoints to the pull's rows.
_MINE_OR_STAFFED = "(t.user_id = :me OR t.course_id IN :staffed)"
CANDIDATES = {
    "users": "t.id = :me",  # other people reach a replica as public projections, never through a scan
    "learning_analytics": _MINE_OR_STAFFED,
    "enrollments": _MINE_OR_STAFFED,
    "lesson_progress": "t.enrollment_id IN (SELECT e.id FROM enrollments e WHERE e.user_id = :me"
    " OR e.course_id IN :staffed)",
    "user_profiles": "t.user_id = :me",
    "user_roles": "t.user_id = :me",
    "fataplus_integration": "t.user_id = :me",
    "external_service_tokens": "t.user_id = :me",
}


def candidates(table: str, principal: Principal) -> tuple[str, dict[str, Any]] | None:
    """The SQL condition (on alias ``t``) and parameters of the rows of ``table`` the caller may read at most;
    None when that is not narrowed (an administrator, or a table decided by the rules alone)."""
    condition = CANDIDATES.get(table)
    if condition is None or principal.is_admin:
        return None
    params: dict[str, Any] = {"me": principal.user_id}
    if ":staffed" in condition:
        params["staffed"] = sorted(principal.staff)
    return condition, params


def candidate_clause(table: str, principal: Principal) -> sa.TextClause | None:
    """``candidates`` as a clause for a select from ``registry()[table].table.alias("t")``."""
    found = candidates(table, principal)
    if found is None:
        return None
    condition, params = found
    binds = [sa.bindparam("staffed", expanding=True, type_=sa.Uuid())] if "staffed" in params else []
    return sa.text(condition).bindparams(*binds, **params)


class _Touched(Exception):
    pass


class _Untouchable(Mapping[str, Any]):
    """A row (or relations) that refuses to be looked at: a rule that decides without it is row-independent."""

    def __getitem__(self, key: str) -> Any:
        raise _Touched

    def __getattr__(self, name: str) -> Any:
        raise _Touched

    def __iter__(self) -> Iterator[str]:
        raise _Touched

    def __len__(self) -> int:
        raise _Touched


class Visibility:
    def __init__(self, session: Session, principal: Principal) -> None:
        self.session = session
        self.principal = principal
        self.rel = Relations(session, principal)
        self.decision = Decision(principal, self.rel)
        self.is_pg = session.get_bind().dialect.name == "postgresql"
        self._visible: dict[str, list[dict[str, Any]]] | None = None
        self._people: set[uuid.UUID] | None = None
        self._known: set[uuid.UUID] = {principal.user_id}  # people found by ``learn``
        self._asked: set[uuid.UUID] = {principal.user_id}  # ... and those it looked for
        self._reads_every_row: dict[str, bool] = {}

    # -- one change ------------------------------------------------------------------------------
    def row(self, table: str, values: Mapping[str, Any]) -> dict[str, Any] | None:
        """The values to send for this row image, or None when the caller may not see it."""
        if table == "users":
            if self.principal.is_admin or values.get("id") == self.principal.user_id:
                return dict(values)
            if self.knows(values.get("id")):
                return public_user(values)
            return None
        return self.shown(table, values) if self.may_read(table, values) else None

    def shown(self, table: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """A row the caller may read, with what they may not read of it concealed (``columns.shown``)."""
        return shown(self.decision, table, values)

    def hidden(self, table: str, values: Mapping[str, Any]) -> frozenset[str]:
        """The columns of a readable row the caller may not read (empty for most)."""
        if table not in masked_tables():
            return frozenset()
        return hidden_columns(self.decision, table, values)

    def people_in(self, table: str, values: Mapping[str, Any]) -> set[uuid.UUID]:
        """The people a readable row refers to as the caller receives it."""
        if not maybe_hidden(table).intersection(user_columns(table)):
            return referenced_users(table, values)
        hidden = self.hidden(table, values)
        return referenced_users(table, conceal(table, values, hidden) if hidden else values)

    def may_read(self, table: str, values: Mapping[str, Any]) -> bool:
        """Whether the rules let the caller read this row (``values``: at least its decision columns)."""
        return can(self.decision, "read", table, values)

    def reads_every_row(self, table: str) -> bool:
        """True when the rules let the caller read any row of ``table`` whatever it holds (an admin, for
        most tables): the pull then need not look into the rows at all."""
        found = self._reads_every_row.get(table)
        if found is None:
            probe = Decision(self.principal, _Untouchable())  # type: ignore[arg-type]
            try:
                found = can(probe, "read", table, _Untouchable())
            except _Touched:
                found = False
            self._reads_every_row[table] = found
        return found

    def tombstone(self, table: str, values: Mapping[str, Any]) -> bool:
        if table not in PERSONAL_TABLES or table == "users" or self.principal.is_admin:
            return True
        owner = values.get("user_id")
        if owner is not None and owner == self.principal.user_id:
            return True
        try:
            return self.may_read(table, values)
        except (KeyError, TypeError):
            return False

    def public_users(self, ids: Iterable[uuid.UUID]) -> list[dict[str, Any]]:
        """Current public projections of these users (never the caller: they get their full row)."""
        wanted = sorted({i for i in ids if i != self.principal.user_id})
        if not wanted:
            return []
        if self.is_pg:
            rows = self.session.execute(
                sa.text(
                    "SELECT id, full_name, avatar_url, timezone, sync_version, sync_seq "
                    "FROM bootcamp_public_users(CAST(:ids AS uuid[]))"
                ),
                {"ids": [str(i) for i in wanted]},
            ).mappings()
        else:
            t = registry()["users"].table
            rows = self.session.execute(
                sa.select(*[t.c[n] for n in PUBLIC_USER_COLUMNS]).where(t.c.id.in_(wanted))
            ).mappings()
        return [public_user(r) for r in rows]

    # -- people ---------------------------------------------------------------------------------
    def knows(self, person: uuid.UUID | None) -> bool:
        """Whether the caller may know of this person (one of ``people``)."""
        if person is None:
            return False
        if person == ANONYMOUS_ID:
            return True
        if self._people is not None:
            return person in self._people
        self.learn([person])
        return person in self._known

    def learn(self, candidates: Iterable[uuid.UUID]) -> None:
        """Find which of these people the caller may know, reading only the rows that refer to them (a page
        of ``users`` changes is decided with a few queries instead of a scan of everything visible)."""
        remaining = {c for c in candidates if c not in self._asked}
        self._asked |= remaining
        if self._people is not None or not remaining:
            return
        tables = [*_PEOPLE_FIRST, *(t for t in registry() if t not in _PEOPLE_FIRST)]
        for table in tables:
            columns = user_columns(table)
            if not columns or not remaining:
                continue
            t = registry()[table].table
            wanted = sorted(remaining)
            for start in range(0, len(wanted), IN_CHUNK):
                chunk = wanted[start : start + IN_CHUNK]
                stmt = sa.select(*[t.c[n] for n in decision_columns(table)]).where(
                    sa.or_(*(t.c[c].in_(chunk) for c in columns))
                )
                for r in self.session.execute(stmt).mappings():
                    found = referenced_users(table, r) & remaining
                    if found and self.may_read(table, r):
                        found &= self.people_in(table, r)  # through the columns they may read only
                        self._known |= found
                        remaining -= found

    # -- current state (people, checkpoint, snapshot) ----------------------------------------------
    @property
    def visible(self) -> dict[str, list[dict[str, Any]]]:
        """The decision columns (``decision_columns``) of every visible row of every synced table but
        ``users``, read once per pull: what the checkpoint and ``people`` need."""
        if self._visible is None:
            self._visible = {
                t: list(self.scan(t, columns=decision_columns(t), batch=5000, past_row_security=True))
                for t in registry()
                if t != "users"
            }
        return self._visible

    def fetch_past_row_security(self, stmt: sa.Executable) -> list[Any]:
        """Run ``stmt`` as the connection's own role, in the same transaction and snapshot, and return to
        the request's role. Row-level security's per-row functions cost more than the whole scan of the
        personal tables (about 80 µs a row); every row read so is still decided by the rules, which are
        narrower than the policies (``tests/server/test_demo_consistency.py`` checks both ways agree)."""
        role = self.session.execute(sa.text("SELECT current_user")).scalar()
        self.session.execute(sa.text("RESET ROLE"))
        try:
            return list(self.session.execute(stmt).mappings().all())
        finally:
            self.session.execute(sa.text(f'SET LOCAL ROLE "{role}"'))

    @property
    def people(self) -> set[uuid.UUID]:
        """The users the caller may know of: themselves and whoever a row they may see refers to."""
        if self._people is None:
            people = {self.principal.user_id, ANONYMOUS_ID}
            for table, rows in self.visible.items():
                if user_columns(table):
                    for r in rows:
                        people |= self.people_in(table, r)
            self._people = people
        return self._people

    def scan(
        self,
        table: str,
        after: uuid.UUID | None = None,
        batch: int = 1000,
        columns: Iterable[str] | None = None,
        past_row_security: bool = False,
        extra: Iterable[sa.ColumnElement[Any]] = (),
    ) -> Iterator[dict[str, Any]]:
        """The rows of ``table`` the rules let the caller read, ordered by id. ``past_row_security``: read
        them without the policies' filter (PostgreSQL), for a scan that only decides and counts. ``extra``:
        more columns to select (SQL on the table's alias ``t``), returned with the row's values."""
        t = registry()[table].table.alias("t")
        cols = [*(t.c[name] for name in (columns or registry()[table].columns)), *extra]
        narrowed = candidate_clause(table, self.principal)
        every = self.reads_every_row(table)
        last = after
        while True:
            check_abandoned()  # the client of this request may have gone (serving.py)
            stmt = sa.select(*cols).order_by(t.c.id).limit(batch)
            if narrowed is not None:
                stmt = stmt.where(narrowed)
            if last is not None:
                stmt = stmt.where(t.c.id > last)
            if past_row_security and self.is_pg and table in PERSONAL_TABLES:
                rows = self.fetch_past_row_security(stmt)
            else:
                rows = self.session.execute(stmt).mappings().all()
            if not every:
                self.rel.prefetch(table, rows)
            for r in rows:
                if every or self.may_read(table, r):
                    yield dict(r)
            if len(rows) < batch:
                return
            last = rows[-1]["id"]

    def visible_rows(self, table: str, after: uuid.UUID | None = None) -> Iterator[dict[str, Any]]:
        """Current visible rows of ``table`` (Python values, every column, as the caller may read them), ordered
        by id."""
        if table != "users":
            for values in self.scan(table, after):
                yield self.shown(table, values)
            return
        if self.principal.is_admin:
            yield from self.scan("users", after)
            return
        t = registry()["users"].table
        own = (
            self.session.execute(
                sa.select(*[t.c[n] for n in registry()["users"].columns]).where(
                    t.c.id == self.principal.user_id
                )
            )
            .mappings()
            .first()
        )
        out = {r["id"]: r for r in self.public_users(self.people)}
        if own is not None:
            out[own["id"]] = dict(own)
        for rid in sorted(out):
            if after is None or rid > after:
                yield out[rid]

    def checkpoint(self) -> dict[str, dict[str, object]]:
        if self.principal.is_admin and self.is_pg:
            return self._whole_tables_checkpoint()
        out: dict[str, dict[str, object]] = {}
        for table in registry():
            rows = self.visible_rows(table) if table == "users" else iter(self.visible[table])
            acc = table_checksum(table, ((r["id"], r["sync_version"]) for r in rows))
            out[table] = acc.as_wire()
        return out

    def _whole_tables_checkpoint(self) -> dict[str, dict[str, object]]:
        """An admin sees every row: the same counts and sums (``protocol.checksum``), computed by PostgreSQL
        over whole tables in one statement instead of reading every row into Python."""
        parts = [
            f"SELECT {i} AS n, count(*) AS rows, coalesce(sum(('x' || encode(substring(sha256(convert_to("
            f"'{table}:' || id::text || ':' || sync_version::text, 'UTF8')) FROM 1 FOR 8), 'hex'))::bit(64)::bigint),"
            f' 0) AS total FROM "{table}"'
            for i, table in enumerate(registry())
        ]
        found = {
            n: (rows, total) for n, rows, total in self.session.execute(sa.text(" UNION ALL ".join(parts)))
        }
        out: dict[str, dict[str, object]] = {}
        for i, table in enumerate(registry()):
            rows, total = found[i]
            # The signed 64-bit sum, taken modulo 2**64, is the unsigned sum the protocol defines.
            out[table] = TableChecksum(table, int(rows), int(total) % CHECKSUM_MOD).as_wire()
        return out
