"""The visual design (docs/visual-design.md): colour tokens, the theme applied to the app, the icons."""

from .icons import icon
from .theme import (
    apply_theme,
    colour,
    current,
    ensure_applied,
    notifier,
    qcolor,
    series,
    set_notice,
    set_tone,
    span,
)

__all__ = [
    "apply_theme",
    "colour",
    "current",
    "ensure_applied",
    "icon",
    "notifier",
    "qcolor",
    "series",
    "set_notice",
    "set_tone",
    "span",
]
