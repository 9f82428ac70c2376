"""One rule source: each table's read rule is written once in Python (``access/rules.py``); its SQL forms, the
row-level security policies (``schema/rls.py``) and the candidate conditions scans narrow by
(``access/visibility.CANDIDATES``), must say the same. Over every demo row, for people in every role, on
PostgreSQL: the rows each SQL form lets through are exactly those the Python predicate allows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_FACILITATOR_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.protocol import registry
from bootcamp_server.access.columns import COLUMNS, hidden_columns
from bootcamp_server.access.principal import load_principal
from bootcamp_server.access.rules import RULES
from bootcamp_server.access.visibility import CANDIDATES, Visibility, candidate_clause, decision_columns
from bootcamp_server.db import Context, ServerDB
from bootcamp_server.schema.rls import POLICIES, READ_OWN_WRITE_ADMIN

PEOPLE = {
    "learner": f"SELECT id FROM users WHERE email = '{DEMO_LEARNER_EMAIL}'",
    "instructor": f"SELECT id FROM users WHERE email = '{DEMO_INSTRUCTOR_EMAIL}'",
    "facilitator": f"SELECT id FROM users WHERE email = '{DEMO_FACILITATOR_EMAIL}'",
    "reviewer": "SELECT reviewer_id FROM peer_reviews GROUP BY reviewer_id ORDER BY count(*) DESC, reviewer_id LIMIT 1",
}


def test_every_synced_table_has_one_declaration_of_rows_and_columns() -> None:
    assert set(RULES) == set(COLUMNS) == set(registry())


@pytest.mark.parametrize("who", PEOPLE)
def test_policies_and_candidates_let_through_what_the_python_rule_allows(
    demo_server: Callable[[str], ServerDB], who: str
) -> None:
    sdb = demo_server("postgresql")
    with sdb.owner() as s:
        me = s.execute(sa.text(PEOPLE[who])).scalar_one()
        principal = load_principal(s, me)
    assert principal is not None and not principal.is_admin
    compared = 0
    with sdb.read(Context(user_id=me, admin=False, pull=True), snapshot=True) as s:
        visibility = Visibility(s, principal)
        for table, spec in registry().items():
            t = spec.table
            cols = [t.c[n] for n in spec.columns]
            every = visibility.fetch_past_row_security(sa.select(*cols))
            allowed = {r["id"] for r in every if visibility.may_read(table, r)}
            if table in POLICIES or table in READ_OWN_WRITE_ADMIN:
                under = set(s.execute(sa.select(t.c.id)).scalars())
                # ``users``: the policy is the caller's own row; others come as public projections, not rows.
                assert under == allowed, (table, len(under - allowed), len(allowed - under))
            if table in CANDIDATES:
                alias = t.alias("t")
                narrowed = candidate_clause(table, principal)
                assert narrowed is not None
                candidates = {
                    r["id"] for r in visibility.fetch_past_row_security(sa.select(alias.c.id).where(narrowed))
                }
                assert candidates == allowed, (table, len(candidates - allowed), len(allowed - candidates))
            compared += len(every)
    assert compared > 1000


@pytest.mark.parametrize("who", PEOPLE)
def test_column_rules_decide_by_the_decision_columns_alone(
    demo_server: Callable[[str], ServerDB], who: str
) -> None:
    """The pull and the bootstrap conceal columns from a row's decision columns (``visibility.decision_columns``),
    as they decide whether to send it: on every demo row the caller reads, the column rules give the same
    answer from those alone as from the whole row, and every NOT NULL column reads as a value."""
    sdb = demo_server("postgresql")
    with sdb.owner() as s:
        me = s.execute(sa.text(PEOPLE[who])).scalar_one()
        principal = load_principal(s, me)
    assert principal is not None
    concealed = 0
    with sdb.read(Context(user_id=me, admin=False, pull=True), snapshot=True) as s:
        visibility = Visibility(s, principal)
        for table, spec in registry().items():
            allowed = set(decision_columns(table))
            for full in visibility.scan(table):
                narrow = {k: v for k, v in full.items() if k in allowed}
                hidden = hidden_columns(visibility.decision, table, full)
                assert hidden_columns(visibility.decision, table, narrow) == hidden, (table, full["id"])
                shown = visibility.shown(table, full)
                assert all(shown[c] is not None for c, col in spec.columns.items() if not col.nullable), (
                    table,
                    shown,
                )
                concealed += bool(hidden)
    if who in ("learner", "reviewer", "instructor"):
        assert concealed > 0


# Synced tables with no row-level security policy: the access rules alone guard them (and the adversarial suite,
# tests/adversary, holds every read path and push to an oracle for each). Shared content and community rows are
# read by many people; the policies back up personal data only. A new synced table must be placed on one side.
WITHOUT_POLICY = {
    "certificate_templates": "shared: everyone reads them",
    "platform_metrics": "shared: platform figures for staff, no personal data",
    "courses": "shared content",
    "modules": "shared content",
    "lessons": "shared content",
    "assignments": "shared content",
    "course_staff": "shared: who teaches a course is public to its readers",
    "design_projects": "shared: a course's projects",
    "project_teams": "shared: a project's members",
    "design_assets": "shared: a team's files",
    "discussions": "community",
    "discussion_replies": "community",
    "certificates": "personal, not yet under a policy (docs/security.md, 'Still open')",
}


def test_every_synced_table_is_under_a_policy_or_declared_without_one() -> None:
    under = set(POLICIES) | set(READ_OWN_WRITE_ADMIN)
    synced = set(registry())
    assert synced - under == set(WITHOUT_POLICY), sorted((synced - under) ^ set(WITHOUT_POLICY))
    assert not (under & set(WITHOUT_POLICY))
