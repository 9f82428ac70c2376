"""A row of controls that becomes a column when there is not the room for it (a netbook's screen, large
text): its least width is its widest control's, not the sum of them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class WrapRow(QWidget):
    def __init__(self, widgets: list[QWidget | None], parent: QWidget | None = None) -> None:
        """``widgets`` left to right; None is the stretch between them (dropped in a column)."""
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.items = [w for w in widgets if w is not None]
        for w in widgets:
            if w is None:
                self.box.addStretch(1)
            else:
                self.box.addWidget(w)

    def _row_width(self) -> int:
        return sum(w.sizeHint().width() for w in self.items if not w.isHidden()) + self.box.spacing() * (
            len(self.items) - 1
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widest = max((w.minimumSizeHint().width() for w in self.items if not w.isHidden()), default=0)
        return QSize(widest, self.box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()
