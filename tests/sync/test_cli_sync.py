"""``bootcamp-desktop sync`` headless: progress on stderr and exit codes a script can act on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_core.models import Discussion, Enrollment
from bootcamp_desktop.sync.outbox import local_write
from tests.file_keyring import export_memory_keyring

from .live import LiveServer, new_replica


def run_sync(directory: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bootcamp_desktop", "--data-dir", str(directory), "sync"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
    )


@pytest.mark.slow
def test_exit_codes(live: LiveServer, tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    fresh = run_sync(tmp_path / "nothing", {})
    assert fresh.returncode == 2 and "no server is configured" in fresh.stderr

    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    directory, replica_id = ws.directory, ws.settings.replica_id
    ws.close()
    env = export_memory_keyring(memory_keyring.entries, tmp_path / "keyring.json")

    first = run_sync(directory, env)
    assert first.returncode == 0, first.stderr
    assert "received" in first.stderr and "pull" in first.stderr

    again = run_sync(directory, env)
    assert again.returncode == 0 and "0 received" in again.stderr

    import sqlalchemy as sa

    from bootcamp_desktop.services.workspace import open_workspace

    ws = open_workspace(directory, demo_if_empty=False)
    with ws.db.session() as s:
        course = s.scalars(
            sa.select(Enrollment.course_id).where(Enrollment.user_id == live.users[DEMO_LEARNER_EMAIL])
        ).first()
    with local_write(ws.db) as s:
        s.add(
            Discussion(
                course_id=course,
                author_id=live.users[DEMO_LEARNER_EMAIL],
                title="From the CLI",
                content="queued offline",
            )
        )
    ws.settings.server_url, real = "http://127.0.0.1:9", ws.settings.server_url  # nothing listens there
    ws.save_settings()
    ws.close()
    (tmp_path / "keyring.json").write_text(
        (tmp_path / "keyring.json")
        .read_text()
        .replace(f"{real}#{replica_id}", f"http://127.0.0.1:9#{replica_id}")
    )
    offline = run_sync(directory, env)
    assert offline.returncode == 3, offline.stderr
    assert "cannot reach" in offline.stderr

    ws = open_workspace(directory, demo_if_empty=False)
    ws.settings.server_url = real
    ws.save_settings()
    ws.close()
    (tmp_path / "keyring.json").write_text("{}")
    signed_out = run_sync(directory, env)
    assert signed_out.returncode == 4, signed_out.stderr
