"""The replies of a discussion thread as a tree (a reply's children are the replies to it)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from bootcamp_desktop.services.discussions import ReplyRow

from .. import format as fmt

ReplyRole = Qt.ItemDataRole.UserRole + 30


class ReplyTreeModel(QAbstractItemModel):
    """Internal id of an index = position of its reply in the flat list + 1 (0 is never used)."""

    def __init__(self, tz: str = "UTC", parent: Any = None) -> None:
        super().__init__(parent)
        self._replies: list[ReplyRow] = []
        self._children: dict[int, list[int]] = {}  # parent position (-1 = root) -> child positions
        self._parent: dict[int, int] = {}
        self.tz = tz

    def set_replies(self, replies: list[ReplyRow]) -> None:
        self.beginResetModel()
        self._replies = list(replies)
        pos = {r.reply_id: i for i, r in enumerate(self._replies)}
        self._children = {-1: []}
        self._parent = {}
        for i, r in enumerate(self._replies):
            parent = pos.get(r.parent_id, -1) if r.parent_id else -1
            self._children.setdefault(parent, []).append(i)
            self._parent[i] = parent
        self.endResetModel()

    def reply_at(self, index: QModelIndex | QPersistentModelIndex) -> ReplyRow | None:
        if not index.isValid():
            return None
        return self._replies[index.internalId() - 1]

    def find(self, reply_id: uuid.UUID) -> QModelIndex:
        for i, r in enumerate(self._replies):
            if r.reply_id == reply_id:
                parent = self._parent[i]
                row = self._children[parent].index(i)
                return self.createIndex(row, 0, i + 1)
        return QModelIndex()

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        key = parent.internalId() - 1 if parent.isValid() else -1
        return self.createIndex(row, column, self._children[key][row] + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent[index.internalId() - 1]
        if parent == -1:
            return QModelIndex()
        grand = self._parent[parent]
        return self.createIndex(self._children[grand].index(parent), 0, parent + 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        key = parent.internalId() - 1 if parent.isValid() else -1
        return len(self._children.get(key, []))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        reply = self.reply_at(index)
        if reply is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            marks = []
            if reply.is_solution:
                marks.append(self.tr("Solution"))
            if reply.helpful_votes:
                marks.append(
                    fmt.plural(self.tr("%n found it helpful", "", reply.helpful_votes), reply.helpful_votes)
                )
            if reply.pending:
                marks.append(self.tr("waiting to be sent"))
            head = reply.author + (f" — {', '.join(marks)}" if marks else "")
            return f"{head}\n{reply.content}"
        if role == ReplyRole:
            return reply
        return None
