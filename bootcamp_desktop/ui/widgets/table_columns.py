"""Table columns that give titles the room they need: each column as wide as its words (header included,
in any language and text size, up to about CAP_CHARS characters), the stretching column taking what is left.
A title shortened all the same (in the middle: "Design a price…smallholders") shows its whole words on
hover; a cell that fits has no tooltip to get in the way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

CAP_CHARS = 60  # average characters: a course title of about fifty letters


class ElidingDelegate(QStyledItemDelegate):
    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text and self.is_elided(option, index):
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def is_elided(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return opt.fontMetrics.horizontalAdvance(opt.text) + 8 > opt.rect.width()


def eliding(view: QAbstractItemView) -> QAbstractItemView:
    """Titles shortened in the middle (both ends stay readable), the whole text on hover when shortened."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setItemDelegate(ElidingDelegate(view))
    return view


class ColumnFitter(QObject):
    """Refits a table's columns whenever its rows change; a width a screen set stays as the least."""

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view, self.stretch = view, stretch
        self.floor: dict[int, int] = {}
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)

    def fit(self, *_args: object) -> None:
        view, header = self.view, self.view.horizontalHeader()
        cap = view.fontMetrics().averageCharWidth() * CAP_CHARS
        for column in range(view.model().columnCount()):
            if column == self.stretch or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                continue
            floor = self.floor.setdefault(column, view.columnWidth(column))
            words = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            view.setColumnWidth(column, max(floor, min(words, cap)))


def fit_columns(view: QTableView, stretch: int) -> QTableView:
    ColumnFitter(view, stretch)
    return view
