"""The window opens on the demo replica and lists the signed-in learner's courses and a course's lessons."""

from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa
from PySide6.QtCore import Qt

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_core.models import Course, Enrollment, Lesson, Module, User
from bootcamp_desktop.ui.main_window import MainWindow
from bootcamp_desktop.ui.models.outline_model import LessonIdRole


def test_window_lists_the_demo_learners_courses(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.show()
    screen = window.screens["my_courses"]
    with demo_workspace.db.session() as s:
        learner = s.scalar(sa.select(User).where(User.email == DEMO_LEARNER_EMAIL))
        enrolled = set(
            s.scalars(sa.select(Course.title).join(Enrollment).where(Enrollment.user_id == learner.id))
        )
    shown = {screen.course_model.course_at(r).title for r in range(screen.course_model.rowCount())}
    assert shown == enrolled
    assert len(shown) >= 2
    assert learner.full_name in window.identity_label.text()


def test_selecting_a_course_shows_its_modules_and_lessons_in_order(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.show()
    screen = window.screens["my_courses"]
    view = screen.course_list
    last = screen.course_model.index(screen.course_model.rowCount() - 1)
    rect = view.visualRect(last)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    course = screen.course_model.course_at(last.row())
    assert course.title in screen.title.text()

    outline = screen.outline_model
    with demo_workspace.db.session() as s:
        modules = s.scalars(
            sa.select(Module).where(Module.course_id == course.course_id).order_by(Module.module_order)
        ).all()
        assert outline.rowCount() == len(modules)
        for row, module in enumerate(modules):
            module_index = outline.index(row, 0)
            assert module.title in outline.data(module_index)
            lessons = s.scalars(
                sa.select(Lesson).where(Lesson.module_id == module.id).order_by(Lesson.lesson_order)
            ).all()
            assert outline.rowCount(module_index) == len(lessons)
            shown = [outline.data(outline.index(i, 0, module_index)) for i in range(len(lessons))]
            assert shown == [lesson.title for lesson in lessons]
            ids = [outline.data(outline.index(i, 0, module_index), LessonIdRole) for i in range(len(lessons))]
            assert ids == [str(lesson.id) for lesson in lessons]


def test_the_command_opens_offscreen_and_seeds_a_new_replica(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "fresh"
    result = subprocess.run(
        [sys.executable, "-m", "bootcamp_desktop", "--data-dir", str(data), "--exit-after", "0.5"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert (data / "replica.db").exists()
    assert (data / "settings.json").exists()


def test_item_models_pass_qts_model_tester(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QAbstractItemModelTester

    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    screen = window.screens["my_courses"]
    testers = [
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        for model in (screen.course_model, screen.outline_model)
    ]
    for row in range(screen.course_model.rowCount()):
        screen.show_course(screen.course_model.course_at(row).course_id)
    assert testers


def test_backup_and_restore_from_the_menu(qtbot, demo_workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from bootcamp_desktop.replica import backups_dir

    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.run_backup().signals.sig_finished, timeout=60000):
        pass
    [made] = list(backups_dir(demo_workspace.directory).glob("replica-*-manual.db"))
    window.choose_backup = lambda: made  # type: ignore[method-assign]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()
    assert "Restored" in window.statusBar().currentMessage()
    assert window.screens["my_courses"].course_model.rowCount() >= 2


def test_the_window_speaks_french_and_malagasy(qtbot, qapp, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.i18n import install_translator

    for language, expected in (("fr", "Mes cours"), ("mg", "Ny fianarako")):
        translator = install_translator(qapp, language)
        assert translator is not None, f"the {language} catalogue ships with the app"
        try:
            window = MainWindow(demo_workspace)
            qtbot.addWidget(window)
            titles = [window.nav.item(i).text() for i in range(window.nav.count())]
            assert expected in titles
        finally:
            qapp.removeTranslator(translator)
