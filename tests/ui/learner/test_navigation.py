"""Home, the catalogue, the course outline and the keyboard: the learner finds their way."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from bootcamp_core.models import Blob, Course, Enrollment, Lesson, Module
from bootcamp_core.models.blobstore import blob_path
from bootcamp_desktop.ui.screens.learner_screens import LEARNER_SCREENS

from .conftest import go, model_tester, outbox, rows


def test_every_learner_screen_has_a_shortcut_and_accessible_views(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    keys = [s.key for s in LEARNER_SCREENS]
    assert list(window.screens)[: len(keys)] == keys
    for spec in LEARNER_SCREENS:
        key = spec.shortcut[-1]
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.screens[spec.key], spec.key
    from PySide6.QtWidgets import QAbstractItemView

    for key in keys:
        for view in window.screens[key].findChildren(QAbstractItemView):
            if view.isVisibleTo(window.screens[key]) and view.model() is not None and view.objectName():
                assert view.accessibleName(), f"{key}: {view.objectName()} has no accessible name"


def test_home_continue_opens_the_next_lesson_and_makes_it_current(
    qtbot, window, demo_workspace, learner
) -> None:  # type: ignore[no-untyped-def]
    home = go(window, "home")
    model_tester(home.course_model)
    model_tester(home.deadline_model)
    target = home.summary.continue_with
    assert target is not None and home.deadline_model.rowCount() > 0
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    lesson = window.screens["lesson"]
    assert window.stack.currentWidget() is lesson
    assert lesson.content.lesson_id == target[1].lesson_id
    current = rows(
        demo_workspace,
        lambda s: s.scalar(
            sa.select(Enrollment.current_lesson_id).where(
                Enrollment.user_id == learner, Enrollment.course_id == target[0].course_id
            )
        ),
    )
    assert current == target[1].lesson_id


def test_deadline_opens_its_assignment_with_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = go(window, "home")
    home.deadline_table.setFocus()
    home.deadline_table.setCurrentIndex(home.deadline_model.index(1, 0))
    qtbot.keyClick(home.deadline_table, Qt.Key.Key_Return)
    screen = window.screens["assignments"]
    assert window.stack.currentWidget() is screen
    assert screen.detail.assignment_id == home.deadline_model.row_at(1).assignment_id


def test_catalogue_search_filter_and_enrol(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "catalogue")
    model_tester(screen.model)
    assert screen.model.rowCount() == 5
    qtbot.keyClicks(screen.search, "client")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=3000)
    screen.difficulty.setCurrentIndex(screen.difficulty.findData("advanced"))
    assert screen.model.rowCount() == 1
    capstone = screen.model.row_at(0)
    assert not capstone.enrolled and "What you will learn" in screen.page_view.toPlainText()
    assert screen.primary_button.text().replace("&", "") == "Enrol"
    qtbot.mouseClick(screen.primary_button, Qt.MouseButton.LeftButton)
    enrolled = rows(
        demo_workspace,
        lambda s: s.scalar(
            sa.select(Enrollment).where(
                Enrollment.user_id == learner, Enrollment.course_id == capstone.course_id
            )
        ),
    )
    assert enrolled is not None and enrolled.enrollment_status == "enrolled"
    assert outbox(demo_workspace, "enrollments")[-1].row_id == enrolled.id
    assert "next sync" in screen.notice.text()
    with qtbot.waitSignal(screen.sig_course_requested):
        qtbot.mouseClick(screen.primary_button, Qt.MouseButton.LeftButton)  # now "Open course"
    assert window.screens["my_courses"].course_id == capstone.course_id


def test_outline_marks_progress_and_opens_lessons_with_enter(qtbot, window, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "my_courses")
    model_tester(screen.outline_model)
    model_tester(screen.course_model)
    statuses = [lesson.status for m in screen.outline_model.modules for lesson in m.lessons]
    assert "completed" in statuses or "in_progress" in statuses
    assert screen.download_course_button.text().startswith("✓")
    index = screen.outline.currentIndex()
    lesson = screen.outline_model.lesson_at(index)
    assert lesson is not None
    screen.outline.setFocus()
    qtbot.keyClick(screen.outline, Qt.Key.Key_Return)
    assert window.screens["lesson"].content.lesson_id == lesson.lesson_id


def _drop_a_video(ws, slug: str):  # type: ignore[no-untyped-def]
    def find(s):  # type: ignore[no-untyped-def]
        return s.scalar(
            sa.select(Lesson.content_url)
            .join(Module)
            .join(Course)
            .where(Course.slug == slug, Lesson.content_type == "video")
            .limit(1)
        ).split(":")[-1]

    sha = rows(ws, find)
    path = blob_path(ws.blobs_dir, sha)
    data = path.read_bytes()
    path.unlink()
    with ws.db.write() as s:
        s.get(Blob, sha).state = "missing"
    return sha, data


def test_download_needs_a_server_and_says_so(qtbot, window, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "my_courses")
    course_id = screen.course_id
    slug = rows(demo_workspace, lambda s: s.get(Course, course_id).slug)
    _drop_a_video(demo_workspace, slug)
    screen.show_course(course_id)
    assert screen.download_course_button.text().startswith("Download course for offline (")
    qtbot.mouseClick(screen.download_course_button, Qt.MouseButton.LeftButton)
    assert "needs a server" in screen.notice.text()


def test_download_runs_through_the_window_s_downloader_with_progress(qtbot, window, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "my_courses")
    slug = rows(demo_workspace, lambda s: s.get(Course, screen.course_id).slug)
    sha, data = _drop_a_video(demo_workspace, slug)
    seen: list[tuple[int, int]] = []

    def fake(items, progress):  # type: ignore[no-untyped-def]
        total = sum(i.size for i in items)
        for item in items:
            target = blob_path(demo_workspace.blobs_dir, item.sha256)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            progress(item.size, total)
            seen.append((item.size, total))
        return len(items)

    window.context.downloader = fake
    screen.setProperty("confirm_downloads", False)
    screen.show_course(screen.course_id)
    qtbot.mouseClick(screen.download_course_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen._download is None and "Downloaded 1 file (" in screen.notice.text(), timeout=5000
    )
    assert seen and rows(demo_workspace, lambda s: s.get(Blob, sha).state) == "complete"
    assert screen.download_course_button.text().startswith("✓")
