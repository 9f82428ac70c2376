"""What an empty table says instead of showing blank rows: a short muted sentence in its middle (its
colours: ``QLabel#emptyState`` in ui/style), gone as soon as a row arrives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView, text: str | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(
            text or QCoreApplication.translate("EmptyState", "Nothing here yet."), view.viewport()
        )
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def update(self, *_args: object) -> None:
        model = self.view.model()
        self.label.setVisible(model is not None and model.rowCount() == 0)
        self.label.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False
