"""Schema migrations (Alembic) for every database the application opens.

``upgrade(db)`` brings a database to the newest revision the app knows. A database stamped with a
revision this app does not know was made by a newer version: ``SchemaTooNewError``, and nothing is
touched.
"""

from __future__ import annotations

from importlib import resources

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .db import Database


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the application."""


def alembic_config(connection: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files(__package__).joinpath("migrations")))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(
            f"the database is at schema revision {revision}, which this version of the app does not "
            "know: it was written by a newer version. Update the app; the file was left untouched."
        )


def upgrade(db: Database, revision: str = "head") -> str | None:
    """Migrate ``db`` to ``revision``; returns the revision it was at before."""
    before = current_revision(db)
    check_not_newer(before)
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    return before
