"""Rubrics: the published JSON Schema (``rubric.schema.json``), validation, scores and A-F grades.

A rubric is ``{"criteria": [{"id", "title", "description"?, "levels": [{"id", "title", "points",
"description"?}]}], "grade_scale"?: {"A": 90, "B": 80, "C": 70, "D": 60}}``. Beyond the schema, ids are
unique (criteria within the rubric, levels within a criterion).

The grade follows from the score as a percentage of the rubric's maximum: at least ``A`` percent is an
A, and so on down to D; below D is F. The default scale is 90/80/70/60; an assignment's rubric may carry
its own ``grade_scale``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

DEFAULT_GRADE_SCALE: dict[str, float] = {"A": 90, "B": 80, "C": 70, "D": 60}


class RubricError(ValueError):
    """A rubric that does not follow the schema; the message says where and why."""


@cache
def rubric_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("rubric.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(rubric_schema())


def validate_rubric(rubric: Any) -> None:
    errors = sorted(_validator().iter_errors(rubric), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(root)"
        raise RubricError(f"rubric is invalid at {where}: {first.message}")
    seen: set[str] = set()
    for criterion in rubric["criteria"]:
        if criterion["id"] in seen:
            raise RubricError(f"rubric has two criteria with id {criterion['id']!r}")
        seen.add(criterion["id"])
        level_ids = [level["id"] for level in criterion["levels"]]
        if len(set(level_ids)) != len(level_ids):
            raise RubricError(f"criterion {criterion['id']!r} has two levels with the same id")
    scale = rubric.get("grade_scale")
    if scale and not scale["A"] >= scale["B"] >= scale["C"] >= scale["D"]:
        raise RubricError("grade_scale must not increase from A to D")


def max_points(rubric: dict[str, Any]) -> Decimal:
    return sum(
        (Decimal(str(max(level["points"] for level in c["levels"]))) for c in rubric["criteria"]),
        Decimal(0),
    )


def score_of(rubric: dict[str, Any], chosen_levels: dict[str, str]) -> Decimal:
    """Sum of the points of the chosen level of each criterion (criterion id -> level id)."""
    total = Decimal(0)
    for criterion in rubric["criteria"]:
        level_id = chosen_levels.get(criterion["id"])
        if level_id is None:
            continue
        for level in criterion["levels"]:
            if level["id"] == level_id:
                total += Decimal(str(level["points"]))
                break
        else:
            raise RubricError(f"criterion {criterion['id']!r} has no level {level_id!r}")
    return total


def grade_for(score: Decimal | float, maximum: Decimal | float, scale: dict[str, float] | None = None) -> str:
    """The A-F grade of ``score`` out of ``maximum`` on ``scale`` (minimum percentages)."""
    scale = scale or DEFAULT_GRADE_SCALE
    if maximum <= 0:
        raise ValueError("maximum score must be positive")
    percent = Decimal(str(score)) * 100 / Decimal(str(maximum))
    for grade in ("A", "B", "C", "D"):
        if percent >= Decimal(str(scale[grade])):
            return grade
    return "F"
