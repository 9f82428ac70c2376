"""A refused change in words: the fields that differ, named as people name them, with the user's value
beside the server's, who changed it on the server and when. No ids, no JSON, no sync bookkeeping."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bootcamp_desktop.services import sync_ops

from .. import format as fmt
from ..labels import humanize, label
from ..models.problems_model import table_label

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
HIDDEN = {"id", "sync_version", "created_at", "updated_at", "deleted_at", "server_seq", "origin"}
WHO = ("graded_by", "resolved_by", "uploaded_by", "created_by", "author_id", "user_id", "reviewer_id")
WHEN = ("graded_at", "updated_at", "submitted_at", "created_at")

FIELDS = {
    "score": QT_TRANSLATE_NOOP("Labels", "Score"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "overall_grade": QT_TRANSLATE_NOOP("Labels", "Grade"),
    "grade": QT_TRANSLATE_NOOP("Labels", "Grade"),
    "graded_by": QT_TRANSLATE_NOOP("Labels", "Graded by"),
    "graded_at": QT_TRANSLATE_NOOP("Labels", "Graded on"),
    "feedback_text": QT_TRANSLATE_NOOP("Labels", "Feedback"),
    "feedback_type": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "strengths": QT_TRANSLATE_NOOP("Labels", "Strengths"),
    "improvements": QT_TRANSLATE_NOOP("Labels", "Improvements"),
    "next_steps": QT_TRANSLATE_NOOP("Labels", "Next steps"),
    "rubric_scores": QT_TRANSLATE_NOOP("Labels", "Rubric"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "content": QT_TRANSLATE_NOOP("Labels", "Text"),
    "body": QT_TRANSLATE_NOOP("Labels", "Text"),
    "text_content": QT_TRANSLATE_NOOP("Labels", "Text"),
    "submitted_at": QT_TRANSLATE_NOOP("Labels", "Handed in"),
    "progress": QT_TRANSLATE_NOOP("Labels", "Progress"),
    "time_spent_minutes": QT_TRANSLATE_NOOP("Labels", "Time spent"),
    "is_solution": QT_TRANSLATE_NOOP("Labels", "Solution"),
    "helpful_votes": QT_TRANSLATE_NOOP("Labels", "Helpful"),
    "overall_rating": QT_TRANSLATE_NOOP("Labels", "Rating (1-5)"),
}


def field_name(key: str) -> str:
    return label(FIELDS[key]) if key in FIELDS else humanize(key.removesuffix("_id"))


def value_text(value: Any, names: dict[str, str], tz: str) -> str:
    """A stored value as a person reads it: names for people, local times, plain numbers, '—' for none."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictWords", "yes")
            if value
            else QCoreApplication.translate("ConflictWords", "no")
        )
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        return UUID.sub("…", text)[:200]
    text = str(value)
    if text in names:
        return names[text]
    if UUID.fullmatch(text):
        return QCoreApplication.translate("ConflictWords", "(another record)")
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        when = None
    if when is not None and ("T" in text or " " in text):
        return fmt.when(when, tz)
    if re.fullmatch(r"-?\d+\.\d+", text):  # a stored decimal: 90.00 -> 90, 87.50 -> 87.5
        return f"{Decimal(text).normalize():f}"
    return text


def shown_fields(mine: dict[str, Any], theirs: dict[str, Any] | None) -> list[str]:
    """The fields worth a decision: those that differ from the server's (all of the user's, when the
    server has none), without the bookkeeping a person never sees."""
    keys = sorted(set(mine) | set(theirs or {}))
    keys = [k for k in keys if k not in HIDDEN]
    if theirs:
        keys = [k for k in keys if str(mine.get(k)) != str(theirs.get(k))]
    return keys


def who_and_when(values: dict[str, Any] | None, names: dict[str, str], tz: str) -> str:
    if not values:
        return ""
    who = next((names.get(str(values[k])) for k in WHO if values.get(k) and str(values[k]) in names), None)
    raw = next((values[k] for k in WHEN if values.get(k)), None)
    when = value_text(raw, names, tz) if raw else ""
    if who and when:
        return QCoreApplication.translate("ConflictWords", "Changed by {0} on {1}").format(who, when)
    if who:
        return QCoreApplication.translate("ConflictWords", "Changed by {0}").format(who)
    return QCoreApplication.translate("ConflictWords", "Changed on {0}").format(when) if when else ""


def sides(problem: sync_ops.Problem, names: dict[str, str], tz: str) -> tuple[str, str]:
    """The user's version and the server's, field by field, for each row of the refused transaction."""
    rows = problem.rows or (
        sync_ops.ProblemRow(
            problem.entry_id,
            problem.state,
            problem.table,
            problem.row_id,
            problem.op,
            problem.code,
            problem.reason,
            problem.mine,
            problem.theirs,
        ),
    )
    mine_lines: list[str] = [
        QCoreApplication.translate("ConflictWords", "Made here on {0}").format(
            fmt.when(problem.created_at, tz)
        )
    ]
    their_lines: list[str] = []
    server_who = who_and_when(problem.theirs, names, tz)
    if server_who:
        their_lines.append(server_who)
    for row in rows:
        keys = shown_fields(row.mine or {}, row.theirs)
        if not keys:
            continue
        heading = label(table_label(row.table))
        mine_lines += ["", heading]
        their_lines += ["", heading]
        for key in keys:
            mine_lines.append(f"{field_name(key)}: {value_text((row.mine or {}).get(key), names, tz)}")
            if row.theirs:
                their_lines.append(f"{field_name(key)}: {value_text(row.theirs.get(key), names, tz)}")
    if not any(line for line in their_lines if line and not line.startswith(server_who or "\0")):
        their_lines = [QCoreApplication.translate("ConflictWords", "(the server sent no version of its own)")]
    return "\n".join(mine_lines).strip(), "\n".join(their_lines).strip()


def people_in(problem: sync_ops.Problem) -> set[uuid.UUID]:
    """The ids in a problem's rows that may be people, to look their names up."""
    found: set[uuid.UUID] = set()
    for values in [
        problem.mine,
        problem.theirs,
        *(r.mine for r in problem.rows),
        *(r.theirs for r in problem.rows),
    ]:
        for key in WHO:
            raw = (values or {}).get(key)
            if raw:
                try:
                    found.add(uuid.UUID(str(raw)))
                except ValueError:
                    pass
    return found
