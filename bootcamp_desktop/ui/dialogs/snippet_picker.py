"""Pick a reusable comment snippet from the keyboard: type to filter, arrows to choose, Enter to insert."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from bootcamp_desktop.services.snippets import Snippet, search

from ..style import set_tone


class SnippetPicker(QDialog):
    def __init__(self, snippets: list[Snippet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippetPicker")
        self.setWindowTitle(self.tr("Insert a comment snippet"))
        self.resize(560, 360)
        self._all = snippets
        self._shown: list[Snippet] = list(snippets)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("snippetFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter; ↑↓ to choose; Enter inserts"))
        self.filter_edit.textChanged.connect(self.on_filter_edit_text_changed)
        self.filter_edit.installEventFilter(self)
        self.model = QStringListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("snippetList")
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Save a new snippet from any comment with Ctrl+Shift+S."))
        set_tone(hint, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._refill()

    def _refill(self) -> None:
        self._shown = search(self._all, self.filter_edit.text())
        self.model.setStringList([s.text for s in self._shown])
        if self._shown:
            self.list_view.setCurrentIndex(self.model.index(0))

    def on_filter_edit_text_changed(self, _text: str) -> None:
        self._refill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.list_view.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[
                    key
                ]
                if self._shown:
                    row = max(0, min(len(self._shown) - 1, row + step))
                    self.list_view.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)

    @property
    def chosen(self) -> Snippet | None:
        row = self.list_view.currentIndex().row()
        return self._shown[row] if 0 <= row < len(self._shown) else None
