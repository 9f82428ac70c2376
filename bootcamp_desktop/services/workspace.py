"""Opening the user's workspace: the replica, its settings, its blob store; first-start demo content.

With no server configured and an empty replica, the first start fills the replica with the demo
bootcamp and signs in as the demo learner, so a new user sees a working bootcamp at once.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.demo import DEMO_LEARNER_EMAIL, DemoSummary, generate_demo
from bootcamp_core.models import Course, User, utcnow
from bootcamp_core.models.db import Connector, Database, PlainSQLite
from bootcamp_desktop.replica import backups_dir, blobs_dir, data_dir, open_replica, replica_path

from . import replica_key
from .settings import Settings, load_settings, save_settings


@dataclass
class Workspace:
    directory: Path
    db: Database
    settings: Settings
    connector: Connector = field(default_factory=PlainSQLite)
    notice: str | None = None  # what the user should be told about this replica (encryption, key loss)

    @property
    def blobs_dir(self) -> Path:
        return blobs_dir(self.directory)

    def save_settings(self) -> None:
        save_settings(self.directory, self.settings)

    def close(self) -> None:
        self.db.dispose()


def open_workspace(directory: Path | None = None, *, demo_if_empty: bool = True) -> Workspace:
    directory = (directory or data_dir()).resolve()
    settings = load_settings(directory)
    choice = replica_key.choose(directory, settings)
    if choice.key_lost:
        _set_aside(directory, "undecryptable")
    db = open_replica(directory, choice.connector)
    ws = Workspace(directory, db, settings, choice.connector, choice.notice)
    if demo_if_empty and ws.settings.server_url is None and is_empty(db):
        seed_demo(ws)
    return ws


def _set_aside(directory: Path, why: str) -> Path:
    """Move the replica file out of the way (never delete it) so a fresh one can take its place."""
    path = replica_path(directory)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir(directory) / f"replica-{why}-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return target


def is_empty(db: Database) -> bool:
    with db.session() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(Course)) == 0


def seed_demo(
    ws: Workspace,
    *,
    seed: int = 1,
    learners: int = 12,
    today: dt.date | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> DemoSummary:
    """Fill the replica with the demo bootcamp and make the demo learner the local identity."""
    with ws.db.write() as s:
        summary = generate_demo(
            s, blobs_dir=ws.blobs_dir, seed=seed, learners=learners, today=today, progress=progress
        )
    with ws.db.session() as s:
        learner_id = s.scalar(sa.select(User.id).where(User.email == DEMO_LEARNER_EMAIL))
    ws.settings.user_id = str(learner_id)
    ws.save_settings()
    return summary


def current_user(ws: Workspace) -> User | None:
    uid = ws.settings.current_user_id
    if uid is None:
        return None
    with ws.db.session() as s:
        return s.get(User, uid)
