"""Schema migrations (Alembic): the shared chain, and the branch of the application that owns a database.

The shared chain (``bootcamp_core/models/migrations/versions``) makes the tables every database holds.
Each application adds its own branch, in its own version location, starting from the shared chain's
0007: the server's (``bootcamp_server/migrations``, label ``server``: sign-in, blob uploads, releases)
and the replica's (``bootcamp_desktop/migrations``, label ``replica``). An application passes its branch
in as a ``Migrations``; the core knows neither. A database holds one Alembic revision per head.

``Migrations.upgrade(db)`` brings a database to every head its application knows. A database stamped
with a revision the application does not know was made by a newer version: ``SchemaTooNewError``, and
nothing is touched.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .base import Base
from .db import Database

SCRIPTS = Path(str(resources.files(__package__).joinpath("migrations")))


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the application."""


def current_revisions(db: Database) -> frozenset[str]:
    """The revisions stamped in ``db`` (one per branch head; empty for a database never migrated)."""
    with db.engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def revision_label(revisions: Iterable[str]) -> str:
    """Revisions as one word for file names and messages: ``0007+server_0003``."""
    return "+".join(sorted(revisions)) or "none"


@dataclass(frozen=True)
class Migrations:
    """The migration scripts one kind of database runs: the shared chain and ``branches`` (the version
    locations of its application's own branch), compared against ``metadata`` (all its tables)."""

    branches: tuple[Path, ...] = ()
    metadata: tuple[sa.MetaData, ...] = (Base.metadata,)

    def config(self, connection: sa.Connection | None = None) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(SCRIPTS))
        cfg.set_main_option("path_separator", "os")
        paths = [SCRIPTS / "versions", *self.branches]
        # os.pathsep between locations (path_separator above); "%" escaped for ConfigParser
        cfg.set_main_option("version_locations", os.pathsep.join(str(p).replace("%", "%%") for p in paths))
        cfg.attributes["target_metadata"] = list(self.metadata)
        if connection is not None:
            cfg.attributes["connection"] = connection
        return cfg

    @cached_property
    def _script(self) -> ScriptDirectory:
        return ScriptDirectory.from_config(self.config())

    def heads(self) -> frozenset[str]:
        return frozenset(self._script.get_heads())

    def known(self) -> frozenset[str]:
        return frozenset(s.revision for s in self._script.walk_revisions())

    def check_not_newer(self, revisions: Iterable[str]) -> None:
        unknown = sorted(set(revisions) - self.known())
        if unknown:
            raise SchemaTooNewError(
                f"the database is at schema revision {revision_label(unknown)}, which this version of the "
                "app does not know: it was written by a newer version. Update the app; the file was left "
                "untouched."
            )

    def upgrade(self, db: Database, revision: str = "heads") -> frozenset[str]:
        """Migrate ``db`` to ``revision`` (every head by default); returns the revisions it was at before."""
        before = current_revisions(db)
        self.check_not_newer(before)
        with db.engine.begin() as conn:
            command.upgrade(self.config(conn), revision)
        return before


SHARED = Migrations()  # the shared chain alone: the tables every database holds
