"""File → USB drive entries: export a course for a drive, hand in work on a drive, import from a drive
(``services/course_pack.py``, ``services/work_bundle.py``). Each runs off the GUI thread with a progress
dialog; the result or the refusal is said in a message box, and screens refresh after an import."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog

from bootcamp_core.models import Course
from bootcamp_desktop.services import course_pack, work_bundle
from bootcamp_desktop.services.workspace import Workspace

from .operations import Background


class UsbMenu(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.ws = workspace
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.on_export_triggered)
        self.hand_in_action = QAction(window)
        self.hand_in_action.triggered.connect(self.on_hand_in_triggered)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.on_import_triggered)
        for action in (self.export_action, self.hand_in_action, self.import_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.job: Background | None = None
        self.progress: QProgressDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's words in the language now installed (at start, and when the profile switches it)."""
        self.export_action.setText(self.tr("E&xport course for a USB drive…"))
        self.hand_in_action.setText(self.tr("&Hand in my work on a USB drive…"))
        self.import_action.setText(self.tr("I&mport from a USB drive…"))

    # -- choosing ------------------------------------------------------------------------------------------
    def choose_drive(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.window, title)
        return Path(name) if name else None

    def choose_course(self) -> uuid.UUID | None:
        with self.ws.db.session() as s:
            courses = list(
                s.execute(
                    sa.select(Course.id, Course.title)
                    .where(Course.published.is_(True))
                    .order_by(Course.title)
                ).all()
            )
        if not courses:
            QMessageBox.information(
                self.window, self.tr("No course"), self.tr("No published course is here yet.")
            )
            return None
        titles = [t for _i, t in courses]
        title, ok = QInputDialog.getItem(
            self.window, self.tr("Export course for a USB drive"), self.tr("Course:"), titles, 0, False
        )
        return courses[titles.index(title)][0] if ok else None

    # -- running -------------------------------------------------------------------------------------------
    def _run(self, label: str, job: Any, done: Any) -> Background:
        self.progress = QProgressDialog(label, "", 0, 1000, self.window)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.job = Background(job, owner=self)
        self.job.signals.sig_progress_changed.connect(
            lambda _stage, fraction: self.progress and self.progress.setValue(int(fraction * 1000))
        )
        self.job.signals.sig_finished.connect(lambda result: (self._close(), done(result)))
        self.job.signals.sig_failed.connect(self.on_failed)
        self.job.start()
        return self.job

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None

    def on_failed(self, message: str) -> None:
        self._close()
        QMessageBox.warning(self.window, self.tr("USB drive"), message)

    def _say(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("USB drive"), text)

    # -- the three entries ---------------------------------------------------------------------------------
    def on_export_triggered(self) -> Background | None:
        course_id = self.choose_course()
        drive = self.choose_drive(self.tr("Export to which drive or folder?")) if course_id else None
        if course_id is None or drive is None:
            return None
        ws = self.ws
        return self._run(
            self.tr("Writing the course to the drive…"),
            lambda p: course_pack.export_pack(
                ws, course_id, drive, lambda d, t: p("files", d / t if t else 1)
            ),
            lambda r: self._say(self.tr("Wrote {0}: {1} files.").format(r.path.name, r.files)),
        )

    def on_hand_in_triggered(self) -> Background | None:
        drive = self.choose_drive(self.tr("Hand in on which drive or folder?"))
        if drive is None:
            return None
        ws = self.ws
        return self._run(
            self.tr("Writing your work to the drive…"),
            lambda _p: work_bundle.export_bundle(ws, drive),
            lambda r: self._say(
                self.tr("Wrote {0}: {1} changes, {2} files. Give the drive to your facilitator.").format(
                    r.written[0].name, r.changes, r.files
                )
            ),
        )

    def on_import_triggered(self) -> Background | None:
        drive = self.choose_drive(self.tr("Import from which drive or folder?"))
        if drive is None:
            return None
        ws = self.ws

        def job(progress: Any) -> list[str]:
            lines = []
            for path in course_pack.find_packs(drive):
                r = course_pack.import_pack(ws, path, lambda d, t: progress("files", d / t if t else 1))
                lines.append(self.tr("Course {0}: ready offline.").format(r.title))
            back = work_bundle.take_back(ws, drive)
            if back.counts or back.pages:
                lines.append(
                    self.tr("Your answer: {0} changes accepted, news applied.").format(
                        back.counts.get("applied", 0) + back.counts.get("merged", 0)
                    )
                )
            if any(drive.glob(f"*{work_bundle.WORK_SUFFIX}")):
                handed = work_bundle.hand_in(ws, drive)
                lines.append(self.tr("Handed in {0} bundles.").format(handed.handed_in))
                lines += handed.refused
            return lines

        def done(lines: list[str]) -> None:
            self.window.refresh_screens()  # type: ignore[attr-defined]
            self._say("\n".join(lines) or self.tr("Nothing to import on this drive."))

        return self._run(self.tr("Importing from the drive…"), job, done)
