"""Property-based tests of the protocol's parsers and merge rules (hypothesis)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bootcamp_core.models.enums import LESSON_PROGRESS_STATUS
from bootcamp_core.protocol import checksum
from bootcamp_core.protocol.codec import CodecError, decode_row, encode_row
from bootcamp_core.protocol.merge import Mutation, merge_values, resolve
from bootcamp_core.protocol.tables import ColumnSpec, registry
from bootcamp_desktop.sync.changes import parse_changes
from bootcamp_desktop.sync.errors import CorruptPageError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
aware = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
)


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
        base = st.decimals(
            min_value=-(10**digits) + 1,
            max_value=10**digits - 1,
            places=col.scale or 0,
            allow_nan=False,
            allow_infinity=False,
        )
    elif kind == "bool":
        base = st.booleans()
    elif kind == "int":
        base = st.integers(-(2**31), 2**31)
    elif kind == "enum":
        base = st.sampled_from(col.enum_values)
    elif kind == "str":
        base = st.text(
            alphabet=st.characters(blacklist_characters="\x00"), max_size=min(col.max_length or 40, 40)
        )
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
            assert decoded[name] == value.quantize(
                Decimal(1).scaleb(-(registry()[table].columns[name].scale or 0))
            )
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


@given(
    st.lists(
        json_values | st.dictionaries(st.sampled_from(["seq", "table", "op", "id", "row"]), json_values),
        max_size=5,
    )
)
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
    st.fixed_dictionaries(
        {"status": statuses, "best_score": scores, "completed_at": maybe_time, "started_at": maybe_time}
    ),
    st.lists(
        st.fixed_dictionaries({"status": statuses, "best_score": scores, "completed_at": maybe_time}),
        max_size=6,
    ),
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


@given(
    st.lists(st.lists(st.integers(-50, 50), max_size=5), min_size=1, max_size=4), st.permutations(range(4))
)
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
    server = {
        "id": sid,
        "status": "graded",
        "score": Decimal("70"),
        "graded_by": uuid.uuid4(),
        "graded_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        "sync_version": 4,
    }
    mine = {
        "status": "graded",
        "score": Decimal("85"),
        "graded_by": uuid.uuid4(),
        "graded_at": dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
    }
    outcome = resolve(Mutation(uuid.uuid4(), "submissions", "update", sid, 3, mine), server, as_staff=True)
    assert (outcome.status, outcome.code) == ("conflict", "grade_conflict")
    fresh = resolve(Mutation(uuid.uuid4(), "submissions", "update", sid, 4, mine), server, as_staff=True)
    assert fresh.status == "applied" and fresh.values["score"] == Decimal("85")


@pytest.mark.parametrize("field", ["view_count", "reply_count"])
def test_counters_cannot_be_assigned(field: str) -> None:
    did = uuid.uuid4()
    outcome = resolve(
        Mutation(uuid.uuid4(), "discussions", "update", did, 1, {field: 1000}),
        {"id": did, "sync_version": 1, field: 3},
        as_staff=False,
    )
    assert (outcome.status, outcome.code) == ("rejected", "invalid")


@given(
    st.lists(st.tuples(st.uuids(), st.integers(0, 1000)), unique_by=lambda t: t[0], max_size=30), st.data()
)
def test_checksum_is_additive(rows: list[tuple[uuid.UUID, int]], data: st.DataObject) -> None:
    full = checksum.table_checksum("users", rows)
    if rows:
        removed = data.draw(st.sampled_from(rows))
        partial = checksum.table_checksum("users", [r for r in rows if r != removed])
        partial.add(*removed)
        assert partial.hex == full.hex and partial.count == full.count
        full.remove(*removed)
        assert full.count == len(rows) - 1


# -- two rows created for one natural key (two devices, offline) --------------------------------------------
new_progress = st.fixed_dictionaries(
    {
        "status": statuses,
        "best_score": scores,
        "started_at": maybe_time,
        "completed_at": maybe_time,
        "notes": st.none() | st.text(min_size=1, max_size=12),
        "time_spent_minutes": st.integers(0, 600),
        "attempts_count": st.integers(0, 9),
    }
)
PROGRESS_COUNTERS = ("time_spent_minutes", "attempts_count")


def _insert(row_id: uuid.UUID, device: dict[str, Any]) -> Mutation:
    """A new row as a replica sends it (``sync.outbox``): counters at their default, the counts in ``inc``."""
    values = {k: v for k, v in device.items() if k not in PROGRESS_COUNTERS}
    values |= {"enrollment_id": ENROLMENT, "lesson_id": LESSON} | {c: 0 for c in PROGRESS_COUNTERS}
    return Mutation(
        uuid.uuid4(),
        "lesson_progress",
        "insert",
        row_id,
        0,
        values,
        {c: device[c] for c in PROGRESS_COUNTERS if device[c]},
    )


ENROLMENT, LESSON = uuid.uuid4(), uuid.uuid4()


def _server_applies(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """The server: the first insert creates the row, the second lands on it by the natural key."""
    created = resolve(_insert(uuid.uuid4(), first), None, as_staff=False)
    assert created.status == "applied"
    merged = resolve(_insert(uuid.uuid4(), second), {**created.values, "sync_version": 1}, as_staff=False)
    assert merged.status == "merged"
    return merged.values


def _earliest(*values: Any) -> Any:
    present = [v for v in values if v is not None]
    return min(present) if present else None


@given(new_progress, new_progress)
@settings(deadline=None)
def test_two_rows_of_one_natural_key_sum_their_counters_and_merge_every_other_field_by_its_rule(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    row = _server_applies(a, b)
    for counter in PROGRESS_COUNTERS:
        assert row[counter] == a[counter] + b[counter], "both devices' counts"
    order = {s: i for i, s in enumerate(LESSON_PROGRESS_STATUS)}
    assert row["status"] == max(a["status"], b["status"], key=order.__getitem__), "forward only"
    scores = [s for s in (a["best_score"], b["best_score"]) if s is not None]
    assert row["best_score"] == (max(scores) if scores else None), "the best score is the maximum"
    assert row["started_at"] == _earliest(a["started_at"], b["started_at"])
    assert row["completed_at"] == _earliest(a["completed_at"], b["completed_at"])
    assert row["notes"] == (b["notes"] if b["notes"] is not None else a["notes"]), (
        "last writer wins, and a column the second row never had keeps the first's value"
    )


@given(new_progress, new_progress)
@settings(deadline=None)
def test_the_merge_of_two_new_rows_does_not_depend_on_which_arrives_first(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    ab, ba = _server_applies(a, b), _server_applies(b, a)
    for column in (*PROGRESS_COUNTERS, "status", "best_score", "started_at", "completed_at"):
        assert ab[column] == ba[column], column


@given(st.lists(st.integers(1, 120), min_size=1, max_size=4), st.lists(st.integers(1, 120), max_size=4))
@settings(deadline=None)
def test_a_replica_rebasing_its_new_row_on_the_other_devices_row_shows_the_sum(
    mine: list[int], theirs: list[int]
) -> None:
    """The replica's view before its push (``apply.rebase`` of its pending insert, re-keyed to the row the
    other device created) is what the server will hold after it."""
    from bootcamp_core.models import OutboxEntry
    from bootcamp_desktop.sync.apply import rebase

    server = {
        "id": uuid.uuid4(),
        "enrollment_id": ENROLMENT,
        "lesson_id": LESSON,
        "status": "in_progress",
        "time_spent_minutes": sum(theirs),
        "attempts_count": 0,
        "sync_version": 2,
    }
    entry = OutboxEntry(
        op="insert",
        payload={
            "set": {
                "enrollment_id": str(ENROLMENT),
                "lesson_id": str(LESSON),
                "status": "in_progress",
                "time_spent_minutes": 0,
                "attempts_count": 0,
                "notes": None,
            },
            "inc": {"time_spent_minutes": sum(mine)},
        },
    )
    shown = rebase("lesson_progress", server, [entry])
    assert shown is not None and shown["time_spent_minutes"] == sum(mine) + sum(theirs)
    assert shown["sync_version"] == 2


files = st.lists(st.sampled_from([f"blob:sha256:{c * 64}" for c in "abcdef"]), unique=True, max_size=4).map(
    lambda urls: [{"name": u[-4:] + ".png", "url": u} for u in urls]
)
texts = st.sampled_from(["", "draft one", "draft two", "notes from the field"])


@settings(max_examples=300, deadline=None)
@given(base_text=texts, base_files=files, a_text=texts, b_files=files, a_first=st.booleans())
def test_a_text_edit_and_a_file_edit_of_one_draft_both_survive_in_either_order(
    base_text: str, base_files: list, a_text: str, b_files: list, a_first: bool
) -> None:  # type: ignore[type-arg]
    """Two laptops start from the same draft; A changes only the text, B only the files. The server applies
    them in either order: the text is A's and the files are B's, exactly."""
    start = {"text": base_text, "files": base_files, "links": []}
    row = {"id": uuid.uuid4(), "submission_content": start}
    a = {"submission_content": {**start, "text": a_text}}
    b = {"submission_content": {**start, "files": b_files}}
    for changes in [a, b] if a_first else [b, a]:
        row = merge_values("submissions", row, changes, {}, base={"submission_content": start})
    content = row["submission_content"]
    assert content["text"] == a_text
    assert sorted(f["url"] for f in content["files"]) == sorted(f["url"] for f in b_files)


@settings(max_examples=300, deadline=None)
@given(base_files=files, a_files=files, b_files=files, a_first=st.booleans())
def test_files_merge_as_additions_and_removals_against_each_writers_base(
    base_files: list, a_files: list, b_files: list, a_first: bool
) -> None:  # type: ignore[type-arg]
    """Each writer's additions are kept and its removals applied, whatever the order: what was there and
    neither removed stays; what either added is there unless the other removed it (it was in the base)."""
    start = {"text": "", "files": base_files, "links": []}
    row = {"id": uuid.uuid4(), "submission_content": start}
    writes = [
        {"submission_content": {**start, "files": a_files}},
        {"submission_content": {**start, "files": b_files}},
    ]
    for changes in writes if a_first else writes[::-1]:
        row = merge_values("submissions", row, changes, {}, base={"submission_content": start})
    got = {f["url"] for f in row["submission_content"]["files"]}
    base, a, b = ({f["url"] for f in x} for x in (base_files, a_files, b_files))
    assert got == (base - (base - a) - (base - b)) | (a - base) | (b - base)
    assert len(got) == len(row["submission_content"]["files"]), "no file twice"


@settings(max_examples=200, deadline=None)
@given(existing=texts, existing_files=files, new_text=texts, new_files=files)
def test_a_second_laptops_new_draft_keeps_what_the_first_wrote(
    existing: str, existing_files: list, new_text: str, new_files: list
) -> None:  # type: ignore[type-arg]
    """An insert landing on the draft another laptop created (same learner and assignment) starts from an
    empty document: its empty text keeps the row's, its files join the row's."""
    row = {"id": uuid.uuid4(), "submission_content": {"text": existing, "files": existing_files, "links": []}}
    insert = {"submission_content": {"text": new_text, "files": new_files, "links": []}}
    content = merge_values("submissions", row, insert, {}, insert=True)["submission_content"]
    assert content["text"] == (new_text or existing)
    assert {f["url"] for f in content["files"]} == {f["url"] for f in existing_files + new_files}


def test_an_update_without_a_base_replaces_the_document_as_protocol_2_did() -> None:
    row = {"id": uuid.uuid4(), "submission_content": {"text": "mine", "files": [], "links": []}}
    changes = {"submission_content": {"text": "", "files": [], "links": []}}
    assert merge_values("submissions", row, changes, {})["submission_content"]["text"] == ""


@settings(max_examples=100, deadline=None)
@given(status=st.sampled_from(["submitted", "revision_requested", "draft"]), revisions=st.integers(0, 5))
def test_a_draft_started_on_a_second_laptop_does_not_take_back_handed_in_work(
    status: str, revisions: int
) -> None:
    handed = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)
    row = {
        "id": uuid.uuid4(),
        "status": status,
        "submitted_at": handed,
        "revision_count": revisions,
        "submission_content": {"text": "from the first laptop", "files": [], "links": []},
    }
    draft = {
        "status": "draft",
        "submitted_at": dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        "revision_count": 0,
        "submission_content": {
            "text": "",
            "files": [{"name": "p.png", "url": "blob:sha256:" + "a" * 64}],
            "links": [],
        },
    }
    merged = merge_values("submissions", row, draft, {}, insert=True)
    assert (merged["status"], merged["submitted_at"], merged["revision_count"]) == (status, handed, revisions)
    assert merged["submission_content"]["text"] == "from the first laptop"
    assert len(merged["submission_content"]["files"]) == 1
