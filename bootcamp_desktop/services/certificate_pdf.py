"""A certificate as a PDF (fpdf2), drawn from the certificate and its ``certificate_templates`` row.

The template gives the colours (``primary_color``, ``secondary_color``), the font (``font_family``),
the background picture (``background_image_url``, a blob) and ``layout_config``::

    {"page": {"size": "A4", "orientation": "landscape"},
     "elements": [{"field": "learner_name", "x": 0.5, "y": 0.42, "font_size": 36, "align": "center",
                   "color": "primary"}, {"field": "qr_verification_url", "x": 0.88, "y": 0.12, "size": 0.1}, ...]}

x and y are fractions of the page (y is the text's middle); colours name the template's colours or are
``#rrggbb``. Fields: ``title`` (its ``text``), ``learner_name``, ``course_title``, ``issue_date``,
``certificate_number``, ``grade``, ``hours``, ``issued_by``, ``verification_url`` and
``qr_verification_url`` (a QR code of the verification link, drawn with segno). The verification link is
always printed at the foot of the page, so a paper copy can be checked.

Fonts: a TrueType font named like the template's family is used when one is installed; otherwise DejaVu
(for any script), otherwise fpdf2's core Helvetica/Times with text folded to Latin-1.
``render_certificate_pdf(session, certificate_id, path)`` is the one entry point; the staff side uses it too.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import segno
from fpdf import FPDF
from sqlalchemy.orm import Session

from bootcamp_core.models import Certificate, CertificateTemplate, Course, User
from bootcamp_core.models.blobstore import blob_path, parse_blob_url
from bootcamp_desktop.replica import blobs_dir

from .profile import zone

DEFAULT_LAYOUT: dict[str, Any] = {
    "page": {"size": "A4", "orientation": "landscape"},
    "elements": [
        {
            "field": "title",
            "text": "Certificate",
            "x": 0.5,
            "y": 0.18,
            "font_size": 40,
            "align": "center",
            "color": "primary",
        },
        {
            "field": "learner_name",
            "x": 0.5,
            "y": 0.40,
            "font_size": 34,
            "align": "center",
            "color": "secondary",
        },
        {
            "field": "course_title",
            "x": 0.5,
            "y": 0.53,
            "font_size": 22,
            "align": "center",
            "color": "primary",
        },
        {"field": "issue_date", "x": 0.2, "y": 0.78, "font_size": 14, "align": "left", "color": "secondary"},
        {
            "field": "certificate_number",
            "x": 0.8,
            "y": 0.78,
            "font_size": 12,
            "align": "right",
            "color": "secondary",
        },
        {"field": "qr_verification_url", "x": 0.88, "y": 0.12, "size": 0.1},
    ],
}
FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
SERIF_HINTS = ("serif", "merriweather", "georgia", "times", "garamond", "playfair")


def _rgb(value: str | None, fallback: tuple[int, int, int]) -> tuple[int, int, int]:
    if isinstance(value, str) and len(value) == 7 and value.startswith("#"):
        try:
            return tuple(int(value[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
        except ValueError:
            pass
    return fallback


@cache
def _find_ttf(names: tuple[str, ...]) -> Path | None:
    wanted = [n.lower().replace(" ", "") for n in names]
    for root in FONT_DIRS:
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                stem = f.lower().rsplit(".", 1)
                if (
                    len(stem) == 2
                    and stem[1] == "ttf"
                    and stem[0].replace("-regular", "").replace(" ", "") in wanted
                ):
                    return Path(dirpath) / f
    return None


class _Pdf(FPDF):
    def __init__(self, orientation: str, size: str, family: str | None) -> None:
        super().__init__(orientation="L" if orientation.startswith("l") else "P", unit="mm", format=size)
        self.set_auto_page_break(False)
        self.set_margin(0)
        self.unicode = False
        serif = any(h in (family or "").lower() for h in SERIF_HINTS)
        ttf = _find_ttf((family or "",)) if family else None
        ttf = ttf or _find_ttf(("DejaVuSerif" if serif else "DejaVuSans",))
        if ttf is not None:
            self.add_font("certificate", "", str(ttf))
            self.font_name, self.unicode = "certificate", True
        else:
            self.font_name = "times" if serif else "helvetica"

    def text_of(self, value: str) -> str:
        return value if self.unicode else value.encode("latin-1", "replace").decode("latin-1")


def _values(cert: Certificate, course: Course, user: User | None) -> dict[str, str]:
    meta = cert.metadata_ or {}
    # the date as the learner lived it: in their own timezone (users.timezone), like everywhere in the app
    issued = cert.issue_date.astimezone(zone(user.timezone if user else None)) if cert.issue_date else None
    return {
        "learner_name": str(meta.get("learner_name") or (user.full_name if user else "")),
        "course_title": str(meta.get("course_title") or course.title),
        "issue_date": f"Issued {issued:%d %B %Y}" if issued else "",
        "certificate_number": cert.certificate_number,
        "grade": f"Grade {meta['grade']}" if meta.get("grade") else "",
        "hours": f"{meta['hours']} hours" if meta.get("hours") else "",
        "issued_by": str(meta.get("issued_by") or ""),
        "verification_url": cert.verification_url or "",
    }


def _draw_qr(pdf: _Pdf, url: str, x: float, y: float, side: float, colour: tuple[int, int, int]) -> None:
    qr = segno.make(url, error="m")
    matrix = list(qr.matrix)
    n = len(matrix)
    cell = side / n
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x - cell * 2, y - cell * 2, side + cell * 4, side + cell * 4, style="F")
    pdf.set_fill_color(*colour)
    for r, row in enumerate(matrix):
        for c, on in enumerate(row):
            if on:
                pdf.rect(x + c * cell, y + r * cell, cell, cell, style="F")


def render_certificate_pdf(
    session: Session, certificate_id: uuid.UUID, path: Path, blobs_root: Path | None = None
) -> Path:
    """Write the certificate's PDF to ``path`` (atomically) and return it."""
    cert = session.get(Certificate, certificate_id)
    if cert is None:
        raise LookupError("this certificate is not in the replica")
    course = session.get(Course, cert.course_id)
    assert course is not None
    user = session.get(User, cert.user_id)
    meta = cert.metadata_ or {}
    template = None
    if meta.get("template_id"):
        try:
            template = session.get(CertificateTemplate, uuid.UUID(str(meta["template_id"])))
        except ValueError:
            template = None
    if template is None:
        from sqlalchemy import select

        template = session.scalar(
            select(CertificateTemplate)
            .where(
                CertificateTemplate.certificate_type == cert.certificate_type,
                CertificateTemplate.is_active.is_(True),
            )
            .limit(1)
        )
    layout = (template.layout_config if template and template.layout_config else None) or DEFAULT_LAYOUT
    primary = _rgb(template.primary_color if template else None, (16, 185, 129))
    secondary = _rgb(template.secondary_color if template else None, (107, 114, 128))
    page = layout.get("page", {})
    family = (template.font_family if template else None) or layout.get("font_family")
    pdf = _Pdf(str(page.get("orientation", "landscape")), str(page.get("size", "A4")), family)
    pdf.set_title(f"Certificate {cert.certificate_number}")
    pdf.set_author("Fataplus Product Design Bootcamp")
    pdf.set_creation_date(cert.issue_date or dt.datetime.now(dt.UTC))
    pdf.add_page()
    w, h = pdf.w, pdf.h
    root = blobs_root or blobs_dir()
    background = parse_blob_url(template.background_image_url) if template else None
    if background and blob_path(root, background).is_file():
        pdf.image(str(blob_path(root, background)), x=0, y=0, w=w, h=h)
    else:
        pdf.set_draw_color(*primary)
        pdf.set_line_width(2.5)
        pdf.rect(8, 8, w - 16, h - 16)
    values = _values(cert, course, user)
    colours = {"primary": primary, "secondary": secondary}
    for el in layout.get("elements", []):
        field = el.get("field")
        x, y = float(el.get("x", 0.5)) * w, float(el.get("y", 0.5)) * h
        colour = colours.get(el.get("color"), None) or _rgb(el.get("color"), secondary)
        if field == "qr_verification_url":
            if values["verification_url"]:
                side = float(el.get("size", 0.1)) * min(w, h) * 1.4
                _draw_qr(pdf, values["verification_url"], x - side / 2, y - side / 2, side, (17, 24, 39))
            continue
        text = el.get("text") if field == "title" else values.get(str(field), "")
        if not text:
            continue
        size = float(el.get("font_size", 14))
        pdf.set_font(pdf.font_name, size=size)
        pdf.set_text_color(*colour)
        text = pdf.text_of(str(text))
        width = pdf.get_string_width(text)
        align = el.get("align", "center")
        left = x - width / 2 if align == "center" else (x - width if align == "right" else x)
        pdf.text(left, y + size * 0.35 / 2.83, text)
    footer = f"Verify this certificate: {values['verification_url']}" if values["verification_url"] else ""
    if cert.is_revoked:
        footer = "REVOKED" + (f": {cert.revoked_reason}" if cert.revoked_reason else "")
    if footer:
        pdf.set_font(pdf.font_name, size=9)
        pdf.set_text_color(*secondary)
        text = pdf.text_of(footer[:160])
        pdf.text((w - pdf.get_string_width(text)) / 2, h * 0.835, text)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    pdf.output(str(tmp))
    os.replace(tmp, path)
    return path
