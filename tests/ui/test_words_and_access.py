"""Every screen of every role, as the demo shows it: words for people (no escaped HTML, internal ids or
Python's words), every control named for a screen reader and reachable by keyboard, text contrast at
WCAG 2.2 AA in the light and the dark theme, and the interface language switched from the profile
without restarting.

One window per role is opened on one copy of the demo replica and walked once (``screen_audit``); the
checks below read what that walk found. (They take ``qtbot`` so that the collector stays off while
widgets are built, as conftest.py does for every Qt test.) ``test_the_audit_sees_*`` show that the walk flags each fault.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from bootcamp_core import demo
from bootcamp_core.models import User
from tests.conftest import MemoryKeyring
from tests.ui.screen_audit import Findings, audit_screen, audit_window

PERSONAS = {
    "learner": demo.DEMO_LEARNER_EMAIL,
    "instructor": demo.DEMO_INSTRUCTOR_EMAIL,
    "facilitator": demo.DEMO_FACILITATOR_EMAIL,
    "admin": demo.DEMO_ADMIN_EMAIL,
}
# Controls a keyboard works through their parent instead of Tab: a rubric's levels are chosen with 1-9
# on the focused criterion card (tests/ui/staff/test_grading.py drives it), like a radio group.
KEYED_BY_PARENT = {"levelButton"}


@pytest.fixture(scope="module")
def workspace(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from bootcamp_desktop.services.workspace import open_workspace

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the function-scoped memory_keyring is not there yet
    directory = tmp_path_factory.mktemp("words") / "data"
    shutil.copytree(demo_template, directory)
    ws = open_workspace(directory)
    yield ws
    QThreadPool.globalInstance().waitForDone(10_000)
    ws.close()
    keyring.set_keyring(previous)


def open_as(ws, persona: str):  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.main_window import MainWindow

    with ws.db.session() as s:
        ws.settings.user_id = str(s.scalar(sa.select(User.id).where(User.email == PERSONAS[persona])))
    window = MainWindow(ws)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    return window


@pytest.fixture(scope="module")
def findings(qapp, workspace) -> dict[str, Findings]:  # type: ignore[no-untyped-def]
    """What each role's window shows, walked once for all the checks of this module."""
    found: dict[str, Findings] = {}
    for persona in PERSONAS:
        window = open_as(workspace, persona)
        try:
            found[persona] = audit_window(window, persona)
            if persona == "instructor":  # the dialogs everyone opens from the File menu
                window.show_sync_panel()
                audit_screen(window.sync_panel, "instructor/sync panel", window.sync_panel, found[persona])
                window.sync_panel.close()
                dialog = window.show_sign_in()
                audit_screen(dialog, "instructor/sign in", dialog, found[persona])
                dialog.close()
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone, not merely hidden
    return found


@pytest.fixture(scope="module")
def dark_findings(qapp, workspace, findings) -> dict[str, Findings]:  # type: ignore[no-untyped-def]
    """The same walk with the dark theme on (as when the OS is dark), for the contrast checks."""
    from bootcamp_desktop.ui.style import apply_theme, current

    apply_theme(qapp, "dark")
    found: dict[str, Findings] = {}
    try:
        assert current().theme == "dark"
        for persona in PERSONAS:
            window = open_as(workspace, persona)
            try:
                assert window.palette().color(window.backgroundRole()).lightness() < 60  # dark indeed
                found[persona] = audit_window(window, f"{persona} (dark)")
            finally:
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        apply_theme(qapp, "system")
    return found


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_screen_speaks_words_not_escaped_html_ids_or_python(qtbot, findings, persona: str) -> None:  # type: ignore[no-untyped-def]
    f = findings[persona]
    assert len(f.screens) >= 3 and len(f.texts) > 50  # the walk saw the screens
    assert f.bad_words() == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_interactive_control_has_an_accessible_name(qtbot, findings, persona: str) -> None:  # type: ignore[no-untyped-def]
    assert findings[persona].unnamed == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_interactive_control_is_reached_with_tab(qtbot, findings, persona: str) -> None:  # type: ignore[no-untyped-def]
    left = [w for w in findings[persona].unreachable if not any(f"/{name} " in w for name in KEYED_BY_PARENT)]
    assert left == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_text_contrast_meets_wcag_aa(qtbot, findings, persona: str) -> None:  # type: ignore[no-untyped-def]
    assert sorted(set(findings[persona].contrast)) == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_text_contrast_meets_wcag_aa_in_the_dark_theme(qtbot, dark_findings, persona: str) -> None:  # type: ignore[no-untyped-def]
    assert len(dark_findings[persona].screens) >= 3
    assert sorted(set(dark_findings[persona].contrast)) == []


def test_no_style_sheet_hides_the_keyboard_focus() -> None:
    ui = Path(__file__).resolve().parents[2] / "bootcamp_desktop" / "ui"
    hiding = re.compile(r"outline\s*:\s*(none|0)|:focus\s*\{[^}]*border\s*:\s*(none|0)", re.IGNORECASE)
    found = [f"{p.name}: {m.group(0)}" for p in ui.rglob("*.py") for m in hiding.finditer(p.read_text())]
    assert found == []


# -- the walk finds what it is meant to find -------------------------------------------------------------


class _Screens(QMainWindow):
    def __init__(self, screen: QWidget) -> None:
        super().__init__()
        self.screens = {"planted": screen}
        self.setCentralWidget(screen)

    def show_screen(self, _key: str) -> None:
        pass


def test_the_audit_sees_escaped_html_ids_python_words_unnamed_controls_and_low_contrast(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = QWidget()
    layout = QVBoxLayout(screen)
    layout.addWidget(QLabel("Seeds &amp; tools"))
    layout.addWidget(QLabel("Course 2f1b7c3e-9a4d-4e2b-8c1a-0d9e8f7a6b5c"))
    layout.addWidget(QLabel("ValueError: bad"))
    layout.addWidget(QLabel("Grade: None"))
    pale = QLabel("Hint in pale grey")
    pale.setStyleSheet("color:#9ca3af")
    layout.addWidget(pale)
    layout.addWidget(QLineEdit())  # no name, no buddy
    layout.addWidget(QPushButton())  # no text, no name
    named = QLineEdit()
    buddy = QLabel("&Village")
    buddy.setBuddy(named)
    layout.addWidget(buddy)
    layout.addWidget(named)
    window = _Screens(screen)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    f = audit_window(window, "planted")

    words = "\n".join(f.bad_words())
    assert "escaped HTML '&amp;'" in words and "an internal id" in words
    assert "'ValueError'" in words and "'None'" in words
    assert sorted(u.rsplit(" ", 1)[1] for u in f.unnamed) == [
        "(QLineEdit)",
        "(QPushButton)",
    ]  # the buddy names one
    assert any("#9ca3af" in c for c in f.contrast)
    assert not any("Seeds" in c for c in f.contrast)  # black on the window's grey passes


def test_the_language_switches_from_the_profile_without_restarting(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui import i18n

    window = open_as(workspace, "learner")
    qtbot.addWidget(window)
    profile = window.screens["profile"]
    window.show_screen("profile")
    assert window.nav.item(0).text() == "Home"
    try:
        profile.ui_language.setCurrentIndex(profile.ui_language.findData("fr"))
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Accueil")
        assert window.current_screen() == "profile"  # the same screen, rebuilt in French
        assert window.file_menu.title() == "&Fichier"
        assert workspace.settings.language == "fr" and i18n.current_language() == "fr"
        assert QCoreApplication.translate("Labels", "Completed") == "Terminé"
        rebuilt = window.screens["profile"]
        assert rebuilt is not profile and rebuilt.ui_language.currentData() == "fr"
        french = audit_window(window, "learner in French")
        assert french.bad_words() == [] and french.unnamed == []

        rebuilt.ui_language.setCurrentIndex(rebuilt.ui_language.findData("mg"))
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Fandraisana")
        malagasy = audit_window(window, "learner in Malagasy")
        assert malagasy.bad_words() == [] and malagasy.unnamed == []
        window.show_screen("profile")
    finally:
        window.screens["profile"].ui_language.setCurrentIndex(
            window.screens["profile"].ui_language.findData("en")
        )
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home")
    assert i18n.current_language() == "en" and workspace.settings.language == "en"
    window.close()
