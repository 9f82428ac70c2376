"""The window's two halves: the navigation list, as wide as its longest label, with an icon per screen;
and the screens, one at a time, in a scroll area, so that on a small screen (1024×600, or large text)
a screen that needs more room scrolls instead of pushing the window off the screen or cutting text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ..style import icon
from ..style.icons import NAMES


class NavigationList(QListWidget):
    """One row per screen, icon and title; its width fits the longest title in the current language and
    text size (never a cut "Course aut…")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(20, 20))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(True)

    def add_screen(self, key: str, title: str) -> QListWidgetItem:
        item = QListWidgetItem(icon(key, "ink") if key in NAMES else icon("home"), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(title)
        self.addItem(item)
        self.fit_width()
        return item

    def fit_width(self) -> None:
        side = round(self.fontMetrics().height() * 1.25)  # icons grow with the text
        if self.iconSize().width() != side:
            self.setIconSize(QSize(side, side))
        widest = self.sizeHintForColumn(0) if self.count() else 120
        # the items' side margins (ui/style), the frame, and the room Qt's list keeps for a scroll bar
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = self.contentsMargins()
        self.setFixedWidth(widest + 12 + margins.left() + margins.right() + 2 * self.frameWidth() + scroll)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.count():
            self.fit_width()


class ScreenStack(QStackedWidget):
    """A stack whose size hints are those of the screen shown, not the largest of all screens."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        current = self.currentWidget()
        return (
            current.minimumSizeHint().expandedTo(current.minimumSize())
            if current is not None
            else QSize(0, 0)
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        current = self.currentWidget()
        return current.sizeHint() if current is not None else QSize(0, 0)

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        """What the scroll area asks: the screen shown scrolls only below its least height (Qt's stacked layout
        would answer the preferred height of the tallest of all screens)."""
        return self.minimumSizeHint().height()


COMBO_CHARS = 14


class WrappedHeight(QObject):
    """Keeps a word-wrapped label at least as tall as its lines at its width: Qt's layouts would squeeze it
    to a height worked out for another width, cutting its last lines on a narrow screen or with large text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel) and watched.wordWrap():
            need = watched.heightForWidth(watched.width())
            if need > 0 and need != watched.minimumHeight():
                watched.setMinimumHeight(need)
        return False


def fit_small_screens(screen: QWidget) -> None:
    """A choice box sized to its longest item (a course title) would set the screen's least width: it
    takes the room there is instead, at least COMBO_CHARS characters; its list still shows every title whole.
    A word-wrapped label keeps the height of its lines (WrappedHeight)."""
    keeper = WrappedHeight(screen)
    for label in screen.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(keeper)
    for combo in screen.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARS)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
            view = combo.view()
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24)


def available_width(widget: QWidget) -> int:
    """The width the window has for ``widget``: its scroll area's, when it is in one (it may be wider)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent.viewport().width()
        parent = parent.parentWidget()
    return widget.width()


def scrolling(stack: ScreenStack) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("screenScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(stack)

    def relayout(_index: int) -> None:
        stack.updateGeometry()
        QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))

    stack.currentChanged.connect(relayout)
    return area
