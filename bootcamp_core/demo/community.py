"""Discussions per course, module, lesson and project, with nested replies.

``reply_count`` counts every reply of a thread (nested ones too); a resolved question has exactly one
reply marked as the solution, and ``resolved_by``/``resolved_at`` say who marked it and when.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable

from bootcamp_core.models import Discussion, DiscussionReply

from .activity import EnrolInfo
from .analytics import Analytics
from .catalogue import CourseInfo
from .community_data import PROJECT_THREADS, THREADS, Reply, Thread
from .context import Ctx
from .people import Member
from .projects import ProjectInfo

THREADS_PER_ENROLMENT = 1 / 6


class CommunityBuilder:
    def __init__(self, ctx: Ctx, analytics: Analytics) -> None:
        self.ctx = ctx
        self.analytics = analytics
        self.threads = 0

    def build(
        self, courses: list[CourseInfo], enrolments: list[EnrolInfo], projects: list[ProjectInfo]
    ) -> None:
        ctx = self.ctx
        by_course: dict[uuid.UUID, list[EnrolInfo]] = defaultdict(list)
        for e in enrolments:
            if e.status != "enrolled":
                by_course[e.course.id].append(e)
        for n, course in enumerate(courses):
            templates = [t for t in THREADS if t.course == course.spec.code]
            people = by_course.get(course.id, [])
            if not templates or not people:
                continue
            count = max(len(templates), round(len(people) * THREADS_PER_ENROLMENT))
            for i in range(count):
                template = templates[i] if i < len(templates) else ctx.choice(templates)
                self._course_thread(course, template, people, first=i < len(templates))
                ctx.sink.checkpoint()
            ctx.report("community", (n + 1) / (len(courses) + 1))
        for project in projects:
            if project.status != "planning" and (ctx.rng.random() < 0.3 or self.threads == 0):
                self._project_thread(project)
                ctx.sink.checkpoint()
        ctx.report("community", 1.0)

    def _staff(self, course: CourseInfo, who: str) -> Member:
        if who == "facilitator":
            people = [m for m, role in course.staff if role == "facilitator"] or course.facilitators
            if people:
                return self.ctx.choice(people)
        return self.ctx.choice(course.instructors)

    def _course_thread(self, course: CourseInfo, t: Thread, people: list[EnrolInfo], *, first: bool) -> None:
        ctx = self.ctx
        opener = ctx.choice(people)
        author = opener.member if t.by == "learner" else self._staff(course, t.by)
        start = opener.enrolled_at if t.by == "learner" else course.published_at or course.created_at
        if t.pinned and first:
            created = ctx.round(start + dt.timedelta(hours=2))
        else:
            created = ctx.between(start, ctx.now - dt.timedelta(days=1))
        lesson_id = module_id = None
        if t.lesson is not None:
            lesson = next(les for les in course.lessons if les.spec.title == t.lesson)
            lesson_id, module_id = lesson.id, lesson.module_id
        elif t.module is not None:
            module_id = course.module_ids[t.module]
        sample = sorted(ctx.sample(people, 6), key=lambda e: e.enrolled_at)
        classmates = [(e.member, e.enrolled_at) for e in sample if e.member is not author] or [
            (author, created)
        ]
        self._thread(
            course.id,
            module_id,
            lesson_id,
            None,
            author,
            t.type,
            t.title,
            t.content,
            t.replies,
            created,
            classmates,
            lambda who: self._staff(course, who),
            pinned=t.pinned and first,
        )

    def _project_thread(self, project: ProjectInfo) -> None:
        ctx = self.ctx
        title, kind, content, replies = ctx.choice(PROJECT_THREADS)
        author = project.members[0]
        created = ctx.between(project.created_at, ctx.now - dt.timedelta(hours=12))
        mates = [(m, created) for m in project.members[1:]] or [(author, created)]
        self._thread(
            project.course.id,
            None,
            None,
            project.id,
            author,
            kind,
            title,
            content,
            replies,
            created,
            mates,
            lambda who: self._staff(project.course, who),
            pinned=False,
        )

    def _thread(
        self,
        course_id: uuid.UUID,
        module_id: uuid.UUID | None,
        lesson_id: uuid.UUID | None,
        project_id: uuid.UUID | None,
        author: Member,
        kind: str,
        title: str,
        content: str,
        replies: tuple[Reply, ...],
        created: dt.datetime,
        classmates: list[tuple[Member, dt.datetime]],
        staff: Callable[[str], Member],
        *,
        pinned: bool,
    ) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        did = ctx.ids.at(created)
        rows = []
        ids: list[uuid.UUID] = []
        at = created
        solution: tuple[dt.datetime, Member] | None = None
        room = max(
            (ctx.now - dt.timedelta(minutes=10) - created) / (len(replies) + 1), dt.timedelta(minutes=1)
        )
        for k, (parent, who, text, is_solution) in enumerate(replies):
            at = at + room * rng.uniform(0.2, 1.0)
            if who == "author":
                replier = author
            elif who == "learner":  # a classmate answers once they have joined the course
                replier, joined = classmates[k % len(classmates)]
                at = max(at, joined + dt.timedelta(hours=rng.uniform(1, 48)))
            else:
                replier = staff(who)
            at = ctx.round(min(at, ctx.now - dt.timedelta(minutes=10)))
            rid = ctx.ids.at(at)
            ids.append(rid)
            votes = (
                rng.randint(3, 18) if is_solution else rng.choices((0, 1, 2, 4, 7), (40, 25, 15, 12, 8))[0]
            )
            rows.append(
                {
                    "id": rid,
                    "discussion_id": did,
                    "author_id": replier.id,
                    "parent_reply_id": ids[parent] if parent is not None else None,
                    "content": text,
                    "is_solution": is_solution,
                    "helpful_votes": votes,
                    "created_at": at,
                    "updated_at": at,
                }
            )
            self.analytics.emit(
                replier,
                "forum_post",
                at,
                course_id=course_id,
                lesson_id=lesson_id,
                module_id=module_id,
                data={"discussion_id": str(did), "reply_id": str(rid)},
            )
            if is_solution:
                solution = (at, replier)
        resolved_at = (
            ctx.round(
                min(solution[0] + dt.timedelta(hours=rng.uniform(1, 30)), ctx.now - dt.timedelta(minutes=5))
            )
            if solution
            else None
        )
        ctx.sink.add(
            Discussion,
            {
                "id": did,
                "course_id": course_id,
                "module_id": module_id,
                "lesson_id": lesson_id,
                "project_id": project_id,
                "author_id": author.id,
                "title": title,
                "content": content,
                "discussion_type": kind,
                "is_pinned": pinned,
                "is_resolved": solution is not None,
                "resolved_by": author.id if solution else None,
                "resolved_at": resolved_at,
                "view_count": len(rows) * rng.randint(3, 12) + rng.randint(5, 60),
                "reply_count": len(rows),
                "created_at": created,
                "updated_at": at,
            },
        )
        for row in rows:
            ctx.sink.add(DiscussionReply, row)
        self.analytics.emit(
            author,
            "forum_post",
            created,
            course_id=course_id,
            lesson_id=lesson_id,
            module_id=module_id,
            data={"discussion_id": str(did), "reply_id": None},
        )
        self.threads += 1
