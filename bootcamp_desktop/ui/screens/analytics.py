"""Progress and analytics: a chart for each report (enrolments by status, completion by module, where
learners stop, time spent, grades, submissions waiting per instructor, platform metrics over time), the
numbers under it, and "Export CSV" for each."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import analytics, staff

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.report_table_model import ReportTableModel
from ..style import set_tone
from ..widgets.report_chart import ReportChart


class AnalyticsScreen(QWidget):
    sig_status_message = Signal(str)
    sig_report_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnalyticsScreen")
        self._ctx = context
        self.report: analytics.Report | None = None
        self.keys = [k for k, _t in analytics.REPORTS]
        self.report_list = QListView()
        self.report_list.setObjectName("reportList")
        self.report_list.setAccessibleName(self.tr("Reports"))
        self.report_list.setModel(QStringListModel([label(t) for _k, t in analytics.REPORTS], self))
        self.report_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_list.setMaximumWidth(270)
        self.report_list.setMinimumWidth(240)
        self.report_list.setSpacing(2)
        self.report_list.selectionModel().currentChanged.connect(lambda _c, _p: self.load())

        self.course_combo = QComboBox()
        self.course_combo.setObjectName("analyticsCourse")
        self.course_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricType")
        self.metric_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsvButton")
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Course")))
        top.addWidget(self.course_combo, 1)
        self.metric_label = QLabel(self.tr("Metric"))
        top.addWidget(self.metric_label)
        top.addWidget(self.metric_combo)
        top.addWidget(self.export_button)
        self.notes = QLabel()
        self.notes.setObjectName("reportNotes")
        set_tone(self.notes, "muted")
        self.notes.setWordWrap(True)
        self.chart = ReportChart()
        self.table_model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(self.tr("Figures of the report"))
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.chart)
        right_split.addWidget(self.table)
        right_split.setSizes([470, 180])
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(top)
        rl.addWidget(self.notes)
        rl.addWidget(right_split, 1)
        split = QSplitter()
        split.addWidget(self.report_list)
        split.addWidget(right)
        split.setSizes([250, 950])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        courses = operations.read(self._ctx, staff.staffed_courses, self._ctx.user_id)
        keep = self.course_combo.currentData()
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        self.course_combo.addItem(self.tr("All my courses"), None)
        for c in courses:
            self.course_combo.addItem(c.title, str(c.course_id))
        self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(keep)) if keep else 0)
        self.course_combo.blockSignals(False)
        metrics = operations.read(self._ctx, analytics.metric_types)
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for m in metrics:
            self.metric_combo.addItem(m.replace("_", " ").capitalize(), m)
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData("daily_active_users")))
        self.metric_combo.blockSignals(False)
        if not self.report_list.currentIndex().isValid():
            self.show_report("enrolments_by_status")
        else:
            self.load()

    def show_report(self, key: str) -> None:
        index = self.report_list.model().index(self.keys.index(key), 0)
        if self.report_list.currentIndex() == index:
            self.load()
        else:
            self.report_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @property
    def key(self) -> str:
        row = self.report_list.currentIndex().row()
        return self.keys[row] if row >= 0 else self.keys[0]

    def load(self) -> None:
        if self._ctx.user_id is None:
            return
        course = self.course_combo.currentData()
        is_metric = self.key == "platform_metric"
        self.metric_combo.setVisible(is_metric)
        self.metric_label.setVisible(is_metric)
        self.course_combo.setEnabled(not is_metric)
        self.report = operations.read(
            self._ctx,
            analytics.build,
            self.key,
            self._ctx.user_id,
            uuid.UUID(course) if course else None,
            self.metric_combo.currentData(),
        )
        self.chart.show_report(self.report)
        self.table_model.set_report(self.report)
        self.notes.setText(label(self.report.notes))
        self.notes.setVisible(bool(self.report.notes))
        self.sig_report_changed.emit(self.key)

    def _ask_export(self) -> None:
        if self.report is None:
            return
        name = f"{self.report.key}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), str(Path.home() / name), self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> Path | None:
        if self.report is None:
            return None
        try:
            analytics.write_csv(self.report, path)
        except OSError as exc:
            self.sig_status_message.emit(self.tr("Could not write {0}: {1}").format(path, exc))
            return None
        self.sig_status_message.emit(
            fmt.plural(
                self.tr("Exported %n row(s) to {0}", "", len(self.report.rows)), len(self.report.rows)
            ).format(path)
        )
        return path

    def on_report_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.load()
