"""``GET /verify/{certificate_number}``: public certificate verification, as an HTML page or, with
``Accept: application/json``, as JSON. Says valid, expired or revoked (with the reason), for whom
(their name only) and which course; an unknown number is a 404 that says so."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from bootcamp_core.models import Certificate, Course, User

from ..db import SERVICE, ServerDB

router = APIRouter()

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate {number} — Fataplus Bootcamp</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}}
.status{{font-size:1.4rem;font-weight:bold;padding:.6rem 1rem;border-radius:.4rem}}
.valid{{background:#e7f8f0;color:#0b6b4b}}.expired{{background:#fff6e0;color:#8a5a00}}
.revoked,.unknown{{background:#fdecef;color:#a12}}dt{{font-weight:bold;margin-top:.6rem}}</style></head>
<body><h1>Fataplus Product Design Bootcamp</h1><p>Certificate <code>{number}</code></p>
<p class="status {status}">{headline}</p>{details}</body></html>"""

HEADLINES = {
    "valid": "This certificate is valid.",
    "expired": "This certificate has expired.",
    "revoked": "This certificate has been revoked.",
    "unknown": "No certificate has this number.",
}


def lookup(sdb: ServerDB, number: str) -> dict[str, Any] | None:
    with sdb.read(SERVICE) as s:
        row = s.execute(
            sa.select(
                Certificate.certificate_number,
                Certificate.certificate_type,
                Certificate.issue_date,
                Certificate.expiry_date,
                Certificate.is_revoked,
                Certificate.revoked_at,
                Certificate.revoked_reason,
                User.full_name,
                Course.title,
            )
            .join(User, User.id == Certificate.user_id)
            .join(Course, Course.id == Certificate.course_id)
            .where(Certificate.certificate_number == number)
        ).first()
    if row is None:
        return None
    now = dt.datetime.now(dt.UTC)
    status = (
        "revoked" if row.is_revoked else "expired" if row.expiry_date and row.expiry_date <= now else "valid"
    )

    def iso(value: dt.datetime | None) -> str | None:
        return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None

    return {
        "certificate_number": row.certificate_number,
        "status": status,
        "valid": status == "valid",
        "holder": row.full_name,
        "course": row.title,
        "certificate_type": row.certificate_type,
        "issued_at": iso(row.issue_date),
        "expires_at": iso(row.expiry_date),
        "revoked_at": iso(row.revoked_at) if row.is_revoked else None,
        "revoked_reason": row.revoked_reason if row.is_revoked else None,
    }


def _details(info: dict[str, Any]) -> str:
    items = [
        ("Awarded to", info["holder"]),
        ("Course", info["course"]),
        ("Issued", info["issued_at"]),
        ("Expires", info["expires_at"]),
        ("Revoked", info["revoked_at"]),
        ("Reason", info["revoked_reason"]),
    ]
    body = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in items if v)
    return f"<dl>{body}</dl>"


@router.get("/verify/{number}")
async def verify(request: Request, number: str) -> Response:
    info = await run_in_threadpool(lookup, request.app.state.sdb, number[:50]) if len(number) <= 50 else None
    wants_json = "application/json" in request.headers.get("accept", "")
    headers = {"Cache-Control": "no-cache", "X-Robots-Tag": "noindex"}
    if info is None:
        if wants_json:
            return JSONResponse(
                {
                    "type": "urn:bootcamp:not-found",
                    "title": "Not found",
                    "status": 404,
                    "detail": "no certificate has this number",
                    "certificate_number": number,
                    "status_text": "unknown",
                },
                status_code=404,
                media_type="application/problem+json",
            )
        page = PAGE.format(
            number=html.escape(number), status="unknown", headline=HEADLINES["unknown"], details=""
        )
        return HTMLResponse(page, status_code=404, headers=headers)
    if wants_json:
        return JSONResponse(info, headers=headers)
    page = PAGE.format(
        number=html.escape(number),
        status=info["status"],
        headline=HEADLINES[info["status"]],
        details=_details(info),
    )
    return HTMLResponse(page, headers=headers)
