"""What a person sees and what a screen reader hears on every screen of the window, gathered once per role.

``audit_window`` shows each screen of a MainWindow in turn and records, for the visible widgets:

* the words on screen: labels (rich text as rendered), buttons, group titles, tabs, combo items, line and
  text edits, tooltips, window titles, the menus, and every cell of the views' models (DisplayRole and
  ToolTipRole, headers included) -- checked for escaped HTML, internal ids and Python's words;
* the interactive controls a screen reader cannot name (Qt's own accessible name, which includes a buddy
  label), and controls a keyboard cannot reach (their focus policy keeps Tab away);
* the contrast of text against what is behind it (WCAG 2.2 AA): a label's palette colour, or the colours a
  rich text or a model's ForegroundRole gives it, against the colour the window paints behind it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
UUID = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b[0-9a-f]{32}\b"
)
PYTHON = re.compile(
    r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b|\bTraceback\b|\bNone\b|\bNaN\b|<bound method|object at 0x"
)
AA_NORMAL, AA_LARGE = 4.5, 3.0
MAX_MODEL_ROWS = 400  # per level; the demo's largest tables are smaller


@dataclass
class Findings:
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text) of every visible text
    unnamed: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)
    contrast: list[str] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)

    def bad_words(self) -> list[str]:
        found = []
        for where, text in self.texts:
            for name, pattern in (
                ("escaped HTML", ENTITY),
                ("an internal id", UUID),
                ("Python's words", PYTHON),
            ):
                match = pattern.search(text)
                if match:
                    found.append(f"{where}: {name} {match.group(0)!r} in {text[:160]!r}")
        return sorted(set(found))


def describe(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(chain))


# --- contrast (WCAG 2.2 relative luminance) ---------------------------------------------------------------


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(fg: QColor, bg: QColor) -> QColor:
    """A translucent colour as it shows over ``bg``."""
    a = fg.alphaF()
    return QColor(
        round(fg.red() * a + bg.red() * (1 - a)),
        round(fg.green() * a + bg.green() * (1 - a)),
        round(fg.blue() * a + bg.blue() * (1 - a)),
    )


def background_behind(image: QImage, rect: QRect) -> QColor | None:
    """The colour painted most behind a widget: its pixels' mode in the window's own rendering."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    counts: dict[int, int] = {}
    step_x, step_y = max(1, rect.width() // 40), max(1, rect.height() // 20)
    for y in range(rect.top(), rect.bottom() + 1, step_y):
        for x in range(rect.left(), rect.right() + 1, step_x):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor(max(counts, key=counts.__getitem__))


def rich_text_colours(html: str, default: QColor) -> list[tuple[QColor, bool, str]]:
    """(colour, large, words) of each run of a rich text; ``default`` where the text sets none."""
    doc = QTextDocument()
    doc.setHtml(html)
    runs = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and frag.text().strip():
                fmt = frag.charFormat()
                colour = (
                    fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else default
                )
                size = fmt.fontPointSize() or 0
                bold = fmt.fontWeight() >= 600
                large = size >= 18 or (bold and size >= 14) or block.blockFormat().headingLevel() in (1, 2)
                runs.append((colour, large, frag.text()))
            it += 1
        block = block.next()
    return runs


def is_large(widget: QWidget) -> bool:
    font = widget.font()
    pt = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return pt >= 18 or (font.bold() and pt >= 14)


# --- walking -----------------------------------------------------------------------------------------------

COMPOSITES = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar, QCalendarWidget, QScrollBar)
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QSlider)


def inside_composite(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a spin box's line edit, a view's viewport and headers)."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount to itself: one column
        return 1


def model_texts(
    model: QAbstractItemModel,
    parent: QModelIndex = QModelIndex(),  # noqa: B008
    depth: int = 0,
) -> Iterator[tuple[str, QModelIndex]]:
    if depth == 0:
        for orientation, count in (
            (Qt.Orientation.Horizontal, columns(model, QModelIndex())),
            (Qt.Orientation.Vertical, 0),
        ):
            for section in range(count):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, orientation, role)
                    if value is not None and str(value):
                        yield str(value), QModelIndex()
    rows = min(model.rowCount(parent), MAX_MODEL_ROWS)
    for row in range(rows):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None and not isinstance(value, (bool, int, float)) and str(value):
                    yield str(value), index
        first = model.index(row, 0, parent)
        if depth < 4 and model.rowCount(first) > 0:
            yield from model_texts(model, first, depth + 1)


def widget_texts(w: QWidget) -> Iterator[str]:
    if isinstance(w, QLabel):
        if w.textFormat() == Qt.TextFormat.RichText or (
            w.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(w.text())
        ):
            doc = QTextDocument()
            doc.setHtml(w.text())
            yield doc.toPlainText()
        else:
            yield w.text()
    elif isinstance(w, QAbstractButton):
        yield w.text()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QLineEdit):
        yield w.text()
        yield w.placeholderText()
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        yield w.toPlainText()
        yield w.placeholderText()
    elif isinstance(w, QTabWidget):
        yield from (w.tabText(i) for i in range(w.count()))
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    yield w.toolTip()
    yield w.windowTitle() if w.isWindow() else ""
    yield w.accessibleName()
    yield w.accessibleDescription()


def menu_texts(window: QMainWindow) -> Iterator[str]:
    for menu in window.findChildren(QMenu):
        yield menu.title()
        for action in menu.actions():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def label_contrast(w: QLabel, image: QImage, origin: QPoint, findings: Findings, where: str) -> None:
    if not w.isEnabled() or not w.text().strip() or w.pixmap() is not None and not w.pixmap().isNull():
        return
    rect = QRect(w.mapTo(w.window(), QPoint(0, 0)) - origin, w.size())
    bg = background_behind(image, rect)
    if bg is None:
        return
    fg = w.palette().color(QPalette.ColorGroup.Active, w.foregroundRole())
    rich = w.textFormat() == Qt.TextFormat.RichText or (
        w.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(w.text())
    )
    runs = rich_text_colours(w.text(), fg) if rich else [(fg, False, w.text())]
    for colour, large, words in runs:
        ratio = contrast(over(colour, bg), bg)
        need = AA_LARGE if large or is_large(w) else AA_NORMAL
        if ratio < need:
            findings.contrast.append(
                f"{where} {describe(w)}: {colour.name()} on {bg.name()} = {ratio:.2f} "
                f"< {need} for {words[:60]!r}"
            )


def view_contrast(view: QAbstractItemView, findings: Findings, where: str) -> None:
    model = view.model()
    if model is None:
        return
    base = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    text = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    seen: set[tuple[str, str]] = set()
    for _words, index in model_texts(model):
        if not index.isValid():
            continue
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        fg = fg.color() if hasattr(fg, "color") else QColor(fg) if fg is not None else text
        bg = bg.color() if hasattr(bg, "color") else QColor(bg) if bg is not None else base
        key = (fg.name(), bg.name())
        if key in seen:
            continue
        seen.add(key)
        ratio = contrast(over(fg, bg), bg)
        if ratio < AA_NORMAL:
            findings.contrast.append(
                f"{where} {describe(view)} cells: {fg.name()} on {bg.name()} = {ratio:.2f} < 4.5"
            )


def audit_screen(window: QMainWindow, where: str, root: QWidget, findings: Findings) -> None:
    QApplication.processEvents()
    origin = QPoint(0, 0)
    image = window.grab().toImage()
    findings.screens.append(where)
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        for text in widget_texts(w):
            if text:
                findings.texts.append((f"{where} {describe(w)}", text))
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView):
            for text, _index in model_texts(w.model()):
                findings.texts.append((f"{where} {describe(w)} model", text))
            view_contrast(w, findings, where)
        if isinstance(w, QLabel):
            label_contrast(w, image, origin, findings, where)
        if inside_composite(w) or not w.isEnabled():
            continue
        interactive = isinstance(w, (QAbstractButton, *FIELDS))
        if not interactive:
            continue
        if isinstance(w, QLabel):
            continue
        if not accessible_name(w):
            findings.unnamed.append(f"{where} {describe(w)} ({type(w).__name__})")
        # Qt puts every widget in its window's Tab chain; a control leaves it only by its focus policy.
        # (Walking nextInFocusChain from Python instead leaves PySide wrappers that go stale on rebuilds.)
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            findings.unreachable.append(f"{where} {describe(w)} ({type(w).__name__})")


def audit_window(window: QMainWindow, persona: str, findings: Findings | None = None) -> Findings:
    findings = findings or Findings()
    findings.texts.extend((f"{persona} window title", t) for t in [window.windowTitle()])
    findings.texts.extend((f"{persona} menu", t) for t in menu_texts(window) if t)
    for key, screen in list(window.screens.items()):
        window.show_screen(key)
        audit_screen(window, f"{persona}/{key}", screen, findings)
    audit_screen(window, f"{persona}/status bar", window.statusBar(), findings)
    return findings
