"""The instructor's and facilitator's screens, in navigation order (Alt+1.. to jump to one)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .analytics import AnalyticsScreen
from .audit import AuditScreen
from .authoring import AuthoringScreen
from .certificates_admin import CertificatesAdminScreen
from .cohort import CohortScreen
from .grading import GradingScreen
from .peer_review_admin import PeerReviewAdminScreen
from .presenter import PresenterScreen
from .registry import ScreenSpec
from .rubric_editor import RubricEditorScreen

STAFF = frozenset({"instructor", "facilitator", "admin"})
TEACHERS = frozenset({"instructor", "admin"})
ADMINS = frozenset({"admin"})

STAFF_SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("grading", QT_TRANSLATE_NOOP("Screens", "Grading"), GradingScreen, TEACHERS, "Alt+1"),
    ScreenSpec("rubrics", QT_TRANSLATE_NOOP("Screens", "Rubrics"), RubricEditorScreen, TEACHERS, "Alt+2"),
    ScreenSpec(
        "authoring", QT_TRANSLATE_NOOP("Screens", "Course authoring"), AuthoringScreen, TEACHERS, "Alt+3"
    ),
    ScreenSpec(
        "peer_review_admin",
        QT_TRANSLATE_NOOP("Screens", "Peer reviews"),
        PeerReviewAdminScreen,
        TEACHERS,
        "Alt+4",
    ),
    ScreenSpec(
        "certificates_admin",
        QT_TRANSLATE_NOOP("Screens", "Certificates"),
        CertificatesAdminScreen,
        TEACHERS,
        "Alt+5",
    ),
    ScreenSpec("analytics", QT_TRANSLATE_NOOP("Screens", "Analytics"), AnalyticsScreen, STAFF, "Alt+6"),
    ScreenSpec("cohort", QT_TRANSLATE_NOOP("Screens", "Workshop cohort"), CohortScreen, STAFF, "Alt+7"),
    ScreenSpec("presenter", QT_TRANSLATE_NOOP("Screens", "Presenter"), PresenterScreen, STAFF, "Alt+8"),
    ScreenSpec("audit", QT_TRANSLATE_NOOP("Screens", "Audit log"), AuditScreen, ADMINS, "Alt+9"),
)
