"""My design projects: brief, team and roles, versioned assets with thumbnails, and uploading a new
version. Thumbnails are drawn (Pillow) off the GUI thread and cached on disk."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import projects
from bootcamp_desktop.services.filetypes import FileCheckError
from bootcamp_desktop.services.projects import AssetVersion, ProjectDetail, ProjectRow, TeamMember

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..widgets.common import Notice, esc, select_row, table
from ..widgets.save_copy import save_blob_copy

ROLES = {
    "lead_designer": QT_TRANSLATE_NOOP("Labels", "Lead designer"),
    "ux_researcher": QT_TRANSLATE_NOOP("Labels", "UX researcher"),
    "visual_designer": QT_TRANSLATE_NOOP("Labels", "Visual designer"),
    "developer": QT_TRANSLATE_NOOP("Labels", "Developer"),
    "researcher": QT_TRANSLATE_NOOP("Labels", "Researcher"),
}
STATUS = {
    "planning": QT_TRANSLATE_NOOP("Labels", "Planning"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "review": QT_TRANSLATE_NOOP("Labels", "In review"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
}


class ProjectsScreen(QWidget):
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectsScreen")
        self._ctx = context
        self._ws = context.workspace
        self.detail: ProjectDetail | None = None
        self.icons: dict[str, QIcon] = {}
        self._thumbs: operations.Background | None = None

        self.project_model: RecordModel[ProjectRow] = RecordModel(
            [
                Column(self.tr("Project"), lambda p: p.title, tooltip=lambda p: p.course_title),
                Column(self.tr("My role"), lambda p: label(ROLES.get(p.role or "", p.role or ""))),
                Column(self.tr("Status"), lambda p: label(STATUS.get(p.status or "", p.status or ""))),
            ],
            self,
        )
        self.project_list = table(self.project_model, "projectList", self.tr("My design projects"), stretch=0)
        self.project_list.setColumnWidth(1, 110)
        self.project_list.setColumnWidth(2, 90)
        self.project_list.selectionModel().selectionChanged.connect(self.on_project_list_selection_changed)

        self.header = QLabel()
        self.header.setObjectName("projectHeader")
        self.header.setWordWrap(True)
        self.brief = QTextBrowser()
        self.brief.setObjectName("projectBrief")
        self.brief.setAccessibleName(self.tr("Project brief"))
        self.team_model: RecordModel[TeamMember] = RecordModel(
            [
                Column(self.tr("Member"), lambda m: m.name),
                Column(self.tr("Role"), lambda m: label(ROLES.get(m.role or "", m.role or ""))),
                Column(self.tr("Active"), lambda m: self.tr("yes") if m.active else self.tr("left")),
                Column(
                    self.tr("Contribution"),
                    lambda m: f"{m.contribution:g} / 5" if m.contribution is not None else "",
                ),
            ],
            self,
        )
        self.team_table = table(self.team_model, "teamTable", self.tr("Team"), stretch=0)
        self.team_table.setColumnWidth(1, 115)
        self.team_table.setColumnWidth(2, 55)
        self.team_table.setColumnWidth(3, 90)

        self.file_model: RecordModel[AssetVersion] = RecordModel(
            [
                Column(
                    self.tr("File"),
                    lambda a: f"{a.file_name}\nv{a.version}" + (" ✓" if a.is_final else ""),
                    decoration=lambda a: self.icons.get(a.url),
                    tooltip=lambda a: a.description,
                ),
            ],
            self,
        )
        self.files = QListView()
        self.files.setObjectName("assetGallery")
        self.files.setAccessibleName(self.tr("Project files"))
        self.files.setModel(self.file_model)
        self.files.setViewMode(QListView.ViewMode.IconMode)
        self.files.setIconSize(QSize(112, 112))
        self.files.setGridSize(QSize(170, 165))
        self.files.setResizeMode(QListView.ResizeMode.Adjust)
        self.files.setMovement(QListView.Movement.Static)
        self.files.setWordWrap(True)
        self.files.selectionModel().currentChanged.connect(lambda *_: self.show_versions())
        self.version_model: RecordModel[AssetVersion] = RecordModel(
            [
                Column(
                    self.tr("Version"),
                    lambda a: f"v{a.version}" + (self.tr(" (final)") if a.is_final else ""),
                ),
                Column(self.tr("Uploaded by"), lambda a: a.uploaded_by),
                Column(self.tr("When"), lambda a: fmt.when(a.created_at, self._ctx.timezone)),
                Column(self.tr("Size"), lambda a: fmt.size(a.size_bytes)),
                Column(self.tr("Note"), lambda a: a.description or ""),
            ],
            self,
        )
        self.version_table = table(
            self.version_model, "versionTable", self.tr("Versions of the selected file"), stretch=4
        )
        self.version_table.setColumnWidth(0, 90)
        self.version_table.setColumnWidth(1, 140)
        self.version_table.setColumnWidth(2, 150)
        self.upload_button = QPushButton(self.tr("&Upload new version…"))
        self.upload_button.setObjectName("uploadVersionButton")
        self.upload_button.clicked.connect(self.on_upload_button_clicked)
        self.add_button = QPushButton(self.tr("Add a new &file…"))
        self.add_button.setObjectName("addAssetButton")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.final_button = QPushButton(self.tr("Mark version as &final"))
        self.final_button.setObjectName("finalButton")
        self.final_button.clicked.connect(self.on_final_button_clicked)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setObjectName("saveAssetButton")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.notice = Notice("projectNotice")

        top = QSplitter()
        top.addWidget(self.brief)
        top.addWidget(self.team_table)
        top.setSizes([400, 420])
        buttons = QHBoxLayout()
        for b in (self.upload_button, self.add_button, self.final_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.header)
        rl.addWidget(top, 2)
        rl.addWidget(QLabel(self.tr("<b>Files</b> (newest version of each)")))
        rl.addWidget(self.files, 3)
        rl.addWidget(self.version_table, 2)
        rl.addLayout(buttons)
        rl.addWidget(self.notice)
        split = QSplitter()
        split.addWidget(self.project_list)
        split.addWidget(right)
        split.setSizes([430, 760])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        keep = self.detail.project_id if self.detail else None
        rows = operations.read(self._ctx, projects.my_projects, self._ctx.user_id)
        self.project_model.set_rows(rows)
        row = self.project_model.find(lambda p: p.project_id == keep) if keep else -1
        select_row(self.project_list, max(row, 0))

    def on_shown(self) -> None:
        self.refresh()

    def on_project_list_selection_changed(
        self, selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        indexes = selected.indexes()
        if indexes:
            self.show_project(self.project_model.row_at(indexes[0].row()).project_id)

    def show_project(self, project_id: uuid.UUID, select_file: str | None = None) -> None:
        assert self._ctx.user_id is not None
        d = operations.read(self._ctx, projects.project_detail, self._ctx.user_id, project_id)
        self.detail = d
        facts = [
            x
            for x in (
                d.course_title,
                label(STATUS.get(d.status or "", d.status or "")),
                d.client and self.tr("for {0}").format(d.client),
                d.timeline_weeks
                and fmt.plural(self.tr("%n week(s)", "", d.timeline_weeks), d.timeline_weeks),
            )
            if x
        ]
        self.header.setText(f"<h2>{esc(d.title)}</h2>{esc(' · '.join(facts))}")
        tech = ", ".join(d.technologies)
        self.brief.setHtml(
            f"<p>{esc(d.description)}</p>"
            + (f"<p><b>{esc(self.tr('Brief'))}</b><br>{esc(d.brief)}</p>" if d.brief else "")
            + (f"<p><b>{esc(self.tr('Tools'))}</b>: {esc(tech)}</p>" if tech else "")
        )
        self.team_model.set_rows(d.team)
        newest: dict[str, AssetVersion] = {}
        for a in d.assets:
            newest.setdefault(a.file_name, a)
        files = list(newest.values())
        self.file_model.set_rows(files)
        row = next((i for i, a in enumerate(files) if a.file_name == select_file), 0)
        if files:
            self.files.setCurrentIndex(self.file_model.index(row, 0))
        else:
            self.version_model.set_rows([])
        for b in (self.upload_button, self.add_button, self.final_button):
            b.setEnabled(d.is_member)
        self.load_thumbnails(d.assets)

    def load_thumbnails(self, assets: list[AssetVersion]) -> None:
        todo = [a for a in assets if a.url not in self.icons]
        if not todo:
            return
        root, cache = self._ws.blobs_dir, self._ws.directory / "thumbnails"
        job = operations.Background(
            lambda _p: {a.url: projects.thumbnail(root, cache, a) for a in todo}, owner=self
        )
        job.signals.sig_finished.connect(self.on_thumbnails_finished)
        self._thumbs = job
        job.start()

    def on_thumbnails_finished(self, paths: object) -> None:
        assert isinstance(paths, dict)
        for url, path in paths.items():
            self.icons[url] = QIcon(QPixmap(str(path)))
        if self.file_model.rowCount():
            self.file_model.dataChanged.emit(
                self.file_model.index(0, 0), self.file_model.index(self.file_model.rowCount() - 1, 0)
            )

    def current_file(self) -> AssetVersion | None:
        index = self.files.currentIndex()
        return self.file_model.row_at(index.row()) if index.isValid() else None

    def show_versions(self) -> None:
        current = self.current_file()
        if self.detail is None or current is None:
            self.version_model.set_rows([])
            return
        self.version_model.set_rows([a for a in self.detail.assets if a.file_name == current.file_name])
        select_row(self.version_table, 0)

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), str(Path.home()))
        return Path(path) if path else None

    def _upload(self, file_name: str | None) -> None:
        if self.detail is None or self._ctx.user_id is None:
            return
        path = self.choose_file()
        if path is None:
            return
        try:
            added = operations.write(
                self._ctx,
                projects.upload_version,
                self._ws.blobs_dir,
                self._ctx.user_id,
                self.detail.project_id,
                path,
                file_name,
            )
        except (FileCheckError, PermissionError) as exc:
            self.notice.show_message(str(exc), "error")
            return
        self.show_project(self.detail.project_id, select_file=added.file_name)
        message = self.tr("{0} v{1} saved on this computer; it is uploaded at the next sync.").format(
            added.file_name, added.version
        )
        self.notice.show_message(message, "offline")
        self.sig_status_message.emit(message)

    def on_upload_button_clicked(self) -> None:
        current = self.current_file()
        self._upload(current.file_name if current else None)

    def on_add_button_clicked(self) -> None:
        self._upload(None)

    def on_final_button_clicked(self) -> None:
        index = self.version_table.currentIndex()
        if self.detail is None or not index.isValid() or self._ctx.user_id is None:
            return
        asset = self.version_model.row_at(index.row())
        operations.write(self._ctx, projects.mark_final, self._ctx.user_id, asset.asset_id)
        self.show_project(self.detail.project_id, select_file=asset.file_name)

    def on_save_button_clicked(self) -> None:
        index = self.version_table.currentIndex()
        if not index.isValid():
            return
        asset = self.version_model.row_at(index.row())
        if not asset.url.startswith("blob:"):
            self.notice.show_message(
                self.tr("This file lives online ({0}); open it with a connection.").format(asset.url),
                "offline",
            )
            return
        save_blob_copy(self, self.notice, self._ws.blobs_dir, asset.url, asset.file_name)


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (
    QT_TRANSLATE_NOOP("ProjectsScreen", "Brief"),
    QT_TRANSLATE_NOOP("ProjectsScreen", "Tools"),
)
