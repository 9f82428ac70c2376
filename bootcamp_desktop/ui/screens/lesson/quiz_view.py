"""Questions of a quiz, exercise or graded quiz, one at a time, with feedback after each answer.

Single choice shows radio buttons, multiple choice check boxes, short answer a text field (a question has
a handful of choices, so buttons are fine here). "Check answer" shows whether the answer is right and the
explanation; after the last question, ``sig_attempt_finished(answers)`` hands the answers to the screen,
which records the attempt and calls ``show_result``.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import quiz as quizlib
from bootcamp_desktop.services.progress import AttemptResult

from ... import format as fmt
from ...style import colour
from ...widgets.common import esc


class QuizView(QWidget):
    sig_attempt_finished = Signal(object)  # dict question id -> list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizView")
        self.quiz: quizlib.Quiz | None = None
        self.answers: dict[str, list[str]] = {}
        self.position = 0
        self.checked = False
        self.attempt_seed = 0
        self._choice_ids: list[str] = []
        self.buttons: list[QAbstractButton] = []

        self.intro = QLabel()
        self.intro.setObjectName("quizIntro")
        self.intro.setWordWrap(True)
        self.image = QLabel()
        self.image.setObjectName("quizImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("quizStatus")
        self.counter = QLabel()
        self.counter.setObjectName("questionCounter")
        self.prompt = QLabel()
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.choices_box = QWidget()
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.group = QButtonGroup(self)
        self.answer_edit = QLineEdit()
        self.answer_edit.setObjectName("shortAnswer")
        self.answer_edit.setAccessibleName(self.tr("Your answer"))
        self.answer_edit.setPlaceholderText(self.tr("Type your answer"))
        self.answer_edit.returnPressed.connect(self.on_check_button_clicked)
        self.feedback = QLabel()
        self.feedback.setObjectName("answerFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.check_button = QPushButton(self.tr("Check &answer"))
        self.check_button.setObjectName("checkAnswerButton")
        self.check_button.setAccessibleName(self.tr("Check the answer"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.on_retry_button_clicked)
        self.retry_button.hide()
        self.result = QLabel()
        self.result.setObjectName("quizResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addWidget(self.image)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.counter)
        layout.addWidget(self.prompt)
        layout.addWidget(self.choices_box)
        layout.addWidget(self.answer_edit)
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- setup -------------------------------------------------------------------------------------------

    def set_quiz(
        self,
        quiz: quizlib.Quiz,
        image: Path | None,
        status: str,
        *,
        can_answer: bool,
        locked_reason: str = "",
    ) -> None:
        self.quiz = quiz
        self.intro.setText(esc(quiz.intro or ""))
        self.intro.setVisible(bool(quiz.intro))
        if image is not None and not QPixmap(str(image)).isNull():
            pix = QPixmap(str(image))
            self.image.setPixmap(
                pix.scaledToWidth(min(pix.width(), 560), Qt.TransformationMode.SmoothTransformation)
            )
            self.image.show()
        else:
            self.image.clear()
            self.image.hide()
        self.status.setText(status)
        self.result.clear()
        self.retry_button.hide()
        self.attempt_seed += 1
        self.start_attempt(can_answer=can_answer, locked_reason=locked_reason)

    def start_attempt(self, *, can_answer: bool = True, locked_reason: str = "") -> None:
        self.answers = {}
        self.position = 0
        self.result.clear()
        self.retry_button.hide()
        if not can_answer:
            self._clear_question()
            self.counter.setText("")
            self.prompt.setText(esc(locked_reason))
            self.check_button.hide()
            return
        self.check_button.show()
        self.show_question()

    def _clear_question(self) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        self.answer_edit.hide()
        self.feedback.clear()

    @property
    def question(self) -> quizlib.Question | None:
        if self.quiz is None or not 0 <= self.position < len(self.quiz.questions):
            return None
        return self.quiz.questions[self.position]

    def show_question(self) -> None:
        self._clear_question()
        q = self.question
        assert self.quiz is not None
        if q is None:
            return
        self.checked = False
        self.counter.setText(
            self.tr("Question {0} of {1}").format(self.position + 1, len(self.quiz.questions))
        )
        hint = {
            "single_choice": self.tr("Choose one."),
            "multiple_choice": self.tr("Choose every answer that applies."),
            "short_answer": self.tr("Type a short answer."),
        }[q.type]
        self.prompt.setText(
            f"<b>{esc(q.prompt)}</b><br><span style='color:{colour('muted')}'>{esc(hint)}</span>"
        )
        choices = list(q.choices)
        if self.quiz.shuffle_choices:
            random.Random(f"{self.attempt_seed}-{q.id}").shuffle(choices)
        self._choice_ids = [c.id for c in choices]
        self.group.setExclusive(q.type == "single_choice")
        for n, choice in enumerate(choices):
            button: QAbstractButton = QRadioButton() if q.type == "single_choice" else QCheckBox()
            button.setText(f"&{n + 1}  {choice.text}" if n < 9 else choice.text)
            button.setObjectName(f"choice_{choice.id}")
            button.setAccessibleName(choice.text)
            self.group.addButton(button, n)
            self.choices_layout.addWidget(button)
            self.buttons.append(button)
        self.answer_edit.setVisible(q.type == "short_answer")
        self.answer_edit.clear()
        self.answer_edit.setEnabled(True)
        self.check_button.setText(self.tr("Check &answer"))
        self.check_button.setEnabled(True)
        if self.buttons:
            self.buttons[0].setFocus()
        elif q.type == "short_answer":
            self.answer_edit.setFocus()

    def current_answer(self) -> list[str]:
        q = self.question
        if q is None:
            return []
        if q.type == "short_answer":
            text = self.answer_edit.text().strip()
            return [text] if text else []
        return [self._choice_ids[i] for i, b in enumerate(self.buttons) if b.isChecked()]

    # -- answering ---------------------------------------------------------------------------------------

    def on_check_button_clicked(self) -> None:
        q = self.question
        if q is None or self.quiz is None:
            return
        if self.checked:
            self.position += 1
            if self.position >= len(self.quiz.questions):
                self.check_button.setEnabled(False)
                self.sig_attempt_finished.emit(dict(self.answers))
            else:
                self.show_question()
            return
        answer = self.current_answer()
        if not answer:
            self.feedback.setText(
                f"<span style='color:{colour('warning')}'>{esc(self.tr('Answer the question first.'))}</span>"
            )
            return
        self.answers[q.id] = answer
        right = quizlib.check_answer(q, answer)
        if right:
            text = f"<span style='color:{colour('success')}'><b>✓ {esc(self.tr('Right.'))}</b></span>"
        else:
            if q.type == "short_answer":
                expected = q.correct[0]
            else:
                expected = ", ".join(c.text for c in q.choices if c.id in q.correct)
            text = (
                f"<span style='color:{colour('danger')}'><b>✗ {esc(self.tr('Not quite.'))}</b></span> "
                f"{esc(self.tr('The answer: {0}').format(expected))}"
            )
        if q.explanation:
            text += f"<br>{esc(q.explanation)}"
        self.feedback.setText(text)
        self.feedback.setAccessibleDescription(self.feedback.text())
        for button in self.buttons:
            button.setEnabled(False)
        self.answer_edit.setEnabled(False)
        self.checked = True
        last = self.position + 1 >= len(self.quiz.questions)
        self.check_button.setText(self.tr("&Finish attempt") if last else self.tr("&Next question"))
        self.check_button.setFocus()

    def show_result(self, result: AttemptResult, status: str) -> None:
        self.status.setText(status)
        if result.graded:
            verdict = self.tr("Passed") if result.passed else self.tr("Not passed yet")
            tone = colour("success" if result.passed else "warning")
            text = f"<h3 style='color:{tone}'>{esc(verdict)}: {fmt.percent(result.score)}</h3>" + esc(
                self.tr("{0} of {1} questions right.").format(
                    sum(result.correct.values()), len(result.correct)
                )
            )
        else:
            text = f"<h3>{esc(self.tr('Exercise done'))}</h3>" + esc(
                self.tr("{0} of {1} answers right.").format(sum(result.correct.values()), len(result.correct))
            )
        self.result.setText(text)
        self.check_button.hide()
        self.retry_button.setVisible(result.attempts_left is None or result.attempts_left > 0)
        if self.retry_button.isVisible():
            self.retry_button.setFocus()

    def on_retry_button_clicked(self) -> None:
        self.attempt_seed += 1
        self.start_attempt()


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (
    QT_TRANSLATE_NOOP("QuizView", "Answer the question first."),
    QT_TRANSLATE_NOOP("QuizView", "Exercise done"),
    QT_TRANSLATE_NOOP("QuizView", "Not quite."),
    QT_TRANSLATE_NOOP("QuizView", "Right."),
    QT_TRANSLATE_NOOP("QuizView", "The answer: {0}"),
)
