"""The shapes in which the demo catalogue is written down (see ``courses_*.py``).

Course texts are plain Python data so that they ship with the package without package-data rules.
``catalogue.py`` turns these specs into rows; ``formats.py`` documents the JSON that results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Question:
    id: str
    type: str  # single_choice | multiple_choice | short_answer
    prompt: str
    choices: tuple[tuple[str, str], ...]
    correct: tuple[str, ...]
    explanation: str

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"id": self.id, "type": self.type, "prompt": self.prompt}
        if self.type != "short_answer":
            doc["choices"] = [{"id": cid, "text": text} for cid, text in self.choices]
        doc["correct"] = list(self.correct)
        doc["explanation"] = self.explanation
        return doc


def _choices(texts: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple((chr(ord("a") + i), t) for i, t in enumerate(texts))


def single(qid: str, prompt: str, choices: list[str], correct: int, explanation: str) -> Question:
    return Question(qid, "single_choice", prompt, _choices(choices), (chr(ord("a") + correct),), explanation)


def multi(qid: str, prompt: str, choices: list[str], correct: list[int], explanation: str) -> Question:
    ids = tuple(chr(ord("a") + i) for i in correct)
    return Question(qid, "multiple_choice", prompt, _choices(choices), ids, explanation)


def short(qid: str, prompt: str, accepted: list[str], explanation: str) -> Question:
    return Question(qid, "short_answer", prompt, (), tuple(accepted), explanation)


@dataclass(frozen=True)
class Doc:
    """A PDF made at seed time: a download (guide, checklist) or a template (a grid to fill in)."""

    title: str
    subtitle: str
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    columns: tuple[str, ...] = ()  # for templates: the table's column headings
    kind: str = "download"  # download | template

    @property
    def file_name(self) -> str:
        return "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-") + ".pdf"


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class AssignmentSpec:
    title: str
    description: str
    instructions: str
    type: str  # assignment_type enum
    due_days: int  # due date relative to the demo's "today" (negative: already past)
    rubric: str | None  # key in rubrics.RUBRICS; None for automatically graded quizzes
    file_types: tuple[str, ...] = ("pdf", "png")
    max_size_mb: int = 25
    attach: tuple[str, ...] = ()  # kinds of files learners attach: wireframes, report, slides, code, photo
    link: str | None = None  # figma | github | video
    texts: tuple[str, ...] = ()  # what learners write in their submissions
    time_limit_minutes: int | None = None
    auto: bool = False


@dataclass(frozen=True)
class LessonSpec:
    kind: str  # content_type enum: video | text | interactive | quiz | assignment
    title: str
    description: str
    minutes: int
    markdown: str | None = None  # text lessons; "(image:key)" refers to images.ILLUSTRATIONS
    cards: tuple[str, ...] = ()  # video lessons: the title cards of the video
    intro: str | None = None  # interactive/quiz lessons: what the learner reads first
    questions: tuple[Question, ...] = ()
    image: str | None = None  # interactive lessons: an illustration key shown with the exercise
    resources: tuple[Doc | Link, ...] = ()
    assignment: AssignmentSpec | None = None
    preview: bool = False


@dataclass(frozen=True)
class ModuleSpec:
    title: str
    description: str
    module_type: str
    hours: int
    objectives: tuple[str, ...]
    lessons: tuple[LessonSpec, ...]
    required: bool = True


@dataclass(frozen=True)
class ProjectSpec:
    title: str
    description: str
    brief: str
    project_type: str  # individual | pair | team
    module: int  # module_order of the module the project belongs to
    client: str
    domain: str
    technologies: tuple[str, ...]
    deliverables: tuple[tuple[str, str], ...]  # (name, format)
    weeks: int
    screens: tuple[str, ...]  # wireframe titles the teams draw


@dataclass(frozen=True)
class CourseSpec:
    code: str  # short code, used in certificate numbers
    slug: str
    title: str
    short: str
    description: str
    outcomes: tuple[str, ...]
    prerequisites: tuple[str, ...]
    difficulty: str
    hours: int
    course_type: str
    category: str
    tags: tuple[str, ...]
    colour: tuple[int, int, int]
    modules: tuple[ModuleSpec, ...]
    projects: tuple[ProjectSpec, ...] = ()
    featured: bool = False
    published: bool = True
    popularity: float = 0.5  # share of learners who enrol
    published_days_ago: int = 150
    extra: dict[str, Any] = field(default_factory=dict)
