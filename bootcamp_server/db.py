"""The server's database: one ``Database`` (models/db.py) and the transactions routes run in.

Every request transaction says who it runs for. On PostgreSQL it switches to the non-owner request
role (``SET LOCAL ROLE``) and sets ``bootcamp.user_id`` / ``bootcamp.admin`` / ``bootcamp.bypass`` /
``bootcamp.pull`` for the row-level security policies (``schema/rls.py``); on SQLite (workshop hub)
the first statement of a write transaction takes the next change sequence number
(``schema/changelog_sqlite.py``). Maintenance commands use ``owner()``: the schema owner, no policies.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models.db import Database, create_engine

from .schema.changelog_sqlite import COUNTER
from .settings import Settings


@dataclass(frozen=True)
class Context:
    """Who a transaction runs for: a user (with the admin flag), or the sign-in service (bypass)."""

    user_id: uuid.UUID | None = None
    admin: bool = False
    bypass: bool = False
    pull: bool = False


SERVICE = Context(bypass=True)
ANONYMOUS = Context()


class ServerDB:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        url = sa.make_url(settings.database_url)
        kwargs: dict[str, object] = {}
        if url.get_backend_name() == "postgresql":
            kwargs.update(pool_size=10, max_overflow=20)
        self.database = Database(create_engine(url, **kwargs))
        self.engine = self.database.engine
        self.is_pg = self.engine.dialect.name == "postgresql"
        self._role = sa.sql.quoted_name(settings.db_app_role, quote=True)

    def _enter(self, session: Session, ctx: Context) -> None:
        if not self.is_pg:
            return
        # One round trip: ``set_config('role', ..., true)`` is ``SET LOCAL ROLE`` (as PostgREST does it).
        session.execute(
            sa.text(
                "SELECT set_config('role', :role, true), set_config('bootcamp.user_id', :uid, true),"
                " set_config('bootcamp.admin', :adm, true),"
                " set_config('bootcamp.bypass', :byp, true), set_config('bootcamp.pull', :pull, true)"
            ),
            {
                "role": self.settings.db_app_role,
                "uid": str(ctx.user_id) if ctx.user_id else "",
                "adm": "on" if ctx.admin else "off",
                "byp": "on" if ctx.bypass else "off",
                "pull": "on" if ctx.pull else "off",
            },
        )

    @contextmanager
    def write(self, ctx: Context) -> Iterator[Session]:
        """One write transaction for ``ctx``: committed at the end of the block, rolled back on error."""
        with self.database.write() as session:
            if not self.is_pg:
                session.execute(
                    sa.text("UPDATE sync_counter SET value = value + 1 WHERE name = :n"), {"n": COUNTER}
                )
            self._enter(session, ctx)
            yield session

    @contextmanager
    def read(self, ctx: Context, *, snapshot: bool = False) -> Iterator[Session]:
        """A read-only transaction; ``snapshot``: one REPEATABLE READ snapshot on PostgreSQL."""
        bind = self.engine
        if self.is_pg:
            opts: dict[str, object] = {"postgresql_readonly": True}
            if snapshot:
                opts["isolation_level"] = "REPEATABLE READ"
            bind = self.engine.execution_options(**opts)
        with Session(bind=bind, expire_on_commit=False) as session, session.begin():
            self._enter(session, ctx)
            yield session

    @contextmanager
    def bookkeeping(self, ctx: Context) -> Iterator[Session]:
        """A write transaction for ``ctx`` of server-only bookkeeping that is no change to replicate: on
        SQLite it takes no change sequence number (``write`` does), so pulls do not see a new transaction."""
        with self.database.write() as session:
            self._enter(session, ctx)
            yield session

    @contextmanager
    def owner(self) -> Iterator[Session]:
        """A write transaction as the schema owner, for maintenance commands (no row-level security)."""
        with self.database.write() as session:
            if not self.is_pg:
                session.execute(
                    sa.text("UPDATE sync_counter SET value = value + 1 WHERE name = :n"), {"n": COUNTER}
                )
            yield session

    def server_id(self) -> str:
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.text("SELECT value FROM server_settings WHERE key = 'server_id'")
            ).scalar()
        return str(value or "")

    def dispose(self) -> None:
        self.engine.dispose()
