"""One rounding of progress everywhere (issue 13): the course list, the course's header on My courses,
and home (its table, painted as a bar, and "pick up where you left off") show the same whole percentage
for the same enrolment, by the rule of ``services.progress.shown_percent``."""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from bootcamp_core.models import Enrollment

from .conftest import go


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("42.50", "43%"),
        ("42.49", "42%"),
        ("42.86", "43%"),
        ("99.60", "99%"),
        ("0.30", "1%"),
        ("100.00", "100%"),
    ],
)
def test_the_course_list_the_header_and_home_show_the_same_percentage(
    qtbot, demo_workspace, stored: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.main_window import MainWindow

    me = demo_workspace.settings.current_user_id
    with demo_workspace.db.write() as s:  # the most recent course: first in the list and on home
        course = s.scalars(
            sa.select(Enrollment)
            .where(Enrollment.user_id == me)
            .order_by(Enrollment.last_accessed_at.desc().nulls_last())
        ).first()
        course.progress_percentage = Decimal(stored)
        course_id = course.course_id
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.show()

    screen = go(window, "my_courses")
    screen.select_course(course_id)
    row = next(
        r
        for r in range(screen.course_model.rowCount())
        if screen.course_model.course_at(r).course_id == course_id
    )
    in_list = screen.course_model.data(screen.course_model.index(row))
    assert in_list.endswith(f"\n{shown} complete"), in_list
    assert f"{shown} complete ·" in screen.title.text()

    home = go(window, "home")
    home.refresh()
    rows = [home.course_model.row_at(r) for r in range(home.course_model.rowCount())]
    at = next(i for i, c in enumerate(rows) if c.course_id == course_id)
    assert home.course_model.data(home.course_model.index(at, 2), Qt.ItemDataRole.DisplayRole) == shown
    if home.summary.continue_with is not None and home.summary.continue_with[0].course_id == course_id:
        assert f"{shown} complete" in home.continue_label.text()
    window.close()
