"""The oracle of writes: which changes of the database a person's push may make, written from
docs/sync-protocol.md ("Columns": writes, "Push": rows, counters) and apart from ``bootcamp_server.access``.

Each changed row is judged on its own, on the row as it was and as it is (wire values): an inserted row must
be one the caller may create, a deleted one one they may delete, an updated one a row they may change, in
the columns their relation to it writes, and, if a column placing it moved (its course, owner, parent),
the row as it will be one they may create. The only changes a push makes besides its own rows: a thread's
``reply_count`` and ``updated_at`` when one of its replies comes or goes, and what the database's foreign keys
do when a row is deleted (children deleted, references set null). A row may name a blob only if it named it
before, or the caller may download it (``ReadOracle.blobs``; the suite uploads nothing).

Where the document is silent, the oracle is the least a person needs: nobody changes their own email, Fataplus
id or active flag (the sign-in identity), and a reviewer never changes a review's anonymity.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bootcamp_core.protocol import registry
from bootcamp_core.protocol.blob_refs import REFERENCING, refs_in

from .oracle import ReadOracle

Row = Mapping[str, Any]
META = frozenset({"sync_version", "sync_seq"})
GRADE = frozenset({"score", "feedback", "graded_by", "graded_at"})
LEARNER_ENROLMENT = frozenset(
    {
        "user_id",
        "enrollment_status",
        "enrollment_date",
        "completion_date",
        "progress_percentage",
        "current_module_id",
        "current_lesson_id",
        "time_spent_minutes",
        "last_accessed_at",
    }
)
REVIEW = frozenset(
    {
        "submission_id",
        "reviewer_id",
        "review_criteria",
        "overall_score",
        "strengths",
        "improvements",
        "detailed_feedback",
        "created_at",
    }
)
JOIN = frozenset({"project_id", "user_id", "role", "joined_at", "is_active"})
POST = frozenset(
    {
        "course_id",
        "module_id",
        "lesson_id",
        "project_id",
        "author_id",
        "title",
        "content",
        "discussion_type",
        "is_resolved",
        "resolved_by",
        "resolved_at",
        "created_at",
        "updated_at",
    }
)
REPLY = frozenset({"discussion_id", "author_id", "parent_reply_id", "content", "created_at", "updated_at"})
PLACE = {
    "courses": ("created_by",),
    "modules": ("course_id",),
    "lessons": ("module_id",),
    "assignments": ("lesson_id",),
    "course_staff": ("course_id", "user_id"),
    "enrollments": ("user_id", "course_id"),
    "lesson_progress": ("enrollment_id", "lesson_id"),
    "submissions": ("assignment_id", "user_id"),
    "peer_reviews": ("submission_id", "reviewer_id"),
    "instructor_feedback": ("submission_id", "instructor_id"),
    "certificates": ("user_id", "course_id"),
    "learning_analytics": ("user_id", "course_id", "module_id", "lesson_id"),
    "design_projects": ("course_id", "module_id", "created_by"),
    "project_teams": ("project_id", "user_id"),
    "design_assets": ("project_id", "uploaded_by"),
    "discussions": ("course_id", "module_id", "lesson_id", "project_id", "author_id"),
    "discussion_replies": ("discussion_id", "author_id", "parent_reply_id"),
    "user_profiles": ("user_id",),
    "fataplus_integration": ("user_id",),
    "external_service_tokens": ("user_id",),
}


class WriteOracle:
    def __init__(self, read: ReadOracle, roles: set[str], staff: dict[str, str]) -> None:
        self.r = read
        self.me = read.me
        self.roles = roles
        self.staff = staff  # course -> staff role
        self.db = read.rows
        self.blobs = read.blobs()

    # -- facts, on the database as it was (the baseline) -----------------------------------------------------
    def course(self, table: str, row_id: Any) -> str | None:
        rows = self.db
        if row_id is None:
            return None
        if table == "courses":
            return row_id if row_id in rows["courses"] else None
        parent = {
            "modules": ("courses", "course_id"),
            "lessons": ("modules", "module_id"),
            "assignments": ("lessons", "lesson_id"),
            "submissions": ("assignments", "assignment_id"),
            "enrollments": ("courses", "course_id"),
            "design_projects": ("courses", "course_id"),
        }[table]
        row = rows[table].get(row_id)
        return None if row is None else self.course(parent[0], row[parent[1]])

    def staffs(self, course: str | None) -> bool:
        return course is not None and course in self.staff

    def teaches(self, course: str | None) -> bool:
        return self.staff.get(course or "") in ("instructor", "assistant")

    def authors(self, course: str | None) -> bool:
        c = self.db["courses"].get(course or "")
        return self.staff.get(course or "") == "instructor" or (c is not None and c["created_by"] == self.me)

    def enrolled(self, course: str | None) -> bool:
        return any(
            e["user_id"] == self.me and e["course_id"] == course for e in self.db["enrollments"].values()
        )

    def takes_part(self, course: str | None) -> bool:
        return self.enrolled(course) or self.staffs(course)

    def project(self, project_id: Any) -> Row | None:
        return self.db["design_projects"].get(project_id)

    def member(self, project_id: Any) -> bool:
        return any(
            t["user_id"] == self.me and t["project_id"] == project_id
            for t in self.db["project_teams"].values()
        )

    def manages(self, p: Row | None) -> bool:
        return p is not None and (p["created_by"] == self.me or self.staffs(p["course_id"]))

    def reads_project(self, p: Row | None) -> bool:
        return p is not None and (
            self.member(p["id"]) or p["created_by"] == self.me or self.takes_part(p["course_id"])
        )

    def discussion_course(self, r: Row) -> str | None:
        return (
            r.get("course_id")
            or self.course("modules", r.get("module_id"))
            or self.course("lessons", r.get("lesson_id"))
        )

    def reads_discussion(self, r: Row | None) -> bool:
        return r is not None and r["id"] in self.r.visible["discussions"]

    def moderates(self, r: Row | None) -> bool:
        return r is not None and (r["author_id"] == self.me or self.staffs(self.discussion_course(r)))

    def work(self, submission_id: Any) -> tuple[Row | None, str | None]:
        s = self.db["submissions"].get(submission_id)
        return s, self.course("submissions", submission_id)

    # -- who may create, and what each relation writes ---------------------------------------------------------
    def may_create(self, t: str, r: Row) -> bool:
        me = self.me
        if t in ("user_profiles", "fataplus_integration", "external_service_tokens", "learning_analytics"):
            return r["user_id"] == me
        if t == "courses":
            return bool({"instructor", "facilitator"} & self.roles) and r["created_by"] == me
        if t in ("modules", "lessons", "assignments"):
            parent = {
                "modules": ("courses", "course_id"),
                "lessons": ("modules", "module_id"),
                "assignments": ("lessons", "lesson_id"),
            }[t]
            return self.authors(self.course(parent[0], r[parent[1]]))
        if t == "course_staff":
            c = self.db["courses"].get(r["course_id"])
            return c is not None and c["created_by"] == me
        if t == "enrollments":
            c = self.db["courses"].get(r["course_id"])
            return self.staffs(r["course_id"]) or (
                r["user_id"] == me and c is not None and bool(c["published"])
            )
        if t == "lesson_progress":
            e = self.db["enrollments"].get(r["enrollment_id"])
            return (
                e is not None
                and e["user_id"] == me
                and self.course("lessons", r["lesson_id"]) == e["course_id"]
            )
        if t == "submissions":
            return r["user_id"] == me and self.enrolled(self.course("assignments", r["assignment_id"]))
        if t == "peer_reviews":
            s, c = self.work(r["submission_id"])
            if s is None or r["reviewer_id"] == s["user_id"]:
                return False
            return self.staffs(c) or (r["reviewer_id"] == me and self.enrolled(c))
        if t == "instructor_feedback":
            return r["instructor_id"] == me and self.teaches(self.work(r["submission_id"])[1])
        if t == "certificates":
            return self.teaches(r["course_id"])
        if t == "design_projects":
            return self.staffs(r["course_id"]) or ("instructor" in self.roles and r["created_by"] == me)
        if t == "project_teams":
            p = self.project(r["project_id"])
            return self.manages(p) or (p is not None and r["user_id"] == me and self.enrolled(p["course_id"]))
        if t == "design_assets":
            p = self.project(r["project_id"])
            return r["uploaded_by"] == me and (self.member(r["project_id"]) or self.manages(p))
        if t == "discussions":
            if r["author_id"] != me:
                return False
            courses = {
                c
                for c in (
                    r.get("course_id"),
                    self.course("modules", r.get("module_id")),
                    self.course("lessons", r.get("lesson_id")),
                )
                if c
            }
            if (r.get("module_id") and self.course("modules", r["module_id"]) is None) or (
                r.get("lesson_id") and self.course("lessons", r["lesson_id"]) is None
            ):
                return False
            if r.get("project_id"):
                p = self.project(r["project_id"])
                if not self.reads_project(p):
                    return False
                courses |= {p["course_id"]} if p and p["course_id"] else set()
            return len(courses) <= 1 and all(self.takes_part(c) for c in courses)
        if t == "discussion_replies":
            parent = self.db["discussion_replies"].get(r.get("parent_reply_id") or "")
            return (
                r["author_id"] == me
                and self.reads_discussion(self.db["discussions"].get(r["discussion_id"]))
                and (
                    r.get("parent_reply_id") is None
                    or (parent is not None and parent["discussion_id"] == r["discussion_id"])
                )
            )
        return False  # users, user_roles, certificate_templates, platform_metrics

    def writable(self, t: str, r: Row) -> frozenset[str] | None:
        """The columns the caller may change of this existing row (None: every one)."""
        me = self.me
        everything = frozenset(registry()[t].columns) - META - {"id"}
        if t == "users":
            return everything - {"email", "fataplus_user_id", "is_active"} if r["id"] == me else frozenset()
        if t in ("user_profiles", "fataplus_integration", "external_service_tokens"):
            return everything if r["user_id"] == me else frozenset()
        if t == "courses":
            return everything if self.authors(r["id"]) else frozenset()
        if t in ("modules", "lessons", "assignments"):
            return everything if self.authors(self.course(t, r["id"])) else frozenset()
        if t == "course_staff":
            return everything if self.may_create(t, r) else frozenset()
        if t == "enrollments":
            if self.staffs(r["course_id"]):
                return everything
            if r["user_id"] == me and r["enrollment_status"] != "suspended":
                return LEARNER_ENROLMENT
            return frozenset()
        if t == "lesson_progress":
            e = self.db["enrollments"].get(r["enrollment_id"])
            return everything if e is not None and e["user_id"] == me else frozenset()
        if t == "submissions":
            c = self.course("assignments", r["assignment_id"])
            if self.teaches(c):
                return everything
            if r["user_id"] == me and r["status"] not in ("graded", "under_review"):
                return everything - GRADE
            return frozenset()
        if t == "peer_reviews":
            if self.staffs(self.work(r["submission_id"])[1]):
                return everything
            return REVIEW if r["reviewer_id"] == me else frozenset()
        if t == "instructor_feedback":
            return everything if self.teaches(self.work(r["submission_id"])[1]) else frozenset()
        if t == "certificates":
            return everything if self.teaches(r["course_id"]) else frozenset()
        if t == "design_projects":
            return everything if self.manages(r) else frozenset()
        if t == "project_teams":
            if self.manages(self.project(r["project_id"])):
                return everything
            return JOIN if r["user_id"] == me else frozenset()
        if t == "design_assets":
            return (
                everything
                if r["uploaded_by"] == me or self.manages(self.project(r["project_id"]))
                else frozenset()
            )
        if t == "discussions":
            out: set[str] = set()
            if self.staffs(self.discussion_course(r)):
                return everything
            if r["author_id"] == me:
                out |= POST
            if self.reads_discussion(r):
                out |= {"view_count", "reply_count", "updated_at"}
            return frozenset(out)
        if t == "discussion_replies":
            thread = self.db["discussions"].get(r["discussion_id"])
            if self.staffs(self.discussion_course(thread)) if thread else False:
                return everything
            out = set()
            if r["author_id"] == me:
                out |= REPLY
            if thread is not None and thread["author_id"] == me:
                out.add("is_solution")
            if self.reads_discussion(thread):
                out.add("helpful_votes")
            return frozenset(out)
        return frozenset()

    def may_delete(self, t: str, r: Row) -> bool:
        me = self.me
        if t in ("user_profiles", "fataplus_integration", "external_service_tokens"):
            return r["user_id"] == me
        if t == "courses":
            return r["created_by"] == me
        if t in ("modules", "lessons", "assignments"):
            return self.authors(self.course(t, r["id"]))
        if t == "course_staff":
            return self.may_create(t, r)
        if t == "enrollments":
            return self.staffs(r["course_id"])
        if t == "lesson_progress":
            e = self.db["enrollments"].get(r["enrollment_id"])
            return e is not None and e["user_id"] == me
        if t == "submissions":
            return r["user_id"] == me
        if t == "peer_reviews":
            return r["reviewer_id"] == me or self.staffs(self.work(r["submission_id"])[1])
        if t in ("instructor_feedback",):
            return self.teaches(self.work(r["submission_id"])[1])
        if t == "certificates":
            return self.teaches(r["course_id"])
        if t == "design_projects":
            return self.manages(r)
        if t == "project_teams":
            return r["user_id"] == me or self.manages(self.project(r["project_id"]))
        if t == "design_assets":
            return r["uploaded_by"] == me or self.manages(self.project(r["project_id"]))
        if t == "discussions":
            return self.moderates(r)
        if t == "discussion_replies":
            return r["author_id"] == me or self.moderates(self.db["discussions"].get(r["discussion_id"]))
        return False

    # -- judging one push's changes -----------------------------------------------------------------------
    def judge(
        self,
        changes: dict[tuple[str, str], tuple[Row | None, Row | None]],
        deletes: set[tuple[str, str]] | None = None,
    ) -> list[Any]:
        """The changes the caller may not have made (empty when every change is one they may make);
        ``deletes``: the rows the batch deleted (and may have inserted again), whose children went with them."""
        deleted = {(t, i) for (t, i), (b, a) in changes.items() if a is None}
        deleted |= {(t, i) for t, i in deletes or () if i in self.db[t] and self.may_delete(t, self.db[t][i])}
        touched_threads = {
            (b or a)["discussion_id"]
            for (t, _), (b, a) in changes.items()  # type: ignore[index]
            if t == "discussion_replies" and (b is None or a is None)
        }
        wrong = []
        for (t, i), (before, after) in changes.items():
            why = self._one(t, i, before, after, deleted, touched_threads)
            if why:
                wrong.append(
                    (
                        t,
                        i,
                        why,
                        {k: (before or {}).get(k) for k in _diff(before, after)},
                        {k: (after or {}).get(k) for k in _diff(before, after)},
                    )
                )
        return wrong

    def _one(
        self,
        t: str,
        i: str,
        before: Row | None,
        after: Row | None,
        deleted: set[tuple[str, str]],
        threads: set[str],
    ) -> str | None:
        fks = registry()[t].foreign_keys
        if after is None:
            assert before is not None
            if any((target, before.get(c)) in deleted for c, target in fks.items()):
                return None  # a cascade of a deleted parent
            return None if self.may_delete(t, before) else "deleted"
        if before is None:
            if not self.may_create(t, after):
                return "created"
            return self._new_blobs(t, None, after)
        changed = _diff(before, after)
        nulled = {
            c for c in changed if c in fks and after.get(c) is None and (fks[c], before.get(c)) in deleted
        }
        changed -= nulled  # a reference to a deleted row set null by the database
        if t == "discussions" and i in threads:
            changed -= {
                "reply_count",
                "updated_at",
            }  # the server's count of a thread whose reply came or went
        if not changed:
            return None
        allowed = self.writable(t, before)
        if allowed is None or not changed <= allowed:
            return f"columns {sorted(changed - (allowed or frozenset()))}"
        if (
            t == "submissions"
            and before["user_id"] == self.me
            and not self.teaches(self.course("assignments", before["assignment_id"]))
            and before["status"] == "revision_requested"
            and after["status"] != before["status"]
            and not (
                after["status"] == "submitted"
                and (after["revision_count"] or 0) > (before["revision_count"] or 0)
            )
        ):
            return "a revision request left other than by handing a revision in"
        for c in ("graded_by", "resolved_by"):
            if c in changed and after.get(c) not in (None, self.me):
                return f"{c} names someone else"
        if (
            t == "enrollments"
            and not self.staffs(before["course_id"])
            and after["enrollment_status"] == "suspended"
        ):
            return "a suspension set by its learner"
        if set(PLACE.get(t, ())) & changed and not self.may_create(t, after):
            return "moved where the caller may not create it"
        return self._new_blobs(t, before, after)

    def _new_blobs(self, t: str, before: Row | None, after: Row) -> str | None:
        columns = REFERENCING.get(t, ())
        new = refs_in([after.get(c) for c in columns]) - refs_in([(before or {}).get(c) for c in columns])
        return f"names blobs {sorted(new - self.blobs)}" if new - self.blobs else None


def _diff(before: Row | None, after: Row | None) -> set[str]:
    keys = set(before or {}) | set(after or {})
    return {k for k in keys - META if (before or {}).get(k) != (after or {}).get(k)}
