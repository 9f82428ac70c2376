"""Grading: rubric levels that land on a wanted grade, instructor feedback rows and peer reviews."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from decimal import Decimal
from typing import Any

from bootcamp_core.models import InstructorFeedback, PeerReview
from bootcamp_core.models.enums import OVERALL_GRADE
from bootcamp_core.models.rubric import grade_for, max_points

from . import rubrics as rb
from .context import Cover, Ctx

PASSING_GRADES = ("A", "B", "C", "D")


def _band(level_id: str) -> str:
    return level_id if level_id in rb.LEVEL_COMMENTS else "good"


class Grader:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.any_grade = Cover(ctx.rng, OVERALL_GRADE, (25, 32, 23, 12, 8))
        self.passing_grade = Cover(ctx.rng, PASSING_GRADES, (30, 38, 24, 8))
        self._combos: dict[int, dict[str, list[dict[str, str]]]] = {}

    def _by_grade(self, rubric: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
        """Every combination of levels, grouped by the grade its total earns (computed once per rubric)."""
        key = id(rubric)
        if key not in self._combos:
            maximum = max_points(rubric)
            groups: dict[str, list[dict[str, str]]] = {g: [] for g in OVERALL_GRADE}
            criteria = rubric["criteria"]
            for levels in itertools.product(*(c["levels"] for c in criteria)):
                total = sum(Decimal(str(lv["points"])) for lv in levels)
                grade = grade_for(total, maximum, rubric.get("grade_scale"))
                groups[grade].append({c["id"]: lv["id"] for c, lv in zip(criteria, levels, strict=True)})
            self._combos[key] = groups
        return self._combos[key]

    def pick_grade(self, *, passing: bool) -> str:
        return self.passing_grade.pick() if passing else self.any_grade.pick()

    def score(self, rubric: dict[str, Any], grade: str) -> dict[str, Any]:
        """``rubric_scores`` for a set of levels that earns ``grade`` (or the nearest grade possible)."""
        groups = self._by_grade(rubric)
        order = list(OVERALL_GRADE)
        i = order.index(grade)
        for candidate in sorted(order, key=lambda g: abs(order.index(g) - i)):
            if groups[candidate]:
                chosen = self.ctx.choice(groups[candidate])
                break
        criteria: dict[str, Any] = {}
        total = Decimal(0)
        for criterion in rubric["criteria"]:
            level = next(lv for lv in criterion["levels"] if lv["id"] == chosen[criterion["id"]])
            total += Decimal(str(level["points"]))
            criteria[criterion["id"]] = {
                "level": level["id"],
                "points": level["points"],
                "comment": self.ctx.choice(rb.LEVEL_COMMENTS[_band(level["id"])]),
            }
        maximum = max_points(rubric)
        return {
            "criteria": criteria,
            "total": float(total),
            "max": float(maximum),
            "_grade": grade_for(total, maximum, rubric.get("grade_scale")),
            "_total": total,
        }

    def feedback(
        self,
        submission_id: uuid.UUID,
        instructor_id: uuid.UUID,
        rubric: dict[str, Any],
        grade: str,
        feedback_type: str,
        at: dt.datetime,
    ) -> tuple[Decimal, str, str]:
        """Insert one ``instructor_feedback`` row; returns (score, grade, summary text)."""
        ctx = self.ctx
        scores = self.score(rubric, grade)
        total, real_grade = scores.pop("_total"), scores.pop("_grade")
        if feedback_type == "revision_feedback":
            text = (
                f"{ctx.choice(rb.FEEDBACK_OPENERS)} Before I can grade it, please revise: "
                f"{ctx.choice(rb.IMPROVEMENTS).lower()}."
            )
        elif feedback_type == "initial_review":
            text = f"First look: {ctx.choice(rb.FEEDBACK_OPENERS).lower()} Full review to follow."
        else:
            text = (
                f"{ctx.choice(rb.FEEDBACK_OPENERS)} Overall grade {real_grade} ({total} / {scores['max']:g})."
            )
        ctx.sink.add(
            InstructorFeedback,
            {
                "id": ctx.ids.at(at),
                "submission_id": submission_id,
                "instructor_id": instructor_id,
                "feedback_type": feedback_type,
                "rubric_scores": scores,
                "overall_grade": real_grade,
                "detailed_feedback": text,
                "improvement_suggestions": ctx.sample(rb.IMPROVEMENTS, 2),
                "next_steps": ctx.sample(rb.NEXT_STEPS, ctx.rng.randint(1, 2)),
                "created_at": at,
            },
        )
        return total, real_grade, text

    def peer_review(
        self, submission_id: uuid.UUID, reviewer_id: uuid.UUID, rubric: dict[str, Any] | None, at: dt.datetime
    ) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        criteria_ids = [c["id"] for c in rubric["criteria"]] if rubric else ["overall"]
        ratings = {
            cid: {
                "rating": rng.choices((2, 3, 4, 5), (1, 3, 5, 3))[0],
                "comment": ctx.choice(rb.PEER_FEEDBACK),
            }
            for cid in criteria_ids
        }
        mean = Decimal(sum(r["rating"] for r in ratings.values())) / len(ratings)
        ctx.sink.add(
            PeerReview,
            {
                "id": ctx.ids.at(at),
                "submission_id": submission_id,
                "reviewer_id": reviewer_id,
                "review_criteria": {"criteria": ratings},
                "overall_score": mean.quantize(Decimal("0.01")),
                "strengths": ctx.sample(rb.STRENGTHS, 2),
                "improvements": ctx.sample(rb.IMPROVEMENTS, rng.randint(1, 2)),
                "detailed_feedback": " ".join(ctx.sample(rb.PEER_FEEDBACK, 2)),
                "is_anonymous": rng.random() < 0.4,
                "created_at": at,
            },
        )
