"""One lesson drawn for a projector: big type, its text and pictures, its questions (answers hidden
until revealed) or its task. Used full screen by the presenter window, and small as its preview."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bootcamp_desktop.services.presenting import Slide

from ..style import colour
from .authoring.markdown_preview import MarkdownPreview

KIND = {
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "text": QT_TRANSLATE_NOOP("Labels", "Reading"),
    "interactive": QT_TRANSLATE_NOOP("Labels", "Exercise"),
    "quiz": QT_TRANSLATE_NOOP("Labels", "Quiz"),
    "assignment": QT_TRANSLATE_NOOP("Labels", "Assignment"),
}


def slide_markdown(slide: Slide, reveal: bool) -> str:
    parts: list[str] = []
    if slide.missing:
        parts.append("*The text of this lesson is not downloaded yet.*")
    if slide.markdown:
        text = slide.markdown
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        if first.startswith("# ") and first[2:].strip() == slide.title.strip():
            text = text.lstrip()[len(first) :]  # the title is already shown above
        parts.append(text)
    if slide.intro:
        parts.append(slide.intro)
    for n, q in enumerate(slide.questions, start=1):
        parts.append(f"**{n}. {q.get('prompt', '')}**")
        correct = set(q.get("correct") or [])
        if q.get("choices"):
            lines = []
            for c in q["choices"]:
                mark = " ✓" if reveal and c.get("id") in correct else ""
                lines.append(f"- {c.get('id')}) {c.get('text')}{mark}")
            parts.append("\n".join(lines))
        elif reveal:
            parts.append("Accepted: " + ", ".join(q.get("correct") or []))
        if reveal and q.get("explanation"):
            parts.append(f"*{q['explanation']}*")
    if slide.task:
        parts.append(slide.task)
    if not parts and slide.description:
        parts.append(slide.description)
    if slide.content_type == "video":
        parts.append("*A video lesson: play it from the lesson screen.*")
    return "\n\n".join(parts)


class PresentationView(QWidget):
    def __init__(self, blobs_root: Path, point_size: int = 24, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationView")
        self.point_size = point_size
        self.header = QLabel()
        self.header.setObjectName("presentationHeader")
        self.header.setWordWrap(True)
        self.body = MarkdownPreview(blobs_root)
        self.body.setObjectName("presentationBody")
        self.body.setFrameShape(MarkdownPreview.Shape.NoFrame)
        self.setAttribute(
            Qt.WidgetAttribute.WA_StyledBackground, True
        )  # the slide colour (ui/style) painted behind
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(int(point_size * 1.5), point_size, int(point_size * 1.5), point_size // 2)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        self.slide: Slide | None = None
        self.reveal = False

    def show_slide(self, slide: Slide, reveal: bool = False) -> None:
        self.slide, self.reveal = slide, reveal
        small = max(9, int(self.point_size * 0.6))
        kind = KIND.get(slide.content_type or "", "")
        self.header.setText(
            f"<div style='color:{colour('slide_muted')}; font-size:{small}pt'>{html.escape(slide.course_title)} · "
            f"{html.escape(slide.module_title)} · {kind}</div>"
            f"<div style='color:{colour('slide_title')}; font-size:{int(self.point_size * 1.5)}pt; font-weight:bold'>"
            f"{html.escape(slide.number)} {html.escape(slide.title)}</div>"
        )
        font = QFont()
        font.setPointSize(self.point_size)
        self.body.document().setDefaultFont(font)
        self.body.show_markdown(slide_markdown(slide, reveal))

    def set_point_size(self, size: int) -> None:
        self.point_size = max(10, min(64, size))
        if self.slide is not None:
            self.show_slide(self.slide, self.reveal)
