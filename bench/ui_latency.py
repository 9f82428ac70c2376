"""UI latency on a big replica: opening a 200-lesson course outline, opening a lesson, and moving to the
next submission in a grading queue of 5,000.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_latency.py [--learners 2000] [--repeats 30]``.

The replica is the demo bootcamp generated with ``--learners`` learners (2000 give about 300,000 rows),
cached in the temp folder keyed by seed and size, so only the first run pays for it; a 200-lesson course
(10 modules of 20 lessons, every content type, the demo learner enrolled half-way) is added to it.
Each measurement prints the median and 95th percentile over the repeats, next to a baseline measured in
the same run: the raw SQL that fetches the same rows (sqlite3, no ORM, no Qt). The ratio says what the
services, the ORM and the widgets cost on top of reading the data at all.

Structure: one function per measurement, returning ``Figures``; ``main()`` prints them. Add more
measurements the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

BENCH_DAY = dt.date(2026, 11, 25)
BIG_COURSE_SLUG = "bench-two-hundred-lessons"


@dataclass
class Figures:
    name: str
    median_ms: float
    p95_ms: float
    baseline_median_ms: float
    baseline_p95_ms: float

    def line(self) -> str:
        ratio = self.median_ms / self.baseline_median_ms if self.baseline_median_ms else float("nan")
        return (
            f"{self.name:<34} median {self.median_ms:8.2f} ms  p95 {self.p95_ms:8.2f} ms  | baseline median "
            f"{self.baseline_median_ms:7.3f} ms  p95 {self.baseline_p95_ms:7.3f} ms  | ratio {ratio:6.1f}x"
        )


def timed(fn: Callable[[], object], repeats: int, warmup: int = 2) -> tuple[float, float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95


# -- the replica ------------------------------------------------------------------------------------------


def replica(seed: int, learners: int) -> Path:
    """The demo replica of this seed and size, generated once into the temp folder and reused."""
    from bootcamp_desktop.services.workspace import open_workspace, seed_demo

    directory = Path(tempfile.gettempdir()) / f"bootcamp-bench-seed{seed}-learners{learners}"
    if (directory / "ready").exists():
        return directory
    shutil.rmtree(directory, ignore_errors=True)
    ws = open_workspace(directory, demo_if_empty=False)
    try:
        started = time.perf_counter()
        print(
            f"generating the demo replica with {learners} learners into {directory} (once)...",
            file=sys.stderr,
        )
        summary = seed_demo(ws, seed=seed, learners=learners, today=BENCH_DAY)
        add_big_course(ws)
        print(f"  {summary.total_rows} rows in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    finally:
        ws.close()
    (directory / "ready").write_text("ok")
    return directory


def add_big_course(ws) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A published 200-lesson course: 10 modules x 20 lessons, reusing the demo's media; the demo
    learner is enrolled and half-way through."""
    from bootcamp_core.models import Course, Enrollment, Lesson, LessonProgress, Module, utcnow

    with ws.db.write() as s:
        samples = {
            t: s.scalars(sa.select(Lesson).where(Lesson.content_type == t).limit(1)).first()
            for t in ("video", "text", "interactive", "quiz", "assignment")
        }
        now = utcnow()
        course = Course(
            title="Two Hundred Lessons of Agricultural UX",
            slug=BIG_COURSE_SLUG,
            description="A long course for measuring.",
            estimated_duration_hours=80,
            course_type="core",
            difficulty_level="intermediate",
            category="agricultural-ux",
            tags=["bench"],
            published=True,
            published_at=now,
            learning_outcomes=["Patience"],
            prerequisites=[],
        )
        s.add(course)
        s.flush()
        kinds = ("video", "text", "interactive", "quiz", "text")
        lessons = []
        for m in range(10):
            module = Module(
                course_id=course.id,
                title=f"Module {m + 1}",
                module_order=m + 1,
                estimated_duration_hours=8,
                module_type="lecture",
                is_required=m < 8,
            )
            s.add(module)
            s.flush()
            for n in range(20):
                kind = "assignment" if n == 19 else kinds[n % len(kinds)]
                sample = samples[kind]
                lesson = Lesson(
                    module_id=module.id,
                    title=f"Lesson {m + 1}.{n + 1}",
                    lesson_order=n + 1,
                    content_type=kind,
                    content_url=sample.content_url,
                    content_duration_minutes=sample.content_duration_minutes,
                    reading_time_minutes=sample.reading_time_minutes,
                    interactive_elements=sample.interactive_elements,
                    resources=sample.resources,
                )
                s.add(lesson)
                lessons.append(lesson)
        s.flush()
        learner = ws.settings.current_user_id
        enrolment = Enrollment(
            user_id=learner,
            course_id=course.id,
            enrollment_status="in_progress",
            progress_percentage=50,
            current_lesson_id=lessons[100].id,
            current_module_id=lessons[100].module_id,
            time_spent_minutes=0,
            last_accessed_at=now,
        )
        s.add(enrolment)
        s.flush()
        for i, lesson in enumerate(lessons[:101]):
            s.add(
                LessonProgress(
                    enrollment_id=enrolment.id,
                    lesson_id=lesson.id,
                    status="completed" if i < 100 else "in_progress",
                    started_at=now,
                    completed_at=now if i < 100 else None,
                    time_spent_minutes=5,
                    attempts_count=0,
                )
            )
        return course.id


def count_rows(path: Path) -> int:
    conn = sqlite3.connect(path / "replica.db")
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        conn.close()


# -- measurements -----------------------------------------------------------------------------------------


def _raw_outline(conn: sqlite3.Connection, course_hex: str, user_hex: str) -> list[tuple]:
    modules = conn.execute(
        "SELECT id, title, module_order FROM modules WHERE course_id=? ORDER BY module_order", (course_hex,)
    ).fetchall()
    lessons = conn.execute(
        "SELECT l.id, l.title, l.content_type, l.content_url, l.resources FROM lessons l JOIN modules m ON m.id=l.module_id "
        "WHERE m.course_id=? ORDER BY m.module_order, l.lesson_order",
        (course_hex,),
    ).fetchall()
    progress = conn.execute(
        "SELECT lp.lesson_id, lp.status FROM lesson_progress lp JOIN enrollments e ON e.id=lp.enrollment_id "
        "WHERE e.user_id=? AND e.course_id=?",
        (user_hex, course_hex),
    ).fetchall()
    return modules + lessons + progress


def measure_outline(directory: Path, repeats: int) -> list[Figures]:
    """Opening the 200-lesson course in My courses: the service alone, and the whole screen update
    (service + item model reset + tree expansion)."""
    from PySide6.QtWidgets import QApplication

    from bootcamp_core.models import Course
    from bootcamp_desktop.services import courses
    from bootcamp_desktop.services.workspace import open_workspace
    from bootcamp_desktop.ui.context import AppContext
    from bootcamp_desktop.ui.screens.my_courses import MyCoursesScreen

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(directory, demo_if_empty=False)
    try:
        with ws.db.session() as s:
            course_id = s.scalar(sa.select(Course.id).where(Course.slug == BIG_COURSE_SLUG))
        user = ws.settings.current_user_id
        conn = sqlite3.connect(directory / "replica.db")
        base = timed(lambda: _raw_outline(conn, course_id.hex, user.hex), repeats)

        def service() -> None:
            with ws.db.session() as s:
                outline = courses.course_outline(s, course_id, user, ws.blobs_dir)
                assert sum(len(m.lessons) for m in outline) == 200

        svc = timed(service, repeats)
        screen = MyCoursesScreen(AppContext.for_workspace(ws))
        screen.resize(1200, 760)
        screen.show()
        app.processEvents()

        def whole() -> None:
            screen.show_course(course_id)
            app.processEvents()

        scr = timed(whole, repeats)
        screen.close()
        conn.close()
        return [
            Figures("course outline: service", *svc, *base),
            Figures("course outline: screen", *scr, *base),
        ]
    finally:
        ws.close()


def measure_lesson(directory: Path, repeats: int) -> list[Figures]:
    """Opening a lesson in the viewer (recording it as the current lesson, loading its Markdown, rendering),
    against the raw SELECT of the lesson row and its progress."""
    from PySide6.QtWidgets import QApplication

    from bootcamp_core.models import Course, Lesson, Module
    from bootcamp_desktop.services import lessons
    from bootcamp_desktop.services.workspace import open_workspace
    from bootcamp_desktop.ui.context import AppContext
    from bootcamp_desktop.ui.screens.lesson_viewer import LessonScreen

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(directory, demo_if_empty=False)
    try:
        with ws.db.session() as s:
            lesson_ids = list(
                s.scalars(
                    sa.select(Lesson.id)
                    .join(Module)
                    .join(Course)
                    .where(Course.slug == BIG_COURSE_SLUG, Lesson.content_type.in_(("text", "quiz")))
                    .order_by(Module.module_order, Lesson.lesson_order)
                )
            )
        user = ws.settings.current_user_id
        conn = sqlite3.connect(directory / "replica.db")
        target = lesson_ids[len(lesson_ids) // 2]

        def raw() -> None:
            conn.execute("SELECT * FROM lessons WHERE id=?", (target.hex,)).fetchall()
            conn.execute(
                "SELECT lp.* FROM lesson_progress lp JOIN enrollments e ON e.id=lp.enrollment_id "
                "JOIN modules m ON m.course_id=e.course_id JOIN lessons l ON l.module_id=m.id "
                "WHERE l.id=? AND lp.lesson_id=l.id AND e.user_id=?",
                (target.hex, user.hex),
            ).fetchall()

        base = timed(raw, repeats)

        def service() -> None:
            with ws.db.session() as s:
                lessons.load_lesson(s, ws.blobs_dir, user, target)

        svc = timed(service, repeats)
        screen = LessonScreen(AppContext.for_workspace(ws))
        screen.resize(1200, 760)
        screen.show()
        app.processEvents()
        cycle = iter(lesson_ids * (repeats + 10))

        def whole() -> None:
            screen.show_lesson(next(cycle))
            app.processEvents()

        scr = timed(whole, repeats)
        screen.leave_lesson()
        screen.close()
        conn.close()
        return [
            Figures("lesson: load service", *svc, *base),
            Figures("lesson: open in viewer (writes)", *scr, *base),
        ]
    finally:
        ws.close()


QUEUE_SIZE = 5000


def add_grading_queue(ws, instructor_id: uuid.UUID, size: int = QUEUE_SIZE) -> int:  # type: ignore[no-untyped-def]
    """``size`` handed-in submissions waiting for ``instructor_id``: learners of the replica hand in work to
    the hand-graded assignments of the instructor's courses, with files from the demo's own submissions."""
    import random

    from bootcamp_core.models import (
        Assignment,
        CourseStaff,
        Enrollment,
        Lesson,
        Module,
        Submission,
        utcnow,
        uuid7,
    )

    rng = random.Random(7)
    with ws.db.write() as s:
        courses = list(
            s.scalars(
                sa.select(CourseStaff.course_id).where(
                    CourseStaff.user_id == instructor_id, CourseStaff.staff_role == "instructor"
                )
            )
        )
        tasks = s.execute(
            sa.select(Assignment.id, Module.course_id)
            .select_from(Assignment)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .where(
                Module.course_id.in_(courses),
                Assignment.rubric.is_not(None),
                Assignment.is_graded_automatically.is_(False),
            )
        ).all()
        learners = {
            c: list(s.scalars(sa.select(Enrollment.user_id).where(Enrollment.course_id == c)))
            for c in courses
        }
        contents = [
            c
            for c in s.scalars(
                sa.select(Submission.submission_content).where(
                    Submission.status != "draft", Submission.assignment_id.in_([t[0] for t in tasks])
                )
            )
            if c and c.get("files")
        ]
        now = utcnow()
        rows = []
        for i in range(size):
            task, course = rng.choice(tasks)
            rows.append(
                {
                    "id": uuid7(),
                    "assignment_id": task,
                    "user_id": rng.choice(learners[course]),
                    "submission_content": rng.choice(contents),
                    "status": rng.choice(("submitted", "under_review")),
                    "submitted_at": now - dt.timedelta(minutes=size - i),
                    "revision_count": 0,
                    "final_submission": True,
                }
            )
        s.execute(sa.insert(Submission), rows)
    return size


def measure_grading_next(directory: Path, repeats: int) -> list[Figures]:
    """Moving to the next submission in the grading workspace, in a queue of 5,000 waiting submissions:
    the queue's selection moves, the submission is read, its first file previewed (an image or a PDF
    page), the rubric panel and feedback form filled. Baseline: the raw SELECT of one submission row."""
    from PySide6.QtWidgets import QApplication

    from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
    from bootcamp_core.models import User
    from bootcamp_desktop.services import grading
    from bootcamp_desktop.services.workspace import open_workspace
    from bootcamp_desktop.ui.context import AppContext
    from bootcamp_desktop.ui.screens.grading import GradingScreen

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(directory, demo_if_empty=False)
    try:
        with ws.db.session() as s:
            instructor = s.scalar(sa.select(User.id).where(User.email == DEMO_INSTRUCTOR_EMAIL))
        add_grading_queue(ws, instructor)
        ws.settings.user_id = str(instructor)  # signed in as the instructor, for this run only (not saved)
        conn = sqlite3.connect(directory / "replica.db")
        with ws.db.session() as s:
            queue = grading.grading_queue(s, instructor)
        ids = [r.submission_id.hex for r in queue.rows]
        cycle_raw = iter(ids * 3)
        base = timed(
            lambda: conn.execute("SELECT * FROM submissions WHERE id=?", (next(cycle_raw),)).fetchall(),
            repeats,
        )

        def load_queue() -> None:
            with ws.db.session() as s:
                assert len(grading.grading_queue(s, instructor).rows) == len(ids)

        raw_queue = timed(
            lambda: conn.execute(
                "SELECT s.id, s.user_id, u.full_name, a.title, s.status, s.submitted_at FROM submissions s "
                "JOIN assignments a ON a.id=s.assignment_id JOIN users u ON u.id=s.user_id "
                "WHERE s.status IN ('submitted','under_review') ORDER BY s.submitted_at"
            ).fetchall(),
            max(5, repeats // 3),
        )
        queue_figures = timed(load_queue, max(5, repeats // 3))
        screen = GradingScreen(AppContext.for_workspace(ws))
        screen.resize(1280, 800)
        screen.show()
        app.processEvents()
        assert screen.model.total == len(ids) >= QUEUE_SIZE, screen.model.total

        def next_one() -> None:
            if screen.current_row + 1 >= screen.model.total:
                screen.select_row(0)
            screen.next_submission()
            app.processEvents()

        nxt = timed(next_one, repeats * 3)
        screen.close()
        conn.close()
        return [
            Figures(f"grading: load the queue ({len(ids)})", *queue_figures, *raw_queue),
            Figures("grading: next submission", *nxt, *base),
        ]
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args(argv)
    cached = replica(args.seed, args.learners)
    work = Path(tempfile.mkdtemp(prefix="bootcamp-bench-run-"))
    try:
        directory = work / "replica"
        shutil.copytree(
            cached, directory
        )  # the measurements write (current lesson, time): keep the cache clean
        print(
            f"replica: {count_rows(directory)} rows, {args.learners} learners, seed {args.seed}; "
            f"{args.repeats} repeats; Python {sys.version.split()[0]}"
        )
        for figures in (
            *measure_outline(directory, args.repeats),
            *measure_lesson(directory, args.repeats),
            *measure_grading_next(directory, args.repeats),
        ):
            print(figures.line())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
