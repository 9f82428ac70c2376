"""Peer reviewer assignment: the rules as properties, and the replica side."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from bootcamp_core.models import Assignment, PeerReview, Submission
from bootcamp_desktop.services.peer_assignment import (
    PeerReviewError,
    assign_reviewers,
    overview,
    plan_reviews,
)


@st.composite
def cohorts(draw, max_people: int = 12, team_sizes: tuple[int, int] = (1, 3)):  # type: ignore[no-untyped-def]
    n = draw(st.integers(2, max_people))
    people = list(range(n))
    teams, i = [], 0
    while i < n:
        size = draw(st.integers(*team_sizes))
        teams.append(people[i : i + size])
        i += size
    mates = {p: set(t) - {p} for t in teams for p in t}
    k = draw(st.integers(1, 4))
    return people, mates, k


def _check_rules(authors, mates, k, plan) -> None:  # type: ignore[no-untyped-def]
    given_to = Counter(s for s, _ in plan.pairs)
    assert len(set(plan.pairs)) == len(plan.pairs)
    for s, r in plan.pairs:
        assert r != authors[s], "nobody reviews their own submission"
        assert r not in mates.get(authors[s], set()), "nobody reviews a teammate's submission"
    for s, author in authors.items():
        eligible = [r for r in authors.values() if r != author and r not in mates.get(author, set())]
        assert given_to[s] == min(k, len(eligible))
    assert sum(plan.loads.values()) == len(plan.pairs)


@settings(max_examples=200, deadline=None)
@given(cohorts(team_sizes=(1, 1)))
def test_without_teams_loads_differ_by_at_most_one(cohort) -> None:  # type: ignore[no-untyped-def]
    people, mates, k = cohort
    authors = {f"s{p}": p for p in people}
    plan = plan_reviews(authors, people, k, mates, seed=3)
    _check_rules(authors, mates, k, plan)
    assert max(plan.loads.values()) - min(plan.loads.values()) <= 1


@settings(max_examples=200, deadline=None)
@given(cohorts(max_people=14, team_sizes=(1, 3)), st.integers(0, 10))
def test_with_teams_the_rules_hold(cohort, seed) -> None:  # type: ignore[no-untyped-def]
    people, mates, k = cohort
    authors = {f"s{p}": p for p in people}
    plan = plan_reviews(authors, people, k, mates, seed=seed)
    _check_rules(authors, mates, k, plan)
    if len(people) >= 2 * (k + 3):  # teams of at most 3 in a large enough cohort: a balanced plan exists
        assert max(plan.loads.values()) - min(plan.loads.values()) <= 1


def _best_spread(authors, mates, k) -> int:  # type: ignore[no-untyped-def]
    people = sorted(set(authors.values()))
    choices = []
    for s, author in authors.items():
        eligible = [r for r in people if r != author and r not in mates.get(author, set())]
        choices.append([(s, c) for c in itertools.combinations(eligible, min(k, len(eligible)))])
    best = None
    for combo in itertools.product(*choices):
        loads = Counter({p: 0 for p in people})
        for _, reviewers in combo:
            loads.update(reviewers)
        spread = max(loads.values()) - min(loads.values())
        best = spread if best is None else min(best, spread)
    return best  # type: ignore[return-value]


@settings(max_examples=120, deadline=None)
@given(cohorts(max_people=5, team_sizes=(1, 3)))
def test_the_spread_is_the_smallest_possible(cohort) -> None:  # type: ignore[no-untyped-def]
    people, mates, k = cohort
    k = min(k, 2)
    authors = {f"s{p}": p for p in people}
    plan = plan_reviews(authors, people, k, mates)
    _check_rules(authors, mates, k, plan)
    assert max(plan.loads.values()) - min(plan.loads.values()) == _best_spread(authors, mates, k)


def test_existing_assignments_are_kept_and_counted() -> None:
    authors = {"a": 1, "b": 2, "c": 3, "d": 4}
    plan = plan_reviews(authors, [1, 2, 3, 4], 2, existing=[("a", 2), ("b", 1), ("c", 1)])
    assert ("a", 2) not in plan.pairs
    counts = Counter(s for s, _ in plan.pairs)
    assert counts == {"a": 1, "b": 1, "c": 1, "d": 2}
    assert max(plan.loads.values()) - min(plan.loads.values()) <= 1
    with pytest.raises(PeerReviewError):
        plan_reviews(authors, [1, 2], 0)


def test_assigning_in_the_demo_replica(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.sync.outbox import local_write

    db = demo_workspace.db
    with db.session() as s:
        from bootcamp_core.models import CourseStaff, Lesson, Module

        # the assignment with the most handed-in submissions, and an instructor of its course
        assignment_id, _n = s.execute(
            sa.select(Assignment.id, sa.func.count())
            .join(Submission)
            .where(Submission.status != "draft", Assignment.is_graded_automatically.is_(False))
            .group_by(Assignment.id)
            .order_by(sa.func.count().desc())
        ).first()
        course_id = s.scalar(
            sa.select(Module.course_id).join(Lesson).join(Assignment).where(Assignment.id == assignment_id)
        )
        staff_id = s.scalar(
            sa.select(CourseStaff.user_id).where(
                CourseStaff.course_id == course_id, CourseStaff.staff_role == "instructor"
            )
        )
        before = overview(s, assignment_id)
    with local_write(db) as s:
        plan = assign_reviewers(s, staff_id, assignment_id, 2)
    with db.session() as s:
        after = overview(s, assignment_id)
        for sub in after:
            reviewers = [r.reviewer_id for r in sub.reviews]
            assert sub.author_id not in reviewers and len(reviewers) == len(set(reviewers))
            assert len(reviewers) >= min(2, len(after) - 1)
        new = s.scalars(
            sa.select(PeerReview).where(
                PeerReview.id.in_([r.review_id for sub in after for r in sub.reviews if not r.done])
            )
        ).all()
        assert len(new) >= len(plan.pairs) and all(r.overall_score is None for r in new)
    assert sum(len(x.reviews) for x in after) == sum(len(x.reviews) for x in before) + len(plan.pairs)
