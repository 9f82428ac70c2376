"""Every read path, for people in every relation to the demo's rows, column by column, against what
docs/sync-protocol.md ("Columns") promises, worked out here in plain SQL, apart from ``bootcamp_server.access``.

People: the demo learner (a reviewer, an author of anonymously reviewed work, a teammate), the learner who
reviews most anonymously, the one most reviewed anonymously, the demo instructor and facilitator. One peer
review assignment is made anonymous by its ``submission_format`` for the module (so reviews whose own row is
not anonymous are, too). Paths: the pull from the start, the bootstrap pages, the snapshot of every table, the
answers to pushes, the export.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.demo import DEMO_FACILITATOR_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import uuid7
from bootcamp_core.protocol import encode_row, registry
from bootcamp_server.access.principal import Principal, load_principal
from bootcamp_server.access.relations import Relations
from bootcamp_server.access.rules import Decision
from bootcamp_server.blobstore import BlobStore
from bootcamp_server.db import ServerDB
from bootcamp_server.privacy.export import build_export
from bootcamp_server.sync.bootstrap import bootstrap_page
from bootcamp_server.sync.cursor import Cursor
from bootcamp_server.sync.payload import RawMutation
from bootcamp_server.sync.pull import pull_page, snapshot_page
from bootcamp_server.sync.push import apply_one

ANONYMOUS = "00000000-0000-7000-8000-0000000000a0"  # the anonymous classmate (docs/sync-protocol.md)
ZERO = "00000000-0000-0000-0000-000000000000"
PUBLIC = {"id", "full_name", "avatar_url", "timezone", "sync_version", "sync_seq"}
Rows = dict[str, dict[str, dict[str, Any]]]  # table -> id -> wire row


@pytest.fixture(scope="module")
def demo(demo_server: Callable[[str], ServerDB]) -> Iterator[ServerDB]:
    """The demo on PostgreSQL, with the peer review assignment whose reviews are least anonymous made
    anonymous by its ``submission_format`` (put back afterwards)."""
    sdb = demo_server("postgresql")
    with sdb.owner() as s:
        assignment, fmt = s.execute(
            sa.text(
                "SELECT a.id, a.submission_format FROM peer_reviews r JOIN submissions s ON s.id = r.submission_id"
                " JOIN assignments a ON a.id = s.assignment_id GROUP BY a.id, a.submission_format"
                " ORDER BY count(*) FILTER (WHERE r.is_anonymous) ASC, count(*) DESC LIMIT 1"
            )
        ).one()
        plain = s.execute(
            sa.text(
                "SELECT count(*) FROM peer_reviews r JOIN submissions s ON s.id = r.submission_id"
                " WHERE s.assignment_id = :a AND NOT r.is_anonymous"
            ),
            {"a": assignment},
        ).scalar()
        assert plain, "the demo has a non-anonymous review to hide by its assignment"
        s.execute(
            sa.text("UPDATE assignments SET submission_format = CAST(:f AS json) WHERE id = :a"),
            {"f": json.dumps({**(fmt or {}), "anonymous_reviews": True}), "a": assignment},
        )
    yield sdb
    with sdb.owner() as s:
        s.execute(
            sa.text("UPDATE assignments SET submission_format = CAST(:f AS json) WHERE id = :a"),
            {"f": json.dumps(fmt) if fmt is not None else None, "a": assignment},
        )


def _person(sdb: ServerDB, key: str) -> uuid.UUID:
    q = {
        "learner": f"SELECT id FROM users WHERE email = '{DEMO_LEARNER_EMAIL}'",
        "instructor": f"SELECT id FROM users WHERE email = '{DEMO_INSTRUCTOR_EMAIL}'",
        "facilitator": f"SELECT id FROM users WHERE email = '{DEMO_FACILITATOR_EMAIL}'",
        "anonymous reviewer": "SELECT reviewer_id FROM peer_reviews GROUP BY reviewer_id"
        " ORDER BY count(*) FILTER (WHERE is_anonymous) DESC, reviewer_id LIMIT 1",
        "anonymously reviewed": "SELECT s.user_id FROM peer_reviews r JOIN submissions s ON s.id = r.submission_id"
        " GROUP BY s.user_id ORDER BY count(*) FILTER (WHERE r.is_anonymous) DESC,"
        " s.user_id LIMIT 1",
    }[key]
    with sdb.owner() as s:
        return s.execute(sa.text(q)).scalar_one()


class Promise:
    """What user ``me`` reads of a row, as the protocol document promises, from plain SQL."""

    def __init__(self, s: Session, me: uuid.UUID) -> None:
        def pairs(sql: str) -> dict[Any, Any]:
            return {str(k): v for k, v in s.execute(sa.text(sql), {"me": me}).all()}

        self.me = str(me)
        self.staffs = set(pairs("SELECT course_id, 1 FROM course_staff WHERE user_id = :me"))
        self.course_of_assignment = {
            k: str(v)
            for k, v in pairs(
                "SELECT a.id, m.course_id FROM assignments a JOIN lessons l ON l.id = a.lesson_id"
                " JOIN modules m ON m.id = l.module_id"
            ).items()
        }
        self.anonymous_assignments = set(
            pairs("SELECT id, 1 FROM assignments WHERE (submission_format ->> 'anonymous_reviews')::boolean")
        )
        self.my_reviews = pairs(
            "SELECT submission_id, is_anonymous FROM peer_reviews WHERE reviewer_id = :me"
        )
        self.submission = {
            str(k): (str(u), str(a))
            for k, u, a in s.execute(sa.text("SELECT id, user_id, assignment_id FROM submissions"))
        }
        self.enrolment_owner = {k: str(v) for k, v in pairs("SELECT id, user_id FROM enrollments").items()}
        self.project = {
            str(k): (str(c) if c else None, str(b) if b else None)
            for k, c, b in s.execute(sa.text("SELECT id, course_id, created_by FROM design_projects"))
        }
        self.member_of = set(pairs("SELECT project_id, 1 FROM project_teams WHERE user_id = :me"))

    def expect(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """The wire row ``me`` receives of ``row`` (the database's, in wire form)."""
        r = dict(row)
        if table == "users" and r["id"] != self.me:
            out = {c: (r[c] if c in PUBLIC else None) for c in r}
            return {**out, "email": f"hidden+{r['id']}@users.invalid", "fataplus_user_id": ZERO}
        if table == "submissions" and r["user_id"] != self.me:
            if self.course_of_assignment[r["assignment_id"]] in self.staffs:
                return r
            for c in ("status", "score", "feedback", "graded_by", "graded_at"):
                r[c] = None  # a reviewer gets the work, never its grade or feedback
            if self.my_reviews[r["id"]] or r["assignment_id"] in self.anonymous_assignments:
                r["user_id"] = ANONYMOUS
        if table == "peer_reviews" and r["reviewer_id"] != self.me:
            author, assignment = self.submission[r["submission_id"]]
            staff = self.course_of_assignment[assignment] in self.staffs
            if (
                author == self.me
                and not staff
                and (r["is_anonymous"] or assignment in self.anonymous_assignments)
            ):
                r["reviewer_id"] = ANONYMOUS
        if table == "lesson_progress" and self.enrolment_owner[r["enrollment_id"]] != self.me:
            r["notes"] = None
        if table == "learning_analytics" and r["user_id"] != self.me:
            r["ip_address"] = r["browser_info"] = None
        if table == "project_teams":
            course, creator = self.project[r["project_id"]]
            if not (r["project_id"] in self.member_of or creator == self.me or course in self.staffs):
                r["contribution_score"] = None
        return r


def _database(s: Session) -> Rows:
    out: Rows = {}
    for table, spec in registry().items():
        cols = [spec.table.c[n] for n in spec.columns]
        out[table] = {str(r["id"]): encode_row(table, r) for r in s.execute(sa.select(*cols)).mappings()}
    return out


# -- the read paths ---------------------------------------------------------------------------------------------
def via_pull(sdb: ServerDB, principal: Principal) -> Rows:
    rows: Rows = {}
    cursor = Cursor()
    while True:
        page = pull_page(sdb, principal, cursor, limit=250)
        for change in page["changes"]:
            held = rows.setdefault(change["table"], {})
            if change["op"] == "delete":
                held.pop(change["id"], None)
            else:
                held[change["id"]] = change["row"]
        cursor = Cursor.parse(page["cursor"])
        if not page["has_more"]:
            return rows


def via_bootstrap(sdb: ServerDB, principal: Principal) -> Rows:
    rows: Rows = {}
    table, after = None, None
    while True:
        page = json.loads(bootstrap_page(sdb, principal, table, after, limit=150))
        for part in page["tables"]:
            for values in part["rows"]:
                row = dict(zip(part["columns"], values, strict=True))
                rows.setdefault(part["table"], {})[row["id"]] = row
        if page["next"] is None:
            return rows
        table, after = page["next"]["table"], page["next"]["after"] and uuid.UUID(page["next"]["after"])


def via_snapshot(sdb: ServerDB, principal: Principal) -> Rows:
    rows: Rows = {}
    for table in registry():
        after = None
        while True:
            page = snapshot_page(sdb, principal, table, after, 200)
            for row in page["rows"]:
                rows.setdefault(table, {})[row["id"]] = row
            if page["next"] is None:
                break
            after = uuid.UUID(page["next"])
    return rows


def via_export(sdb: ServerDB, principal: Principal) -> Rows:
    archive = zipfile.ZipFile(io.BytesIO(build_export(sdb, principal, BlobStore(sdb.settings)).read()))
    rows: Rows = {}
    for table in registry():
        name = f"{table}.json"
        if name in archive.namelist():
            rows[table] = {r["id"]: r for r in json.loads(archive.read(name))}
    return rows


PATHS = {"pull": via_pull, "bootstrap": via_bootstrap, "snapshot": via_snapshot, "export": via_export}
PEOPLE = ("learner", "anonymous reviewer", "anonymously reviewed", "instructor", "facilitator")


def _users_refer(table: str) -> list[str]:
    return [c for c, target in registry()[table].foreign_keys.items() if target == "users"]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("who", PEOPLE)
def test_every_column_received_is_one_the_relation_reads(demo: ServerDB, who: str, path: str) -> None:
    me = _person(demo, who)
    with demo.owner() as s:
        promise, database = Promise(s, me), _database(s)
        principal = load_principal(s, me)
    assert principal is not None
    received = PATHS[path](demo, principal)
    wrong = []
    for table, rows in received.items():
        for row_id, row in rows.items():
            want = promise.expect(table, database[table][row_id])
            if path == "pull":  # a pulled row carries the seq of the change that brought it: the latest here
                want["sync_seq"] = row["sync_seq"]
            diff = sorted(c for c in want if row.get(c) != want[c])
            if diff:
                wrong.append((table, row_id, {c: (row.get(c), want[c]) for c in diff}))
    assert not wrong, wrong[:5]
    # The people a replica learns of are those its rows refer to as received (and the anonymous classmate).
    referred = {
        row[c]
        for table, rows in received.items()
        if table != "users"
        for row in rows.values()
        for c in _users_refer(table)
        if row.get(c)
    }
    strangers = set(received.get("users", {})) - referred - {str(me), ANONYMOUS}
    assert not strangers
    # What the relations below hide must be exercised by the demo for these people, or the test proves little.
    hidden = {
        (t, c)
        for t, rows in received.items()
        for r in rows.values()
        for c, v in r.items()
        if v is None and database[t][r["id"]].get(c) is not None
    }
    if path != "export" and who in ("anonymous reviewer", "learner"):
        assert {("submissions", "score"), ("submissions", "feedback")} <= hidden
    if who == "anonymously reviewed":
        anonymous = [r for r in received["peer_reviews"].values() if r["reviewer_id"] == ANONYMOUS]
        assert anonymous
        assert not any(database["peer_reviews"][r["id"]]["reviewer_id"] in json.dumps(r) for r in anonymous)


# An update each caller may or may not make: its answer, when it carries the row, carries it as they read it.
ATTEMPT = {
    "submissions": ("feedback", "you did well"),
    "peer_reviews": ("is_anonymous", None),  # flipped
    "lesson_progress": ("notes", "mine now"),
    "learning_analytics": ("device_type", "phone"),
    "project_teams": ("contribution_score", "1.00"),
}


@pytest.mark.parametrize("who", PEOPLE)
def test_push_answers_carry_rows_as_the_caller_reads_them(demo: ServerDB, who: str) -> None:
    me = _person(demo, who)
    with demo.owner() as s:
        promise, database = Promise(s, me), _database(s)
        principal = load_principal(s, me)
    assert principal is not None
    received = via_snapshot(demo, principal)
    answered = 0
    for table, (column, value) in ATTEMPT.items():
        for row_id, row in received.get(table, {}).items():
            s = Session(bind=demo.engine, expire_on_commit=False)
            s.begin()
            try:
                demo._enter(s, principal.context)  # the caller's request transaction, rolled back below
                d = Decision(principal, Relations(s, principal))
                change = {column: (not row[column]) if value is None else value}
                m = RawMutation(uuid7(), table, "update", uuid.UUID(row_id), row["sync_version"], change, {})
                with s.begin_nested():
                    result = apply_one(s, d, m)
            finally:
                s.rollback()
                s.close()
            if "row" in result:
                answered += 1
                assert result["row"] == promise.expect(table, database[table][row_id]), (
                    table,
                    row_id,
                    result,
                )
    assert answered > 0


def test_a_change_of_relation_names_the_tables_to_read_again(demo: ServerDB) -> None:
    """Made staff of a course, the learner reads whole rows their replica holds concealed, at the same
    versions: the page that brings the change names those tables in ``refetch`` (and so does the one that
    takes it back); a page of changes that alter no relation of theirs names none."""
    me = _person(demo, "learner")
    with demo.owner() as s:
        principal = load_principal(s, me)
        course = s.execute(
            sa.text(
                "SELECT e.course_id FROM enrollments e WHERE e.user_id = :me ORDER BY e.course_id LIMIT 1"
            ),
            {"me": me},
        ).scalar_one()
        start = Cursor(s.execute(sa.text("SELECT max(seq) FROM sync_changes")).scalar_one(), 2**62)
    assert principal is not None

    def pull_after(cursor: Cursor) -> tuple[set[str], Cursor]:
        named: set[str] = set()
        while True:
            page = pull_page(demo, principal, cursor, limit=100)
            named |= set(page.get("refetch", []))
            cursor = Cursor.parse(page["cursor"])
            if not page["has_more"]:
                return named, cursor

    staff_id = uuid7()
    with demo.owner() as s:
        s.execute(sa.text("UPDATE courses SET updated_at = now() WHERE id = :c"), {"c": course})
    nothing, cursor = pull_after(start)
    assert nothing == set()
    try:
        with demo.owner() as s:
            s.execute(
                sa.text(
                    "INSERT INTO course_staff (id, course_id, user_id, staff_role, sync_version)"
                    " VALUES (:i, :c, :me, 'assistant', 0)"
                ),
                {"i": staff_id, "c": course, "me": me},
            )
        named, cursor = pull_after(cursor)
        assert {"submissions", "peer_reviews", "lesson_progress", "learning_analytics"} <= named
    finally:
        with demo.owner() as s:
            s.execute(sa.text("DELETE FROM course_staff WHERE id = :i"), {"i": staff_id})
    named, _ = pull_after(cursor)
    assert "submissions" in named
