"""The A-F grade scale: which one applies to an assignment, and the workspace's own default.

A scale is ``{"A": 90, "B": 80, "C": 70, "D": 60}``: the minimum percentage of the rubric's maximum
for each grade; below D is F (``models.rubric.grade_for``). The scale that applies, in order:

1. the assignment rubric's ``grade_scale`` (part of the rubric JSON, so it syncs with the assignment);
2. the workspace setting ``settings.extra["grade_scale"]`` (this replica's default, set by the
   instructor in the grading workspace);
3. ``models.rubric.DEFAULT_GRADE_SCALE`` (90/80/70/60).

The scale used is written into ``instructor_feedback.rubric_scores["scale"]`` with each grade, so a
grade can always be explained later even if the scale changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bootcamp_core.models.rubric import DEFAULT_GRADE_SCALE

SETTING_KEY = "grade_scale"
GRADES = ("A", "B", "C", "D")


class GradeScaleError(ValueError):
    pass


def validate_scale(scale: Any) -> dict[str, float]:
    """The scale as floats; ``GradeScaleError`` when a grade is missing, out of 0-100 or out of order."""
    if not isinstance(scale, Mapping):
        raise GradeScaleError("a grade scale maps A, B, C and D to minimum percentages")
    out: dict[str, float] = {}
    for grade in GRADES:
        value = scale.get(grade)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise GradeScaleError(f"grade {grade} needs a minimum percentage")
        if not 0 <= value <= 100:
            raise GradeScaleError(f"grade {grade}: {value} is not between 0 and 100")
        out[grade] = float(value)
    if not out["A"] >= out["B"] >= out["C"] >= out["D"]:
        raise GradeScaleError("the minimum percentages must not increase from A to D")
    return out


def workspace_scale(extra: Mapping[str, Any]) -> dict[str, float] | None:
    raw = extra.get(SETTING_KEY)
    if raw is None:
        return None
    try:
        return validate_scale(raw)
    except GradeScaleError:
        return None  # a hand-edited settings file never breaks grading: fall back to the default


def effective_scale(
    rubric: Mapping[str, Any] | None, extra: Mapping[str, Any]
) -> tuple[dict[str, float], str]:
    """(scale, where it comes from: ``rubric``, ``workspace`` or ``default``)."""
    if rubric and rubric.get("grade_scale"):
        return validate_scale(rubric["grade_scale"]), "rubric"
    own = workspace_scale(extra)
    if own is not None:
        return own, "workspace"
    return dict(DEFAULT_GRADE_SCALE), "default"


def set_workspace_scale(extra: dict[str, Any], scale: Mapping[str, Any] | None) -> None:
    """Set (or with None, clear) the workspace default in ``settings.extra``; the caller saves settings."""
    if scale is None:
        extra.pop(SETTING_KEY, None)
        return
    extra[SETTING_KEY] = validate_scale(scale)


def describe(scale: Mapping[str, float]) -> str:
    return " · ".join(f"{g} ≥ {scale[g]:g}%" for g in GRADES)
