"""``bootcamp-desktop screenshots DIR``: every main screen rendered offscreen with demo data.

The demo replica is generated into a temporary folder with a fixed seed and date, so the pictures
are the same from run to run and show what a new user sees. The window is opened once per persona
(the demo learner, instructor, facilitator and admin), so every learner and staff screen is covered; files
are named ``<persona>-<nn>-<screen>.png``, with ``-<language>`` added for a language other than English.

Options choose the window's size (``1366x800``, or a netbook's ``1024x600``), the interface language,
the theme (light or dark: ``-dark`` is added to the names), the text scale (``--text-scale 2`` shows
the window as with the OS's largest text), the personas and the screens (``--screen grading`` for one picture).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

SCREENSHOT_DAY = dt.date(2026, 11, 25)
PERSONAS = ("learner", "instructor", "facilitator", "admin")
DEFAULT_SIZE = (1366, 800)


@dataclass(frozen=True)
class ShotOptions:
    size: tuple[int, int] = DEFAULT_SIZE
    language: str = "en"
    personas: tuple[str, ...] = PERSONAS
    screens: tuple[str, ...] = ()  # screen keys to keep; empty: every screen
    theme: str = "light"
    text_scale: float = 1.0

    def file_name(self, persona: str, number: int, key: str) -> str:
        suffix = "" if self.language == "en" else f"-{self.language}"
        suffix += "-dark" if self.theme == "dark" else ""
        return f"{persona}-{number:02d}-{key.replace('_', '-')}{suffix}.png"


def parse_size(text: str) -> tuple[int, int]:
    """``"1024x600"`` -> (1024, 600); a ValueError that says what is expected otherwise."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"a size is WIDTHxHEIGHT in pixels, e.g. 1366x800, not {text!r}") from None
    if width < 320 or height < 240:
        raise ValueError(f"{text} is smaller than any screen the app supports (at least 320x240)")
    return width, height


def render_screenshots(directory: Path, options: ShotOptions | None = None) -> list[Path]:
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication

    from bootcamp_core import demo
    from bootcamp_core.models import User
    from bootcamp_desktop.services.workspace import open_workspace, seed_demo

    from .i18n import switch_language
    from .main_window import MainWindow
    from .style import apply_theme

    options = options or ShotOptions()
    emails = {
        "learner": demo.DEMO_LEARNER_EMAIL,
        "instructor": demo.DEMO_INSTRUCTOR_EMAIL,
        "facilitator": demo.DEMO_FACILITATOR_EMAIL,
        "admin": demo.DEMO_ADMIN_EMAIL,
    }
    directory.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    if not switch_language(app, options.language):
        raise ValueError(f"no interface language {options.language!r}")
    if options.theme not in ("light", "dark"):
        raise ValueError(f"no theme {options.theme!r}: light or dark")
    if not 0.75 <= options.text_scale <= 3:
        raise ValueError(f"a text scale is between 0.75 and 3, not {options.text_scale}")
    apply_theme(app, options.theme, scale=options.text_scale)
    written: list[Path] = []
    seen: set[str] = set()
    try:
        with tempfile.TemporaryDirectory(prefix="bootcamp-screens-") as tmp:
            ws = open_workspace(Path(tmp), demo_if_empty=False)
            try:
                seed_demo(ws, seed=1, learners=12, today=SCREENSHOT_DAY)
                for persona in options.personas:
                    written += _shoot_persona(
                        app,
                        ws,
                        MainWindow,
                        directory,
                        options,
                        persona,
                        seen,
                        ws_user(ws, sa, User, emails[persona]),
                    )
            finally:
                ws.close()
    finally:
        switch_language(app, "en")
        apply_theme(app, "system", scale=1.0)
    return written


def ws_user(ws, sa, user_model, email: str) -> str:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return str(s.scalar(sa.select(user_model.id).where(user_model.email == email)))


def _shoot_persona(
    app,
    ws,
    window_class,
    directory: Path,
    options: ShotOptions,
    persona: str,  # type: ignore[no-untyped-def]
    seen: set[str],
    user_id: str,
) -> list[Path]:
    ws.settings.user_id = user_id
    window = window_class(ws)
    window.resize(*options.size)
    window.show()
    written = []
    try:
        for index, key in enumerate(window.screens):
            if key in seen or (options.screens and key not in options.screens):
                continue
            seen.add(key)
            window.show_screen(key)
            app.processEvents()
            path = directory / options.file_name(persona, index + 1, key)
            window.grab().save(str(path))
            written.append(path)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
