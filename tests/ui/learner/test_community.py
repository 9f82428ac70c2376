"""Discussions (post offline, nested replies, solution, helpful), projects (new version, thumbnails),
certificates (PDF export, link) and the profile (timezone, languages, unsaved edits kept)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from bootcamp_desktop.models import DesignAsset, Discussion, DiscussionReply, User
from bootcamp_desktop.services import local_state

from .conftest import go, model_tester, outbox, rows


def test_start_a_thread_reply_nested_mark_solution_and_vote(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "discussions")
    model_tester(screen.thread_model)
    model_tester(screen.reply_model)
    dialogs = []

    def fill() -> None:
        dialog = dialogs[0]
        qtbot.keyClicks(dialog.title_edit, "Can I sync from the cooperative office?")
        qtbot.keyClicks(dialog.body, "The office has Wi-Fi on Tuesdays.")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    original = screen.new_thread_dialog

    def make():  # type: ignore[no-untyped-def]
        dialogs.append(original())
        QTimer.singleShot(0, fill)
        return dialogs[0]

    screen.new_thread_dialog = make  # type: ignore[method-assign]
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    thread = rows(demo_workspace, lambda s: s.scalar(sa.select(Discussion).where(Discussion.title.like("Can I sync%"))))
    assert thread is not None and thread.author_id == learner
    assert screen.thread.thread_id == thread.id and "waiting to be sent" in screen.thread_header.text()

    qtbot.mouseClick(screen.post_button, Qt.MouseButton.LeftButton)  # empty reply
    assert screen.notice.kind == "error"
    assert rows(demo_workspace, lambda s: s.scalar(sa.select(sa.func.count()).select_from(DiscussionReply).where(DiscussionReply.discussion_id == thread.id))) == 0

    classmate = rows(demo_workspace, lambda s: s.scalar(sa.select(User.id).where(User.id != learner).limit(1)))
    from bootcamp_desktop.services import discussions
    from bootcamp_desktop.sync.outbox import local_write

    with local_write(demo_workspace.db) as s:  # a classmate's answer arrived with a sync
        answer = discussions.reply(s, classmate, thread.id, "Yes: sync when the Wi-Fi is on.")
    screen.show_thread(thread.id, select_reply=answer)
    screen.reply_edit.setFocus()
    qtbot.keyClicks(screen.reply_edit, "Thank you!")
    screen.answer_selected.setChecked(True)
    qtbot.keyClick(screen.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    nested = rows(demo_workspace, lambda s: s.scalar(sa.select(DiscussionReply).where(DiscussionReply.content == "Thank you!")))
    assert nested is not None and nested.parent_reply_id == answer
    assert screen.reply_edit.toPlainText() == ""
    assert rows(demo_workspace, lambda s: s.get(Discussion, thread.id).reply_count) == 2
    assert screen.reply_model.rowCount() == 1 and screen.reply_model.rowCount(screen.reply_model.index(0, 0)) == 1

    screen.replies.setCurrentIndex(screen.reply_model.find(answer))
    qtbot.mouseClick(screen.solution_button, Qt.MouseButton.LeftButton)
    assert rows(demo_workspace, lambda s: s.get(Discussion, thread.id).is_resolved)
    screen.replies.setCurrentIndex(screen.reply_model.find(answer))
    qtbot.mouseClick(screen.helpful_button, Qt.MouseButton.LeftButton)
    assert rows(demo_workspace, lambda s: s.get(DiscussionReply, answer).helpful_votes) == 1
    screen.replies.setCurrentIndex(screen.reply_model.find(answer))
    qtbot.mouseClick(screen.helpful_button, Qt.MouseButton.LeftButton)
    assert "already" in screen.notice.text()
    assert rows(demo_workspace, lambda s: s.get(DiscussionReply, answer).helpful_votes) == 1
    tables = {e.table_name for e in outbox(demo_workspace)}
    assert {"discussions", "discussion_replies"} <= tables


def test_reply_draft_is_kept_when_switching_threads(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "discussions")
    first = screen.thread.thread_id
    screen.reply_edit.setFocus()
    qtbot.keyClicks(screen.reply_edit, "Half a thought")
    screen.thread_list.setCurrentIndex(screen.thread_model.index(1, 0))
    assert local_state.load_draft(demo_workspace.directory, learner, f"reply:{first}") == {"text": "Half a thought"}
    screen.thread_list.setCurrentIndex(screen.thread_model.index(0, 0))
    assert screen.reply_edit.toPlainText() == "Half a thought"


def test_upload_a_new_version_of_a_design_file(qtbot, window, demo_workspace, learner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "projects")
    model_tester(screen.project_model)
    model_tester(screen.file_model)
    model_tester(screen.version_model)
    qtbot.waitUntil(lambda: len(screen.icons) > 0, timeout=5000)
    images = [i for i, a in enumerate(screen.file_model.rows) if (a.mime_type or "").startswith("image/")]
    screen.files.setCurrentIndex(screen.file_model.index(images[0], 0))
    current = screen.current_file()
    new = tmp_path / "v-next.png"
    Image.new("RGB", (200, 140), (180, 83, 9)).save(new)
    screen.choose_file = lambda: new  # type: ignore[method-assign]
    qtbot.mouseClick(screen.upload_button, Qt.MouseButton.LeftButton)
    versions = rows(demo_workspace, lambda s: sorted(s.scalars(sa.select(DesignAsset.version).where(
        DesignAsset.project_id == screen.detail.project_id, DesignAsset.file_name == current.file_name))))
    assert versions[-1] == current.version + 1
    assert screen.current_file().version == current.version + 1
    assert "next sync" in screen.notice.text()
    qtbot.waitUntil(lambda: screen.current_file().url in screen.icons, timeout=5000)


def test_export_the_certificate_as_pdf_and_copy_its_link(qtbot, window, demo_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "certificates")
    model_tester(screen.model)
    assert screen.current is not None and screen.current.state == "valid"
    qtbot.waitUntil(lambda: screen.preview.property("ready") is True, timeout=10000)
    target = tmp_path / "my-certificate.pdf"
    screen.choose_target = lambda suggested: target  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.sig_exported, timeout=10000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == screen.current.verification_url


def test_profile_timezone_and_languages_saved_and_bad_input_refused(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "profile")
    screen.timezone.setCurrentText("Mars/Olympus")
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the button's shortcut animates a click
    qtbot.waitUntil(lambda: screen.notice.kind == "error", timeout=3000)
    assert "timezone" in screen.notice.text()
    assert rows(demo_workspace, lambda s: s.get(User, learner).timezone) == "Indian/Antananarivo"
    screen.timezone.setCurrentText("Africa/Nairobi")
    screen.languages.clear()
    qtbot.keyClicks(screen.languages, "en, sw")
    screen.bio.setFocus()
    qtbot.keyClicks(screen.bio, " Now in Nairobi.")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    user = rows(demo_workspace, lambda s: s.get(User, learner))
    assert user.timezone == "Africa/Nairobi" and user.language_preferences == ["en", "sw"]
    assert "Now in Nairobi." in user.bio
    assert window.context.timezone == "Africa/Nairobi"
    assert any(e.table_name == "users" for e in outbox(demo_workspace))


def test_unsaved_profile_edits_are_restored(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "profile")
    screen.city.clear()
    qtbot.keyClicks(screen.city, "Toamasina")
    window.close()
    from bootcamp_desktop.ui.screens.profile import ProfileScreen

    again = ProfileScreen(window.context)
    qtbot.addWidget(again)
    assert again.city.text() == "Toamasina" and "restored" in again.notice.text()
    assert rows(demo_workspace, lambda s: s.get(User, learner).location["city"]) == "Antananarivo"
