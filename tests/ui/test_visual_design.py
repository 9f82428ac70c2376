"""The visual design (docs/visual-design.md) holds: colours only from the style module and meeting WCAG AA
in both themes, the theme following the OS (or the setting) and redrawing the window, icons on the
navigation and the main actions, and every screen whole on a 1024x600 netbook and with the text at 200 %
in French: the window no larger than the screen, the navigation's labels whole, and no word cut (a
screen that needs more room scrolls; a status text shortened shows its whole words on hover).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QStyleOptionViewItem,
    QWidget,
)

from bootcamp_core import demo
from bootcamp_core.models import User
from bootcamp_desktop.ui.style import tokens
from tests.conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "bootcamp_desktop" / "ui"
PERSONAS = {
    "learner": demo.DEMO_LEARNER_EMAIL,
    "instructor": demo.DEMO_INSTRUCTOR_EMAIL,
    "admin": demo.DEMO_ADMIN_EMAIL,
}


# -- colours ----------------------------------------------------------------------------------------------


def test_every_colour_pair_meets_wcag_aa_in_both_themes() -> None:
    assert tokens.failures() == []
    light, dark = tokens.palette("light"), tokens.palette("dark")
    assert tokens.luminance(light["window"]) > 0.8 and tokens.luminance(dark["window"]) < 0.05


def test_the_design_document_holds_the_current_contrast_table() -> None:
    doc = (ROOT / "docs" / "visual-design.md").read_text()
    assert tokens.contrast_table() in doc, "regenerate it: python scripts/contrast_table.py"


def test_no_screen_writes_a_colour_of_its_own() -> None:
    """Colours come from ui/style: no hex colour, named Qt colour or "white" in the screens' code."""
    pattern = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])|GlobalColor\.|[\"']white[\"']|"
        r"color:\s*[a-z]+\b(?!\()|background:\s*[a-z#]"
    )
    found = []
    for path in UI.rglob("*.py"):
        if path.parent.name == "style":
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            for match in pattern.finditer(line):
                if "{" not in line[match.start() : match.end() + 2]:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {match.group(0)}")
    assert found == []


def test_a_tone_names_a_token_and_a_wrong_one_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.style import set_tone
    from bootcamp_desktop.ui.style.theme import TONES

    assert set(TONES) <= set(tokens.COLOURS)
    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="no tone 'reddish'"):
        set_tone(label, "reddish")
    assert label.property("tone") in (None, "")


# -- the window -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from bootcamp_desktop.services.workspace import open_workspace

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    directory = tmp_path_factory.mktemp("design") / "data"
    shutil.copytree(demo_template, directory)
    ws = open_workspace(directory)
    yield ws
    QThreadPool.globalInstance().waitForDone(10_000)
    ws.close()
    keyring.set_keyring(previous)


def open_as(ws, persona: str, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.main_window import MainWindow

    with ws.db.session() as s:
        ws.settings.user_id = str(s.scalar(sa.select(User.id).where(User.email == PERSONAS[persona])))
    window = MainWindow(ws)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


def close(window) -> None:  # type: ignore[no-untyped-def]
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def cut_words(window, where: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible labels and buttons given less room than their words need (an ElidedLabel that says it is
    shortened, with its whole text on hover, is not cut), and a screen smaller than its least size."""
    from bootcamp_desktop.ui.widgets.elided_label import ElidedLabel

    found = []
    screen = window.stack.currentWidget()
    area = window.findChild(QScrollArea, "screenScroll")
    if (
        screen.width() < screen.minimumSizeHint().width()
        or screen.height() < screen.minimumSizeHint().height()
    ):
        found.append(
            f"{where}: the screen is {screen.size().toTuple()}, less than {screen.minimumSizeHint().toTuple()}"
        )
    if area.widget().width() > area.viewport().width() + 1 and area.horizontalScrollBar().maximum() == 0:
        found.append(f"{where}: wider than the window and no scroll bar")
    for w in [*screen.findChildren(QWidget), *window.statusBar().findChildren(QWidget)]:
        if not w.isVisible() or not isinstance(w, (QLabel, QAbstractButton)) or w.size().isEmpty():
            continue
        if isinstance(w, ElidedLabel):
            if w.is_elided() and w.text() not in w.toolTip():
                found.append(f"{where} {w.objectName()}: shortened with no tooltip")
            continue
        text = w.text() if isinstance(w, QLabel) else w.text()
        if not text.strip() or (isinstance(w, QLabel) and w.pixmap() is not None and not w.pixmap().isNull()):
            continue
        need = w.minimumSizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() + 1 < w.heightForWidth(w.width()):
                found.append(
                    f"{where} {w.objectName() or type(w).__name__} {text[:40]!r}: {w.height()} px high, "
                    f"needs {w.heightForWidth(w.width())}"
                )
        elif w.width() + 1 < need.width():
            found.append(
                f"{where} {w.objectName() or type(w).__name__} {text[:40]!r}: {w.width()} px wide, "
                f"needs {need.width()}"
            )
    return found


def navigation_cut(window) -> list[str]:  # type: ignore[no-untyped-def]
    nav = window.nav
    room = nav.viewport().width()
    return [
        nav.item(i).text()
        for i in range(nav.count())
        if nav.visualItemRect(nav.item(i)).right() > room or nav.sizeHintForColumn(0) > room
    ]


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_screen_is_whole_on_a_1024_by_600_netbook(qtbot, workspace, persona: str) -> None:  # type: ignore[no-untyped-def]
    window = open_as(workspace, persona, (1024, 600))
    try:
        found = []
        for key in window.screens:
            window.show_screen(key)
            QApplication.processEvents()
            assert window.size().toTuple() == (1024, 600), (
                f"{key} pushed the window to {window.size().toTuple()}"
            )
            found += cut_words(window, f"{persona}/{key}")
        assert found == []
        assert navigation_cut(window) == []
        assert all(not window.nav.item(i).icon().isNull() for i in range(window.nav.count()))
    finally:
        close(window)


@pytest.mark.parametrize("persona", ["learner", "instructor"])
def test_french_at_200_percent_text_has_nothing_cut_off(qtbot, workspace, persona: str) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.i18n import switch_language
    from bootcamp_desktop.ui.style import apply_theme

    app = QApplication.instance()
    normal = app.font().pointSizeF()
    switch_language(app, "fr")
    apply_theme(app, "light", scale=2.0)
    window = None
    try:
        assert app.font().pointSizeF() == pytest.approx(normal * 2)
        window = open_as(workspace, persona, (1366, 800))
        assert window.nav.item(0).text() in ("Accueil", "Correction")
        found = []
        for key in window.screens:
            window.show_screen(key)
            QApplication.processEvents()
            assert window.size().toTuple() == (1366, 800)
            found += cut_words(window, f"{persona}/{key}")
        assert found == []
        assert navigation_cut(window) == []
    finally:
        if window is not None:
            close(window)
        switch_language(app, "en")
        apply_theme(app, "system", scale=1.0)
    assert app.font().pointSizeF() == pytest.approx(normal)


def test_the_window_follows_a_change_of_theme_and_redraws_its_screens(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.style import apply_theme, qcolor
    from bootcamp_desktop.ui.style.theme import THEME_ENV, resolve

    monkeypatch.delenv(THEME_ENV, raising=False)
    app = QApplication.instance()
    window = open_as(workspace, "instructor", (1366, 800))
    try:
        grading = window.screens["grading"]
        light_bg = window.palette().color(window.backgroundRole())
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: window.screens["grading"] is not grading)  # rebuilt in the new colours
        assert window.palette().color(window.backgroundRole()).lightness() < light_bg.lightness()
        assert window.current_screen() == "grading"
        assert qcolor("ink").lightness() > 200  # light text on the dark theme
        monkeypatch.setenv(THEME_ENV, "light")
        assert resolve("dark") == "light"  # the environment overrides the setting (screenshots, kiosks)
        monkeypatch.setenv(THEME_ENV, "dark")
        assert resolve("system") == "dark"
    finally:
        monkeypatch.delenv(THEME_ENV, raising=False)
        apply_theme(app, "system")
        close(window)


def test_the_colours_are_chosen_in_the_profile_and_kept(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.services.settings import load_settings
    from bootcamp_desktop.ui.style import apply_theme, current
    from bootcamp_desktop.ui.style.theme import THEME_ENV

    monkeypatch.delenv(THEME_ENV, raising=False)
    window = open_as(workspace, "learner", (1366, 800))
    try:
        window.show_screen("profile")
        combo = window.screens["profile"].theme_combo
        combo.setCurrentIndex(combo.findData("dark"))
        qtbot.waitUntil(
            lambda: window.screens["profile"].theme_combo is not combo
        )  # redrawn in the new colours
        assert current().theme == "dark" and window.current_screen() == "profile"
        assert load_settings(workspace.directory).theme == "dark"  # the next start opens dark too
        rebuilt = window.screens["profile"].theme_combo
        assert rebuilt.currentData() == "dark"
        rebuilt.setCurrentIndex(rebuilt.findData("system"))
        qtbot.waitUntil(lambda: current().theme == "light")
        assert load_settings(workspace.directory).theme == "system"
    finally:
        apply_theme(QApplication.instance(), "system")
        close(window)


def test_main_actions_have_icons(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    window = open_as(workspace, "instructor", (1366, 800))
    try:
        for action in (window.sync_action, window.sign_in_action, window.backup_action, window.quit_action):
            assert not action.icon().isNull(), action.text()
        assert all(not a.icon().isNull() for a in window.view_menu.actions())
        assert not window.screens["grading"].editor.form.submit_button.icon().isNull()
    finally:
        close(window)


def test_a_shortened_status_text_shows_its_whole_words_on_hover(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.widgets.elided_label import ElidedLabel

    label = ElidedLabel("Réplique de démonstration hors ligne : rien à synchroniser · 0 en attente")
    qtbot.addWidget(label)
    label.set_tip("why")
    label.resize(600, 20)
    label.show()
    assert not label.is_elided() and label.toolTip() == "why"
    label.resize(80, 20)
    assert (
        label.is_elided()
        and label.toolTip().startswith("Réplique de démonstration")
        and "why" in label.toolTip()
    )
    assert label.minimumSizeHint().width() < 120  # it never sets the window's least width


def test_a_table_cell_shortened_in_the_middle_shows_its_text_on_hover(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.models.record_model import Column, RecordModel
    from bootcamp_desktop.ui.widgets.common import table

    title = "Paper to Phone: A Rapid Prototyping Workshop for Smallholder Cooperatives in the Highlands"
    model = RecordModel([Column("Course", lambda r: r), Column("Status", lambda r: "ok")])
    view = table(model, "t", "t", stretch=1)
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    model.set_rows([title, "Short"])
    QApplication.processEvents()
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(model.index(0, 0))
    assert delegate.is_elided(option, model.index(0, 0))
    option.rect = view.visualRect(model.index(1, 0))
    assert not delegate.is_elided(option, model.index(1, 0))
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(
        "Paper to Phone"
    )  # fitted to its words
