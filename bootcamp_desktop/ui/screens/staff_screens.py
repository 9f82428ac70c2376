"""The instructor's and facilitator's screens, in navigation order."""

from __future__ import annotations

from .registry import ScreenSpec

STAFF = frozenset({"instructor", "facilitator", "admin"})

STAFF_SCREENS: tuple[ScreenSpec, ...] = ()
