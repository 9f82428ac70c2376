"""The rubric editor: criteria and levels with points, checked against the rubric JSON Schema as you
type, an optional A-F scale of the rubric's own, the raw JSON for those who prefer it, and "reuse the
rubric of another assignment". Nothing is written until Save, and never an invalid rubric.
"""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.rubric import DEFAULT_GRADE_SCALE, RubricError, max_points, validate_rubric
from bootcamp_desktop.services import rubric_library
from bootcamp_desktop.services.grade_scale import GRADES

from .. import operations
from ..context import AppContext
from ..models.rubric_edit_model import DESCRIPTION, ID, POINTS, TITLE, RubricEditModel
from ..style import colour, set_tone

AssignmentIdRole = Qt.ItemDataRole.UserRole + 1


class RubricEditorScreen(QWidget):
    sig_status_message = Signal(str)
    sig_rubric_saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RubricEditorScreen")
        self._ctx = context
        self.assignment_id: uuid.UUID | None = None
        self._dirty = False
        self._loading = False
        self._confirm_breaking: str | None = None

        self.assignments = QStandardItemModel(self)
        self.assignment_list = QListView()
        self.assignment_list.setObjectName("rubricAssignments")
        self.assignment_list.setModel(self.assignments)
        self.assignment_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assignment_list.setAccessibleName(self.tr("Assignments"))
        self.assignment_list.setWordWrap(True)
        self.assignment_list.setSpacing(3)
        self.assignment_list.setAlternatingRowColors(True)
        self.assignment_list.selectionModel().currentChanged.connect(self.on_assignment_list_current_changed)

        self.heading = QLabel()
        self.heading.setObjectName("rubricHeading")
        self.heading.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("rubricTitle")
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("rubricDescription")
        self.own_scale = QCheckBox(self.tr("Own A–F scale"))
        self.own_scale.setObjectName("ownScale")
        self.scale_spins: dict[str, QDoubleSpinBox] = {}
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.own_scale)
        for g in GRADES:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.setPrefix(f"{g} ≥ ")
            spin.setValue(DEFAULT_GRADE_SCALE[g])
            spin.setEnabled(False)
            spin.valueChanged.connect(self._changed)
            self.scale_spins[g] = spin
            scale_row.addWidget(spin)
        scale_row.addStretch(1)
        self.own_scale.toggled.connect(self.on_own_scale_toggled)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Scale"), scale_row)
        self.title_edit.textEdited.connect(self._changed)
        self.description_edit.textEdited.connect(self._changed)

        self.model = RubricEditModel(self)
        self.model.itemChanged.connect(self._changed)
        self.tree = QTreeView()
        self.tree.setObjectName("rubricTree")
        self.tree.setAccessibleName(self.tr("Criteria and levels of the rubric"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(TITLE, 240)
        self.tree.setColumnWidth(POINTS, 70)
        self.tree.setColumnWidth(ID, 110)

        buttons = QHBoxLayout()
        self.add_criterion_button = QPushButton(self.tr("Add criterion"))
        self.add_level_button = QPushButton(self.tr("Add level"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for b in (
            self.add_criterion_button,
            self.add_level_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.add_level_button.clicked.connect(self.add_level)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))

        tree_page = QWidget()
        tree_layout = QVBoxLayout(tree_page)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addLayout(buttons)
        self.json_edit = QPlainTextEdit()
        self.json_edit.setObjectName("rubricJson")
        self.json_apply = QPushButton(self.tr("Use this JSON"))
        self.json_apply.setObjectName("applyJsonButton")
        self.json_apply.clicked.connect(self.apply_json)
        json_page = QWidget()
        json_layout = QVBoxLayout(json_page)
        json_layout.setContentsMargins(0, 0, 0, 0)
        json_layout.addWidget(self.json_edit, 1)
        json_layout.addWidget(self.json_apply, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.addTab(tree_page, self.tr("Criteria and levels"))
        self.tabs.addTab(json_page, self.tr("JSON"))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

        self.reuse_combo = QComboBox()
        self.reuse_combo.setObjectName("reuseRubric")
        self.reuse_button = QPushButton(self.tr("Reuse"))
        self.reuse_button.setObjectName("reuseButton")
        self.reuse_button.clicked.connect(self.reuse_selected)
        reuse = QHBoxLayout()
        reuse.addWidget(QLabel(self.tr("Start from the rubric of")))
        reuse.addWidget(self.reuse_combo, 1)
        reuse.addWidget(self.reuse_button)

        self.validation = QLabel()
        self.validation.setObjectName("rubricValidation")
        self.validation.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save rubric"))
        self.save_button.setObjectName("saveRubricButton")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.show_assignment(self.assignment_id, force=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.validation, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(form)
        right_layout.addLayout(reuse)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(self.assignment_list)
        splitter.addWidget(right)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        editable = operations.read(self._ctx, rubric_library.editable_assignments, self._ctx.user_id)
        self._library = operations.read(self._ctx, rubric_library.library, self._ctx.user_id)
        keep = self.assignment_id
        self.assignments.clear()
        for a in editable:
            item = QStandardItem(f"{a.assignment_title}\n{a.course_title} · {a.summary}")
            item.setData(str(a.assignment_id), AssignmentIdRole)
            item.setToolTip(a.course_title)
            self.assignments.appendRow(item)
        self._editable = {a.assignment_id: a for a in editable}
        row = next((i for i, a in enumerate(editable) if a.assignment_id == keep), 0 if editable else None)
        if row is not None:
            self.assignment_list.selectionModel().setCurrentIndex(
                self.assignments.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            if keep == editable[row].assignment_id:
                self.show_assignment(keep, force=True)

    def on_assignment_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_assignment(uuid.UUID(current.data(AssignmentIdRole)))

    def show_assignment(self, assignment_id: uuid.UUID | None, *, force: bool = False) -> None:
        if assignment_id is None or (assignment_id == self.assignment_id and not force):
            return
        if self._dirty and not force and assignment_id != self.assignment_id:
            answer = QMessageBox.question(
                self, self.tr("Unsaved rubric"), self.tr("Discard your changes to this rubric?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        info = self._editable[assignment_id]
        self.assignment_id = assignment_id
        self.heading.setText(
            f"<h3 style='margin:0'>{info.assignment_title}</h3>"
            f"<span style='color:{colour('muted')}'>{info.course_title}</span>"
        )
        self.reuse_combo.clear()
        for other in self._library:
            if other.assignment_id != assignment_id:
                self.reuse_combo.addItem(
                    f"{other.assignment_title} ({other.course_title}, {other.summary})",
                    str(other.assignment_id),
                )
        self.load_rubric(info.rubric)
        self._dirty = False
        self._validate()

    def load_rubric(self, rubric: dict | None) -> None:
        self._loading = True
        try:
            rubric = rubric or {"criteria": []}
            self.model.load(rubric)
            self.tree.expandAll()
            self.title_edit.setText(rubric.get("title", ""))
            self.description_edit.setText(rubric.get("description", ""))
            scale = rubric.get("grade_scale")
            self.own_scale.setChecked(scale is not None)
            for g, spin in self.scale_spins.items():
                spin.setValue((scale or DEFAULT_GRADE_SCALE)[g])
            self.json_edit.setPlainText(json.dumps(rubric, indent=2, ensure_ascii=False))
        finally:
            self._loading = False

    # -- editing -------------------------------------------------------------------------------------------
    def current_rubric(self) -> dict:
        scale = {g: s.value() for g, s in self.scale_spins.items()} if self.own_scale.isChecked() else None
        return self.model.to_rubric(self.title_edit.text(), self.description_edit.text(), scale)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        if self._confirm_breaking is not None:
            self._confirm_breaking = None
            self.save_button.setText(self.tr("Save rubric"))
        self._validate()

    def _validate(self) -> bool:
        try:
            rubric = self.current_rubric()
            validate_rubric(rubric)
        except RubricError as exc:
            set_tone(self.validation, "danger")
            self.validation.setText(self.tr("✗ {0}").format(exc))
            self.save_button.setEnabled(False)
            return False
        set_tone(self.validation, "success")
        state = self.tr("unsaved changes") if self._dirty else self.tr("saved")
        self.validation.setText(
            self.tr("✓ Valid: {0} criteria, {1:g} points ({2})").format(
                len(rubric["criteria"]), max_points(rubric), state
            )
        )
        self.save_button.setEnabled(self._dirty)
        return True

    def on_own_scale_toggled(self, on: bool) -> None:
        for spin in self.scale_spins.values():
            spin.setEnabled(on)
        self._changed()

    def _selected(self) -> tuple[int, int | None] | None:
        """(criterion row, level row or None) of the current tree item."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        index = index.siblingAtColumn(TITLE)
        if index.parent().isValid():
            return index.parent().row(), index.row()
        return index.row(), None

    def add_criterion(self) -> None:
        sel = self._selected()
        row = self.model.add_criterion(self.tr("New criterion"), None if sel is None else sel[0] + 1)
        self.tree.expandAll()
        index = self.model.index(row, TITLE)
        self.tree.setCurrentIndex(index)
        self.tree.edit(index)
        self._changed()

    def add_level(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        level = self.model.add_level(sel[0], self.tr("New level"))
        self.tree.expandAll()
        index = self.model.index(level, TITLE, self.model.index(sel[0], TITLE))
        self.tree.setCurrentIndex(index)
        self._changed()

    def remove_selected(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        criterion, level = sel
        if level is None:
            self.model.removeRow(criterion)
        else:
            self.model.item(criterion, TITLE).removeRow(level)
        self._changed()

    def move_selected(self, step: int) -> None:
        sel = self._selected()
        if sel is None:
            return
        criterion, level = sel
        if level is None:
            new = self.model.move(criterion, step)
            index = self.model.index(new, TITLE)
        else:
            new = self.model.move(level, step, criterion)
            index = self.model.index(new, TITLE, self.model.index(criterion, TITLE))
        self.tree.expandAll()
        self.tree.setCurrentIndex(index)
        self._changed()

    def on_tabs_current_changed(self, index: int) -> None:
        if index == 1:  # show the JSON of what is in the tree
            try:
                self.json_edit.setPlainText(json.dumps(self.current_rubric(), indent=2, ensure_ascii=False))
            except RubricError:
                pass

    def apply_json(self) -> bool:
        try:
            rubric = rubric_library.parse_rubric_json(self.json_edit.toPlainText())
        except RubricError as exc:
            set_tone(self.validation, "danger")
            self.validation.setText(self.tr("✗ The JSON was not used: {0}").format(exc))
            return False
        self.load_rubric(rubric)
        self._changed()
        self.tabs.setCurrentIndex(0)
        return True

    def reuse_selected(self) -> None:
        source = self.reuse_combo.currentData()
        if not source:
            return
        rubric = next(a.rubric for a in self._library if str(a.assignment_id) == source)
        self.load_rubric(json.loads(json.dumps(rubric)))
        self._changed()
        self.sig_status_message.emit(self.tr("Rubric copied in; Save to keep it for this assignment."))

    # -- saving -----------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the rubric. One that would orphan ids existing grades use needs a second Save (no dialog)."""
        if self.assignment_id is None or not self._validate():
            return False
        rubric = self.current_rubric()
        fingerprint = json.dumps(rubric, sort_keys=True)
        allow = self._confirm_breaking == fingerprint
        try:
            operations.write(
                self._ctx, rubric_library.save_rubric, self.assignment_id, rubric, allow_breaking=allow
            )
        except rubric_library.RubricInUseError as exc:
            self._confirm_breaking = fingerprint
            set_tone(self.validation, "warning")
            self.validation.setText(
                self.tr(
                    "⚠ Existing grades refer to {0}; they keep their points, but those levels "
                    "will no longer show. Save again to save anyway."
                ).format(", ".join(exc.orphaned))
            )
            self.save_button.setText(self.tr("Save anyway"))
            return False
        except RubricError as exc:
            set_tone(self.validation, "danger")
            self.validation.setText(self.tr("✗ Not saved: {0}").format(exc))
            return False
        self._dirty = False
        self._confirm_breaking = None
        self.save_button.setText(self.tr("Save rubric"))
        self.sig_status_message.emit(self.tr("Rubric saved; it reaches the server at the next sync."))
        self.sig_rubric_saved.emit(str(self.assignment_id))
        self.refresh()
        return True
