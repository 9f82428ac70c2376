"""Issue 13, "offline means everything a lesson shows" and "graders have the work", through a real server
on PostgreSQL and the real window: a learner downloads a course and, with the server stopped, every lesson
of it shows everything (no "not downloaded yet", no picture placeholder, every file it refers to on disk);
an instructor who synced once opens every submission of the grading queue from disk; a peer reviewer
gets the work they review the same way; and a grader whose data budget keeps files back sees their size
and fetches them with "Download everything to grade"."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Assignment,
    CourseStaff,
    Enrollment,
    Lesson,
    Module,
    PeerReview,
    Submission,
    uuid7,
)
from bootcamp_core.models.blobstore import blob_path, file_sha256, has_blob, parse_blob_url
from bootcamp_desktop.services import downloads, grader_files
from bootcamp_desktop.services.grading_detail import SubmissionFile
from bootcamp_desktop.services.settings import load_settings
from bootcamp_desktop.ui import format as fmt
from bootcamp_desktop.ui.main_window import MainWindow
from tests.sync.live import LiveServer, new_replica, sync

PLACEHOLDER = "not downloaded yet"


def _window(qtbot, ws) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.sync.timer.stop()  # the test syncs when it means to
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@contextmanager
def server_down(live: LiveServer) -> Iterator[None]:
    """The network really cut: the server stops listening (and comes back for the tests after)."""
    live.stop()
    try:
        yield
    finally:
        live.start()


def _settle() -> None:
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def _visible_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


# -- a learner: the whole course offline ---------------------------------------------------------------------
def test_a_downloaded_course_shows_every_lesson_whole_with_the_server_stopped(
    qtbot, live: LiveServer, tmp_path: Path
) -> None:
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        me = ws.settings.current_user_id
        with ws.db.session() as s:  # the enrolled course with the most pictures inside its lesson texts
            courses = list(s.scalars(sa.select(Enrollment.course_id).where(Enrollment.user_id == me)))
            course_id = max(
                courses,
                key=lambda c: sum(
                    len((r.resources or {}).get("embedded") or [])
                    for r in s.scalars(sa.select(Lesson).join(Module).where(Module.course_id == c))
                ),
            )
            plan = downloads.plan_download(s, course_id, None, ws.blobs_dir)
        assert plan.missing and plan.unknown_sizes == 0 and plan.texts_unread == 0, (
            "every file's size, pictures inside texts included, is known before anything is downloaded"
        )
        window = _window(qtbot, ws)
        screen = window.screens["my_courses"]
        window.show_screen("my_courses")
        screen.select_course(course_id)
        assert screen.course_id == course_id
        size = fmt.size(plan.missing_bytes)
        assert screen.download_course_button.text() == f"Download course for offline ({size})"

        asked: list[str] = []

        def confirm() -> None:  # the learner reads the question (files and size) and says yes
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, confirm)
                return
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        QTimer.singleShot(0, confirm)
        screen.download_course_button.click()
        assert asked == [f"Download {len(plan.missing)} files ({size}) now?"]
        qtbot.waitUntil(
            lambda: screen._download is None and "Downloaded" in screen.notice.text(), timeout=60_000
        )  # noqa: SLF001
        assert "Everything its lessons show is on this computer" in screen.notice.text(), screen.notice.text()
        assert screen.download_course_button.text().startswith("✓ Course ready offline")

        with server_down(live):
            with ws.db.session() as s:
                items = downloads.course_media(s, course_id, None, ws.blobs_dir)
            assert items and all(i.present for i in items)
            for item in items:  # every file the lessons refer to is on disk, verified
                assert file_sha256(blob_path(ws.blobs_dir, item.sha256)) == item.sha256
            lessons_screen = window.screens["lesson"]
            outline = [lesson for m in screen.outline_model.modules for lesson in m.lessons]
            kinds: set[str] = set()
            pictures = 0
            for row in outline:
                window.open_lesson(str(row.lesson_id))
                c = lessons_screen.content
                assert c is not None and c.lesson_id == row.lesson_id
                kinds.add(c.content_type or "")
                lessons_screen.grab()  # laid out and painted, as the learner sees it
                assert lessons_screen.pages.currentWidget() is not lessons_screen.missing_page, c.title
                assert c.downloaded and all(r.present for r in c.resources), c.title
                assert PLACEHOLDER not in _visible_texts(lessons_screen), c.title
                if c.content_type == "text":
                    view = lessons_screen.text_view
                    shown = {parse_blob_url(u) for u in view.loaded_images}
                    in_text = set(downloads.markdown_blob_refs(ws.blobs_dir, _content_sha(ws, c.lesson_id)))
                    assert view.missing_images == [], (c.title, view.missing_images)
                    assert in_text <= shown, c.title
                    pictures += len(in_text)
                    assert c.markdown and view.toPlainText().strip()
                if c.content_type == "video":
                    assert (
                        lessons_screen.video_view.source is not None
                        and lessons_screen.video_view.source.is_file()
                    )
                if c.image_sha and c.quiz is not None:
                    assert not lessons_screen.quiz_view.image.pixmap().isNull(), c.title
            assert pictures >= 2 and {"text", "video"} <= kinds
        window.close()
        _settle()
    finally:
        ws.close()


def _content_sha(ws, lesson_id: uuid.UUID) -> str:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return parse_blob_url(s.get(Lesson, lesson_id).content_url) or ""


# -- graders: the work arrives with sync ----------------------------------------------------------------------
def work_with_files(live: LiveServer, instructor_email: str, reviewer_email: str | None = None) -> uuid.UUID:
    """New work handed in, waiting for ``instructor_email``, with the real files of a demo submission of
    the same assignment; with ``reviewer_email``, also assigned to that learner for peer review."""
    staff = live.users[instructor_email]
    reviewer = live.users.get(reviewer_email or "")
    with live.sdb.owner() as s:
        taught = sa.select(CourseStaff.course_id).where(
            CourseStaff.user_id == staff, CourseStaff.staff_role == "instructor"
        )
        query = (
            sa.select(Submission.assignment_id, Submission.user_id, Submission.submission_content)
            .join(Assignment, Assignment.id == Submission.assignment_id)
            .join(Lesson)
            .join(Module)
            .where(Module.course_id.in_(taught), Submission.status != "draft")
            .order_by(Submission.id)
        )
        if reviewer is not None:
            mine = sa.select(Enrollment.course_id).where(Enrollment.user_id == reviewer)
            query = query.where(Submission.user_id != reviewer, Module.course_id.in_(mine))
        assignment, author, content = next(r for r in s.execute(query) if (r[2] or {}).get("files"))
        sid = uuid7()
        s.add(
            Submission(
                id=sid,
                assignment_id=assignment,
                user_id=author,
                status="submitted",
                submission_content={**content, "text": f"work {sid.hex[:6]}"},
            )
        )
        if reviewer is not None:
            s.flush()
            s.add(PeerReview(submission_id=sid, reviewer_id=reviewer))
    return sid


def test_an_instructor_who_synced_once_opens_every_submission_offline(
    qtbot, live: LiveServer, tmp_path: Path
) -> None:
    handed_in = work_with_files(live, DEMO_INSTRUCTOR_EMAIL)
    ws = new_replica(live, tmp_path / "instructor", DEMO_INSTRUCTOR_EMAIL)
    try:
        report = sync(ws)
        assert report.blobs_fetched.fetched > 0 and report.blobs_fetched.waiting == 0
        with server_down(live):
            window = _window(qtbot, ws)
            window.show_screen("grading")
            screen = window.screens["grading"]
            assert (
                "All" in screen.files_bar.summary.text()
                and "on this computer" in screen.files_bar.summary.text()
            )
            opened: set[uuid.UUID] = set()
            files_seen = 0
            for status in ("waiting", "revision_requested"):
                screen.set_status_filter(status)
                for row in range(screen.model.total):
                    screen.select_row(row)
                    sid = screen.model.row_at(row).submission_id
                    assert screen.current_id == sid
                    opened.add(sid)
                    for index, item in enumerate(screen.preview.items):
                        if not isinstance(item, SubmissionFile):
                            continue
                        screen.preview.show_item(index)
                        assert item.path is not None and item.path.is_file(), item.name
                        page = screen.preview.stack.currentWidget()
                        assert page is not screen.preview.missing_page, item.name
                        if sid == handed_in:
                            # the demo's real files open in their viewer; other tests sharing this server
                            # hand in bytes that only carry an image's name, which get a message instead
                            assert page in (
                                screen.preview.image_viewer,
                                screen.preview.pdf_viewer,
                                screen.preview.text_viewer,
                            ), (item.name, screen.preview.message.text())
                        files_seen += 1
                    files = screen.model.files_of(sid)
                    assert files is None or files.missing == 0
            assert handed_in in opened and files_seen >= 1
            window.close()
            _settle()
    finally:
        ws.close()


def test_a_peer_reviewer_gets_the_work_they_review_with_sync(qtbot, live: LiveServer, tmp_path: Path) -> None:
    work_with_files(live, DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL)
    ws = new_replica(live, tmp_path / "reviewer", DEMO_LEARNER_EMAIL)
    try:
        report = sync(ws)
        assert report.blobs_fetched.fetched > 0
        with server_down(live):
            window = _window(qtbot, ws)
            window.show_screen("peer_review")
            screen = window.screens["peer_review"]
            assert screen.model.rowCount() >= 1
            pictures = 0
            for row in range(screen.model.rowCount()):
                task = screen.model.row_at(row)
                screen.show_review(task.review_id)
                d = screen.detail
                assert d is not None and d.files, task.assignment_title
                html = screen.submission_view.toHtml()
                assert PLACEHOLDER not in screen.submission_view.toPlainText()
                for f in d.files:
                    sha = parse_blob_url(f.url)
                    assert sha and has_blob(ws.blobs_dir, sha), f.name
                    if (f.mime_type or "").startswith("image/"):
                        assert blob_path(ws.blobs_dir, sha).as_posix() in html
                        pictures += 1
            assert pictures >= 1
            window.close()
            _settle()
    finally:
        ws.close()


def test_files_over_the_budget_wait_with_their_size_and_come_on_request(
    qtbot, live: LiveServer, tmp_path: Path
) -> None:
    handed_in = work_with_files(live, DEMO_INSTRUCTOR_EMAIL)
    ws = new_replica(live, tmp_path / "instructor", DEMO_INSTRUCTOR_EMAIL)
    try:
        assert grader_files.budget_mb(ws.settings) == grader_files.DEFAULT_BUDGET_MB
        grader_files.set_budget_mb(ws.settings, 0)  # the grader's choice: nothing by itself
        ws.save_settings()
        report = sync(ws)
        assert report.blobs_fetched.fetched == 0 and report.blobs_fetched.waiting > 0
        window = _window(qtbot, ws)
        window.show_screen("grading")
        screen = window.screens["grading"]
        assert screen.files_bar.budget.value() == 0
        assert screen.files_bar.budget.text() == "only when asked"
        screen.files_bar.budget.setValue(300)  # the setting, changed in the window, is kept with the replica
        assert load_settings(ws.directory).extra[grader_files.BUDGET_KEY] == 300
        screen.files_bar.budget.setValue(0)
        assert load_settings(ws.directory).extra[grader_files.BUDGET_KEY] == 0
        with ws.db.session() as s:
            waiting = [
                f
                for f in grader_files.grader_files(s, ws.settings.current_user_id, ws.blobs_dir)
                if not f.present
            ]
        total = sum(f.size for f in waiting)
        assert waiting and all(f.known for f in waiting), "sizes are the server's, known before downloading"
        assert fmt.size(total) in screen.files_bar.summary.text()
        assert screen.files_bar.download_button.text() == f"Download everything to grade ({fmt.size(total)})"
        row = screen.model.row_of(handed_in)
        assert row is not None
        screen.select_row(row)
        files = screen.model.files_of(handed_in)
        assert files is not None and files.missing > 0
        assert screen.model.data(screen.model.index(row, 5)) == f"⤓ {fmt.size(files.missing_bytes)} to fetch"
        first = next(i for i, item in enumerate(screen.preview.items) if isinstance(item, SubmissionFile))
        screen.preview.show_item(first)
        assert screen.preview.stack.currentWidget() is screen.preview.missing_page
        assert "not downloaded yet" in screen.preview.missing_label.text()
        assert "Download everything to grade" in screen.preview.missing_label.text()

        with qtbot.waitSignal(screen.files_bar.sig_files_arrived, timeout=60_000):
            screen.files_bar.download_button.click()
        with ws.db.session() as s:
            assert all(
                f.present for f in grader_files.grader_files(s, ws.settings.current_user_id, ws.blobs_dir)
            )
        assert screen.current_id == handed_in
        screen.preview.show_item(first)
        assert screen.preview.stack.currentWidget() is not screen.preview.missing_page
        assert screen.model.data(screen.model.index(screen.model.row_of(handed_in), 5)).startswith("✓")
        window.close()
        _settle()
    finally:
        ws.close()
