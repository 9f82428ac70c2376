"""``bootcamp-desktop screenshots DIR``: every main screen rendered offscreen with demo data.

The demo replica is generated into a temporary folder with a fixed seed and date, so the pictures
are the same from run to run and show what a new user sees. The window is opened once per persona
(the demo learner, instructor, facilitator and admin), so every learner and staff screen is covered; files
are named ``<persona>-<nn>-<screen>.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENSHOT_DAY = dt.date(2026, 11, 25)
PERSONAS = ("learner", "instructor", "facilitator", "admin")


def render_screenshots(directory: Path, personas: tuple[str, ...] = PERSONAS) -> list[Path]:
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication

    from bootcamp_core import demo
    from bootcamp_core.models import User
    from bootcamp_desktop.services.workspace import open_workspace, seed_demo

    from .main_window import MainWindow

    emails = {
        "learner": demo.DEMO_LEARNER_EMAIL,
        "instructor": demo.DEMO_INSTRUCTOR_EMAIL,
        "facilitator": demo.DEMO_FACILITATOR_EMAIL,
        "admin": demo.DEMO_ADMIN_EMAIL,
    }
    directory.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    written: list[Path] = []
    seen: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="bootcamp-screens-") as tmp:
        ws = open_workspace(Path(tmp), demo_if_empty=False)
        try:
            seed_demo(ws, seed=1, learners=12, today=SCREENSHOT_DAY)
            for persona in personas:
                with ws.db.session() as s:
                    uid = s.scalar(sa.select(User.id).where(User.email == emails[persona]))
                ws.settings.user_id = str(uid)
                window = MainWindow(ws)
                window.resize(1280, 800)
                window.show()
                for index, key in enumerate(window.screens):
                    if key in seen:
                        continue
                    seen.add(key)
                    window.show_screen(key)
                    app.processEvents()
                    path = directory / f"{persona}-{index + 1:02d}-{key.replace('_', '-')}.png"
                    window.grab().save(str(path))
                    written.append(path)
                window.close()
                window.deleteLater()
                app.processEvents()
        finally:
            ws.close()
    return written
