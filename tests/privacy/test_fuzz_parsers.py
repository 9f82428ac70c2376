"""Fuzzing the parsers that read server data and files (issue 7, part 6): whatever arrives, each one
either accepts it or raises its own error with a message; nothing else escapes (no KeyError, no
IntegrityError, no crash). Hypothesis; ``BOOTCAMP_FUZZ_EXAMPLES`` scales the runs (docs/security.md
records the long runs and what they found)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import uuid
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from bootcamp_core.models import uuid7
from bootcamp_core.models.rubric import RubricError, max_points, validate_rubric
from bootcamp_core.protocol.codec import CodecError, decode_row, encode_row
from bootcamp_core.protocol.tables import registry
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.services import pdf_safety
from bootcamp_desktop.services.audit import parse_entry
from bootcamp_desktop.services.filetypes import FileCheckError, check_file, sniff
from bootcamp_desktop.services.privacy import read_manifest
from bootcamp_desktop.services.quiz import QuizFormatError, check_answer, parse_quiz, score
from bootcamp_desktop.services.safe_names import MAX_NAME, safe_file_name, safe_link, target_in
from bootcamp_desktop.sync import page_scope
from bootcamp_desktop.sync.apply import apply_changes
from bootcamp_desktop.sync.errors import CorruptPageError
from bootcamp_desktop.sync.pull import _validate_page
from bootcamp_desktop.sync.tls import normalize_fingerprint
from bootcamp_server.audit_query import AuditQueryError, decode_cursor, parse_time
from bootcamp_server.integration_tokens import TokenInputError, parse_input
from bootcamp_server.secretbox import SecretBox, SecretDecryptError

N = int(os.environ.get("BOOTCAMP_FUZZ_EXAMPLES", "150"))
FAST = settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(
    max_examples=max(N // 3, 20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "",
            "Z",
            "0",
            "-1",
            "NaN",
            "Infinity",
            "1e999",
            "00000000-0000-0000-0000-000000000000",
            "2026-11-25T17:03:34.123456Z",
            "blob:sha256:" + "0" * 64,
            "../../etc/passwd",
            "\x00",
        ]
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
NOW = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)
ME = uuid.UUID("01900000-0000-7000-8000-000000000001")


# -- pages from the server ----------------------------------------------------------------------------------
def base_page() -> dict[str, Any]:
    """A small, valid pull page: me, a course with a lesson and an assignment, my enrolment, a thread."""
    course, module, lesson, assignment = uuid7(), uuid7(), uuid7(), uuid7()
    thread, other = uuid7(), uuid7()
    rows = [
        (
            "users",
            dict(
                id=ME, fataplus_user_id=uuid.uuid4(), email="me@example.org", full_name="Me", is_active=True
            ),
        ),
        (
            "users",
            dict(
                id=other,
                fataplus_user_id=uuid.UUID(int=0),
                email=f"hidden+{other}@users.invalid",
                full_name="Teacher",
            ),
        ),
        ("user_roles", dict(id=uuid7(), user_id=ME, role="learner")),
        (
            "courses",
            dict(
                id=course,
                title="Farm apps",
                slug=f"farm-{course.hex[:6]}",
                description="d",
                estimated_duration_hours=4,
                published=True,
                created_by=other,
            ),
        ),
        ("modules", dict(id=module, course_id=course, title="M1", module_order=1)),
        (
            "lessons",
            dict(
                id=lesson,
                module_id=module,
                title="L1",
                lesson_order=1,
                content_type="text",
                content_url="blob:sha256:" + "a" * 64,
            ),
        ),
        ("assignments", dict(id=assignment, lesson_id=lesson, title="A1", description="d")),
        ("enrollments", dict(id=uuid7(), user_id=ME, course_id=course, enrollment_status="enrolled")),
        (
            "discussions",
            dict(
                id=thread,
                course_id=course,
                author_id=other,
                title="Hello",
                content="Hi",
                discussion_type="question",
                created_at=NOW,
            ),
        ),
        ("discussion_replies", dict(id=uuid7(), discussion_id=thread, author_id=ME, content="Hi back")),
        (
            "submissions",
            dict(
                id=uuid7(),
                assignment_id=assignment,
                user_id=ME,
                status="draft",
                submission_content={"text": "t", "files": []},
                score=Decimal("10.50"),
            ),
        ),
    ]
    changes = []
    for seq, (table, values) in enumerate(rows, start=1):
        values = {"sync_version": 1, **values}
        changes.append(
            {
                "seq": seq,
                "table": table,
                "op": "upsert",
                "id": str(values["id"]),
                "row": encode_row(table, values),
            }
        )
    return {"protocol": 1, "changes": changes, "cursor": "c1", "txn_complete": True, "has_more": False}


@st.composite
def mutated_pages(draw: st.DrawFn) -> dict[str, Any]:
    page = base_page()
    for _ in range(draw(st.integers(1, 4))):
        if not isinstance(page["changes"], list) or not page["changes"]:
            break
        change = draw(st.sampled_from(page["changes"]))
        if not isinstance(change, dict) or not isinstance(change.get("row"), dict) or not change["row"]:
            break
        how = draw(st.sampled_from(["value", "drop", "add", "meta", "op", "reorder", "page"]))
        if how == "value":
            column = draw(st.sampled_from(sorted(change["row"])))
            change["row"][column] = draw(JSON | st.uuids().map(str))
        elif how == "drop":
            change["row"].pop(draw(st.sampled_from(sorted(change["row"]))), None)
        elif how == "add":
            change["row"][draw(st.text(max_size=12))] = draw(JSON)
        elif how == "meta":
            change[draw(st.sampled_from(["seq", "table", "id"]))] = draw(
                JSON | st.sampled_from(sorted(registry())) | st.uuids().map(str)
            )
        elif how == "op":
            change["op"] = draw(st.sampled_from(["delete", "upsert", "insert", ""]))
        elif how == "reorder":
            page["changes"] = draw(st.permutations(page["changes"]))
        else:
            page[draw(st.sampled_from(["cursor", "txn_complete", "has_more", "checkpoint", "changes"]))] = (
                draw(JSON)
            )
    return page


@pytest.fixture(scope="module")
def replica(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = open_replica(tmp_path_factory.mktemp("fuzz-replica"))
    yield db
    db.dispose()


def test_the_base_page_is_valid(replica) -> None:  # type: ignore[no-untyped-def]
    changes, *_ = _validate_page(base_page())
    page_scope.check(changes, page_scope.Scope(ME, frozenset({"learner"})))
    with replica.session() as s:
        try:
            assert apply_changes(s, changes).upserts == len(changes)
        finally:
            s.rollback()


@given(mutated_pages())
@SLOW
def test_a_mutated_page_is_applied_or_refused_whole(replica, page: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    with replica.session() as s:
        try:
            changes, *_ = _validate_page(page)
            page_scope.check(changes, page_scope.Scope(ME, frozenset({"learner"})))
            apply_changes(s, changes)
        except CorruptPageError:
            pass
        finally:
            s.rollback()


@given(st.sampled_from(sorted(registry())), st.data())
@FAST
def test_decoding_a_mutated_row_raises_only_codec_errors(table: str, data: st.DataObject) -> None:
    columns = registry()[table].columns
    row = {
        name: data.draw(JSON | st.uuids().map(str), label=name)
        for name in data.draw(st.sets(st.sampled_from(sorted(columns)), max_size=len(columns)))
    }
    try:
        decode_row(table, {"id": str(uuid.uuid4()), **row})
    except CodecError:
        pass


# -- files -------------------------------------------------------------------------------------------------
MAGIC = [
    b"",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF89a",
    b"RIFF\x00\x00\x00\x00WEBP",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"fig-kiwi",
    b"\x00\x00\x00\x18ftypisom",
    b"ID3",
    b"\xff\xfb",
    b"\x7fELF",
]


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    head = draw(st.sampled_from(MAGIC))
    if head == b"PK\x03\x04" and draw(st.booleans()):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name in draw(
                st.lists(
                    st.sampled_from(["[Content_Types].xml", "ppt/x", "word/x", "canvas.fig", "a"]),
                    max_size=3,
                    unique=True,
                )
            ):
                z.writestr(name, draw(st.binary(max_size=50)))
        data = buf.getvalue()
        cut = draw(st.integers(0, len(data)))
        return data[:cut] + draw(st.binary(max_size=20))
    return head + draw(st.binary(max_size=600))


@given(file_bytes(), st.sampled_from(["a.pdf", "a.png", "a.md", "a.zip", "a", "a.jpeg", "a.fig", "a.docx"]))
@settings(
    max_examples=N * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_the_sniffer_only_says_yes_or_no_in_words(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    kind, _mime = sniff(path)
    assert isinstance(kind, str)
    try:
        check_file(
            path,
            ["pdf", "png", "jpg", "gif", "webp", "zip", "pptx", "docx", "fig", "md", "mp4", "mp3"],
            1 << 20,
        )
    except FileCheckError as exc:
        assert str(exc)


@st.composite
def pdf_bytes(draw: st.DrawFn) -> bytes:
    import zlib

    parts = [b"%PDF-1.7\n"]
    for _ in range(draw(st.integers(0, 4))):
        inner = draw(
            st.binary(max_size=80)
            | st.sampled_from([b"/JS (x)", b"/Launch", b"/J#53", b"<< /S /JavaScript >>"])
        )
        body = zlib.compress(inner) if draw(st.booleans()) else inner
        if draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))]
        kind = draw(st.sampled_from([b"/Type /ObjStm", b"/Subtype /Image", b""]))
        parts.append(
            b"1 0 obj << " + kind + b" >>\nstream\n" + body + draw(st.sampled_from([b"\nendstream", b""]))
        )
    return b"\n".join(parts) + draw(st.binary(max_size=40))


@given(pdf_bytes())
@settings(
    max_examples=N,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_the_pdf_scanner_never_fails(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.pdf"
    path.write_bytes(data)
    found = pdf_safety.active_content(path)
    assert isinstance(found, list)
    if re.search(rb"/(JS|Launch)[\x00\t\n\x0c\r ()<>\[\]{}/%]|/Launch$", data):
        assert found, "a plain-text script name is always found"


# -- course data a replica reads ------------------------------------------------------------------------------
@given(JSON)
@FAST
def test_the_rubric_validator_raises_only_rubric_errors(doc: Any) -> None:
    try:
        validate_rubric(doc)
    except RubricError:
        return
    assert max_points(doc) >= 0


@given(
    st.fixed_dictionaries(
        {
            "criteria": st.lists(
                st.fixed_dictionaries(
                    {
                        "id": st.sampled_from(["a", "b", "A", "a-1"]),
                        "title": st.text(max_size=5),
                        "levels": st.lists(
                            st.fixed_dictionaries(
                                {
                                    "id": st.sampled_from(["x", "y"]),
                                    "title": st.just("t"),
                                    "points": st.integers(-5, 2000) | st.floats(allow_nan=True),
                                }
                            ),
                            max_size=3,
                        ),
                    }
                ),
                max_size=3,
            ),
            "grade_scale": st.dictionaries(
                st.sampled_from(["A", "B", "C", "D", "E"]), st.integers(-10, 200) | JSON, max_size=5
            ),
        }
    )
)
@FAST
def test_nearly_valid_rubrics_raise_only_rubric_errors(doc: Any) -> None:
    try:
        validate_rubric(doc)
    except RubricError:
        pass


# Mostly well-formed questions with one thing wrong at a time: malformed structure alone is caught early.
CHOICE = st.fixed_dictionaries(
    {}, optional={"id": st.sampled_from(["a", "b", "c"]) | JSON, "text": st.just("t") | JSON}
)
QUESTION = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["q1", "q2", ""]) | JSON,
        "type": st.sampled_from(["single_choice", "multiple_choice", "short_answer", "x"]),
        "prompt": st.just("Why?") | JSON,
        "correct": st.lists(st.sampled_from(["a", "b", "c"]), max_size=3) | JSON,
    },
    optional={"choices": st.lists(CHOICE | JSON, min_size=2, max_size=4) | JSON, "explanation": JSON},
)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "questions": JSON | st.lists(QUESTION, max_size=3),
            "max_attempts": JSON,
            "pass_percentage": JSON | st.sampled_from(["NaN", "sNaN", "Infinity", "70", 70.5]),
            "kind": JSON,
            "intro": JSON,
            "shuffle_choices": JSON,
        },
    )
    | JSON,
    st.dictionaries(
        st.sampled_from(["q1", "q2"]),
        st.none() | st.text(max_size=5) | st.lists(st.text(max_size=3), max_size=3),
    ),
)
@FAST
def test_the_quiz_reader_and_checker_raise_only_format_errors(elements: Any, answers: dict[str, Any]) -> None:
    try:
        quiz = parse_quiz(elements)
    except QuizFormatError:
        return
    if quiz is None:
        return
    assert isinstance(quiz.graded, bool)
    for question in quiz.questions:
        assert isinstance(check_answer(question, answers.get(question.id)), bool)
    assert Decimal(0) <= score(quiz.questions, answers) <= Decimal(100)


# -- names, links, fingerprints, audit entries, manifests, server inputs ----------------------------------------
@given(st.text(max_size=300))
@example("\u200b.0")  # found by CI: the invisible character went after the dots were stripped
@example(" . .profile")
@FAST
def test_a_safe_file_name_is_one_plain_component(name: str) -> None:
    safe = safe_file_name(name)
    assert safe and len(safe) <= MAX_NAME and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..") and not safe.startswith(".")
    assert safe_link(name) in (None, name.strip())


@given(st.text(max_size=120))
@settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_target_never_leaves_its_folder(tmp_path: Path, name: str) -> None:
    assert target_in(tmp_path, name).parent == tmp_path.resolve()


@given(st.text(max_size=120) | st.binary(max_size=40).map(lambda b: b.hex(":")))
@FAST
def test_fingerprints_parse_or_say_why(text: str) -> None:
    try:
        assert len(normalize_fingerprint(text)) == 64
    except ValueError:
        pass


@given(
    JSON
    | st.fixed_dictionaries(
        {
            "id": JSON | st.uuids().map(str),
            "occurred_at": JSON | st.just("2026-01-01T00:00:00Z"),
            "action": JSON,
            "table": JSON,
        },
        optional={"before": JSON, "actor_id": JSON},
    )
)
@FAST
def test_audit_entries_parse_or_are_refused(raw: Any) -> None:
    try:
        parse_entry(raw)
    except CorruptPageError:
        pass


@given(st.binary(max_size=400), st.booleans(), JSON)
@settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_export_manifests_parse_or_are_refused(
    tmp_path: Path, junk: bytes, as_zip: bool, manifest: Any
) -> None:
    path = tmp_path / "export.zip"
    if as_zip:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(
                "manifest.json",
                junk if not isinstance(manifest, dict) else __import__("json").dumps(manifest),
            )
    else:
        path.write_bytes(junk)
    try:
        read_manifest(path)
    except CorruptPageError:
        pass


@given(st.text(max_size=80))
@FAST
def test_audit_cursors_and_times_parse_or_say_why(text: str) -> None:
    for parse in (decode_cursor, lambda t: parse_time(t, "since")):
        try:
            parse(text)
        except AuditQueryError:
            pass


@given(
    JSON
    | st.fixed_dictionaries(
        {"access_token": JSON | st.text(max_size=10)},
        optional={
            "refresh_token": JSON,
            "expires_at": JSON | st.just("2026-01-01T00:00:00"),
            "service_user_id": JSON,
        },
    )
)
@FAST
def test_token_bodies_parse_or_say_why(body: Any) -> None:
    try:
        parse_input(body)
    except TokenInputError:
        pass


BOX = SecretBox(b"k" * 32)


@given(st.text(max_size=120) | st.text(max_size=80).map(lambda t: "enc:v1:" + BOX.key_id + ":" + t))
@FAST
def test_sealed_values_open_or_say_why(text: str) -> None:
    assume(text != "")
    try:
        BOX.open(text, b"t.c:1")
    except SecretDecryptError:
        pass
