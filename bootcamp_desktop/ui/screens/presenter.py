"""The presenter view: a lesson full screen on a projector, for an in-person workshop.

In the window, the Presenter screen picks the course, the lesson and the screen to present on, and
shows a preview. The full-screen window is driven from the keyboard: Right, Page Down or Space for the
next lesson, Left, Page Up or Backspace for the previous one, Home and End, A to reveal or hide quiz
answers, + and - for the type size, Esc to leave.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bootcamp_desktop.services import cohort, presenting

from .. import operations
from ..context import AppContext
from ..style import set_tone
from ..widgets.common import fill_workshop_courses
from ..widgets.presentation_view import PresentationView


class PresenterWindow(QWidget):
    """A top-level window showing one lesson at a time, full screen."""

    sig_lesson_changed = Signal(str)
    sig_closed = Signal()

    def __init__(
        self, context: AppContext, lessons: list[tuple[uuid.UUID, str, str | None]], start: int = 0
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Presenting — Fataplus Bootcamp"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx = context
        self.lessons = lessons
        self.index = max(0, min(len(lessons) - 1, start))
        self.view = PresentationView(context.workspace.blobs_dir, point_size=26)
        self.footer = QLabel()
        self.footer.setObjectName("presenterFooter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal = False
        self.show_current()

    def present(self, screen: QScreen | None = None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    @property
    def lesson_id(self) -> uuid.UUID:
        return self.lessons[self.index][0]

    def show_current(self) -> None:
        s = operations.read(self._ctx, presenting.slide, self.lesson_id, self._ctx.workspace.blobs_dir)
        self.view.show_slide(s, self.reveal)
        self.footer.setText(
            self.tr("{0} / {1}   ·   ← → lessons   ·   A answers   ·   + − size   ·   Esc leaves").format(
                self.index + 1, len(self.lessons)
            )
        )
        self.sig_lesson_changed.emit(str(self.lesson_id))

    def go(self, index: int) -> None:
        index = max(0, min(len(self.lessons) - 1, index))
        if index != self.index:
            self.index = index
            self.reveal = False
            self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.lessons) - 1)
        elif key == Qt.Key.Key_A:
            self.reveal = not self.reveal
            self.show_current()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.set_point_size(self.view.point_size + 2)
        elif key == Qt.Key.Key_Minus:
            self.view.set_point_size(self.view.point_size - 2)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.sig_closed.emit()
        super().closeEvent(event)


class PresenterScreen(QWidget):
    """Choose what to present and where; a preview of the lesson as the room will see it."""

    sig_status_message = Signal(str)
    sig_presenting_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PresenterScreen")
        self._ctx = context
        self.window_: PresenterWindow | None = None
        self.lessons: list[tuple[uuid.UUID, str, str | None]] = []
        self.course_combo = QComboBox()
        self.course_combo.setObjectName("presentCourse")
        self.course_combo.currentIndexChanged.connect(lambda _i: self.load_lessons())
        self.lesson_combo = QComboBox()
        self.lesson_combo.setObjectName("presentLesson")
        self.lesson_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("presentScreen")
        self.start_button = QPushButton(self.tr("Present full screen  (Ctrl+Shift+P)"))
        self.start_button.setObjectName("presentButton")
        self.start_button.clicked.connect(self.start)
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.start)
        self.addAction(action)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Course")))
        row1.addWidget(self.course_combo, 1)
        row1.addWidget(QLabel(self.tr("Start at")))
        row1.addWidget(self.lesson_combo, 2)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Screen")))
        row2.addWidget(self.screen_combo, 1)
        row2.addWidget(self.start_button)
        hint = QLabel(
            self.tr(
                "On the projector: → next lesson · ← previous · A shows quiz answers · + − type size · "
                "Esc leaves. Everything comes from this computer: no connection needed."
            )
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        self.preview = PresentationView(context.workspace.blobs_dir, point_size=14)
        self.preview.setObjectName("presentationPreview")
        frame = QWidget()
        frame.setObjectName("previewFrame")
        fl = QVBoxLayout(frame)
        fl.setContentsMargins(8, 8, 8, 8)
        fl.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(hint)
        layout.addWidget(frame, 1)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        fill_workshop_courses(
            self.course_combo, operations.read(self._ctx, cohort.workshop_courses, self._ctx.user_id)
        )
        self.screen_combo.clear()
        for i, screen in enumerate(QGuiApplication.screens()):
            geo = screen.geometry()
            self.screen_combo.addItem(
                f"{i + 1}: {screen.name() or self.tr('screen')} ({geo.width()}×{geo.height()})", i
            )
        self.screen_combo.setCurrentIndex(self.screen_combo.count() - 1)  # a projector is usually the last
        self.load_lessons()

    def load_lessons(self) -> None:
        data = self.course_combo.currentData()
        self.lessons = operations.read(self._ctx, presenting.lesson_sequence, uuid.UUID(data)) if data else []
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        for lid, label, _kind in self.lessons:
            self.lesson_combo.addItem(label, str(lid))
        first_text = next((i for i, (_lid, _l, kind) in enumerate(self.lessons) if kind == "text"), 0)
        self.lesson_combo.setCurrentIndex(first_text if self.lessons else -1)
        self.lesson_combo.blockSignals(False)
        self.update_preview()

    def update_preview(self) -> None:
        index = self.lesson_combo.currentIndex()
        if 0 <= index < len(self.lessons):
            s = operations.read(
                self._ctx, presenting.slide, self.lessons[index][0], self._ctx.workspace.blobs_dir
            )
            self.preview.show_slide(s)

    def start(self) -> PresenterWindow | None:
        if not self.lessons:
            return None
        screens = QGuiApplication.screens()
        screen = (
            screens[self.screen_combo.currentData()]
            if screens and self.screen_combo.currentData() is not None
            else None
        )
        self.window_ = PresenterWindow(self._ctx, self.lessons, self.lesson_combo.currentIndex())
        self.window_.sig_lesson_changed.connect(self.on_presenter_lesson_changed)
        self.window_.sig_closed.connect(self.on_presenter_closed)
        self.window_.present(screen)
        self.sig_presenting_changed.emit(True)
        return self.window_

    def on_presenter_lesson_changed(self, lesson_id: str) -> None:
        index = self.lesson_combo.findData(lesson_id)
        if index >= 0:
            self.lesson_combo.setCurrentIndex(index)

    def on_presenter_closed(self) -> None:
        self.window_ = None
        self.sig_presenting_changed.emit(False)
        self.window().activateWindow()


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("PresenterScreen", "screen"),)
