"""Which screens the window shows, for which roles, in which order.

Each entry names a screen module's factory. The learner's screens live in ``learner_screens.py``, the
instructor's and facilitator's in ``staff_screens.py``, so the two sides grow without touching each
other. A screen is a QWidget built as ``factory(context)``; it may define ``refresh()`` (called when
data it shows may have changed, e.g. after a sync) and ``sig_status_message(str)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..context import AppContext


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    factory: Callable[[AppContext], QWidget]
    roles: frozenset[str]  # shown when the user holds any of these roles
    shortcut: str | None = None


def screens_for(roles: set[str]) -> list[ScreenSpec]:
    from .learner_screens import LEARNER_SCREENS
    from .staff_screens import STAFF_SCREENS

    return [s for s in (*LEARNER_SCREENS, *STAFF_SCREENS) if s.roles & roles]
