"""Over the demo bootcamp (``seed-demo``): what a replica builds from the pulled pages is exactly what
the checkpoint says the server shows that user, table by table, on PostgreSQL and on SQLite."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import (
    DEMO_ADMIN_EMAIL,
    DEMO_FACILITATOR_EMAIL,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_LEARNER_EMAIL,
    DEMO_PASSWORD,
)
from bootcamp_core.models import User
from bootcamp_core.protocol import decode_row, table_checksum
from bootcamp_server.access.principal import load_principal
from bootcamp_server.db import ServerDB
from bootcamp_server.oauth.login import check_credentials
from bootcamp_server.sync.cursor import Cursor
from bootcamp_server.sync.pull import pull_page


@pytest.fixture(scope="module", params=["postgresql", "sqlite"])
def demo_db(request: pytest.FixtureRequest, demo_server: Callable[[str], ServerDB]) -> ServerDB:
    return demo_server(request.param)


@pytest.fixture(autouse=True)
def _keep_logging() -> Iterator[None]:
    import logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize("email", [DEMO_LEARNER_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_ADMIN_EMAIL])
def test_replica_from_pages_matches_checkpoint(demo_db: ServerDB, email: str) -> None:
    assert check_credentials(demo_db, email, DEMO_PASSWORD) is not None
    with demo_db.owner() as s:
        principal = load_principal(s, s.execute(sa.select(User.id).where(User.email == email)).scalar_one())
    assert principal is not None
    replica: dict[str, dict[str, int]] = {}
    cursor = Cursor()
    while True:
        page = pull_page(demo_db, principal, cursor, limit=300)
        for change in page["changes"]:
            rows = replica.setdefault(change["table"], {})
            if change["op"] == "delete":
                rows.pop(change["id"], None)
            else:
                decoded = decode_row(change["table"], change["row"])  # every value validates
                rows[change["id"]] = decoded["sync_version"]
        cursor = Cursor.parse(page["cursor"])
        if not page["has_more"]:
            break
    checkpoint = page["checkpoint"]["tables"]
    for table, expected in checkpoint.items():
        got = table_checksum(table, replica.get(table, {}).items()).as_wire()
        assert got == expected, table
    assert sum(v["count"] for v in checkpoint.values()) > 100


class _Recording(dict):  # type: ignore[type-arg]
    """A row that notes which columns a rule looks at."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.looked: set[str] = set()

    def __getitem__(self, key: str) -> object:
        self.looked.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: object = None) -> object:
        self.looked.add(key)
        return super().get(key, default)


@pytest.mark.parametrize("email", [DEMO_LEARNER_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_FACILITATOR_EMAIL])
def test_read_rules_decide_by_the_decision_columns_alone(demo_db: ServerDB, email: str) -> None:
    """The pull and the checkpoint decide with a row's decision columns only (``visibility.decision_columns``):
    on every row of the demo, each read rule looks at no other column, and decides the same with only them."""
    from bootcamp_core.protocol import registry
    from bootcamp_server.access.visibility import Visibility, decision_columns
    from bootcamp_server.db import Context

    with demo_db.owner() as s:
        principal = load_principal(s, s.execute(sa.select(User.id).where(User.email == email)).scalar_one())
    assert principal is not None
    decided = 0
    with demo_db.read(Context(user_id=principal.user_id, admin=False, pull=True), snapshot=True) as s:
        visibility = Visibility(s, principal)
        for table, spec in registry().items():
            if table == "users":
                continue
            allowed = set(decision_columns(table))
            for full in visibility.session.execute(sa.select(spec.table)).mappings():
                row = _Recording(full)
                verdict = visibility.may_read(table, row)
                assert row.looked <= allowed, (table, row.looked - allowed)
                narrow = {k: v for k, v in full.items() if k in allowed}
                assert visibility.may_read(table, narrow) == verdict, (table, full["id"])
                decided += 1
    assert decided > 500


@pytest.mark.parametrize("email", [DEMO_LEARNER_EMAIL, DEMO_INSTRUCTOR_EMAIL])
def test_relations_loaded_for_a_whole_page_are_those_looked_up_one_by_one(
    demo_db: ServerDB, email: str
) -> None:
    """``Relations.prefetch`` (one query for a page) answers exactly what the lookups one id at a time do,
    row-level security and the submission function included."""
    from bootcamp_core.protocol import registry
    from bootcamp_server.access.relations import _PREFETCH, Relations
    from bootcamp_server.db import Context

    with demo_db.owner() as s:
        principal = load_principal(s, s.execute(sa.select(User.id).where(User.email == email)).scalar_one())
    assert principal is not None
    compared = 0
    with demo_db.read(Context(user_id=principal.user_id, admin=False, pull=True), snapshot=True) as s:
        for table, (column, kind) in _PREFETCH.items():
            rows = [dict(r) for r in s.execute(sa.select(registry()[table].table)).mappings()]
            rows.append({column: uuid.uuid4()})  # one that does not exist
            batch, single = Relations(s, principal), Relations(s, principal)
            batch.prefetch(table, [{column: str(r[column])} for r in rows])  # as the text of a change image
            for r in rows:
                got = getattr(batch, kind)(r[column])
                want = getattr(single, kind)(r[column])
                got = None if got is None else {k: got[k] for k in want} if want is not None else got
                assert got == (None if want is None else dict(want)), (table, kind)
                compared += 1
    assert compared > 50


@pytest.mark.parametrize("email", [DEMO_LEARNER_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_FACILITATOR_EMAIL])
def test_the_checkpoint_scan_past_row_security_decides_as_under_it(demo_db: ServerDB, email: str) -> None:
    """The checkpoint reads personal tables past row-level security and lets the rules decide every row: that
    is only right while the rules never allow a row the policies hide. Both ways, on every demo row."""
    from bootcamp_core.protocol import registry
    from bootcamp_server.access.visibility import Visibility, decision_columns
    from bootcamp_server.db import Context

    with demo_db.owner() as s:
        principal = load_principal(s, s.execute(sa.select(User.id).where(User.email == email)).scalar_one())
    assert principal is not None
    with demo_db.read(Context(user_id=principal.user_id, admin=False, pull=True), snapshot=True) as s:
        past = Visibility(s, principal).visible
        under = Visibility(s, principal)
        for table in registry():
            if table == "users":
                continue
            rows = list(under.scan(table, columns=decision_columns(table)))
            assert past[table] == rows, table
        if demo_db.is_pg:  # and the request's role is back for whatever the transaction does next
            assert s.execute(sa.text("SELECT current_user")).scalar() == demo_db.settings.db_app_role
    assert sum(len(rows) for rows in past.values()) > 100


def _pulled_rows(sdb: ServerDB, principal: object) -> dict[str, dict[str, dict[str, object]]]:
    replica: dict[str, dict[str, dict[str, object]]] = {}
    cursor = Cursor()
    while True:
        page = pull_page(sdb, principal, cursor, limit=400)  # type: ignore[arg-type]
        for change in page["changes"]:
            rows = replica.setdefault(change["table"], {})
            if change["op"] == "delete":
                rows.pop(change["id"], None)
            else:
                rows[change["id"]] = decode_row(change["table"], change["row"])
        cursor = Cursor.parse(page["cursor"])
        if not page["has_more"]:
            return replica


@pytest.mark.parametrize(
    "email", [DEMO_LEARNER_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_FACILITATOR_EMAIL, DEMO_ADMIN_EMAIL]
)
def test_bootstrap_pages_hold_what_the_pull_builds(demo_db: ServerDB, email: str) -> None:
    """A first sync from the tables (``sync/bootstrap.py``) gives a replica exactly the rows, and the values,
    that the change log's pages build: on PostgreSQL the database renders each row, and every value of every
    demo row must come out as ``wire_row`` writes it. Pages are small, so they end inside tables."""
    import json

    from bootcamp_server.sync.bootstrap import bootstrap_page

    with demo_db.owner() as s:
        principal = load_principal(s, s.execute(sa.select(User.id).where(User.email == email)).scalar_one())
    assert principal is not None
    pulled = _pulled_rows(demo_db, principal)
    booted: dict[str, dict[str, dict[str, object]]] = {}
    table, after, pages = None, None, 0
    while True:
        page = json.loads(bootstrap_page(demo_db, principal, table, after, limit=97))
        pages += 1
        assert Cursor.parse(page["cursor"]).seq == page["seq"]
        for part in page["tables"]:
            for values in part["rows"]:
                row = decode_row(part["table"], dict(zip(part["columns"], values, strict=True)))
                booted.setdefault(part["table"], {})[str(row["id"])] = row
        if page["next"] is None:
            break
        table, after = page["next"]["table"], page["next"]["after"] and uuid.UUID(page["next"]["after"])
    assert pages > 3
    pulled = {t: rows for t, rows in pulled.items() if rows}
    assert booted.keys() == pulled.keys()
    for name, rows in pulled.items():
        assert booted[name].keys() == rows.keys(), name
        for row_id, row in rows.items():
            assert booted[name][row_id] == row, (name, row_id)
