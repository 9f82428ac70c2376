"""The oracle: what each person may read, written from the protocol document's promises and apart from
``bootcamp_server.access`` (which it never imports).

Rows (docs/sync-protocol.md "Pull", "Columns"; docs/DESIGN.md "Pull"): plain SQL per table, ``:me`` the caller.
- Course content (courses, modules, lessons, assignments, course staff) of a *readable* course: published,
  or created or staffed by the caller.
- Personal rows: one's own; those of the courses one staffs (enrolments, progress, submissions, reviews,
  feedback, certificates, analytics); a submission one reviews; the reviews and feedback of one's own work.
- Projects of one's courses (enrolled or staff), one's teams and one's own; their teams; the assets of one's
  teams' projects and of projects one manages (created, or staffs its course).
- Discussions one wrote, of a project one may read, of a course one takes part in, and the general forum
  (no course, module, lesson or project); their replies, and one's own replies.
- Certificate templates: everyone. Platform figures: staff (an instructor or facilitator role).
- Profiles, roles, Fataplus links and external tokens: one's own. Other people only as the public projection
  of ``users``, and only those the rows one reads refer to *as sent* (and the anonymous classmate).
Columns ("Columns"): a peer reviewer gets the work, never its grade (and the anonymous classmate as its
author when the review is anonymous); the author of anonymously reviewed work gets the anonymous classmate as
the reviewer; staff never read a learner's progress ``notes`` nor an analytics event's ``ip_address`` and
``browser_info``; a classmate outside a team never reads its ``contribution_score``; secret columns never
travel. Blobs ("Blobs"): downloadable when named in a ``blob_refs.REFERENCING`` column of a row as sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.protocol import encode_row, registry, table_checksum
from bootcamp_core.protocol.blob_refs import REFERENCING, refs_in

ANONYMOUS = "00000000-0000-7000-8000-0000000000a0"  # the anonymous classmate
ZERO = "00000000-0000-0000-0000-000000000000"
PUBLIC = frozenset({"id", "full_name", "avatar_url", "timezone", "sync_version", "sync_seq"})
GRADE = ("status", "score", "feedback", "graded_by", "graded_at")

STAFFED = "SELECT course_id FROM course_staff WHERE user_id = :me"
TAKES_PART = f"SELECT course_id FROM enrollments WHERE user_id = :me UNION {STAFFED}"
READABLE_COURSES = f"SELECT id FROM courses WHERE published OR created_by = :me OR id IN ({STAFFED})"
MY_TEAMS = "SELECT project_id FROM project_teams WHERE user_id = :me"
READABLE_PROJECTS = (
    f"SELECT id FROM design_projects WHERE id IN ({MY_TEAMS}) OR created_by = :me"
    f" OR course_id IN ({TAKES_PART})"
)
ASSET_PROJECTS = (
    f"SELECT id FROM design_projects WHERE id IN ({MY_TEAMS}) OR created_by = :me OR course_id IN ({STAFFED})"
)
MODULE_COURSE = "(SELECT m_.course_id FROM modules m_ WHERE m_.id = {0})"
LESSON_COURSE = (
    "(SELECT m_.course_id FROM lessons l_ JOIN modules m_ ON m_.id = l_.module_id WHERE l_.id = {0})"
)
ASSIGNMENT_COURSE = (
    "(SELECT m_.course_id FROM assignments a_ JOIN lessons l_ ON l_.id = a_.lesson_id"
    " JOIN modules m_ ON m_.id = l_.module_id WHERE a_.id = {0})"
)
SUBMISSION_OF_MINE_OR_STAFFED = (
    f"SELECT s.id FROM submissions s WHERE s.user_id = :me"
    f" OR {ASSIGNMENT_COURSE.format('s.assignment_id')} IN ({STAFFED})"
)
DISCUSSION_COURSE = (
    f"coalesce(t.course_id, {MODULE_COURSE.format('t.module_id')}, {LESSON_COURSE.format('t.lesson_id')})"
)
READABLE_DISCUSSIONS = (
    f"SELECT t.id FROM discussions t WHERE t.author_id = :me"
    f" OR (t.project_id IS NOT NULL AND t.project_id IN ({READABLE_PROJECTS}))"
    f" OR (t.project_id IS NULL AND ({DISCUSSION_COURSE} IN ({TAKES_PART})"
    f"     OR (t.course_id IS NULL AND t.module_id IS NULL AND t.lesson_id IS NULL)))"
)

VISIBLE: dict[str, str] = {
    "users": "SELECT id FROM users WHERE id = :me",  # others: public projections (``people``)
    "user_profiles": "SELECT id FROM user_profiles WHERE user_id = :me",
    "user_roles": "SELECT id FROM user_roles WHERE user_id = :me",
    "fataplus_integration": "SELECT id FROM fataplus_integration WHERE user_id = :me",
    "external_service_tokens": "SELECT id FROM external_service_tokens WHERE user_id = :me",
    "certificate_templates": "SELECT id FROM certificate_templates",
    "platform_metrics": "SELECT id FROM platform_metrics WHERE EXISTS (SELECT 1 FROM user_roles"
    " WHERE user_id = :me AND role IN ('instructor', 'facilitator'))",
    "courses": READABLE_COURSES,
    "modules": f"SELECT id FROM modules WHERE course_id IN ({READABLE_COURSES})",
    "lessons": f"SELECT t.id FROM lessons t WHERE {MODULE_COURSE.format('t.module_id')} IN ({READABLE_COURSES})",
    "assignments": f"SELECT t.id FROM assignments t WHERE {LESSON_COURSE.format('t.lesson_id')}"
    f" IN ({READABLE_COURSES})",
    "course_staff": f"SELECT id FROM course_staff WHERE course_id IN ({READABLE_COURSES})",
    "enrollments": f"SELECT id FROM enrollments WHERE user_id = :me OR course_id IN ({STAFFED})",
    "lesson_progress": "SELECT p.id FROM lesson_progress p JOIN enrollments e ON e.id = p.enrollment_id"
    f" WHERE e.user_id = :me OR e.course_id IN ({STAFFED})",
    "submissions": f"{SUBMISSION_OF_MINE_OR_STAFFED}"
    " UNION SELECT submission_id FROM peer_reviews WHERE reviewer_id = :me",
    "peer_reviews": "SELECT id FROM peer_reviews WHERE reviewer_id = :me"
    f" OR submission_id IN ({SUBMISSION_OF_MINE_OR_STAFFED})",
    "instructor_feedback": "SELECT id FROM instructor_feedback WHERE instructor_id = :me"
    f" OR submission_id IN ({SUBMISSION_OF_MINE_OR_STAFFED})",
    "certificates": f"SELECT id FROM certificates WHERE user_id = :me OR course_id IN ({STAFFED})",
    "learning_analytics": f"SELECT id FROM learning_analytics WHERE user_id = :me OR course_id IN ({STAFFED})",
    "design_projects": READABLE_PROJECTS,
    "project_teams": f"SELECT id FROM project_teams WHERE project_id IN ({READABLE_PROJECTS})",
    "design_assets": f"SELECT id FROM design_assets WHERE project_id IN ({ASSET_PROJECTS})",
    "discussions": READABLE_DISCUSSIONS,
    "discussion_replies": f"SELECT id FROM discussion_replies WHERE author_id = :me"
    f" OR discussion_id IN ({READABLE_DISCUSSIONS})",
}

Rows = dict[str, dict[str, dict[str, Any]]]


def database(s: Session) -> Rows:
    """Every row of every synced table, in wire form (the schema owner's view)."""
    out: Rows = {}
    for table, spec in registry().items():
        cols = [spec.table.c[n] for n in spec.columns]
        out[table] = {str(r["id"]): encode_row(table, r) for r in s.execute(sa.select(*cols)).mappings()}
    return out


class ReadOracle:
    """What ``me`` may read, from the database as ``s`` sees it now."""

    def __init__(self, s: Session, me: uuid.UUID) -> None:
        self.me = str(me)

        def pairs(sql: str) -> dict[str, Any]:
            return {str(k): v for k, v in s.execute(sa.text(sql), {"me": me}).all()}

        self.visible = {
            t: {str(i) for i in s.execute(sa.text(q), {"me": me}).scalars()} for t, q in VISIBLE.items()
        }
        assert set(self.visible) == set(registry()), "the oracle names every synced table"
        self.rows = database(s)
        self.staffs = set(pairs("SELECT course_id, 1 FROM course_staff WHERE user_id = :me"))
        self.course_of_assignment = {
            k: str(v)
            for k, v in pairs(f"SELECT a.id, {ASSIGNMENT_COURSE.format('a.id')} FROM assignments a").items()
        }
        self.anonymous_assignments = set(
            pairs("SELECT id, 1 FROM assignments WHERE (submission_format ->> 'anonymous_reviews')::boolean")
        )
        self.my_reviews = pairs(
            "SELECT submission_id, bool_or(is_anonymous) FROM peer_reviews"
            " WHERE reviewer_id = :me GROUP BY submission_id"
        )
        self.full_team_view = set(
            pairs(
                f"SELECT id, 1 FROM design_projects WHERE id IN ({MY_TEAMS}) OR created_by = :me"
                f" OR course_id IN ({STAFFED})"
            )
        )

    # -- columns ----------------------------------------------------------------------------------------
    def expect(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """The wire row ``me`` receives of a database row (wire form)."""
        r = dict(row)
        if table == "users":
            if r["id"] == self.me:
                return r
            out = {c: (r[c] if c in PUBLIC else None) for c in r}
            return {**out, "email": f"hidden+{r['id']}@users.invalid", "fataplus_user_id": ZERO}
        if (
            table == "submissions"
            and r["user_id"] != self.me
            and self.course_of_assignment.get(r["assignment_id"]) not in self.staffs
        ):
            for c in GRADE:  # a reviewer gets the work, never its grade or state
                r[c] = None
            if self.my_reviews.get(r["id"]) or r["assignment_id"] in self.anonymous_assignments:
                r["user_id"] = ANONYMOUS
        if table == "peer_reviews" and r["reviewer_id"] != self.me:
            work = self.rows["submissions"][r["submission_id"]]
            staff = self.course_of_assignment.get(work["assignment_id"]) in self.staffs
            if (
                work["user_id"] == self.me
                and not staff
                and (r["is_anonymous"] or work["assignment_id"] in self.anonymous_assignments)
            ):
                r["reviewer_id"] = ANONYMOUS
        if table == "lesson_progress" and self.rows["enrollments"][r["enrollment_id"]]["user_id"] != self.me:
            r["notes"] = None  # the learner's own
        if table == "learning_analytics" and r["user_id"] != self.me:
            r["ip_address"] = r["browser_info"] = None
        if (
            table == "project_teams"
            and r["user_id"] != self.me
            and r["project_id"] not in self.full_team_view
        ):
            r["contribution_score"] = None
        return r

    def sent(self, table: str) -> Iterable[dict[str, Any]]:
        """The rows of ``table`` (but other people) as ``me`` may receive them."""
        for row_id in self.visible[table]:
            yield self.expect(table, self.rows[table][row_id])

    def people(self) -> set[str]:
        """Who a replica may know: the people the rows as sent refer to, the anonymous classmate, oneself."""
        known = {self.me, ANONYMOUS}
        for table, spec in registry().items():
            if table == "users":
                continue
            refer = [c for c, target in spec.foreign_keys.items() if target == "users"]
            for row in self.sent(table):
                known.update(row[c] for c in refer if row.get(c))
        return known

    def checkpoint(self) -> dict[str, dict[str, Any]]:
        """The checkpoint of what ``me`` may see (``users``: oneself and the people one may know)."""
        out = {}
        for table in registry():
            ids = self.visible[table] if table != "users" else self.people() & set(self.rows["users"])
            out[table] = table_checksum(
                table, [(i, self.rows[table][i]["sync_version"]) for i in ids]
            ).as_wire()
        return out

    def blobs(self) -> set[str]:
        """The blobs ``me`` may download: named by a row as sent (other people: their public projection)."""
        found: set[str] = set()
        for table, columns in REFERENCING.items():
            rows = (
                (self.expect("users", self.rows["users"][i]) for i in self.people() & set(self.rows["users"]))
                if table == "users"
                else self.sent(table)
            )
            for row in rows:
                found |= refs_in([row.get(c) for c in columns])
        return found

    # -- judging what a read path sent -----------------------------------------------------------------
    def judge(
        self, path: str, received: dict[str, dict[str, dict[str, Any] | None]], *, exact: bool = True
    ) -> tuple[list[Any], list[Any], int]:
        """(leaks, rows the oracle allows that did not arrive, columns compared) of what ``path`` sent."""
        leaks: list[Any] = []
        missing: list[Any] = []
        compared = 0
        people = self.people()
        for table, rows in received.items():
            if table not in registry():
                leaks.append((path, "unknown table", table))
                continue
            secret = registry()[table].secret
            for row_id, row in rows.items():
                if row is None:  # a tombstone
                    continue
                if set(row) & secret or set(row) - set(registry()[table].columns):
                    leaks.append(
                        (
                            path,
                            table,
                            row_id,
                            "columns that never travel",
                            sorted(set(row) - set(registry()[table].columns)),
                        )
                    )
                allowed = row_id in people if table == "users" else row_id in self.visible[table]
                if not allowed or row_id not in self.rows[table]:
                    leaks.append((path, table, row_id, "a row the oracle does not let through"))
                    continue
                want = self.expect(table, self.rows[table][row_id])
                if path == "pull":  # a pulled row carries the seq of the change that brought it
                    want["sync_seq"] = row.get("sync_seq")
                compared += len(want)
                diff = sorted(c for c in want if row.get(c) != want[c])
                if diff:
                    leaks.append(
                        (path, table, row_id, {c: {"got": row.get(c), "promised": want[c]} for c in diff})
                    )
        if exact:
            for table in registry():
                got = {i for i, r in received.get(table, {}).items() if r is not None}
                should = self.visible[table] if table != "users" else {self.me}
                missing += [(path, table, i) for i in sorted(should - got)]
        return leaks, missing, compared
