"""How the grading screen uses the room it has: the queue table, and the queue, submission and grade
arranged side by side where each has room for its words (whole column titles, four rubric levels
abreast), else the queue above the other two, else (a netbook with large text) all three in a column.
Never a screen wider than the window, never a cut word."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from ..widgets.empty_state import EmptyState
from ..widgets.grading.grade_editor import GradeEditor
from ..widgets.grading.rubric_panel import LevelButton
from ..widgets.screen_stack import available_width
from ..widgets.table_columns import eliding

TITLE = 3  # the queue's column of assignment titles


def queue_table(model: QAbstractItemModel, accessible: str, empty: str) -> QTableView:
    view = QTableView()
    view.setObjectName("gradingQueue")
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents
    )  # as wide as their words, in any language
    header.setStretchLastSection(False)
    header.setSectionResizeMode(
        TITLE, QHeaderView.ResizeMode.Stretch
    )  # the assignment's title takes what is left
    eliding(view)
    EmptyState(view, empty)
    return view


class GradingArrangement:
    def __init__(
        self, queue_box: QWidget, queue_view: QTableView, preview: QWidget, editor: GradeEditor
    ) -> None:
        self.queue_view, self.preview, self.editor = queue_view, preview, editor
        self.work = QSplitter()  # the submission beside its grade
        self.work.setObjectName("gradingWork")
        self.work.addWidget(preview)
        self.work.addWidget(editor)
        self.splitter = QSplitter()  # the queue beside them, or above them
        self.splitter.setObjectName("gradingSplitter")
        self.splitter.addWidget(queue_box)
        self.splitter.addWidget(self.work)
        self.splitter.setSizes([400, 780])
        self.work.setSizes([340, 440])
        self.arranged = False

    def arrange(self, screen: QWidget) -> None:
        room = available_width(screen) - 16
        chars = screen.fontMetrics().averageCharWidth()
        levels = max(
            (
                sum(b.sizeHint().width() + 6 for b in card.findChildren(LevelButton)) + 48
                for card in self.editor.rubric_panel.cards
            ),
            default=0,
        )
        preview = max(self.preview.minimumSizeHint().width(), 36 * chars)
        editor = max(self.editor.minimumSizeHint().width(), 44 * chars, levels)
        queue = max(self.splitter.widget(0).minimumSizeHint().width(), self.queue_comfort())
        handle = self.splitter.handleWidth()
        across, pair = queue + preview + editor + 2 * handle <= room, preview + editor + handle <= room
        h, v = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        side = max(preview, room * 2 // 5)  # the learner's work gets two fifths
        for splitter, wanted, sizes in (
            (self.work, h if pair else v, [side, room - side] if pair else [300, 500]),
            (self.splitter, h if across else v, [queue, room - queue] if across else [160, 600]),
        ):
            if splitter.orientation() != wanted or not self.arranged:
                splitter.setOrientation(wanted)
                splitter.setSizes(sizes)
        self.arranged = (
            room > 200
        )  # once shown at its real size; after that, the user's splitter positions stay

    def queue_comfort(self) -> int:
        """The queue's width with every column whole and room for an assignment title of ~28 characters."""
        view = self.queue_view
        columns = sum(
            max(view.sizeHintForColumn(c), view.horizontalHeader().sectionSizeHint(c))
            for c in range(view.model().columnCount())
            if c != TITLE
        )
        return columns + view.fontMetrics().averageCharWidth() * 28 + 2 * view.frameWidth() + 16
