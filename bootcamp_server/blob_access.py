"""Who may have a blob (docs/security.md, "Blob access"; docs/sync-protocol.md, "Blobs").

Two rules, one on read and one on write, that together mean no one gets a file through a reference they
could not have made themselves:

1. **Reads follow readable rows.** A blob may be downloaded (``GET``/``HEAD``, ``stat``, and answered as
   complete by the upload routes) by whoever may read a row that names it (``blob:sha256:<hex>`` in one of
   the row's ``REFERENCING`` columns), as the pull would send that row to them: ``Visibility.row`` decides,
   so other people's rows count only as their public projection (an avatar), and a column the pull would
   not send grants nothing.
2. **References are checked on write.** A push may put into a row only references to blobs its author
   uploaded whole (``blob_uploads``: every byte, verified by sha256, so the uploader had the file) or may
   already download by rule 1; a reference the row already held is no new grant. Otherwise the mutation is
   rejected (``forbidden``), and nothing of it is stored. So a learner who sets their avatar to the hash of
   a classmate's private submission is refused at push time, and no stored reference ever grants a file to
   people its author could not have shown it to anyway.

Rows written outside the push (the demo seed, maintenance commands, an erasure's placeholder) are trusted
as they are. Someone who may read a file can always pass its bytes on; rule 2 stops only what a reference
alone would give away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import BLOB_URL_PREFIX
from bootcamp_core.protocol import registry
from bootcamp_core.protocol.blob_refs import REFERENCING, refs_in

from .access.principal import Principal
from .access.visibility import Visibility
from .models import BlobUpload

# Up to this many hashes are looked for one by one in SQL; more are found by reading every row that names
# any blob (a stat of a whole course).
_ONE_BY_ONE = 20


def readable_refs(visibility: Visibility, table: str, values: Mapping[str, Any]) -> set[str]:
    """The blobs this row grants the caller: those named in it as the pull would send it (rule 1)."""
    sent = visibility.row(table, values)
    if sent is None:
        return set()
    return refs_in([sent.get(c) for c in REFERENCING[table]])


def downloadable(session: Session, principal: Principal, shas: Iterable[str]) -> set[str]:
    """Which of ``shas`` the caller may download (rule 1), read in ``session`` (the caller's transaction)."""
    wanted = set(shas)
    found: set[str] = set()
    if not wanted:
        return found
    visibility = Visibility(session, principal)
    for table, columns in REFERENCING.items():
        t = registry()[table].table
        if len(wanted) <= _ONE_BY_ONE:
            likes = [f"%{BLOB_URL_PREFIX}{sha}%" for sha in sorted(wanted - found)]
        else:
            likes = [f"%{BLOB_URL_PREFIX}%"]
        cond = sa.or_(*[sa.cast(t.c[c], sa.Text).like(like) for c in columns for like in likes])
        stmt = sa.select(*[t.c[n] for n in registry()[table].columns]).where(cond)
        if table == "users" and visibility.is_pg:
            # Other people's rows are not readable through the table (row-level security); their public
            # projection is, and ``Visibility.row`` decides whether the caller knows them. (On SQLite the
            # plain select reads them all, and the same decision applies.)
            rows = visibility.fetch_past_row_security(stmt)
            visibility.learn(r["id"] for r in rows)  # whom the caller knows, in a few queries for all
        else:
            rows = session.execute(stmt).mappings().all()
        for row in rows:
            named = refs_in([row[c] for c in columns]) & (wanted - found)
            if named:
                found |= named & readable_refs(visibility, table, row)
        if found == wanted:
            break
    return found


def uploaded_by(session: Session, principal: Principal, shas: Iterable[str]) -> set[str]:
    """Which of ``shas`` the caller uploaded whole."""
    wanted = sorted(set(shas))
    if not wanted:
        return set()
    return set(
        session.scalars(
            sa.select(BlobUpload.sha256).where(
                BlobUpload.user_id == principal.user_id, BlobUpload.sha256.in_(wanted)
            )
        )
    )


def may_have(session: Session, principal: Principal, sha: str) -> bool:
    """Whether the caller may be told a blob is complete: they uploaded it, or may download it."""
    return bool(uploaded_by(session, principal, [sha]) or downloadable(session, principal, [sha]))


def foreign_references(
    session: Session, principal: Principal, current: Mapping[str, Any] | None, values: Mapping[str, Any]
) -> str | None:
    """Why a push may not write ``values`` (over ``current``): a blob it names that its author neither
    uploaded nor may download (rule 2); None when every new reference is theirs to make."""
    new = refs_in(list(values.values())) - (refs_in(list(current.values())) if current else set())
    if not new:
        return None
    missing = new - uploaded_by(session, principal, new)
    missing -= downloadable(session, principal, missing)
    if not missing:
        return None
    return (
        f"this change names a file you have not uploaded ({BLOB_URL_PREFIX}{min(missing)[:12]}…): "
        "upload the file first"
    )
