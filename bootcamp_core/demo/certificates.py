"""Certificate templates and the certificates issued for completed enrolments.

One certificate is revoked (with a reason) and one has expired, so every state shows in the demo.
Number format and metadata: see ``formats.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bootcamp_core.models import Certificate, CertificateTemplate
from bootcamp_core.models.rubric import grade_for

from .catalogue import CourseInfo
from .context import Ctx
from .formats import BASE32, VERIFY_URL, certificate_number
from .images import certificate_background_png, hex_colour

if TYPE_CHECKING:
    from .activity import EnrolInfo

TYPE_BY_COURSE = {
    "core": "course_completion",
    "workshop": "course_completion",
    "elective": "specialization",
    "capstone": "program_completion",
}
TEMPLATES = (  # name, certificate type, primary, secondary, font, active
    ("Course completion (2026)", "course_completion", (16, 185, 129), (107, 114, 128), "Inter", True),
    ("Specialization", "specialization", (30, 64, 175), (107, 114, 128), "Merriweather", True),
    ("Bootcamp programme completion", "program_completion", (180, 83, 9), (31, 41, 55), "Inter", True),
    (
        "Course completion (2025, retired)",
        "course_completion",
        (22, 101, 52),
        (107, 114, 128),
        "Roboto",
        False,
    ),
)
REVOKE_REASON = (
    "Revoked on the instructor's request: the capstone report reused another team's research "
    "without credit. The learner was informed and may resubmit."
)


def _grade(points: tuple[Decimal, Decimal] | None) -> str | None:
    if not points or not points[1]:
        return None
    return grade_for(points[0], points[1])


def _layout(font: str) -> dict[str, Any]:
    return {
        "page": {"size": "A4", "orientation": "landscape"},
        "font_family": font,
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
            {
                "field": "issue_date",
                "x": 0.2,
                "y": 0.78,
                "font_size": 14,
                "align": "left",
                "color": "secondary",
            },
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


class CertificateBuilder:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.template_ids: dict[str, uuid.UUID] = {}
        self.numbers: set[str] = set()

    def templates(self, design_file_base: str = "https://www.figma.com/file/") -> None:
        ctx = self.ctx
        for name, ctype, primary, secondary, font, active in TEMPLATES:
            created = ctx.days_ago(400 if not active else 260)
            tid = ctx.ids.at(created)
            if active:
                self.template_ids[ctype] = tid
            background = ctx.store.put(certificate_background_png(primary, secondary), "image/png")
            key = "".join(ctx.choice(BASE32) for _ in range(22))
            ctx.sink.add(
                CertificateTemplate,
                {
                    "id": tid,
                    "template_name": name,
                    "certificate_type": ctype,
                    "design_file_url": f"{design_file_base}{key}/certificate-{ctype.replace('_', '-')}",
                    "background_image_url": background.url,
                    "font_family": font,
                    "primary_color": hex_colour(primary),
                    "secondary_color": hex_colour(secondary),
                    "layout_config": _layout(font),
                    "is_active": active,
                    "created_at": created,
                },
            )

    def issue(
        self,
        issued: list[tuple[EnrolInfo, dt.datetime]],
        points: dict[tuple[uuid.UUID, uuid.UUID], tuple[Decimal, Decimal]],
        issuer: dict[uuid.UUID, str],
    ) -> None:
        """Certificates for completed enrolments; the grade is the share of all rubric points earned."""
        ctx = self.ctx
        rows = []
        for info, issued_at in issued:
            course: CourseInfo = info.course
            ctype = TYPE_BY_COURSE[course.spec.course_type]
            number = self._number(issued_at.year, course.spec.code)
            canonical = json.dumps(
                {
                    "number": number,
                    "user": str(info.member.id),
                    "course": str(course.id),
                    "issued": issued_at.isoformat(),
                },
                sort_keys=True,
            )
            expiry = issued_at + dt.timedelta(days=730) if ctype == "specialization" else None
            rows.append(
                {
                    "id": ctx.ids.at(issued_at),
                    "user_id": info.member.id,
                    "course_id": course.id,
                    "certificate_type": ctype,
                    "certificate_number": number,
                    "issue_date": issued_at,
                    "expiry_date": expiry,
                    "blockchain_hash": "sha256:" + hashlib.sha256(canonical.encode()).hexdigest(),
                    "verification_url": VERIFY_URL + number,
                    "is_revoked": False,
                    "revoked_at": None,
                    "revoked_reason": None,
                    "metadata_": {
                        "template_id": str(self.template_ids[ctype]),
                        "learner_name": info.member.full_name,
                        "course_title": course.spec.title,
                        "hours": course.spec.hours,
                        "grade": _grade(points.get((info.member.id, course.id))),
                        "issued_by": issuer.get(course.id),
                    },
                    "_member": info.member.key,
                }
            )
        others = sorted((r for r in rows if r["_member"] != "aina"), key=lambda r: r["issue_date"])
        if len(others) >= 2:
            # the oldest was a provisional certificate, valid for 30 days, that nobody renewed
            expired = others[0]
            expired["expiry_date"] = max(
                min(expired["issue_date"] + dt.timedelta(days=30), ctx.now - dt.timedelta(days=1)),
                expired["issue_date"] + dt.timedelta(hours=1),
            )
            expired["metadata_"]["provisional"] = True
            revoked = others[-1]
            revoked["is_revoked"] = True
            revoked["revoked_at"] = ctx.between(revoked["issue_date"], ctx.now - dt.timedelta(hours=1))
            revoked["revoked_reason"] = REVOKE_REASON
        for row in rows:
            del row["_member"]
            ctx.sink.add(Certificate, row)

    def _number(self, year: int, code: str) -> str:
        while True:
            number = certificate_number(year, code, "".join(self.ctx.choice(BASE32) for _ in range(6)))
            if number not in self.numbers:
                self.numbers.add(number)
                return number
