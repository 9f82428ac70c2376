"""The quiz answer checker and scorer: examples and properties (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bootcamp_desktop.services import quiz as q

IDS = st.sampled_from(["a", "b", "c", "d", "e"])


def question(qtype: str, correct: list[str], choices: list[str] | None = None) -> q.Question:
    raw = {"id": "q1", "type": qtype, "prompt": "?", "correct": correct}
    if qtype != "short_answer":
        raw["choices"] = [{"id": c, "text": c.upper()} for c in (choices or ["a", "b", "c", "d", "e"])]
    return q.parse_question(raw)


def test_examples() -> None:
    single = question("single_choice", ["b"])
    assert q.check_answer(single, ["b"]) and not q.check_answer(single, ["a"])
    assert not q.check_answer(single, ["b", "a"])
    multi = question("multiple_choice", ["a", "b", "d"])
    assert q.check_answer(multi, ["d", "b", "a"])
    assert not q.check_answer(multi, ["a", "b"])
    short = question("short_answer", ["observed", "observation"])
    assert q.check_answer(short, "  Observed ") and q.check_answer(short, ["OBSERVATION"])
    assert (
        not q.check_answer(short, "observe")
        and not q.check_answer(short, "")
        and not q.check_answer(short, None)
    )


@given(st.lists(IDS, min_size=1, unique=True), st.lists(IDS, unique=True))
def test_multiple_choice_is_right_exactly_when_the_sets_match(correct: list[str], chosen: list[str]) -> None:
    assert q.check_answer(question("multiple_choice", correct), chosen) == (set(chosen) == set(correct))


@given(IDS, st.lists(IDS, unique=True))
def test_single_choice_needs_exactly_the_one_right_choice(correct: str, chosen: list[str]) -> None:
    assert q.check_answer(question("single_choice", [correct]), chosen) == (chosen == [correct])


@given(
    st.text(min_size=1).filter(lambda s: s.strip()),
    st.text(alphabet=" \t", max_size=3),
    st.text(alphabet=" \t", max_size=3),
)
def test_short_answers_ignore_case_and_surrounding_space(answer: str, before: str, after: str) -> None:
    question_ = question("short_answer", [answer])
    assert (
        q.check_answer(question_, before + answer.upper() + after)
        or answer.upper().casefold() != answer.casefold()
    )
    assert q.check_answer(question_, before + answer + after)


@given(st.lists(st.booleans(), min_size=1, max_size=30))
def test_score_is_the_share_of_questions_answered_right(rights: list[bool]) -> None:
    questions = [
        q.parse_question(
            {
                "id": f"q{i}",
                "type": "single_choice",
                "prompt": "?",
                "correct": ["a"],
                "choices": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
            }
        )
        for i in range(len(rights))
    ]
    answers = {f"q{i}": ["a" if right else "b"] for i, right in enumerate(rights)}
    value = q.score(questions, answers)
    assert Decimal(0) <= value <= Decimal(100)
    assert abs(value - Decimal(sum(rights) * 100) / len(rights)) <= Decimal("0.005")
    assert (value == 100) == all(rights)


@given(st.dictionaries(st.sampled_from(["q1", "q2", "x"]), st.one_of(st.none(), st.text(), st.lists(IDS))))
def test_score_never_fails_on_odd_answers(answers: dict) -> None:  # type: ignore[type-arg]
    questions = [question("multiple_choice", ["a"]), question("short_answer", ["yes"])]
    assert Decimal(0) <= q.score(questions, answers) <= Decimal(100)


@pytest.mark.parametrize(
    "bad",
    [
        {"questions": "no"},
        {"questions": [{"id": "q", "type": "essay", "prompt": "?", "correct": ["x"]}]},
        {
            "questions": [
                {
                    "id": "q",
                    "type": "single_choice",
                    "prompt": "?",
                    "correct": ["a", "b"],
                    "choices": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
                }
            ]
        },
        {
            "questions": [
                {
                    "id": "q",
                    "type": "single_choice",
                    "prompt": "?",
                    "correct": ["z"],
                    "choices": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
                }
            ]
        },
    ],
)
def test_malformed_quizzes_are_refused(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(q.QuizFormatError):
        q.parse_quiz(bad)


def test_every_demo_quiz_parses(read) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from bootcamp_core.models import Lesson

    elements = read(
        lambda s: list(
            s.scalars(sa.select(Lesson.interactive_elements).where(Lesson.interactive_elements.is_not(None)))
        )
    )
    quizzes = [q.parse_quiz(e) for e in elements if e]
    assert quizzes and all(z is not None and z.questions for z in quizzes)
    for z in quizzes:  # the correct answers score 100
        assert (
            q.score(
                z.questions,
                {
                    x.id: list(x.correct[:1]) if x.type == "short_answer" else list(x.correct)
                    for x in z.questions
                },
            )
            == 100
        )
