"""Catalogue: published courses with search and filters, a course page, and enrolment."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import catalogue
from bootcamp_desktop.services.catalogue import CatalogueEntry, CoursePage, Filters

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..style import colour
from ..widgets.common import Debounce, Notice, esc, select_row, table

DIFFICULTY = {
    "beginner": QT_TRANSLATE_NOOP("Labels", "Beginner"),
    "intermediate": QT_TRANSLATE_NOOP("Labels", "Intermediate"),
    "advanced": QT_TRANSLATE_NOOP("Labels", "Advanced"),
}
COURSE_TYPE = {
    "core": QT_TRANSLATE_NOOP("Labels", "Core"),
    "elective": QT_TRANSLATE_NOOP("Labels", "Elective"),
    "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
    "capstone": QT_TRANSLATE_NOOP("Labels", "Capstone"),
}


class CatalogueScreen(QWidget):
    sig_course_requested = Signal(str)
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueScreen")
        self._ctx = context
        self.page: CoursePage | None = None

        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Search courses (title, topic, tag)…"))
        self.search.setAccessibleName(self.tr("Search courses"))
        self.search.setClearButtonEnabled(True)
        self._debounce = Debounce(200, self.apply_filters, self)
        self.search.textChanged.connect(self._debounce.poke)
        self.search.returnPressed.connect(self._debounce.flush)
        self.category = self._combo("categoryFilter", self.tr("Category"))
        self.difficulty = self._combo("difficultyFilter", self.tr("Difficulty"))
        self.course_type = self._combo("typeFilter", self.tr("Course type"))
        self.tag = self._combo("tagFilter", self.tr("Tag"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.category, self.difficulty, self.course_type, self.tag):
            filters.addWidget(combo, 1)

        bold = QFont()
        bold.setBold(True)
        self.model: RecordModel[CatalogueEntry] = RecordModel(
            [
                Column(
                    self.tr("Course"),
                    lambda c: ("★ " if c.featured else "") + c.title,
                    tooltip=lambda c: c.short_description,
                    font=lambda c: bold if c.enrolled else None,
                ),
                Column(
                    self.tr("Level"), lambda c: label(DIFFICULTY.get(c.difficulty or "", c.difficulty or ""))
                ),
                Column(
                    self.tr("Type"),
                    lambda c: label(COURSE_TYPE.get(c.course_type or "", c.course_type or "")),
                ),
                Column(self.tr("Hours"), lambda c: c.hours, alignment=Qt.AlignmentFlag.AlignRight),
                Column("", lambda c: self.tr("Enrolled") if c.enrolled else ""),
            ],
            self,
        )
        self.results = table(
            self.model,
            "catalogueResults",
            self.tr("Courses"),
            stretch=0,
            empty=self.tr("No published course matches these filters."),
        )
        self.results.setColumnWidth(1, 100)
        self.results.setColumnWidth(2, 90)
        self.results.setColumnWidth(3, 60)
        self.results.setColumnWidth(4, 80)
        self.results.selectionModel().selectionChanged.connect(self.on_results_selection_changed)
        self.results.activated.connect(lambda _i: self.on_primary_button_clicked())
        self.count_label = QLabel()
        self.count_label.setObjectName("catalogueCount")

        self.page_view = QTextBrowser()
        self.page_view.setObjectName("coursePage")
        self.page_view.setAccessibleName(self.tr("Course page"))
        self.page_view.setOpenExternalLinks(False)
        self.primary_button = QPushButton(self.tr("&Enrol"))
        self.primary_button.setObjectName("enrolButton")
        self.primary_button.setAccessibleName(self.tr("Enrol in this course"))
        self.primary_button.clicked.connect(self.on_primary_button_clicked)
        self.notice = Notice("catalogueNotice")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.page_view, 1)
        right_layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.primary_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self._load_facets()
        self.apply_filters()

    def _combo(self, name: str, label: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    def _load_facets(self) -> None:
        facets = operations.read(self._ctx, catalogue.facets)
        for combo, everything, values, labels in (
            (self.category, self.tr("All categories"), facets.categories, {}),
            (self.difficulty, self.tr("Any level"), facets.difficulties, DIFFICULTY),
            (self.course_type, self.tr("Any type"), facets.course_types, COURSE_TYPE),
            (self.tag, self.tr("Any tag"), facets.tags, {}),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(labels.get(value, value.replace("-", " "))), value)
            combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            self.search.text(),
            self.category.currentData(),
            self.difficulty.currentData(),
            self.course_type.currentData(),
            self.tag.currentData(),
        )

    def apply_filters(self) -> None:
        selected = self.page.course_id if self.page else None
        rows = operations.read(self._ctx, catalogue.search, self._ctx.user_id, self.filters())
        self.model.set_rows(rows)
        self.count_label.setText(
            fmt.plural(self.tr("%n course(s)", "", len(rows)), len(rows))
            if rows
            else self.tr("No course matches. Clear a filter or try other words.")
        )
        row = self.model.find(lambda c: c.course_id == selected) if selected else -1
        select_row(self.results, max(row, 0))
        if not rows:
            self.page = None
            self.page_view.setHtml("")
            self.primary_button.setEnabled(False)

    def select_course(self, course_id: uuid.UUID) -> None:
        row = self.model.find(lambda c: c.course_id == course_id)
        if row < 0:
            self.search.clear()
            for combo in (self.category, self.difficulty, self.course_type, self.tag):
                combo.setCurrentIndex(0)
            self.apply_filters()
            row = self.model.find(lambda c: c.course_id == course_id)
        select_row(self.results, row)

    def on_shown(self) -> None:
        self.apply_filters()

    def on_results_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        entry = self.model.row_at(indexes[0].row())
        self.show_page(entry.course_id)

    def show_page(self, course_id: uuid.UUID) -> None:
        self.notice.clear_message()
        page = operations.read(self._ctx, catalogue.course_page, self._ctx.user_id, course_id)
        self.page = page
        facts = " · ".join(
            x
            for x in (
                label(DIFFICULTY.get(page.difficulty or "", "")),
                label(COURSE_TYPE.get(page.course_type or "", "")),
                fmt.plural(self.tr("about %n hour(s)", "", page.hours), page.hours),
                self.tr("{0} lessons in {1} modules").format(page.lessons, len(page.modules)),
            )
            if x
        )
        parts = [
            f"<h2>{esc(page.title)}</h2><p><i>{esc(page.short_description or '')}</i></p><p>{esc(facts)}</p>"
        ]
        if page.instructors:
            parts.append(f"<p>{esc(self.tr('Taught by {0}').format(', '.join(page.instructors)))}</p>")
        parts.append("".join(f"<p>{esc(p)}</p>" for p in page.description.split("\n\n")))
        for heading, items in (
            (self.tr("What you will learn"), page.learning_outcomes),
            (self.tr("Before you start"), page.prerequisites),
        ):
            if items:
                parts.append(
                    f"<h3>{esc(heading)}</h3><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
                )
        if page.modules:
            rows = ""
            for n, m in enumerate(page.modules, 1):
                lessons = fmt.plural(self.tr("%n lesson(s)", "", m.lessons), m.lessons)
                rows += (
                    f"<tr><td>{n}.</td><td>{esc(m.title)}{'' if m.required else ' ' + esc(self.tr('(optional)'))}"
                    f"</td><td>{esc(lessons)}</td><td>{esc(fmt.minutes((m.hours or 0) * 60))}</td></tr>"
                )
            parts.append(f"<h3>{esc(self.tr('Modules'))}</h3><table cellpadding='3'>{rows}</table>")
        if page.tags:
            parts.append(
                "<p>"
                + " ".join(f"<span style='color:{colour('tag')}'>#{esc(t)}</span>" for t in page.tags)
                + "</p>"
            )
        self.page_view.setHtml("".join(parts))
        if page.enrolled:
            self.primary_button.setText(self.tr("&Open course"))
            self.primary_button.setAccessibleName(self.tr("Open this course's outline"))
        else:
            self.primary_button.setText(self.tr("&Enrol"))
            self.primary_button.setAccessibleName(self.tr("Enrol in this course"))
        self.primary_button.setEnabled(True)

    def on_primary_button_clicked(self) -> None:
        if self.page is None or self._ctx.user_id is None:
            return
        if self.page.enrolled:
            self.sig_course_requested.emit(str(self.page.course_id))
            return
        try:
            operations.write(self._ctx, catalogue.enrol, self._ctx.user_id, self.page.course_id)
        except catalogue.EnrolmentError as exc:
            self.notice.show_message(str(exc), "error")
            return
        course_id = self.page.course_id
        self.apply_filters()
        self.show_page(course_id)
        message = self.tr(
            "You are enrolled. It is saved on this computer; the bootcamp confirms it at the next sync."
        )
        self.notice.show_message(message, "info")
        self.sig_status_message.emit(message)


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (
    QT_TRANSLATE_NOOP("CatalogueScreen", "(optional)"),
    QT_TRANSLATE_NOOP("CatalogueScreen", "Modules"),
    QT_TRANSLATE_NOOP("CatalogueScreen", "Taught by {0}"),
)
