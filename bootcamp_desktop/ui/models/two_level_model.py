"""A tree of two levels (modules and their lessons, rubric criteria and their levels) as a Qt item model.

A top-level item's internal id is ``TOP``; a child's is its parent's row + 1, so ``parent()`` needs no
lookup. A subclass says how many top-level items there are (``top_count``) and how many children each has
(``child_count``), and tells the two kinds apart with ``internalId() == TOP``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

TOP = 0


class TwoLevelModel(QAbstractItemModel):
    def top_count(self) -> int:
        raise NotImplementedError

    def child_count(self, row: int) -> int:
        raise NotImplementedError

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self.top_count()
        if parent.internalId() == TOP and parent.column() == 0:
            return self.child_count(parent.row())
        return 0
