"""The rubric panel: one card per criterion, its levels chosen by click or key, a comment each.

Keyboard, on a criterion card: ``1``-``9`` choose that level, ``Left``/``Right`` step through the
levels, ``0``/``Delete`` clear, ``Up``/``Down`` (or ``Tab``) move between criteria, ``Enter`` goes to
the criterion's comment. In a comment: ``Enter`` or ``Down`` goes to the next criterion, ``Up`` to the
previous, ``Esc`` back to the card. Level buttons never take focus, so Tab walks card, comment, card...
"""

from __future__ import annotations

import html
import itertools
import json
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...style import colour, qcolor, set_tone

CACHED_RUBRICS = (
    8  # card sets kept built, so moving between submissions of a few assignments rebuilds nothing
)


class LevelButton(QAbstractButton):
    """A level: number, title and points on two lines; painted by hand (no style sheet: fast to switch)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        lines = self.text().split("\n")
        return QSize(max(fm.horizontalAdvance(line) for line in lines) + 14, fm.height() * len(lines) + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        checked = self.isChecked()
        p.setPen(QPen(qcolor("choice" if checked else "line"), 1))
        p.setBrush(qcolor("choice" if checked else ("choice_hover" if self.underMouse() else "card")))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(qcolor("on_choice" if checked else "ink"))
        p.drawText(
            self.rect().adjusted(7, 4, -4, -4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.text(),
        )


class CriterionCard(QFrame):
    """One criterion; its frame is painted by hand, blue while it (or its comment) has the focus."""

    sig_level_chosen = Signal(str, str)  # criterion id, level id ("" when cleared)
    sig_comment_changed = Signal(str, str)
    sig_move_requested = Signal(int)  # -1 previous criterion, +1 next

    def __init__(self, index: int, criterion: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criterionCard")
        self.current = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.index = index
        self.criterion = criterion
        self.criterion_id: str = criterion["id"]
        self.levels: list[dict[str, Any]] = list(criterion["levels"])
        top = max(lv["points"] for lv in self.levels)
        title = QLabel(
            f"<b>{index + 1}. {html.escape(criterion['title'])}</b>"
            f" <span style='color:{colour('muted')}'>({self.tr('{0:g} pts').format(top)})</span>"
        )
        title.setObjectName("criterionTitle")
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        if criterion.get("description"):
            desc = QLabel(criterion["description"])
            desc.setWordWrap(True)
            set_tone(desc, "muted")
            layout.addWidget(desc)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[LevelButton] = []
        for n, level in enumerate(self.levels):
            key = f"{n + 1} " if n < 9 else ""
            button = LevelButton(f"{key}{level['title']}\n" + self.tr("{0:g} pts").format(level["points"]))
            button.setObjectName("levelButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(level.get("description") or level["title"])
            button.clicked.connect(lambda _checked=False, i=n: self.on_level_button_clicked(i))
            row.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(row)
        self.comment = QLineEdit()
        self.comment.setObjectName("criterionComment")
        self.comment.setPlaceholderText(
            self.tr("Comment on {0} (Enter: next criterion)").format(criterion["title"])
        )
        self.comment.setAccessibleName(self.tr("Comment on {0}").format(criterion["title"]))
        self.comment.textEdited.connect(lambda text: self.sig_comment_changed.emit(self.criterion_id, text))
        self.comment.installEventFilter(self)
        layout.addWidget(self.comment)
        self.setAccessibleName(criterion["title"])
        self._chosen = -1

    # -- state -------------------------------------------------------------------------------------------
    @property
    def chosen_level(self) -> str | None:
        return self.levels[self._chosen]["id"] if self._chosen >= 0 else None

    def set_level(self, level_id: str | None, *, emit: bool = False) -> None:
        index = next((i for i, lv in enumerate(self.levels) if lv["id"] == level_id), -1)
        self._choose(index, emit=emit)

    def _choose(self, index: int, *, emit: bool) -> None:
        self._chosen = index
        for i, b in enumerate(self.buttons):
            if b.isChecked() != (i == index):
                b.setChecked(i == index)
        if emit:
            self.sig_level_chosen.emit(self.criterion_id, self.chosen_level or "")

    def set_current(self, current: bool) -> None:
        if self.current != current:
            self.current = current
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 2 if self.current else 1
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        p.setPen(QPen(qcolor("choice" if self.current else "line"), width))
        p.setBrush(qcolor("card_current" if self.current else "base"))
        p.drawRoundedRect(rect, 6, 6)

    def on_level_button_clicked(self, index: int) -> None:
        self._choose(index, emit=True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # -- keyboard ----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                n = key - Qt.Key.Key_1
                if n < len(self.levels):
                    self._choose(n, emit=True)
                return
            if key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._choose(-1, emit=True)
                return
            if key == Qt.Key.Key_Right:
                self._choose(min(len(self.levels) - 1, self._chosen + 1), emit=True)
                return
            if key == Qt.Key.Key_Left:
                self._choose(max(0, self._chosen - 1) if self._chosen >= 0 else 0, emit=True)
                return
            if key in (Qt.Key.Key_Down, Qt.Key.Key_J):
                self.sig_move_requested.emit(+1)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_K):
                self.sig_move_requested.emit(-1)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_C):
                self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.comment:
            if event.type() == QEvent.Type.KeyPress:
                key = event.key()  # type: ignore[attr-defined]
                if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier:  # type: ignore[attr-defined]
                    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                        self.sig_move_requested.emit(+1)
                        return True
                    if key == Qt.Key.Key_Up:
                        self.sig_move_requested.emit(-1)
                        return True
                    if key == Qt.Key.Key_Escape:
                        self.setFocus(Qt.FocusReason.OtherFocusReason)
                        return True
            elif event.type() == QEvent.Type.FocusIn:
                self.set_current(True)
            elif event.type() == QEvent.Type.FocusOut:
                self.set_current(self.hasFocus())
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.set_current(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.set_current(self.comment.hasFocus())
        super().focusOutEvent(event)


class RubricPanel(QScrollArea):
    """The criteria of one rubric. The cards of the last few rubrics stay built (one page each), so
    moving to a submission of another assignment switches pages instead of building widgets."""

    sig_scores_changed = Signal()
    sig_leave_requested = Signal(int)  # moved past the first (-1) or last (+1) criterion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._pages = QStackedWidget()
        self._empty = QLabel(self.tr("This assignment has no rubric."))
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._pages.addWidget(self._empty)
        self.setWidget(self._pages)
        self._built: OrderedDict[str, tuple[QWidget, list[CriterionCard]]] = OrderedDict()
        self.rubric: dict[str, Any] | None = None
        self.cards: list[CriterionCard] = []
        self.rebuilds = 0

    def set_rubric(self, rubric: dict[str, Any] | None) -> None:
        if rubric is None:
            self.rubric, self.cards = None, []
            self._pages.setCurrentWidget(self._empty)
            return
        key = json.dumps(rubric, sort_keys=True)
        if key not in self._built:
            self._built[key] = self._build(rubric)
            while len(self._built) > CACHED_RUBRICS:
                old_key = next(k for k in self._built if k != key)
                page, _cards = self._built.pop(old_key)
                self._pages.removeWidget(page)
                page.deleteLater()
        self._built.move_to_end(key)
        page, cards = self._built[key]
        self.rubric, self.cards = rubric, cards
        self._pages.setCurrentWidget(page)

    def _build(self, rubric: dict[str, Any]) -> tuple[QWidget, list[CriterionCard]]:
        self.rebuilds += 1
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)
        cards = []
        for i, criterion in enumerate(rubric.get("criteria", [])):
            card = CriterionCard(i, criterion)
            card.sig_level_chosen.connect(lambda *_: self.sig_scores_changed.emit())
            card.sig_comment_changed.connect(lambda *_: self.sig_scores_changed.emit())
            card.sig_move_requested.connect(lambda step, c=card: self.move(c.index, step))
            layout.addWidget(card)
            cards.append(card)
        layout.addStretch(1)
        for a, b in itertools.pairwise(cards):
            QWidget.setTabOrder(a.comment, b)
        self._pages.addWidget(page)
        page.show()  # now, not at the next event loop turn: a card may get the focus right away
        return page, cards

    def set_state(self, levels: dict[str, str], comments: dict[str, str]) -> None:
        for card in self.cards:
            card.set_level(levels.get(card.criterion_id))
            text = comments.get(card.criterion_id, "")
            if card.comment.text() != text:
                card.comment.setText(text)
                card.comment.setCursorPosition(0)  # a long comment shows its beginning, not its end
            card.set_current(False)

    def levels(self) -> dict[str, str]:
        return {c.criterion_id: c.chosen_level for c in self.cards if c.chosen_level}

    def comments(self) -> dict[str, str]:
        return {c.criterion_id: c.comment.text() for c in self.cards if c.comment.text().strip()}

    def focus_criterion(self, index: int) -> None:
        if self.cards:
            card = self.cards[max(0, min(len(self.cards) - 1, index))]
            card.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(card, 0, 12)

    def move(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self.cards):
            self.focus_criterion(target)
        else:
            self.sig_leave_requested.emit(step)

    @property
    def first_focus(self) -> QWidget | None:
        return self.cards[0] if self.cards else None

    @property
    def last_focus(self) -> QWidget | None:
        return self.cards[-1].comment if self.cards else None


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("CriterionCard", "{0:g} pts"),)
