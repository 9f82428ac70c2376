"""Discussions (post offline, nested replies, solution, helpful), projects (new version, thumbnails),
certificates (PDF export, link) and the profile (timezone, languages, agricultural domains, availability,
unsaved edits kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from bootcamp_core.models import DesignAsset, Discussion, DiscussionReply, User, UserProfile
from bootcamp_desktop.services import local_state, profile
from bootcamp_desktop.services.profile_text import (
    format_availability,
    format_domains,
    merge_availability,
    merge_domains,
    parse_availability,
    parse_domains,
    parse_tools,
    read_availability,
)
from bootcamp_desktop.sync.outbox import local_write

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
    thread = rows(
        demo_workspace, lambda s: s.scalar(sa.select(Discussion).where(Discussion.title.like("Can I sync%")))
    )
    assert thread is not None and thread.author_id == learner
    assert screen.thread.thread_id == thread.id and "waiting to be sent" in screen.thread_header.text()

    qtbot.mouseClick(screen.post_button, Qt.MouseButton.LeftButton)  # empty reply
    assert screen.notice.kind == "error"
    assert (
        rows(
            demo_workspace,
            lambda s: s.scalar(
                sa.select(sa.func.count())
                .select_from(DiscussionReply)
                .where(DiscussionReply.discussion_id == thread.id)
            ),
        )
        == 0
    )

    classmate = rows(
        demo_workspace, lambda s: s.scalar(sa.select(User.id).where(User.id != learner).limit(1))
    )
    from bootcamp_desktop.services import discussions
    from bootcamp_desktop.sync.outbox import local_write

    with local_write(demo_workspace.db) as s:  # a classmate's answer arrived with a sync
        answer = discussions.reply(s, classmate, thread.id, "Yes: sync when the Wi-Fi is on.")
    screen.show_thread(thread.id, select_reply=answer)
    screen.reply_edit.setFocus()
    qtbot.keyClicks(screen.reply_edit, "Thank you!")
    screen.answer_selected.setChecked(True)
    qtbot.keyClick(screen.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    nested = rows(
        demo_workspace,
        lambda s: s.scalar(sa.select(DiscussionReply).where(DiscussionReply.content == "Thank you!")),
    )
    assert nested is not None and nested.parent_reply_id == answer
    assert screen.reply_edit.toPlainText() == ""
    assert rows(demo_workspace, lambda s: s.get(Discussion, thread.id).reply_count) == 2
    assert (
        screen.reply_model.rowCount() == 1
        and screen.reply_model.rowCount(screen.reply_model.index(0, 0)) == 1
    )

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
    assert local_state.load_draft(demo_workspace.directory, learner, f"reply:{first}") == {
        "text": "Half a thought"
    }
    screen.thread_list.setCurrentIndex(screen.thread_model.index(0, 0))
    assert screen.reply_edit.toPlainText() == "Half a thought"


def test_upload_a_new_version_of_a_design_file(
    qtbot, window, demo_workspace, learner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
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
    versions = rows(
        demo_workspace,
        lambda s: sorted(
            s.scalars(
                sa.select(DesignAsset.version).where(
                    DesignAsset.project_id == screen.detail.project_id,
                    DesignAsset.file_name == current.file_name,
                )
            )
        ),
    )
    assert versions[-1] == current.version + 1
    assert screen.current_file().version == current.version + 1
    assert "next sync" in screen.notice.text()
    qtbot.waitUntil(lambda: screen.current_file().url in screen.icons, timeout=5000)


def test_export_the_certificate_as_pdf_and_copy_its_link(
    qtbot, window, demo_workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
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


def test_profile_timezone_and_languages_saved_and_bad_input_refused(
    qtbot, window, demo_workspace, learner
) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "profile")
    screen.timezone.setCurrentText("Mars/Olympus")
    qtbot.keyClick(
        screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )  # the button's shortcut animates a click
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


def _profile_row(ws, user_id) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:  # type: ignore[no-untyped-def]
    def q(s):  # type: ignore[no-untyped-def]
        row = s.scalars(sa.select(UserProfile).where(UserProfile.user_id == user_id)).one()
        return row.agricultural_domains, row.availability_hours

    return rows(ws, q)


def test_profile_domains_and_availability_typed_and_saved(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "profile")
    domains_before, hours_before = _profile_row(demo_workspace, learner)
    assert screen.domains.accessibleName() and screen.availability.accessibleName()
    assert screen.domains.placeholderText() and screen.availability.placeholderText()
    screen.availability.clear()
    qtbot.keyClicks(screen.availability, "mon: lots")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.notice.kind == "error" and "mon: lots" in screen.notice.text()
    assert _profile_row(demo_workspace, learner) == (domains_before, hours_before)  # nothing written

    screen.domains.clear()
    qtbot.keyClicks(screen.domains, "crops, Livestock, agroforestry")
    screen.availability.clear()
    qtbot.keyClicks(screen.availability, "mon: 2, sat: 4")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.notice.kind == "info", screen.notice.text()
    domains, hours = _profile_row(demo_workspace, learner)
    assert hours == {"mon": 2, "sat": 4}
    assert {k for k, v in domains.items() if v} == {"crops", "livestock", "agroforestry"}
    assert set(domains_before or {}) <= set(domains)  # the demo's other domains are kept, now false
    assert screen.domains.text() == format_domains(domains) and screen.availability.text() == "mon: 2, sat: 4"
    assert any(e.table_name == "user_profiles" for e in outbox(demo_workspace))


def test_profile_domains_and_availability_are_shown_and_unknown_shapes_kept(
    qtbot, window, demo_workspace, learner
) -> None:  # type: ignore[no-untyped-def]
    with local_write(demo_workspace.db) as session:
        data = profile.load_profile(session, learner)
        data.agricultural_domains = {"crops": True, "livestock": False, "agroforestry": True}
        data.availability_hours = {"monday": [18, 21], "sat": 4, "weekly": {"total": 6}}
        profile.save_profile(session, learner, data)
    from bootcamp_desktop.ui.screens.profile import ProfileScreen

    screen = ProfileScreen(window.context)
    qtbot.addWidget(screen)
    assert screen.domains.text() == "crops, agroforestry"
    assert screen.availability.text() == "monday: 18-21, sat: 4"
    assert screen.form_data() == screen.data  # shown as stored: nothing looks changed
    screen.availability.clear()
    qtbot.keyClicks(screen.availability, "monday: 18 - 21, sat: 5")
    screen.domains.clear()
    qtbot.keyClicks(screen.domains, "crops")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.notice.kind == "info", screen.notice.text()
    assert _profile_row(demo_workspace, learner) == (
        {"crops": True, "livestock": False, "agroforestry": False},
        {"monday": [18, 21], "sat": 5, "weekly": {"total": 6}},  # the shape the text cannot show is kept
    )


# -- the profile's "name: value" parsers ------------------------------------------------------------------------
PROPERTY = settings(max_examples=200, deadline=None)
TEXT = st.text(st.sampled_from(list("monsatMON day_-–:,; 0123456789")) | st.characters(), max_size=40)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 40) | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def test_profile_parsers_examples() -> None:
    assert parse_domains("crops, livestock, agroforestry") == {
        "crops": True,
        "livestock": True,
        "agroforestry": True,
    }
    assert parse_availability("mon: 2, sat: 4") == {"mon": 2, "sat": 4}
    assert read_availability("monday: 18-21, tue 8–12, mon: lots, wed: 30") == (
        {"monday": [18, 21], "tue": [8, 12]},
        ["mon: lots", "wed: 30"],
    )
    assert parse_tools("figma: 8, miro 3, sketch, canva ²") == {"figma": 8, "miro": 3}


@PROPERTY
@given(TEXT)
def test_profile_parsers_never_raise_and_round_trip(text: str) -> None:
    tools, domains, (hours, _bad) = parse_tools(text), parse_domains(text), read_availability(text)
    assert parse_tools(", ".join(f"{k}: {v}" for k, v in tools.items())) == tools
    assert parse_domains(format_domains(domains)) == domains
    assert parse_availability(format_availability(hours)) == hours


@PROPERTY
@given(st.dictionaries(st.text(max_size=8), JSON, max_size=5), TEXT)
def test_profile_stored_values_are_never_dropped(stored: dict[str, Any], text: str) -> None:
    assert merge_domains(stored, format_domains(stored)) == stored
    assert merge_availability(stored, format_availability(stored)) == stored
    assert set(stored) <= set(merge_domains(stored, text))
    hours = merge_availability(stored, text)
    shown = parse_availability(format_availability(stored))
    assert {k for k in stored if k not in shown} <= set(hours)
    assert parse_availability(text).items() <= hours.items() or hours == stored
