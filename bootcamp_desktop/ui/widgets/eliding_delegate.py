"""Cells that show their whole text on hover only when it did not fit: a title shortened in the middle
("Design a price…smallholders") has its full words as tooltip; a cell that fits has none to get in the way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip


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
