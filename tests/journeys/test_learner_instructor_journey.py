"""Issue 13's learner and instructor journeys, through the real server process on PostgreSQL, each
replica its own process driving the window; the server is stopped for the offline parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bootcamp_core.demo import DEMO_LEARNER_EMAIL

from .conftest import WORKSHOP_INSTRUCTOR
from .replica import Replica
from .server import ServerProcess
from .server_checks import fresh_submission, one_grade_each

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_learner_and_instructor_journeys(server: ServerProcess, tmp_path: Path) -> None:
    """The learner (a real Secret Service) signs in with the CLI as the README says, opens the app,
    downloads a course, studies it offline, hands in work with a photo and replies to a classmate, then
    syncs. The instructor (no keyring: the passphrase vault, chosen in the window) signs in in the window,
    grades offline by keyboard, syncs; the learner's next sync brings exactly one grade with its feedback."""
    aina = Replica("learner", DEMO_LEARNER_EMAIL, tmp_path / "aina", server.url, keyring="secret-service")
    signed = aina.cli("login", "--server", server.url)  # the README's way: the browser opens
    assert signed.returncode == 0, signed.stderr
    aina.run("drive_learner", "download")
    server.stop()
    try:
        studied = aina.run("drive_learner", "study_offline")
    finally:
        server.start()
    assert set(studied["lesson_types"]) == {"video", "text", "interactive", "quiz", "assignment"}
    aina.run("drive_learner", "sync_back")

    moussa = Replica("instructor", WORKSHOP_INSTRUCTOR, tmp_path / "moussa", server.url, keyring="none")
    fresh_submission(server, "a-produce-marketplace-for-smallholders")  # a third piece of work to grade
    assert moussa.run("drive_instructor", "sign_in")["user_id"]
    server.stop()
    try:
        graded = moussa.run("drive_instructor", "grade_offline", submission=studied["submission_id"])
    finally:
        server.start()
    back = moussa.run("drive_instructor", "sync_back")
    assert all(back["feedback_rows"].get(sid) == 1 for sid in graded["graded"]), back["feedback_rows"]
    grades = one_grade_each(server, graded["graded"], graded["revised"])

    seen = aina.run("drive_learner", "read_grade", submission=studied["submission_id"])
    assert seen["status"] == "graded" and (seen["grade"], seen["score"]) == grades[studied["submission_id"]]
    assert seen["feedback_rows"] == 1 and seen["feedback"]
    print({"learner": aina.timings, "instructor": moussa.timings})
