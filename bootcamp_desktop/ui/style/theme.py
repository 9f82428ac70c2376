"""The one place the interface gets its look: Qt's Fusion style, a palette made from ``tokens.py``,
one application style sheet for the named tones, notices and the primary action, and the text scale.

Light or dark follows the operating system (``QStyleHints.colorScheme``, and its change while the app
runs), unless the replica's settings say ``theme: light|dark`` or ``BOOTCAMP_THEME`` does (screenshots,
a shared laptop whose OS setting nobody may change). ``BOOTCAMP_TEXT_SCALE`` (e.g. 1.5) enlarges every
text on top of the OS's own scaling.

Screens never write a colour: a label takes a tone (``set_tone(label, "muted")``), a rich text a span
(``span(text, "danger")``), a model or a painter a colour (``qcolor("success")``).
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from .tokens import Palette, palette

CHOICES = ("system", "light", "dark")
THEME_ENV = "BOOTCAMP_THEME"
TEXT_SCALE_ENV = "BOOTCAMP_TEXT_SCALE"
TONES = ("ink", "muted", "success", "warning", "danger", "info", "revision", "caution", "link", "heading")
NOTICES = ("info", "error", "offline")


class ThemeNotifier(QObject):
    """Says when the colours changed (the OS switched to dark, a setting changed): views rebuild."""

    sig_theme_changed = Signal(str)


_state: dict[str, object] = {
    "choice": "system",
    "palette": palette("light"),
    "point_size": None,
    "scale": 1.0,
    "notifier": None,
    "following": False,
}


def notifier() -> ThemeNotifier:
    if _state["notifier"] is None:
        _state["notifier"] = ThemeNotifier(QApplication.instance())
    return _state["notifier"]  # type: ignore[return-value]


def current() -> Palette:
    return _state["palette"]  # type: ignore[return-value]


def colour(token: str) -> str:
    return current()[token]


def qcolor(token: str) -> QColor:
    return QColor(current()[token])


def series() -> tuple[str, ...]:
    return current().series


def span(text: str, tone: str, *, bold: bool = False, escape: bool = True) -> str:
    """``text`` (escaped unless told) in a tone's colour, for a rich text."""
    body = html.escape(text) if escape else text
    if bold:
        body = f"<b>{body}</b>"
    return f"<span style='color:{colour(tone)}'>{body}</span>"


def pt(factor: float = 1.0) -> str:
    """A font size relative to the body text's (which carries the text scale), for a rich text: ``12pt``."""
    size = QApplication.font().pointSizeF()
    return f"{(size if size > 0 else 10.0) * factor:.1f}pt"


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Give a label (or any widget) one of the named tones, or back the body text's with None."""
    if tone is not None and tone not in TONES:
        raise ValueError(f"no tone {tone!r}: {', '.join(TONES)}")
    widget.setProperty("tone", tone or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_notice(widget: QWidget, kind: str | None) -> None:
    widget.setProperty("notice", kind or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def system_theme() -> str:
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(choice: str | None) -> str:
    """light or dark: the environment's override, else the setting, else the OS's."""
    wanted = os.environ.get(THEME_ENV) or choice or "system"
    if wanted not in CHOICES:
        wanted = "system"
    return system_theme() if wanted == "system" else wanted


def qt_palette(p: Palette) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, token in (
        (role.Window, "window"),
        (role.WindowText, "ink"),
        (role.Base, "base"),
        (role.AlternateBase, "alt_base"),
        (role.Text, "ink"),
        (role.Button, "button"),
        (role.ButtonText, "ink"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "on_accent"),
        (role.Link, "link"),
        (role.LinkVisited, "revision"),
        (role.ToolTipBase, "base"),
        (role.ToolTipText, "ink"),
        (role.PlaceholderText, "muted"),
        (role.BrightText, "danger"),
        (role.Accent, "accent"),
    ):
        pal.setColor(r, QColor(p[token]))
    window = QColor(p["window"])
    dark = p.theme == "dark"
    pal.setColor(role.Light, window.lighter(160 if dark else 115))
    pal.setColor(role.Midlight, window.lighter(130 if dark else 105))
    pal.setColor(role.Mid, QColor(p["line"]))
    pal.setColor(role.Dark, window.darker(140 if dark else 160))
    pal.setColor(role.Shadow, QColor("#000000"))
    disabled = QColor(p["muted"])
    disabled.setAlpha(170)
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    pal.setColor(QPalette.ColorGroup.Disabled, role.Highlight, QColor(p["line"]))
    pal.setColor(QPalette.ColorGroup.Inactive, role.Highlight, QColor(p["accent"]))
    pal.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, QColor(p["on_accent"]))
    return pal


def style_sheet(p: Palette) -> str:
    rules = [f'*[small="true"] {{ font-size: {pt(0.9)}; }}']
    rules += [f'*[tone="{t}"] {{ color: {p[t]}; }}' for t in TONES]
    rules += [
        f'QLabel[notice="{k}"] {{ background: {p[k + "_bg"]}; color: {p[k + "_ink"]}; '
        f"border: 1px solid {p[k + '_line']}; border-radius: 4px; padding: 6px; }}"
        for k in NOTICES
    ]
    rules += [
        f'QPushButton[primary="true"] {{ background: {p["accent"]}; color: {p["on_accent"]}; font-weight: bold; '
        f"border: 1px solid {p['accent']}; border-radius: 4px; padding: 5px 12px; }}",
        f'QPushButton[primary="true"]:focus {{ border: 2px solid {p["ink"]}; }}',
        f'QPushButton[primary="true"]:disabled {{ background: {p["button"]}; color: {p["muted"]}; '
        f"border: 1px solid {p['line']}; }}",
        f"QListWidget#navigation {{ background: {p['nav']}; color: {p['ink']}; border: none; "
        f"border-right: 1px solid {p['line']}; padding: 6px 0; }}",
        "QListWidget#navigation::item { padding: 7px 10px; border-radius: 4px; margin: 1px 6px; }",
        f"QListWidget#navigation::item:selected {{ background: {p['accent']}; color: {p['on_accent']}; }}",
        f"QListWidget#navigation::item:hover:!selected {{ background: {p['alt_base']}; }}",
        f"QLabel#emptyState {{ color: {p['muted']}; padding: 24px; }}",
        f"QFrame#conflictBanner {{ background: {p['error_bg']}; border: 1px solid {p['error_line']}; border-radius: 6px; }}",
        f"QFrame#conflictBanner QLabel {{ color: {p['error_ink']}; }}",
        f"QLabel#submissionText {{ background: {p['card']}; color: {p['ink']}; border: 1px solid {p['line']}; "
        "border-radius: 4px; padding: 8px; }",
        # a projector shows black on white, whatever the theme of the laptop driving it
        f"QWidget#presenterWindow, PresentationView {{ background: {p['slide']}; }}",
        f"QTextBrowser#presentationBody {{ background: {p['slide']}; color: {p['slide_ink']}; }}",
        f"QLabel#presenterFooter {{ background: {p['slide']}; color: {p['slide_muted']}; padding: 6px 24px; }}",
        f"QWidget#previewFrame {{ border: 8px solid {p['slide_frame']}; border-radius: 6px; }}",
    ]
    return "\n".join(rules)


def text_scale() -> float:
    try:
        scale = float(os.environ.get(TEXT_SCALE_ENV, "") or _state["scale"])  # type: ignore[arg-type]
    except ValueError:
        scale = 1.0
    return min(max(scale, 0.75), 3.0)


def apply_theme(app: QApplication, choice: str | None = None, *, scale: float | None = None) -> str:
    """Make ``choice`` (system, light, dark) the look now; returns the theme applied (light or dark)."""
    if choice is not None:
        _state["choice"] = choice
    if scale is not None:
        _state["scale"] = scale
    theme = resolve(str(_state["choice"]))
    p = palette(theme)
    changed = p != _state["palette"]
    _state["palette"] = p
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))  # the same look on every OS, and it takes the palette
    app.setPalette(qt_palette(p))
    _apply_text_scale(app)
    app.setStyleSheet(style_sheet(p))
    if not _state["following"]:
        _state["following"] = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_os(app))
    if changed:
        notifier().sig_theme_changed.emit(theme)
    return theme


def ensure_applied() -> None:
    """The theme applied once, if the app's start has not (a window made by a test or a script)."""
    if not _state["following"]:
        apply_theme(QApplication.instance())  # type: ignore[arg-type]


def _follow_os(app: QApplication) -> None:
    if resolve(str(_state["choice"])) != current().theme:
        apply_theme(app)


def _apply_text_scale(app: QApplication) -> None:
    font = app.font()
    if _state["point_size"] is None:
        _state["point_size"] = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(float(_state["point_size"]) * text_scale())  # type: ignore[arg-type]
    app.setFont(font)
