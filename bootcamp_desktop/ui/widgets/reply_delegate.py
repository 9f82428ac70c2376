"""Paints a discussion reply: author line (with solution and vote marks), then the wrapped text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from .. import format as fmt
from ..models.reply_model import ReplyRole
from ..style import qcolor

PAD = 6


class ReplyDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView, tz: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._tz = tz

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return (
            max(120, option.rect.width() - 2 * PAD)
            if option.rect.width() > 0
            else max(120, self._view.viewport().width() - 80)
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        reply = index.data(ReplyRole)
        if reply is None:
            return super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = max(120, self._view.viewport().width() - self._view.indentation() * (depth + 1) - 2 * PAD)
        fm = QFontMetrics(option.font)
        body = fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, reply.content)
        return QSize(width, fm.height() + body.height() + 3 * PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        reply = index.data(ReplyRole)
        if reply is None:
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif reply.is_solution:
            painter.fillRect(option.rect, qcolor("info_bg"))
        text_colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        fm = QFontMetrics(bold)
        head = reply.author
        painter.drawText(rect.topLeft().x(), rect.top() + fm.ascent(), head)
        x = rect.left() + fm.horizontalAdvance(head) + 12
        painter.setFont(option.font)
        marks = [fmt.when(reply.created_at, self._tz())]
        if reply.is_solution:
            marks.append("✓ " + self.tr("Solution"))
        if reply.helpful_votes:
            marks.append(
                "▲ "
                + fmt.plural(self.tr("%n found it helpful", "", reply.helpful_votes), reply.helpful_votes)
            )
        if reply.pending:
            marks.append(self.tr("waiting to be sent"))
        painter.setPen(text_colour if selected else qcolor("info_ink" if reply.is_solution else "muted"))
        painter.drawText(x, rect.top() + fm.ascent(), "  ·  ".join(marks))
        painter.setPen(text_colour)
        body = QRect(
            rect.left(), rect.top() + fm.height() + PAD // 2, rect.width(), rect.height() - fm.height()
        )
        painter.drawText(body, int(Qt.TextFlag.TextWordWrap), reply.content)
        painter.restore()
