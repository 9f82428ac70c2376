"""The learner's screens, in navigation order."""

from __future__ import annotations

from .my_courses import MyCoursesScreen
from .registry import ScreenSpec

LEARNER = frozenset({"learner"})

LEARNER_SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("my_courses", "My courses", MyCoursesScreen, LEARNER, "Ctrl+1"),
)
