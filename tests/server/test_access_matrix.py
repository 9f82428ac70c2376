"""The whole access matrix against PostgreSQL: each role x each synced table x read/create/update/delete,
on the actor's own rows, a peer's rows in the actor's course, and a foreign course's rows.

Every case runs the real paths (pull visibility for ``read``, the push pipeline for the writes) in the
actor's request transaction, under row-level security, then rolls back. The expectations below are
written independently of ``bootcamp_server.access.rules``: letters o/p/f are the scopes allowed.
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import uuid7
from bootcamp_core.protocol import encode_row, registry
from bootcamp_server.access.principal import load_principal
from bootcamp_server.access.relations import Relations
from bootcamp_server.access.rules import RULES, Decision
from bootcamp_server.access.visibility import Visibility
from bootcamp_server.db import ServerDB
from bootcamp_server.sync.payload import RawMutation
from bootcamp_server.sync.push import apply_one

from .matrix_fixtures import UPDATE_WITH, Mini, ins, values_for
from .world import World

ROLES = ("learner", "instructor", "facilitator", "admin")
VERBS = ("read", "create", "update", "delete")
ALL = "opf"


def _same(read: dict[str, str], write: dict[str, str]) -> dict[str, dict[str, str]]:
    return {"read": read, "create": write, "update": write, "delete": write}


OWN_ONLY = {"learner": "o", "instructor": "o", "facilitator": "o", "admin": ALL}
CONTENT = {
    "read": {r: "of" for r in ROLES},
    "create": {"instructor": "o", "admin": "of"},
    "update": {"instructor": "o", "admin": "of"},
    "delete": {"instructor": "o", "admin": "of"},
}
STAFF_READ = {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL}
THREAD = {
    "read": {"learner": "op", "instructor": "op", "facilitator": "op", "admin": ALL},
    "create": {"learner": "o", "instructor": "o", "facilitator": "o", "admin": "o"},
    "update": {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL},
    "delete": {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL},
}

EXPECT: dict[str, dict[str, dict[str, str]]] = {
    "users": {"read": OWN_ONLY, "create": {"admin": ALL}, "update": OWN_ONLY, "delete": {"admin": ALL}},
    "user_profiles": _same(OWN_ONLY, OWN_ONLY),
    "user_roles": {
        "read": OWN_ONLY,
        "create": {"admin": ALL},
        "update": {"admin": ALL},
        "delete": {"admin": ALL},
    },
    "courses": {
        "read": {r: "of" for r in ROLES},
        "create": {"instructor": "o", "facilitator": "o", "admin": "of"},
        "update": {"instructor": "o", "admin": "of"},
        "delete": {"instructor": "o", "admin": "of"},
    },
    "modules": CONTENT,
    "lessons": CONTENT,
    "assignments": CONTENT,
    "course_staff": CONTENT,
    "enrollments": {
        "read": STAFF_READ,
        "create": STAFF_READ,
        "update": STAFF_READ,
        "delete": {"instructor": "op", "facilitator": "op", "admin": ALL},
    },
    "lesson_progress": {"read": STAFF_READ, "create": OWN_ONLY, "update": OWN_ONLY, "delete": OWN_ONLY},
    "submissions": {
        "read": STAFF_READ,
        "create": OWN_ONLY,
        "update": {"learner": "o", "instructor": "op", "facilitator": "o", "admin": ALL},
        "delete": OWN_ONLY,
    },
    "design_projects": {
        "read": {"learner": "o", "instructor": "o", "facilitator": "o", "admin": "of"},
        "create": {"instructor": "o", "facilitator": "o", "admin": "of"},
        "update": {"instructor": "o", "facilitator": "o", "admin": "of"},
        "delete": {"instructor": "o", "facilitator": "o", "admin": "of"},
    },
    "project_teams": {
        "read": {"learner": "op", "instructor": "op", "facilitator": "op", "admin": ALL},
        "create": {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL},
        "update": {"instructor": "op", "facilitator": "op", "admin": ALL},
        "delete": {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL},
    },
    "design_assets": {
        "read": {"learner": "op", "instructor": "op", "facilitator": "op", "admin": ALL},
        "create": OWN_ONLY,
        "update": {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL},
        "delete": {"learner": "o", "instructor": "op", "facilitator": "op", "admin": ALL},
    },
    "discussions": THREAD,
    "discussion_replies": THREAD,
    # Reviewers write their own reviews; a course's staff assign reviews and moderate them.
    "peer_reviews": _same(STAFF_READ, STAFF_READ),
    "instructor_feedback": {
        "read": STAFF_READ,
        "create": {"instructor": "o", "admin": ALL},
        "update": {"instructor": "op", "admin": ALL},
        "delete": {"instructor": "op", "admin": ALL},
    },
    "certificates": {
        "read": STAFF_READ,
        "create": {"instructor": "op", "admin": ALL},
        "update": {"instructor": "op", "admin": ALL},
        "delete": {"instructor": "op", "admin": ALL},
    },
    "certificate_templates": {
        "read": {r: "o" for r in ROLES},
        "create": {"admin": "o"},
        "update": {"admin": "o"},
        "delete": {"admin": "o"},
    },
    "learning_analytics": {
        "read": STAFF_READ,
        "create": OWN_ONLY,
        "update": {"admin": ALL},
        "delete": {"admin": ALL},
    },
    "platform_metrics": {
        "read": {"instructor": "o", "facilitator": "o", "admin": "o"},
        "create": {"admin": "o"},
        "update": {"admin": "o"},
        "delete": {"admin": "o"},
    },
    "fataplus_integration": _same(OWN_ONLY, OWN_ONLY),
    "external_service_tokens": _same(OWN_ONLY, OWN_ONLY),
}
SCOPES = {
    t: ("own", "foreign")
    for t in ("courses", "modules", "lessons", "assignments", "course_staff", "design_projects")
}
SCOPES.update({"certificate_templates": ("own",), "platform_metrics": ("own",)})
LETTER = {"own": "o", "peer": "p", "foreign": "f"}


def test_every_synced_table_has_rules_and_expectations() -> None:
    assert set(RULES) == set(registry()) == set(EXPECT)


CASES = [
    pytest.param(table, verb, role, scope, id=f"{table}-{verb}-{role}-{scope}")
    for table in EXPECT
    for verb in VERBS
    for role in ROLES
    for scope in SCOPES.get(table, ("own", "peer", "foreign"))
]


def _attempt(sdb: ServerDB, world: World, table: str, verb: str, role: str, scope: str) -> bool:
    s = Session(bind=sdb.engine, expire_on_commit=False)
    s.begin()
    try:
        mini = Mini(s, world, role)
        mini.build()
        t = registry()[table].table
        new_id = uuid7()
        if verb == "create":
            values = values_for(mini, table, scope, creating=True)
        elif table == "users":
            row_id = mini.scope(scope)[0]
        else:
            row_id = ins(s, table, **values_for(mini, table, scope))
        if verb != "create":
            version = s.execute(sa.select(t.c.sync_version).where(t.c.id == row_id)).scalar_one()
        principal = load_principal(s, world.users[role])
        assert principal is not None
        sdb._enter(s, principal.context)  # the actor's request transaction from here on
        d = Decision(principal, Relations(s, principal))
        if verb == "read":
            cols = [t.c[n] for n in registry()[table].columns]
            row = s.execute(sa.select(*cols).where(t.c.id == row_id)).mappings().first()
            if row is None:
                return False
            shown = Visibility(s, principal).row(table, row)
            return shown is not None and (table != "users" or shown["email"] == row["email"])
        if verb == "create":
            wire = encode_row(table, {**values, "id": new_id})
            m = RawMutation(
                uuid7(), table, "insert", new_id, 0, {k: v for k, v in wire.items() if k != "id"}, {}
            )
        elif verb == "update":
            col, value = UPDATE_WITH[table]
            m = RawMutation(uuid7(), table, "update", row_id, version, {col: value}, {})
        else:
            m = RawMutation(uuid7(), table, "delete", row_id, version, {}, {})
        try:
            with s.begin_nested():
                result = apply_one(s, d, m)
        except sa.exc.IntegrityError:
            return True  # allowed by the rules; the database refused for its own reasons (references)
        except sa.exc.ProgrammingError as exc:
            raise AssertionError(f"the rules allowed what row-level security refused: {exc.orig}") from None
        if verb == "delete":
            s.execute(sa.text("RESET ROLE"))
            gone = s.execute(sa.select(t.c.id).where(t.c.id == row_id)).first() is None
            return result["status"] == "applied" and gone
        return result["status"] in ("applied", "merged")
    finally:
        s.rollback()
        s.close()


@pytest.mark.parametrize(("table", "verb", "role", "scope"), CASES)
def test_access_matrix(sdb: ServerDB, world: World, table: str, verb: str, role: str, scope: str) -> None:
    expected = LETTER[scope] in EXPECT[table][verb].get(role, "")
    assert _attempt(sdb, world, table, verb, role, scope) is expected


def test_matrix_size() -> None:
    assert len(CASES) > 600
    assert len({uuid.uuid5(uuid.NAMESPACE_URL, str(c.values)) for c in CASES}) == len(CASES)
