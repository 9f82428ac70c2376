"""Property-based tests of the protocol's parsers and merge rules (hypothesis)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bootcamp_desktop.models.enums import LESSON_PROGRESS_STATUS
from bootcamp_desktop.sync.changes import parse_changes
from bootcamp_desktop.sync.errors import CorruptPageError
from bootcamp_desktop.sync.protocol import checksum
from bootcamp_desktop.sync.protocol.codec import CodecError, decode_row, encode_row
from bootcamp_desktop.sync.protocol.merge import Mutation, merge_values, resolve
from bootcamp_desktop.sync.protocol.tables import ColumnSpec, registry

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
aware = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC))


def value_for(col: ColumnSpec) -> st.SearchStrategy[Any]:
    kind = col.kind
    base: st.SearchStrategy[Any]
    if kind == "uuid":
        base = st.uuids()
    elif kind == "datetime":
        base = aware
    elif kind == "date":
        base = st.dates()
    elif kind == "decimal":
        digits = (col.precision or 10) - (col.scale or 0)
        base = st.decimals(min_value=-(10**digits) + 1, max_value=10**digits - 1, places=col.scale or 0,
                           allow_nan=False, allow_infinity=False)
    elif kind == "bool":
        base = st.booleans()
    elif kind == "int":
        base = st.integers(-(2**31), 2**31)
    elif kind == "enum":
        base = st.sampled_from(col.enum_values)
    elif kind == "str":
        base = st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=min(col.max_length or 40, 40))
    elif kind == "inet":
        base = st.ip_addresses().map(str)
    elif kind == "text_array":
        base = st.lists(st.text(max_size=10), max_size=4)
    else:
        base = json_values
    return base if not col.nullable else st.none() | base


@st.composite
def rows(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    table = draw(st.sampled_from(sorted(registry())))
    row = {name: draw(value_for(col)) for name, col in registry()[table].columns.items()}
    row["id"] = draw(st.uuids())
    return table, row


@given(rows())
@settings(max_examples=300, deadline=None)
def test_encode_then_decode_gives_the_same_row(table_row: tuple[str, dict[str, Any]]) -> None:
    table, row = table_row
    decoded = decode_row(table, encode_row(table, row))
    for name, value in row.items():
        if isinstance(value, Decimal):
            assert decoded[name] == value.quantize(Decimal(1).scaleb(-(registry()[table].columns[name].scale or 0)))
        elif isinstance(value, dt.datetime):
            assert decoded[name] == value.replace(microsecond=value.microsecond)
        else:
            assert decoded[name] == value, name


@given(st.sampled_from(sorted(registry())), st.dictionaries(st.text(max_size=12), json_values, max_size=6))
@settings(max_examples=300, deadline=None)
def test_decoding_garbage_raises_only_codec_errors(table: str, data: dict[str, Any]) -> None:
    try:
        decode_row(table, data)
    except CodecError:
        pass


@given(st.lists(json_values | st.dictionaries(st.sampled_from(["seq", "table", "op", "id", "row"]), json_values), max_size=5))
@settings(max_examples=300, deadline=None)
def test_parsing_garbage_pages_raises_only_corrupt_page(raw: list[Any]) -> None:
    try:
        parse_changes(raw)
    except CorruptPageError:
        pass


statuses = st.sampled_from(LESSON_PROGRESS_STATUS)
maybe_time = st.none() | aware
scores = st.none() | st.decimals(min_value=0, max_value=100, places=2)


@given(
    st.fixed_dictionaries({"status": statuses, "best_score": scores, "completed_at": maybe_time, "started_at": maybe_time}),
    st.lists(st.fixed_dictionaries({"status": statuses, "best_score": scores, "completed_at": maybe_time}), max_size=6),
)
def test_lesson_progress_never_goes_back(start: dict[str, Any], updates: list[dict[str, Any]]) -> None:
    row = dict(start)
    order = {s: i for i, s in enumerate(LESSON_PROGRESS_STATUS)}
    for change in updates:
        before = dict(row)
        row = merge_values("lesson_progress", row, change, {})
        assert order[row["status"]] >= order[before["status"]]
        if before["best_score"] is not None:
            assert row["best_score"] >= before["best_score"]
        if before["completed_at"] is not None:
            assert row["completed_at"] <= before["completed_at"]


@given(st.lists(st.lists(st.integers(-50, 50), max_size=5), min_size=1, max_size=4), st.permutations(range(4)))
def test_counter_increments_commute(replicas: list[list[int]], order: list[int]) -> None:
    """Whatever order replicas' increments arrive in, the counter ends at the sum of all of them."""
    row = {"helpful_votes": 7}
    for index in order:
        if index < len(replicas):
            for delta in replicas[index]:
                row = merge_values("discussion_replies", row, {}, {"helpful_votes": delta})
    assert row["helpful_votes"] == 7 + sum(sum(r) for r in replicas)


@given(st.sampled_from(["draft", "submitted", "under_review", "revision_requested"]), st.text(max_size=30))
def test_a_learner_can_change_an_ungraded_submission_but_never_a_graded_one(status: str, text: str) -> None:
    sid = uuid.uuid4()
    m = Mutation(uuid.uuid4(), "submissions", "update", sid, 1, {"submission_content": {"text": text}})
    assert resolve(m, {"id": sid, "status": status, "sync_version": 1}, as_staff=False).status == "applied"
    graded = resolve(m, {"id": sid, "status": "graded", "sync_version": 1}, as_staff=False)
    assert (graded.status, graded.code) == ("rejected", "graded_locked")


def test_stale_grade_over_another_graders_grade_conflicts() -> None:
    sid = uuid.uuid4()
    server = {"id": sid, "status": "graded", "score": Decimal("70"), "graded_by": uuid.uuid4(),
              "graded_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "sync_version": 4}
    mine = {"status": "graded", "score": Decimal("85"), "graded_by": uuid.uuid4(),
            "graded_at": dt.datetime(2026, 1, 2, tzinfo=dt.UTC)}
    outcome = resolve(Mutation(uuid.uuid4(), "submissions", "update", sid, 3, mine), server, as_staff=True)
    assert (outcome.status, outcome.code) == ("conflict", "grade_conflict")
    fresh = resolve(Mutation(uuid.uuid4(), "submissions", "update", sid, 4, mine), server, as_staff=True)
    assert fresh.status == "applied" and fresh.values["score"] == Decimal("85")


@pytest.mark.parametrize("field", ["view_count", "reply_count"])
def test_counters_cannot_be_assigned(field: str) -> None:
    did = uuid.uuid4()
    outcome = resolve(Mutation(uuid.uuid4(), "discussions", "update", did, 1, {field: 1000}),
                      {"id": did, "sync_version": 1, field: 3}, as_staff=False)
    assert (outcome.status, outcome.code) == ("rejected", "invalid")


@given(st.lists(st.tuples(st.uuids(), st.integers(0, 1000)), unique_by=lambda t: t[0], max_size=30), st.data())
def test_checksum_is_additive(rows: list[tuple[uuid.UUID, int]], data: st.DataObject) -> None:
    full = checksum.table_checksum("users", rows)
    if rows:
        removed = data.draw(st.sampled_from(rows))
        partial = checksum.table_checksum("users", [r for r in rows if r != removed])
        partial.add(*removed)
        assert partial.hex == full.hex and partial.count == full.count
        full.remove(*removed)
        assert full.count == len(rows) - 1
