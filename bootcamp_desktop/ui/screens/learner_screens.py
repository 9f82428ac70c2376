"""The learner's screens, in navigation order (Ctrl+1 ... Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .registry import ScreenSpec

LEARNER = frozenset({"learner"})


def _home(ctx):  # type: ignore[no-untyped-def]
    from .home import HomeScreen

    return HomeScreen(ctx)


def _catalogue(ctx):  # type: ignore[no-untyped-def]
    from .catalogue import CatalogueScreen

    return CatalogueScreen(ctx)


def _my_courses(ctx):  # type: ignore[no-untyped-def]
    from .my_courses import MyCoursesScreen

    return MyCoursesScreen(ctx)


def _lesson(ctx):  # type: ignore[no-untyped-def]
    from .lesson_viewer import LessonScreen

    return LessonScreen(ctx)


def _assignments(ctx):  # type: ignore[no-untyped-def]
    from .assignment import AssignmentScreen

    return AssignmentScreen(ctx)


def _peer_review(ctx):  # type: ignore[no-untyped-def]
    from .peer_review import PeerReviewScreen

    return PeerReviewScreen(ctx)


def _discussions(ctx):  # type: ignore[no-untyped-def]
    from .discussions import DiscussionsScreen

    return DiscussionsScreen(ctx)


def _projects(ctx):  # type: ignore[no-untyped-def]
    from .projects import ProjectsScreen

    return ProjectsScreen(ctx)


def _certificates(ctx):  # type: ignore[no-untyped-def]
    from .certificates import CertificatesScreen

    return CertificatesScreen(ctx)


def _profile(ctx):  # type: ignore[no-untyped-def]
    from .profile import ProfileScreen

    return ProfileScreen(ctx)


LEARNER_SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("home", QT_TRANSLATE_NOOP("Screens", "Home"), _home, LEARNER, "Ctrl+1"),
    ScreenSpec("catalogue", QT_TRANSLATE_NOOP("Screens", "Catalogue"), _catalogue, LEARNER, "Ctrl+2"),
    ScreenSpec("my_courses", QT_TRANSLATE_NOOP("Screens", "My courses"), _my_courses, LEARNER, "Ctrl+3"),
    ScreenSpec("lesson", QT_TRANSLATE_NOOP("Screens", "Lesson"), _lesson, LEARNER, "Ctrl+4"),
    ScreenSpec("assignments", QT_TRANSLATE_NOOP("Screens", "Assignments"), _assignments, LEARNER, "Ctrl+5"),
    ScreenSpec("peer_review", QT_TRANSLATE_NOOP("Screens", "Peer review"), _peer_review, LEARNER, "Ctrl+6"),
    ScreenSpec("discussions", QT_TRANSLATE_NOOP("Screens", "Discussions"), _discussions, LEARNER, "Ctrl+7"),
    ScreenSpec("projects", QT_TRANSLATE_NOOP("Screens", "My design projects"), _projects, LEARNER, "Ctrl+8"),
    ScreenSpec(
        "certificates", QT_TRANSLATE_NOOP("Screens", "Certificates"), _certificates, LEARNER, "Ctrl+9"
    ),
    ScreenSpec("profile", QT_TRANSLATE_NOOP("Screens", "Profile"), _profile, LEARNER, "Ctrl+0"),
)
