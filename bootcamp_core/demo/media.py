"""Turns content specs into stored blobs: lesson media, downloads, and pools of learners' files.

Learners' submissions and design assets draw their files from small pools (a few wireframes, reports,
decks and photos per course), so a run with thousands of learners still writes only a few dozen blobs.
"""

from __future__ import annotations

from .blobs import BlobStore, StoredBlob
from .documents import README_MD, USSD_MENU_PY, document_pdf, slides_pdf, template_pdf
from .images import ILLUSTRATIONS, RGB, paper_sketch_png, wireframe_png
from .spec import AssignmentSpec, CourseSpec, Doc
from .video import title_card_mp4

MARKDOWN = "text/markdown; charset=utf-8"


class Media:
    def __init__(self, store: BlobStore) -> None:
        self.store = store

    def illustration(self, key: str) -> StoredBlob:
        return self.store.put(ILLUSTRATIONS[key](), "image/png")

    def markdown(self, text: str) -> tuple[StoredBlob, list[str]]:
        """Store lesson Markdown, with ``(image:key)`` references replaced by blob URLs; returns the
        text's blob and the URLs of the pictures it shows, in order (the lesson's ``embedded`` list)."""
        markers = {key: f"(image:{key})" for key in ILLUSTRATIONS}
        keys = sorted((text.index(marker), key) for key, marker in markers.items() if marker in text)
        urls = [self.illustration(key).url for _pos, key in keys]
        for key in ILLUSTRATIONS:
            marker = f"(image:{key})"
            if marker in text:
                text = text.replace(marker, f"({self.illustration(key).url})")
        if "(image:" in text:
            raise ValueError(f"unknown illustration in lesson text: {text[text.index('(image:') :][:40]}")
        return self.store.put(text.encode("utf-8"), MARKDOWN), urls

    def video(self, cards: tuple[str, ...], course: CourseSpec) -> StoredBlob:
        return self.store.put(title_card_mp4(cards, course.title, course.colour), "video/mp4")

    def doc(self, doc: Doc, colour: RGB) -> StoredBlob:
        if doc.kind == "template":
            data = template_pdf(doc.title, doc.subtitle, doc.columns, colour=colour)
        else:
            data = document_pdf(doc.title, doc.subtitle, doc.sections, colour)
        return self.store.put(data, "application/pdf")

    def wireframe(self, title: str, variant: int, fidelity: int, colour: RGB) -> StoredBlob:
        return self.store.put(wireframe_png(title, variant, fidelity, colour), "image/png")

    # -- what learners attach ---------------------------------------------------------------------------
    def attachment(self, kind: str, course: CourseSpec, task: AssignmentSpec, variant: int) -> dict:
        """A ``submission_content`` file entry of ``kind`` (wireframes, report, slides, code, photo)."""
        variant %= 3
        screens = (
            course.projects[0].screens if course.projects else ("Farm diary", "Market prices", "Sync status")
        )
        if kind == "wireframes":
            title = screens[variant % len(screens)]
            blob = self.wireframe(title, variant, 2 + variant % 2, course.colour)
            name = f"{_slug(title)}-wireframes-v{variant + 1}.png"
        elif kind == "photo":
            blob = self.store.put(paper_sketch_png(task.title, variant), "image/png")
            name = f"paper-prototype-{variant + 1}.png"
        elif kind == "slides":
            blob = self.store.put(
                slides_pdf(task.title, _slides(task, variant), course.colour), "application/pdf"
            )
            name = f"{_slug(task.title)[:40]}-deck.pdf"
        elif kind == "code":
            data, mime, name = (
                (USSD_MENU_PY, "text/x-python", "ussd_menu.py")
                if variant != 2
                else (README_MD, MARKDOWN, "README.md")
            )
            blob = self.store.put(data.encode("utf-8"), mime)
        else:  # report
            sections = (
                ("What we did", task.texts[:1] or (task.description,)),
                ("Findings", _FINDINGS[variant]),
                ("What we changed", _CHANGES[variant]),
            )
            blob = self.store.put(
                document_pdf(
                    f"{task.title}: rationale", f"Report, version {variant + 1}", sections, course.colour
                ),
                "application/pdf",
            )
            name = f"{_slug(task.title)[:40]}-rationale-v{variant + 1}.pdf"
        return {"name": name, "url": blob.url, "size_bytes": blob.size, "mime_type": blob.mime_type}

    def asset(self, kind: str, title: str, version: int, course: CourseSpec) -> StoredBlob:
        """A design-asset file: a wireframe for ``image``, a PDF for the other kinds."""
        if kind == "image":
            return self.wireframe(title, version - 1, min(version, 3), course.colour)
        if kind == "presentation":
            slides = ((f"{title}: the problem", _FINDINGS[0]), ("What we built", _CHANGES[(version - 1) % 3]))
            return self.store.put(
                slides_pdf(f"{title} (v{version})", slides, course.colour), "application/pdf"
            )
        sections = (("Findings", _FINDINGS[(version - 1) % 3]), ("Next", _CHANGES[(version - 1) % 3]))
        return self.store.put(
            document_pdf(f"{title}", f"Version {version}", sections, course.colour), "application/pdf"
        )


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _slides(task: AssignmentSpec, variant: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return (
        ("The member's problem", _FINDINGS[variant][:2]),
        ("What changes", _CHANGES[variant]),
        ("The ask", ("A pilot with 20 members for one season", "Weekly check-ins with the board")),
    )


_FINDINGS = (
    (
        "5 of 6 farmers keep records on paper, not on the phone",
        "Prices are checked by calling relatives in town",
        "The phone is shared by the household",
    ),
    (
        "Units differ between villages: sacks, tins, bundles",
        "Nobody trusted a price without a date",
        "SMS works where data does not",
    ),
    (
        "Enumerators lose most time on GPS capture",
        "Consent was understood when read aloud in Malagasy",
        "Two questions had the same answer everywhere",
    ),
)
_CHANGES = (
    ("Numbers first on the home screen", "Photos instead of text labels", "Profile switch with a PIN"),
    ("Price shows place, unit and date", "SMS version of the price board", "Net amount after fees"),
    ("GPS step moved to the end", "Consent read aloud", "Four questions removed"),
)
