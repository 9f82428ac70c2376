"""Above the grading queue: the learners' files the grader has offline, the data budget per sync, and
"Download everything to grade" for the course chosen (or all courses), which ignores the budget.

Every sync fetches the files of the queues within the budget (``services/grader_files.py``); what did
not fit waits, with its size shown here and in the queue's Files column.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget

from bootcamp_desktop.services import downloads, grader_files

from ... import format as fmt
from ... import operations
from ...context import AppContext
from ...style import icon
from ..wrap_row import WrapRow


class GraderFilesBar(QWidget):
    sig_files_arrived = Signal()  # a download ended with new files on this computer
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graderFilesBar")
        self._ctx = context
        self._ws = context.workspace
        self.course_id: uuid.UUID | None = None
        self.files: list[grader_files.GraderFile] = []
        self._download: operations.Background | None = None

        self.summary = QLabel()
        self.summary.setObjectName("graderFilesSummary")
        self.summary.setWordWrap(True)
        self.budget = QSpinBox()
        self.budget.setObjectName("graderBudget")
        self.budget.setRange(0, grader_files.MAX_BUDGET_MB)
        self.budget.setSingleStep(50)
        self.budget.setSuffix(self.tr(" MB per sync"))
        self.budget.setSpecialValueText(self.tr("only when asked"))
        self.budget.setAccessibleName(self.tr("Data budget: learners' files fetched with each sync"))
        self.budget.setToolTip(
            self.tr(
                "How much of the learners' files each sync may fetch for grading; "
                "larger files wait for “Download everything to grade”."
            )
        )
        self.budget.setValue(grader_files.budget_mb(self._ws.settings))
        self.budget.valueChanged.connect(self.on_budget_value_changed)
        self.download_button = QPushButton()
        self.download_button.setObjectName("downloadToGradeButton")
        self.download_button.setIcon(icon("download"))
        self.download_button.clicked.connect(lambda: self.download())
        self.progress = QProgressBar()
        self.progress.setObjectName("graderDownloadProgress")
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        layout = QVBoxLayout(self)  # what is here, then the budget and the button (a column where narrow)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(WrapRow([self.budget, self.progress, None, self.download_button]))

    # -- what is here ------------------------------------------------------------------------------------
    def refresh(self, course_id: uuid.UUID | None = None) -> None:
        self.course_id = course_id
        uid = self._ctx.user_id
        self.files = (
            operations.read(self._ctx, grader_files.grader_files, uid, self._ws.blobs_dir, course_id)
            if uid
            else []
        )
        missing = [f for f in self.files if not f.present]
        here = len(self.files) - len(missing)
        size = fmt.size(sum(f.size for f in missing))
        if not self.files:
            text = self.tr("No learners' files to grade here.")
        elif not missing:
            text = self.tr("All {0} files to grade are on this computer.").format(len(self.files))
        else:
            text = self.tr("{0} files to grade on this computer · {1} not yet ({2})").format(
                here, len(missing), size
            )
        self.summary.setText(text)
        what = self.tr("this course") if course_id else self.tr("all courses")
        self.download_button.setText(
            self.tr("Download everything to grade ({0})").format(size)
            if missing
            else self.tr("Everything to grade is here")
        )
        self.download_button.setToolTip(
            self.tr("Fetch every file of {0}'s queue now, whatever the budget").format(what)
        )
        self.download_button.setEnabled(bool(missing) and self._download is None)

    def waiting_hint(self, size: int) -> str:
        """Why a file of ``size`` bytes is not here yet, and what brings it."""
        budget = grader_files.budget_bytes(self._ws.settings)
        if size > budget:
            return self.tr(
                "It is larger than the {0} a sync fetches for grading: use “Download everything "
                "to grade” above the queue."
            ).format(fmt.size(budget))
        return self.tr("It comes with the next sync, or now with “Download everything to grade”.")

    def on_budget_value_changed(self, value: int) -> None:
        grader_files.set_budget_mb(self._ws.settings, value)
        self._ws.save_settings()
        if value:
            budget = fmt.size(grader_files.budget_bytes(self._ws.settings))
            self.sig_status_message.emit(
                self.tr("Each sync now fetches up to {0} of learners' files for grading.").format(budget)
            )
        else:
            self.sig_status_message.emit(
                self.tr(
                    "Syncs no longer fetch learners' files by themselves; download them when you need them."
                )
            )

    # -- fetching ----------------------------------------------------------------------------------------
    def download(self, shas: list[str] | None = None) -> bool:
        """Fetch the missing files shown (or only ``shas``), whatever the budget; False when it cannot
        start."""
        items = [f.as_item() for f in self.files if not f.present and (shas is None or f.sha256 in shas)]
        if shas is not None:  # a submission outside the queues shown (graded, another course)
            known = {i.sha256 for i in items}
            items += [
                i
                for i in operations.read(self._ctx, downloads.items_for, shas, self._ws.blobs_dir)
                if not i.present and i.sha256 not in known
            ]
        if not items or self._download is not None:
            return False
        downloader = self._ctx.downloader
        if downloader is None:
            self.sig_status_message.emit(
                self.tr("Downloading needs a server, and this replica has none configured.")
            )
            return False
        self.progress.setValue(0)
        self.progress.show()
        self.download_button.setEnabled(False)

        def job(progress):  # type: ignore[no-untyped-def]
            return downloader(items, lambda done, total: progress("blobs", done / total if total else 1.0))

        self._download = operations.Background(job, owner=self)
        self._download.signals.sig_progress_changed.connect(
            lambda _stage, fraction: self.progress.setValue(int(fraction * 1000))
        )
        self._download.signals.sig_finished.connect(self.on_download_finished)
        self._download.signals.sig_failed.connect(self.on_download_failed)
        self._download.start()
        return True

    def on_download_finished(self, fetched: object) -> None:
        self._download = None
        self.progress.hide()
        self.refresh(self.course_id)
        self.sig_status_message.emit(
            fmt.plural(self.tr("%n learner file(s) downloaded for grading.", "", fetched), fetched)
        )
        self.sig_files_arrived.emit()

    def on_download_failed(self, message: str) -> None:
        self._download = None
        self.progress.hide()
        self.refresh(self.course_id)
        self.sig_status_message.emit(
            self.tr("The download stopped: {0} What arrived is kept.").format(message)
        )

    @property
    def busy(self) -> bool:
        return self._download is not None
