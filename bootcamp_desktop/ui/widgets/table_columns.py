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
TITLE_CHARS = 30  # the least a title column keeps before the table scrolls sideways


class ElidingDelegate(QStyledItemDelegate):
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,  # noqa: N802
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and not index.data(Qt.ItemDataRole.ToolTipRole)
        ):
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
    """Refits a table's columns whenever its rows change (a width a screen set stays as the least), and keeps
    the stretching title column at least TITLE_CHARS wide: in a narrow pane the table scrolls sideways
    rather than crush the titles to "…"."""

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view, self.stretch = view, stretch
        self.floor: dict[int, int] = {}
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.place_title()
        return False

    def place_title(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        if model is None or self.stretch >= model.columnCount():
            return
        others = sum(
            view.columnWidth(c)
            for c in range(model.columnCount())
            if c != self.stretch and not view.isColumnHidden(c)
        )
        words = max(view.sizeHintForColumn(self.stretch), header.sectionSizeHint(self.stretch))
        least = min(words, view.fontMetrics().averageCharWidth() * TITLE_CHARS)
        if view.viewport().width() - others >= least:
            if header.sectionResizeMode(self.stretch) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(self.stretch, least)

    def fit(self, *_args: object) -> None:
        view, header = self.view, self.view.horizontalHeader()
        cap = view.fontMetrics().averageCharWidth() * CAP_CHARS
        for column in range(view.model().columnCount()):
            if (
                column == self.stretch
                or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
            ):
                continue
            floor = self.floor.setdefault(column, view.columnWidth(column))
            words = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            view.setColumnWidth(column, max(floor, min(words, cap)))
        self.place_title()


def fit_columns(view: QTableView, stretch: int) -> QTableView:
    ColumnFitter(view, stretch)
    return view
