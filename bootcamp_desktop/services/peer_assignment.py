"""Peer review management: who reviews which submission (balanced), who has reviewed what, moderation.

Assigning a reviewer creates the ``peer_reviews`` row with the reviewer and the submission and no
review yet (``review_criteria``, ``overall_score`` and ``detailed_feedback`` NULL): the reviewer's
replica receives it as "to review", and the reviewer fills it in. A row with any of those set is a
review that is done.

``plan_reviews`` is the pure assignment rule, checked by property tests:
- nobody reviews their own submission, nor one by a teammate (members of the same design project in
  the course), nor the same submission twice;
- every submission gets ``per_submission`` reviewers, or every eligible one when there are fewer;
- review loads are as even as the constraints allow: first greedily (most constrained submission first,
  least loaded reviewer first), then reviews are shifted along exchange paths from a reviewer with load
  L to one with load L-2 or less until none is left. Such a state is the most balanced one possible
  (no other assignment has a smaller maximum or a larger minimum load); without teams, loads differ by
  at most one.
Existing assignments are kept and count towards loads.

Moderation: ``remove_review`` deletes a review (abusive, off-topic); ``redact_review`` keeps its scores
but replaces its text with the moderator's note. The server's audit log records who did either.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict, deque
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Assignment,
    DesignProject,
    Lesson,
    Module,
    PeerReview,
    ProjectTeam,
    Submission,
    User,
)

from .staff import ALL_STAFF_ROLES, TEACHING_ROLES, staffed_course_ids

S = Hashable  # a submission id
R = Hashable  # a reviewer (user) id


class PeerReviewError(ValueError):
    pass


@dataclass(frozen=True)
class Plan:
    pairs: tuple[tuple[S, R], ...]  # new (submission, reviewer) assignments
    loads: dict[R, int]  # reviews per reviewer, existing ones included
    short: dict[S, int] = field(
        default_factory=dict
    )  # submissions left with fewer reviewers, and by how many


def plan_reviews(
    authors: Mapping[S, R],
    reviewers: Iterable[R],
    per_submission: int,
    teammates: Mapping[R, Iterable[R]] | None = None,
    existing: Iterable[tuple[S, R]] = (),
    seed: int = 0,
) -> Plan:
    if per_submission < 1:
        raise PeerReviewError("each submission needs at least one reviewer")
    pool = list(dict.fromkeys(reviewers))
    mates = {r: set(ms) for r, ms in (teammates or {}).items()}
    taken: dict[S, set[R]] = defaultdict(set)
    loads: dict[R, int] = {r: 0 for r in pool}
    for s, r in existing:
        taken[s].add(r)
        if r in loads:
            loads[r] += 1
    rng = random.Random(seed)
    order = {r: rng.random() for r in pool}  # fair tie-breaks, the same for the same seed

    def eligible(s: S, r: R) -> bool:
        author = authors[s]
        return r != author and r not in mates.get(author, ()) and r not in taken[s]

    new: dict[S, set[R]] = defaultdict(set)
    short: dict[S, int] = {}
    options = {s: [r for r in pool if eligible(s, r)] for s in authors}
    for s in sorted(authors, key=lambda s: (len(options[s]), str(s))):
        need = per_submission - len(taken[s])
        if need <= 0:
            continue
        chosen = sorted(options[s], key=lambda r: (loads[r], order[r]))[:need]
        for r in chosen:
            new[s].add(r)
            loads[r] += 1
        if len(chosen) < need:
            short[s] = need - len(chosen)

    # Rebalance: move one review along a path from an overloaded reviewer to an underloaded one.
    while True:
        path = _exchange_path(new, options, loads)
        if path is None:
            break
        for s, giver, taker in path:
            new[s].remove(giver)
            new[s].add(taker)
        loads[path[0][1]] -= 1
        loads[path[-1][2]] += 1

    pairs = tuple(sorted(((s, r) for s, rs in new.items() for r in rs), key=lambda p: (str(p[0]), str(p[1]))))
    return Plan(pairs, loads, short)


def _exchange_path(
    new: Mapping[S, set[R]], options: Mapping[S, list[R]], loads: Mapping[R, int]
) -> list[tuple[S, R, R]] | None:
    """A chain of moves (submission, from, to) that takes one review from a reviewer with load L to one
    with load at most L-2, every other reviewer on the way keeping their load; None when there is none."""
    holds: dict[R, list[S]] = defaultdict(list)
    for s, rs in new.items():
        for r in rs:
            holds[r].append(s)
    for start in sorted(holds, key=lambda r: -loads[r]):
        limit = loads[start] - 2
        back: dict[R, tuple[S, R]] = {}
        queue = deque([start])
        seen = {start}
        while queue:
            giver = queue.popleft()
            for s in holds.get(giver, ()):
                for taker in options[s]:
                    if taker in seen or taker in new[s]:
                        continue
                    seen.add(taker)
                    back[taker] = (s, giver)
                    if loads[taker] <= limit:
                        path = []
                        node = taker
                        while node != start:
                            s_, g = back[node]
                            path.append((s_, g, node))
                            node = g
                        return list(reversed(path))
                    queue.append(taker)
    return None


# -- the replica -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewRow:
    review_id: uuid.UUID
    reviewer_id: uuid.UUID
    reviewer_name: str
    done: bool
    overall_score: float | None
    detailed_feedback: str | None
    is_anonymous: bool
    created_at: object


@dataclass(frozen=True)
class SubmissionReviews:
    submission_id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    status: str | None
    reviews: tuple[ReviewRow, ...]

    @property
    def done(self) -> int:
        return sum(r.done for r in self.reviews)


def _course_of(session: Session, assignment_id: uuid.UUID) -> uuid.UUID:
    course_id = session.scalar(
        sa.select(Module.course_id)
        .join(Lesson, Lesson.module_id == Module.id)
        .join(Assignment, Assignment.lesson_id == Lesson.id)
        .where(Assignment.id == assignment_id)
    )
    if course_id is None:
        raise PeerReviewError("this assignment is no longer in the replica")
    return course_id


def reviewable_assignments(session: Session, user_id: uuid.UUID) -> list[tuple[uuid.UUID, str, str]]:
    """(assignment id, title, course title) of hand-graded assignments in the courses ``user_id`` staffs."""
    from bootcamp_core.models import Course

    ids = staffed_course_ids(session, user_id, ALL_STAFF_ROLES)
    stmt = (
        sa.select(Assignment.id, Assignment.title, Course.title)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .where(Assignment.is_graded_automatically.is_not(True))
        .order_by(Course.title, Module.module_order, Lesson.lesson_order)
    )
    if ids is not None:
        stmt = stmt.where(Course.id.in_(ids or [uuid.UUID(int=0)]))
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]


def overview(session: Session, assignment_id: uuid.UUID) -> list[SubmissionReviews]:
    """Every handed-in submission of the assignment with its reviewers and whether they reviewed."""
    subs = session.execute(
        sa.select(Submission.id, Submission.user_id, User.full_name, Submission.status)
        .join(User, User.id == Submission.user_id)
        .where(Submission.assignment_id == assignment_id, Submission.status != "draft")
        .order_by(User.full_name)
    ).all()
    reviewer = sa.orm.aliased(User)
    rows = session.execute(
        sa.select(PeerReview, reviewer.full_name)
        .join(reviewer, reviewer.id == PeerReview.reviewer_id)
        .join(Submission, Submission.id == PeerReview.submission_id)
        .where(Submission.assignment_id == assignment_id)
        .order_by(PeerReview.created_at)
    ).all()
    by_sub: dict[uuid.UUID, list[ReviewRow]] = defaultdict(list)
    for review, name in rows:
        done = (
            review.review_criteria is not None
        )  # as services/peer_review.py: a written review has its criteria
        by_sub[review.submission_id].append(
            ReviewRow(
                review.id,
                review.reviewer_id,
                name,
                done,
                float(review.overall_score) if review.overall_score is not None else None,
                review.detailed_feedback,
                bool(review.is_anonymous),
                review.created_at,
            )
        )
    return [SubmissionReviews(s[0], s[1], s[2], s[3], tuple(by_sub.get(s[0], ()))) for s in subs]


def teammates(session: Session, course_id: uuid.UUID) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Members of the same (active) design-project team in the course, for each learner."""
    rows = session.execute(
        sa.select(ProjectTeam.project_id, ProjectTeam.user_id)
        .join(DesignProject, DesignProject.id == ProjectTeam.project_id)
        .where(DesignProject.course_id == course_id, ProjectTeam.is_active.is_not(False))
    ).all()
    members: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for project, user in rows:
        members[project].add(user)
    out: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for team in members.values():
        for u in team:
            out[u] |= team - {u}
    return dict(out)


def assign_reviewers(
    session: Session,
    staff_id: uuid.UUID,
    assignment_id: uuid.UUID,
    per_submission: int,
    *,
    anonymous: bool = True,
    seed: int = 0,
) -> Plan:
    """Plan and write the assignments: the learners who handed the assignment in review each other."""
    course_id = _course_of(session, assignment_id)
    ids = staffed_course_ids(session, staff_id, TEACHING_ROLES)
    if ids is not None and course_id not in ids:
        raise PeerReviewError("only the course's instructors assign peer reviewers")
    subs = overview(session, assignment_id)
    if len(subs) < 2:
        raise PeerReviewError("peer review needs at least two handed-in submissions")
    authors = {s.submission_id: s.author_id for s in subs}
    existing = [(s.submission_id, r.reviewer_id) for s in subs for r in s.reviews]
    plan = plan_reviews(
        authors, [s.author_id for s in subs], per_submission, teammates(session, course_id), existing, seed
    )
    for submission_id, reviewer_id in plan.pairs:
        session.add(PeerReview(submission_id=submission_id, reviewer_id=reviewer_id, is_anonymous=anonymous))
    session.flush()
    return plan


def remove_review(session: Session, review_id: uuid.UUID, reason: str) -> None:
    if not reason.strip():
        raise PeerReviewError("say why the review is removed")
    review = session.get(PeerReview, review_id)
    if review is not None:
        session.delete(review)


def redact_review(session: Session, review_id: uuid.UUID, reason: str) -> None:
    if not reason.strip():
        raise PeerReviewError("say why the review's text is removed")
    review = session.get(PeerReview, review_id)
    if review is None:
        raise PeerReviewError("this review is no longer in the replica")
    review.detailed_feedback = f"[Removed by the course staff: {reason.strip()}]"
    review.strengths = []
    review.improvements = []
    if review.review_criteria:
        review.review_criteria = {
            "criteria": {
                cid: {**v, "comment": ""} for cid, v in (review.review_criteria.get("criteria") or {}).items()
            }
        }
