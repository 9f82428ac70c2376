"""``migrate``: Alembic to head, then the triggers (and on PostgreSQL the role and RLS), in one go."""

from __future__ import annotations

import logging
import uuid

import sqlalchemy as sa

from bootcamp_core.models import User
from bootcamp_core.models.db import Database
from bootcamp_core.models.migrate import revision_label
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID, ANONYMOUS_NAME, ZERO_UUID

from ..models import MIGRATIONS
from . import changelog_pg, changelog_sqlite, rls

log = logging.getLogger("bootcamp_server.schema")


def migrate(db: Database, app_role: str = "bootcamp_app") -> None:
    before = revision_label(MIGRATIONS.upgrade(db))
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # One migrator at a time (several workers or test sessions may start together).
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7243019552)")
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            for statement in [*changelog_pg.ddl(), *rls.ddl(app_role)]:
                cursor.execute(statement)  # no parameters: plpgsql bodies keep their % signs
            cursor.close()
        else:
            for statement in changelog_sqlite.ddl():
                conn.exec_driver_sql(statement)
        users = User.__table__
        if conn.execute(sa.select(users.c.id).where(users.c.id == ANONYMOUS_ID)).first() is None:
            # The anonymous classmate: who an anonymous review's reviewer (and its author, to the reviewer)
            # is on the wire (access/columns.py). A user row, so every reference to it holds on a replica.
            conn.execute(
                sa.insert(users).values(
                    id=ANONYMOUS_ID,
                    fataplus_user_id=ZERO_UUID,
                    email="anonymous-classmate@users.invalid",
                    full_name=ANONYMOUS_NAME,
                    is_active=False,
                )
            )
        has_id = conn.execute(sa.text("SELECT value FROM server_settings WHERE key = 'server_id'")).first()
        if has_id is None:
            conn.execute(
                sa.text("INSERT INTO server_settings (key, value) VALUES ('server_id', :v)"),
                {"v": str(uuid.uuid4())},
            )
    log.info(
        "database migrated", extra={"fields": {"from_revision": before, "dialect": db.engine.dialect.name}}
    )
