"""Quiz questions of a lesson (``lessons.interactive_elements``, format of ``demo/formats.py``):
single choice, multiple choice or short answer, with the correct answers and an explanation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...labels import label
from ...style import set_tone

TYPES = (
    ("single_choice", QT_TRANSLATE_NOOP("Labels", "Single choice")),
    ("multiple_choice", QT_TRANSLATE_NOOP("Labels", "Multiple choice")),
    ("short_answer", QT_TRANSLATE_NOOP("Labels", "Short answer")),
)


class QuizEditor(QWidget):
    sig_save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizEditor")
        self.questions: list[dict[str, Any]] = []
        self._current = -1
        self._loading = False
        self._extra: dict[str, Any] = {}

        self.list_model = QStringListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("questionList")
        self.list_view.setModel(self.list_model)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.show_question(cur.row())
        )
        add = QPushButton(self.tr("Add question"))
        add.setObjectName("addQuestionButton")
        add.clicked.connect(self.add_question)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_question)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(add)
        left_buttons.addWidget(remove)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(left_buttons)

        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMaximumHeight(70)
        self.qtype = QComboBox()
        self.qtype.setObjectName("questionType")
        for key, words in TYPES:
            self.qtype.addItem(label(words), key)
        self.choices = QTableWidget(0, 2)
        self.choices.setObjectName("choiceTable")
        self.choices.setHorizontalHeaderLabels([self.tr("Correct"), self.tr("Choice")])
        self.choices.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.choices.verticalHeader().hide()
        add_choice = QPushButton(self.tr("Add choice"))
        add_choice.clicked.connect(lambda: self._add_choice("", False))
        remove_choice = QPushButton(self.tr("Remove choice"))
        remove_choice.clicked.connect(lambda: self.choices.removeRow(self.choices.currentRow()))
        choice_page = QWidget()
        cl = QVBoxLayout(choice_page)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.choices)
        row = QHBoxLayout()
        row.addWidget(add_choice)
        row.addWidget(remove_choice)
        row.addStretch(1)
        cl.addLayout(row)
        self.answers = QPlainTextEdit()
        self.answers.setObjectName("acceptedAnswers")
        self.answers.setPlaceholderText(self.tr("Accepted answers, one per line (compared ignoring case)"))
        self.answer_stack = QStackedWidget()
        self.answer_stack.addWidget(choice_page)
        self.answer_stack.addWidget(self.answers)
        self.explanation = QLineEdit()
        self.explanation.setPlaceholderText(self.tr("Shown after answering"))
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.prompt)
        form.addRow(self.tr("Type"), self.qtype)
        form.addRow(self.tr("Answers"), self.answer_stack)
        form.addRow(self.tr("Explanation"), self.explanation)
        right = QWidget()
        right.setLayout(form)

        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setSuffix(" %")
        self.attempts = QSpinBox()
        self.attempts.setRange(0, 20)
        self.attempts.setSpecialValueText(self.tr("unlimited"))
        self.error = QLabel()
        self.error.setObjectName("quizError")
        set_tone(self.error, "danger")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save quiz"))
        self.save_button.setObjectName("saveQuizButton")
        self.save_button.clicked.connect(lambda: self.sig_save_requested.emit(self.doc()))
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Pass mark")))
        bottom.addWidget(self.pass_mark)
        bottom.addWidget(QLabel(self.tr("Attempts")))
        bottom.addWidget(self.attempts)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([220, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.qtype.currentIndexChanged.connect(self._on_type_changed)

    # -- the whole quiz ------------------------------------------------------------------------------------
    def set_doc(self, doc: dict[str, Any] | None) -> None:
        doc = doc or {}
        self._extra = {k: doc.get(k) for k in ("kind", "intro", "image", "shuffle_choices") if k in doc}
        self.questions = [dict(q) for q in doc.get("questions") or []]
        self.pass_mark.setValue(int(doc.get("pass_percentage", 70)))
        self.attempts.setValue(doc.get("max_attempts") or 0)
        self.error.clear()
        self._current = -1
        self._refresh_list()
        if self.questions:
            self.list_view.setCurrentIndex(self.list_model.index(0))
        else:
            self._clear_editor()

    def doc(self) -> dict[str, Any]:
        self._commit()
        return {
            **self._extra,
            "questions": [dict(q) for q in self.questions],
            "pass_percentage": self.pass_mark.value(),
            "max_attempts": self.attempts.value() or None,
        }

    def _refresh_list(self) -> None:
        self.list_model.setStringList(
            [f"{i + 1}. {q.get('prompt') or self.tr('(no text yet)')}" for i, q in enumerate(self.questions)]
        )

    # -- one question --------------------------------------------------------------------------------------
    def _clear_editor(self) -> None:
        self._loading = True
        self.prompt.clear()
        self.choices.setRowCount(0)
        self.answers.clear()
        self.explanation.clear()
        self._loading = False

    def show_question(self, row: int) -> None:
        if row == self._current:
            return
        self._commit()
        self._current = row
        if not 0 <= row < len(self.questions):
            self._clear_editor()
            return
        q = self.questions[row]
        self._loading = True
        try:
            self.prompt.setPlainText(q.get("prompt", ""))
            self.qtype.setCurrentIndex(max(0, self.qtype.findData(q.get("type", "single_choice"))))
            self.choices.setRowCount(0)
            correct = set(q.get("correct") or [])
            for c in q.get("choices") or []:
                self._add_choice(c.get("text", ""), c.get("id") in correct)
            self.answers.setPlainText(
                "\n".join(q.get("correct") or []) if q.get("type") == "short_answer" else ""
            )
            self.explanation.setText(q.get("explanation", ""))
            self._on_type_changed()
        finally:
            self._loading = False

    def _add_choice(self, text: str, correct: bool) -> None:
        row = self.choices.rowCount()
        self.choices.insertRow(row)
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if correct else Qt.CheckState.Unchecked)
        self.choices.setItem(row, 0, check)
        self.choices.setItem(row, 1, QTableWidgetItem(text))

    def _commit(self) -> None:
        if self._loading or not 0 <= self._current < len(self.questions):
            return
        q = self.questions[self._current]
        q["prompt"] = self.prompt.toPlainText().strip()
        q["type"] = self.qtype.currentData()
        q["explanation"] = self.explanation.text().strip()
        if q["type"] == "short_answer":
            q.pop("choices", None)
            q["correct"] = [a.strip() for a in self.answers.toPlainText().splitlines() if a.strip()]
        else:
            choices, correct = [], []
            for r in range(self.choices.rowCount()):
                text_item = self.choices.item(r, 1)
                text = text_item.text().strip() if text_item else ""
                if not text:
                    continue
                cid = chr(ord("a") + len(choices))
                choices.append({"id": cid, "text": text})
                if self.choices.item(r, 0).checkState() == Qt.CheckState.Checked:
                    correct.append(cid)
            q["choices"], q["correct"] = choices, correct
        self._refresh_list()

    def _on_type_changed(self, *_args: object) -> None:
        self.answer_stack.setCurrentIndex(1 if self.qtype.currentData() == "short_answer" else 0)

    def add_question(self) -> None:
        self._commit()
        ids = {q.get("id") for q in self.questions}
        n = len(self.questions) + 1
        while f"q{n}" in ids:
            n += 1
        self.questions.append(
            {
                "id": f"q{n}",
                "type": "single_choice",
                "prompt": "",
                "choices": [{"id": "a", "text": ""}, {"id": "b", "text": ""}],
                "correct": [],
            }
        )
        self._refresh_list()
        self.list_view.setCurrentIndex(self.list_model.index(len(self.questions) - 1))
        self.prompt.setFocus()

    def remove_question(self) -> None:
        row = self.list_view.currentIndex().row()
        if 0 <= row < len(self.questions):
            self._current = -1
            del self.questions[row]
            self._refresh_list()
            if self.questions:
                self.list_view.setCurrentIndex(self.list_model.index(min(row, len(self.questions) - 1)))
            else:
                self._clear_editor()


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("QuizEditor", "(no text yet)"),)
