"""Issue 13's third journey: two instructors grade the same submission offline, through the real server
process on PostgreSQL, each replica its own process driving the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import SECOND_INSTRUCTOR, WORKSHOP_INSTRUCTOR
from .replica import Replica
from .server import ServerProcess
from .server_checks import fresh_submission, one_grade_each

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_two_instructors_grade_the_same_submission_offline(server: ServerProcess, tmp_path: Path) -> None:
    """Both teachers of the marketplace course sync, grade the same fresh work offline (A and F), and sync
    one after the other: one grade stands whole on the server, the second teacher sees one readable
    conflict holding both, and nothing is half-applied."""
    sid = fresh_submission(server, "a-produce-marketplace-for-smallholders")
    first = Replica("first", WORKSHOP_INSTRUCTOR, tmp_path / "moussa", server.url, keyring="none")
    second = Replica("second", SECOND_INSTRUCTOR, tmp_path / "wanjiru", server.url, keyring="none")
    for teacher in (first, second):
        teacher.login_cli("--passphrase-vault")
        assert teacher.cli("sync").returncode == 0
    server.stop()
    try:
        a = first.run("drive_instructor", "grade_one", submission=sid, level=3)
        f = second.run("drive_instructor", "grade_one", submission=sid, level=1)
    finally:
        server.start()
    assert a["grade"] != f["grade"]
    won = first.run("drive_instructor", "sync_conflict", submission=sid)
    assert won["ok"] and not won["problems"], won
    lost = second.run("drive_instructor", "sync_conflict", submission=sid, decide="discard")
    assert len(lost["problems"]) == 1, lost["problems"]
    what, _change, why, _when = lost["problems"][0]
    assert what == "Submission with Feedback" and why.startswith("Conflict"), lost["problems"]
    grades = one_grade_each(server, [sid], revised=None)
    assert grades[sid] == (a["grade"], a["score"])
    assert lost["shown"][1] == a["score"], "the submission shows the score that stands, beside the conflict"
    assert lost["after_discard"] == {"grade": a["grade"], "score": a["score"]}
    assert lost["feedback_rows_after_discard"] == 1, "once decided, the replica holds what the server has"
