"""A replica left by an old version of the app, for the package check (``ci-check.sh``).

    python packaging/linux/old_replica.py make DIR    # schema of the first release, one learner, a server
    python packaging/linux/old_replica.py check DIR   # after the installed app opened it: upgraded, kept

``make`` writes what a learner's laptop holds after months on the first release: a replica at the first
schema revision with the learner's row, signed in to a server (which the check makes unreachable), in
French. ``check`` proves the installed app, started with no network, migrated it in place after a backup
and kept the learner's data. Runs with the build environment's Python (the installed app has none).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bootcamp_core.models.db import sqlite_database
from bootcamp_core.models.migrate import current_revisions, revision_label
from bootcamp_desktop.replica import MIGRATIONS, backups_dir, replica_path
from bootcamp_desktop.services.settings import Settings, save_settings

FIRST_REVISION = "0001"
LEARNER_ID = "0190a1b2c3d47e5f8a9b0c1d2e3f4a5b"
LEARNER = "Aina Rakoto (first release)"


def make(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    db = sqlite_database(replica_path(directory))
    try:
        MIGRATIONS.upgrade(db, FIRST_REVISION)
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO users (id, fataplus_user_id, email, full_name) VALUES (?, ?, ?, ?)",
                (LEARNER_ID, "fedcba9876543210fedcba9876543210", "aina@first-release.example", LEARNER),
            )
    finally:
        db.dispose()
    save_settings(
        directory, Settings(server_url="https://bootcamp.fataplus.example", user_id=LEARNER_ID, language="fr")
    )


def check(directory: Path) -> list[str]:
    if not replica_path(directory).exists():
        return [f"no replica in {directory}"]
    db = sqlite_database(replica_path(directory))
    try:
        problems = []
        if (revisions := current_revisions(db)) != MIGRATIONS.heads():
            problems.append(
                f"the replica is at revision {revision_label(revisions)}, "
                f"not {revision_label(MIGRATIONS.heads())}"
            )
        with db.engine.connect() as conn:
            names = [
                r[0] for r in conn.exec_driver_sql("SELECT full_name FROM users WHERE id = ?", (LEARNER_ID,))
            ]
        if names != [LEARNER]:
            problems.append(f"the learner's row was not kept: {names}")
    finally:
        db.dispose()
    if not list(backups_dir(directory).glob(f"replica-before-upgrade-{FIRST_REVISION}-*.db")):
        problems.append("no backup was taken before the upgrade")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("make", "check"):
        raise SystemExit(__doc__.split("\n\n")[1])
    target = Path(sys.argv[2])
    if sys.argv[1] == "make":
        make(target)
        raise SystemExit(0)
    found = check(target)
    for line in found:
        print(f"error: {line}", file=sys.stderr)
    raise SystemExit(1 if found else 0)
