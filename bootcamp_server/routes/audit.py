"""``GET /api/v1/admin/audit``: the audit log for administrators, filtered, in pages, or as CSV
(``format=csv`` or ``Accept: text/csv``; an export is itself audited). Anyone else gets 403."""

from __future__ import annotations

import datetime as dt
import tempfile
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..audit import record
from ..audit_query import AuditFilter, AuditQueryError, csv_rows, page, parse_time, parse_uuid
from ..problems import Problem
from .deps import PrincipalDep, sdb_of

router = APIRouter(prefix="/api/v1/admin")


def _filter(
    table: list[str],
    category: str | None,
    action: str | None,
    actor: str | None,
    row: str | None,
    since: str | None,
    until: str | None,
) -> AuditFilter:
    return AuditFilter(
        tables=tuple(t for t in table if t),
        category=category or None,
        action=action or None,
        actor=parse_uuid(actor, "actor"),
        row=parse_uuid(row, "row"),
        since=parse_time(since, "since"),
        until=parse_time(until, "until"),
    )


@router.get("/audit")
async def audit_log(
    request: Request,
    principal: PrincipalDep,
    table: list[str] = Query(default=[]),  # noqa: B008
    category: str | None = None,
    action: str | None = None,
    actor: str | None = None,
    row: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
    cursor: str | None = None,
    format: str | None = None,
) -> Any:
    if not principal.is_admin:
        raise Problem(403, "forbidden", "only administrators read the audit log")
    try:
        flt = _filter(table, category, action, actor, row, since, until)
        flt.conditions()  # validates the category
    except AuditQueryError as exc:
        raise Problem(400, "invalid-audit-query", str(exc)) from None
    sdb = sdb_of(request)
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if not wants_csv:

        def load() -> dict[str, Any]:
            with sdb.read(principal.context) as s:
                return page(s, flt, limit, cursor)

        try:
            answer = await run_in_threadpool(load)
        except AuditQueryError as exc:
            raise Problem(400, "invalid-audit-query", str(exc)) from None
        return JSONResponse(answer, headers={"Cache-Control": "no-store"})

    def export() -> Any:
        spool = tempfile.SpooledTemporaryFile(max_size=16 << 20, mode="w+b")  # noqa: SIM115
        with sdb.read(principal.context, snapshot=True) as s:
            for chunk in csv_rows(s, flt):
                spool.write(chunk.encode("utf-8"))
        with sdb.write(principal.context) as s:
            record(
                s,
                actor_id=principal.user_id,
                action="audit_log.export",
                table="audit_log",
                row_id=None,
                reason=f"CSV export, filter {str(request.query_params)[:400]}",
                raw=True,
            )
        spool.seek(0)
        return spool

    spool = await run_in_threadpool(export)

    def chunks() -> Any:
        try:
            while block := spool.read(1 << 16):
                yield block
        finally:
            spool.close()

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return StreamingResponse(
        chunks(),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="audit-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )
