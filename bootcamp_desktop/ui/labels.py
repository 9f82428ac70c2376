"""Words the interface shows for the codes the data holds (statuses, kinds, roles, column headers).

Tables of such words are written with ``QT_TRANSLATE_NOOP("Labels", "...")`` so that ``pyside6-lupdate``
collects every one of them into the catalogues; ``label()`` translates one when it is shown. ``tr()`` is
only ever called on a literal (tests/ui/test_catalogues.py checks), so nothing shown escapes translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"


def label(text: str | None) -> str:
    """``text`` (one of the words marked with QT_TRANSLATE_NOOP("Labels", ...)) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def humanize(code: str | None) -> str:
    """A code no table names, as words rather than an identifier: 'under_review' -> 'Under review'."""
    return (code or "").replace("_", " ").replace("-", " ").strip().capitalize()


def label_of(table: Mapping[Any, str], code: Any) -> str:
    """The translated word for ``code`` in ``table``; a code the table does not know, made readable."""
    text = table.get(code)
    return label(text) if text is not None else humanize(code)


# Words the services hand over for the interface to show (analytics reports, audit categories, profile
# choices): English in the services, translated here.
SERVICE_WORDS = (
    # analytics.REPORTS titles, headers and notes
    QT_TRANSLATE_NOOP("Labels", "Enrolments by status"),
    QT_TRANSLATE_NOOP("Labels", "Completion by module"),
    QT_TRANSLATE_NOOP("Labels", "Where learners stop"),
    QT_TRANSLATE_NOOP("Labels", "Time spent"),
    QT_TRANSLATE_NOOP("Labels", "Grade distribution"),
    QT_TRANSLATE_NOOP("Labels", "Submissions waiting per instructor"),
    QT_TRANSLATE_NOOP("Labels", "Platform metrics over time"),
    QT_TRANSLATE_NOOP("Labels", "Status"),
    QT_TRANSLATE_NOOP("Labels", "Enrolments"),
    QT_TRANSLATE_NOOP("Labels", "Module"),
    QT_TRANSLATE_NOOP("Labels", "Lessons"),
    QT_TRANSLATE_NOOP("Labels", "Learners who completed it"),
    QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    QT_TRANSLATE_NOOP("Labels", "Completion %"),
    QT_TRANSLATE_NOOP("Labels", "Last lesson completed"),
    QT_TRANSLATE_NOOP("Labels", "Left the course (dropped, suspended)"),
    QT_TRANSLATE_NOOP("Labels", "Still on their way"),
    QT_TRANSLATE_NOOP(
        "Labels", "Learners who have not completed the course, by the last lesson they completed."
    ),
    QT_TRANSLATE_NOOP("Labels", "Total minutes"),
    QT_TRANSLATE_NOOP("Labels", "Learners"),
    QT_TRANSLATE_NOOP("Labels", "Minutes per learner"),
    QT_TRANSLATE_NOOP("Labels", "Grade"),
    QT_TRANSLATE_NOOP("Labels", "Graded submissions"),
    QT_TRANSLATE_NOOP("Labels", "Instructor"),
    QT_TRANSLATE_NOOP("Labels", "Waiting for a grade"),
    QT_TRANSLATE_NOOP("Labels", "Oldest waiting (days)"),
    QT_TRANSLATE_NOOP("Labels", "Date"),
    QT_TRANSLATE_NOOP("Labels", "Whole platform, one value a day (not limited to your courses)."),
    # audit.CATEGORIES
    QT_TRANSLATE_NOOP("Labels", "Grades"),
    QT_TRANSLATE_NOOP("Labels", "Certificates"),
    QT_TRANSLATE_NOOP("Labels", "Roles"),
    QT_TRANSLATE_NOOP("Labels", "Personal"),
    # enums.DESIGN_EXPERIENCE_LEVEL and LEARNING_STYLE
    QT_TRANSLATE_NOOP("Labels", "Beginner"),
    QT_TRANSLATE_NOOP("Labels", "Intermediate"),
    QT_TRANSLATE_NOOP("Labels", "Advanced"),
    QT_TRANSLATE_NOOP("Labels", "Expert"),
    QT_TRANSLATE_NOOP("Labels", "Visual"),
    QT_TRANSLATE_NOOP("Labels", "Auditory"),
    QT_TRANSLATE_NOOP("Labels", "Kinesthetic"),
    QT_TRANSLATE_NOOP("Labels", "Reading"),
    # the replica's notices (services/replica_key.py), shown in the status bar
    QT_TRANSLATE_NOOP("Labels", "No system keyring is available, so this replica is not encrypted."),
    QT_TRANSLATE_NOOP(
        "Labels",
        "This computer no longer has the key of your replica. A fresh copy is being made; your data comes back with the next sync.",
    ),  # noqa: E501
)

ENROLMENT_STATUS = {
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
}
CERTIFICATE_STATE = {
    "valid": QT_TRANSLATE_NOOP("Labels", "Valid"),
    "revoked": QT_TRANSLATE_NOOP("Labels", "Revoked"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
}
