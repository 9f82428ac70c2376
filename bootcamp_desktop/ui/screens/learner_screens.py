"""The learner's screens, in navigation order (Ctrl+1 ... Ctrl+0)."""

from __future__ import annotations

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
    ScreenSpec("home", "Home", _home, LEARNER, "Ctrl+1"),
    ScreenSpec("catalogue", "Catalogue", _catalogue, LEARNER, "Ctrl+2"),
    ScreenSpec("my_courses", "My courses", _my_courses, LEARNER, "Ctrl+3"),
    ScreenSpec("lesson", "Lesson", _lesson, LEARNER, "Ctrl+4"),
    ScreenSpec("assignments", "Assignments", _assignments, LEARNER, "Ctrl+5"),
    ScreenSpec("peer_review", "Peer review", _peer_review, LEARNER, "Ctrl+6"),
    ScreenSpec("discussions", "Discussions", _discussions, LEARNER, "Ctrl+7"),
    ScreenSpec("projects", "My design projects", _projects, LEARNER, "Ctrl+8"),
    ScreenSpec("certificates", "Certificates", _certificates, LEARNER, "Ctrl+9"),
    ScreenSpec("profile", "Profile", _profile, LEARNER, "Ctrl+0"),
)
