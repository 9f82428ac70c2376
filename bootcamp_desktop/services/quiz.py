"""Quiz questions and their grading: pure functions, no database, no Qt.

Questions come from ``lessons.interactive_elements`` (format in ``demo/formats.py``): single choice
(exactly one correct choice id), multiple choice (at least one) and short answer (accepted answers,
compared case-insensitively after trimming spaces; runs of inner whitespace count as one space).
An answer is right only when it is exactly right: for multiple choice, the chosen set equals the correct
set. The score is the percentage of questions answered exactly right, rounded to 2 decimals.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

QUESTION_TYPES = ("single_choice", "multiple_choice", "short_answer")


class QuizFormatError(ValueError):
    """``interactive_elements`` that do not follow the documented format."""


@dataclass(frozen=True)
class Choice:
    id: str
    text: str


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    choices: tuple[Choice, ...]
    correct: tuple[str, ...]
    explanation: str | None


@dataclass(frozen=True)
class Quiz:
    kind: str  # quiz, exercise, graded_quiz
    intro: str | None
    image: str | None
    questions: tuple[Question, ...]
    pass_percentage: Decimal
    max_attempts: int | None
    shuffle_choices: bool

    @property
    def graded(self) -> bool:
        return self.pass_percentage > 0


def parse_quiz(elements: Mapping[str, Any] | None) -> Quiz | None:
    """The quiz in ``interactive_elements``; None when there is none; ``QuizFormatError`` when malformed."""
    if not elements:
        return None
    if not isinstance(elements, Mapping) or not isinstance(elements.get("questions"), list):
        raise QuizFormatError("interactive_elements has no list of questions")
    questions = tuple(parse_question(q) for q in elements["questions"])
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise QuizFormatError("two questions share an id")
    max_attempts = elements.get("max_attempts")
    if max_attempts is not None and (not isinstance(max_attempts, int) or max_attempts < 1):
        raise QuizFormatError("max_attempts must be a positive integer or null")
    try:
        pass_percentage = Decimal(str(elements.get("pass_percentage") or 0))
    except ArithmeticError as exc:
        raise QuizFormatError("pass_percentage is not a number") from exc
    if not pass_percentage.is_finite() or not 0 <= pass_percentage <= 100:
        raise QuizFormatError("pass_percentage must be a number from 0 to 100")
    return Quiz(
        kind=str(elements.get("kind") or "quiz"),
        intro=elements.get("intro") or None,
        image=elements.get("image") or None,
        questions=questions,
        pass_percentage=pass_percentage,
        max_attempts=max_attempts,
        shuffle_choices=bool(elements.get("shuffle_choices")),
    )


def parse_question(raw: Any) -> Question:
    if not isinstance(raw, Mapping):
        raise QuizFormatError("a question is not an object")
    qtype = raw.get("type")
    if qtype not in QUESTION_TYPES:
        raise QuizFormatError(f"unknown question type {qtype!r}")
    qid, prompt = raw.get("id"), raw.get("prompt")
    if not isinstance(qid, str) or not qid or not isinstance(prompt, str):
        raise QuizFormatError("a question needs an id and a prompt")
    correct = raw.get("correct")
    if not isinstance(correct, list) or not correct or not all(isinstance(c, str) for c in correct):
        raise QuizFormatError(f"question {qid}: 'correct' must be a non-empty list of strings")
    choices: tuple[Choice, ...] = ()
    if qtype != "short_answer":
        raw_choices = raw.get("choices")
        if not isinstance(raw_choices, list) or len(raw_choices) < 2:
            raise QuizFormatError(f"question {qid}: a choice question needs at least two choices")
        if not all(isinstance(c, Mapping) and "id" in c and "text" in c for c in raw_choices):
            raise QuizFormatError(f"question {qid}: every choice needs an id and a text")
        choices = tuple(Choice(str(c["id"]), str(c["text"])) for c in raw_choices)
        known = {c.id for c in choices}
        if not set(correct) <= known:
            raise QuizFormatError(f"question {qid}: a correct id is not among the choices")
        if qtype == "single_choice" and len(set(correct)) != 1:
            raise QuizFormatError(f"question {qid}: a single-choice question has exactly one correct choice")
    explanation = raw.get("explanation")
    return Question(
        qid, qtype, prompt, choices, tuple(correct), explanation if isinstance(explanation, str) else None
    )


def normalise(text: str) -> str:
    """How a short answer is compared: trimmed, inner whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


def check_answer(question: Question, answer: Sequence[str] | str | None) -> bool:
    """True when ``answer`` (choice ids, or the typed text for a short answer) is exactly right."""
    if answer is None:
        return False
    if question.type == "short_answer":
        text = answer if isinstance(answer, str) else (answer[0] if len(answer) == 1 else "")
        given = normalise(text)
        return bool(given) and given in {normalise(c) for c in question.correct}
    chosen = [answer] if isinstance(answer, str) else list(answer)
    if question.type == "single_choice" and len(chosen) != 1:
        return False
    return set(chosen) == set(question.correct)


def score(questions: Iterable[Question], answers: Mapping[str, Sequence[str] | str | None]) -> Decimal:
    """Percentage of the questions answered exactly right (0-100, 2 decimals); 0 for no questions."""
    questions = list(questions)
    if not questions:
        return Decimal("0.00")
    right = sum(check_answer(q, answers.get(q.id)) for q in questions)
    return (Decimal(right * 100) / len(questions)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def has_passed(value: Decimal, pass_percentage: Decimal) -> bool:
    return value >= pass_percentage


def answers_json(answers: Mapping[str, Sequence[str] | str | None]) -> dict[str, list[str]]:
    """Answers in the stored form of ``submission_content.answers``: question id -> list of strings."""
    out: dict[str, list[str]] = {}
    for qid, value in answers.items():
        if value is None:
            continue
        out[qid] = [value] if isinstance(value, str) else [str(v) for v in value]
    return out
