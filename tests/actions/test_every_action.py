"""Issue 13, must-have 5: ordinary actions raise no conflicts.

For each demo role, a replica signed in to a real server on PostgreSQL opens the real window, and every
write the window offers that role is done once through its widgets; one Sync now later the Sync panel is
empty (no conflict, no rejection, nothing left unsent) and the server holds each change. The coverage
guard reads every write from the UI's source (``registry.write_sites``): a write no walk does fails it,
so a new action cannot arrive untested.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bootcamp_core.demo import (
    DEMO_ADMIN_EMAIL,
    DEMO_FACILITATOR_EMAIL,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_LEARNER_EMAIL,
)

from . import walk_learner, walk_staff
from .conftest import open_window, problems_after_sync, sync_now
from .registry import UI, write_sites

pytestmark = pytest.mark.slow

# What each role's walk does, by services function; each walk checks it did exactly these.
WALKED: dict[str, frozenset[str]] = {
    "learner": frozenset(
        {
            "catalogue.enrol",
            "progress.open_lesson",
            "progress.record_time",
            "progress.complete_lesson",
            "progress.record_quiz_attempt",
            "assignments.take_graded_quiz",
            "assignments.save_draft",
            "assignments.attach_file",
            "assignments.remove_file",
            "assignments.submit",
            "peer_review.submit_review",
            "discussions.record_view",
            "discussions.reply",
            "discussions.post_thread",
            "discussions.mark_solution",
            "discussions.vote_helpful",
            "projects.upload_version",
            "projects.mark_final",
            "profile.save_profile",
        }
    ),
    "instructor": frozenset(
        {
            "grading_write.mark_under_review",
            "grading_write.submit_grade",
            "grading_write.request_revision",
            "rubric_library.save_rubric",
            "authoring.create_course",
            "authoring.update_course",
            "authoring.set_published",
            "authoring.create_module",
            "authoring.update_module",
            "authoring.move_module",
            "authoring.delete_module",
            "authoring.create_lesson",
            "authoring.update_lesson",
            "authoring.move_lesson",
            "authoring.delete_lesson",
            "authoring_content.save_markdown",
            "authoring_content.set_quiz",
            "authoring_content.attach_media",
            "authoring_content.set_video",
            "authoring_content.add_download",
            "peer_assignment.assign_reviewers",
            "peer_assignment.redact_review",
            "peer_assignment.remove_review",
            "certification.issue_certificate",
            "certification.revoke_certificate",
        }
    ),
    "facilitator": frozenset(),  # analytics, cohort and presenter only read
}
WALKED["admin"] = WALKED["instructor"]  # the same screens (and the audit log, which only reads)
# Writes that are no ordinary action: they exist to settle a conflict or rejection, so with none there
# is nothing to press (tests/sync and tests/ui/test_sync_ui.py drive them).
SETTLING = frozenset({"sync_ops.retry", "sync_ops.discard"})


def test_every_write_in_the_window_is_walked() -> None:
    sites = write_sites()
    assert len(sites) > 30, "the scan finds the window's writes"
    unknown = [s for s in sites if s.action.startswith("?")]
    assert not unknown, f"writes whose services function cannot be told from the code: {unknown}"
    walked = frozenset().union(*WALKED.values())
    missing = sorted({f"{s.action} ({s.file}:{s.line})" for s in sites if s.action not in walked | SETTLING})
    assert not missing, f"write actions no walk does (add them to a walk in tests/actions/): {missing}"
    stale = walked - {s.action for s in sites}
    assert not stale, f"walked actions the window no longer offers: {sorted(stale)}"


def test_widgets_write_only_through_operations() -> None:
    """The scan sees every write only if no widget opens a write session of its own."""
    offenders = []
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "operations.py" and ("local_write" in text or "db.write(" in text):
            offenders.append(path.relative_to(UI).as_posix())
    assert not offenders


def _check_walked(role: str, window, written: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(written) == WALKED[role], (
        f"walked but not declared: {sorted(set(written) - WALKED[role])}; "
        f"declared but not walked: {sorted(WALKED[role] - set(written))}"
    )
    shown = {type(w).__module__.rsplit(".", 1)[-1] + ".py" for w in window.screens.values()}
    offered = {s.action for s in write_sites() if s.file.removeprefix("screens/") in shown} - SETTLING
    assert offered <= set(written), (
        f"the {role}'s screens offer writes the walk skipped: {sorted(offered - set(written))}"
    )


def test_every_learner_action_syncs_without_a_problem(
    qtbot,
    qasync_loop,
    server,
    replica,
    written,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    prep = walk_learner.prepare(server)
    window = open_window(qtbot, replica(DEMO_LEARNER_EMAIL))
    sync_now(qtbot, window)
    window.reload()  # the first sync brought the learner: the window shows her screens
    written.clear()
    done = walk_learner.walk(qtbot, window, prep, tmp_path)
    _check_walked("learner", window, written)
    problems = problems_after_sync(qtbot, window)
    assert problems == [], "\n".join(problems)
    walk_learner.once_more(qtbot, window, prep, done, tmp_path)
    problems = problems_after_sync(qtbot, window)
    assert problems == [], "\n".join(problems)
    walk_learner.check_server(server, prep, done)
    window.close()


@pytest.mark.parametrize(
    ("role", "email"), [("instructor", DEMO_INSTRUCTOR_EMAIL), ("admin", DEMO_ADMIN_EMAIL)]
)
def test_every_staff_action_syncs_without_a_problem(
    qtbot,
    qasync_loop,
    server,
    replica,
    written,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch,
    role: str,
    email: str,
) -> None:
    """The instructor's writes, and the same screens' writes by an admin (who staffs no course)."""
    prep = walk_staff.prepare(server, email)
    window = open_window(qtbot, replica(email))
    sync_now(qtbot, window)
    window.reload()
    written.clear()
    walk_staff.grade(qtbot, window, prep)
    done: dict[str, object] = {"rubric": walk_staff.edit_rubric(qtbot, window)}
    done["course"] = walk_staff.author(qtbot, window, tmp_path, monkeypatch)
    walk_staff.edit_taught_course(qtbot, window)
    walk_staff.assign_reviews(qtbot, window)
    done["certificate"] = walk_staff.issue_certificate(qtbot, window)
    problems = problems_after_sync(qtbot, window)
    assert problems == [], "\n".join(problems)
    walk_staff.second_thoughts(qtbot, window, done["course"])
    walk_staff.edit_rubric(qtbot, window)  # the rubric the server now has, edited again
    done["reviews"] = walk_staff.moderate_reviews(qtbot, window)
    walk_staff.revoke_certificate(qtbot, window, done["certificate"])
    _check_walked(role, window, written)
    problems = problems_after_sync(qtbot, window)
    assert problems == [], "\n".join(problems)
    walk_staff.check_server(server, prep, done)
    window.close()


def test_the_facilitator_has_no_write_to_walk_and_syncs_clean(
    qtbot, qasync_loop, server, replica, written
) -> None:  # type: ignore[no-untyped-def]
    """The facilitator's screens (analytics, cohort, presenter) only read: every one is opened, and the
    window has written nothing and has nothing for the Sync panel."""
    window = open_window(qtbot, replica(DEMO_FACILITATOR_EMAIL))
    sync_now(qtbot, window)
    window.reload()
    written.clear()
    assert set(window.screens) == {"analytics", "cohort", "presenter"}
    for key in window.screens:
        window.show_screen(key)
        window.screens[key].grab()
    _check_walked("facilitator", window, written)
    problems = problems_after_sync(qtbot, window)
    assert problems == [], "\n".join(problems)
    window.close()
