"""``bulk.storage_rows``, the first sync's short way from wire values to what SQLite stores, gives exactly the
parameters the long way gives (decode every value, then SQLAlchemy's bind processors), and refuses exactly
what the codec refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from bootcamp_core.protocol import encode_row, registry
from bootcamp_core.protocol.codec import CodecError, decode_row
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.sync.apply import upsert_plan
from bootcamp_desktop.sync.bulk import storage_rows

DIALECT = sqlite.dialect()


def long_way(table: str, columns: list[str], values: list[Any]) -> tuple[Any, ...]:
    row = decode_row(table, dict(zip(columns, values, strict=True)))
    _sql, params = upsert_plan(table, DIALECT)
    out = []
    for name, bind in params:
        v = row.get(name)
        out.append(v if v is None or bind is None else bind(v))
    return tuple(out)


def short_way(table: str, columns: list[str], values: list[Any]) -> tuple[Any, ...]:
    return storage_rows(table, columns, [values], DIALECT)[0]


def test_every_demo_row_is_stored_the_same_either_way(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "demo", demo_if_empty=True)
    compared = 0
    try:
        with ws.db.session() as s:
            for table, ts in registry().items():
                columns = list(ts.columns)
                for row in s.execute(sa.select(ts.table)).mappings():
                    wire = encode_row(table, row)
                    values = [wire.get(c) for c in columns]
                    assert short_way(table, columns, values) == long_way(table, columns, values), (
                        table,
                        row["id"],
                    )
                    compared += 1
    finally:
        ws.close()
    assert compared > 1000


def _either(table: str, columns: list[str], values: list[Any]) -> tuple[str, Any]:
    try:
        return "stored", long_way(table, columns, values)
    except CodecError:
        return "refused", None


def _short(table: str, columns: list[str], values: list[Any]) -> tuple[str, Any]:
    try:
        return "stored", short_way(table, columns, values)
    except CodecError:
        return "refused", None


_UUIDISH = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: str(u).replace("-", "")),
    st.uuids().map(lambda u: str(u)[:-1] + "g"),
    st.uuids().map(lambda u: str(u)[:8] + "_" + str(u)[9:]),
    st.text(max_size=40),
    st.integers(),
    st.none(),
)
_TIMESTAMPISH = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    st.datetimes().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat() + "+03:00"),
    st.sampled_from(
        [
            "2026-02-30T10:00:00.000000Z",
            "2026-13-01T00:00:00.000000Z",
            "2026-01-01T24:00:00.000000Z",
            "2026-01-01T00:00:00.000000z",
            "２０２６-01-01T00:00:00.000000Z",
            "2026-01-01 00:00:00.000000Z",
        ]
    ),
    st.text(max_size=30),
    st.none(),
)


@settings(max_examples=400, deadline=None)
@given(user_id=_UUIDISH, when=_TIMESTAMPISH, row_id=_UUIDISH)
def test_ids_and_timestamps_are_refused_or_stored_as_the_codec_says(
    user_id: Any, when: Any, row_id: Any
) -> None:
    table = "learning_analytics"
    columns = ["id", "user_id", "event_type", "timestamp", "sync_version"]
    values = [row_id, user_id, "lesson_start", when, 1]
    expected = _either(table, columns, values)
    if expected[0] == "stored" and row_id is None:
        expected = ("refused", None)  # a stored row needs its id (the long way leaves that to the schema)
    assert _short(table, columns, values) == expected


@pytest.mark.parametrize("bad", [True, "1", 1.5, 2**63])
def test_a_version_that_is_not_a_64_bit_integer_is_refused(bad: Any) -> None:
    with pytest.raises(CodecError):
        short_way("lesson_progress", ["id", "sync_version"], ["019e0a09-01d8-73e0-8d9b-af5763490199", bad])


def test_people_a_bootstrap_already_brought_at_the_same_version_are_left_out() -> None:
    from bootcamp_desktop.sync.bootstrap import check_page

    person = "019e0a09-01d8-73e0-8d9b-af5763490199"
    columns = ["id", "full_name", "email", "fataplus_user_id", "sync_version"]

    def page(version: int) -> dict[str, Any]:
        row = [
            person,
            "Aina",
            f"hidden+{person}@users.invalid",
            "00000000-0000-0000-0000-000000000000",
            version,
        ]
        return {
            "seq": 5,
            "cursor": "x",
            "next": None,
            "tables": [{"table": "users", "columns": columns, "rows": [row]}],
        }

    people: set[tuple[Any, Any]] = set()
    assert len(check_page(page(3), None, None, people).changes) == 1
    assert check_page(page(3), None, None, people).changes == [], "the same person at the same version again"
    assert [c.row["sync_version"] for c in check_page(page(4), None, None, people).changes] == [4]
