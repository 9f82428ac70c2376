"""Work bundles: a learner's changes and files carried on a USB drive to the server, and the answer
(grades, feedback, what the push decided) carried back (docs/security.md, "USB drives").

On the drive::

    <drive>/<bundle id>.bootcamp-work      a learner's work, encrypted to the server (application/x-bootcamp-work)
    <drive>/<bundle id>.bootcamp-return    the server's answer, encrypted to the learner's laptop

**Export** (the learner, offline; with nothing waiting too, to ask for news): the outbox's waiting transactions are taken exactly as a push takes
them (``sync/push.py`` ``take_batch``: whole transactions, marked ``sent``), with the files they refer
to, the replica's cursor, the issuer and server id it pinned, and the learner's id; signed with this
device's key (registered at the sync) and encrypted with HPKE to the server's key. Someone who finds the
drive reads nothing; a bundle altered by one bit does not open.

**Hand-in** (any signed-in app with a network: the facilitator's): the bundle goes, unopened, to the
server's route (``POST /api/v1/usb/work-bundle``), which opens it, checks the learner's signature and
pushes it as the learner through the push's own code: once only, so a bundle handed in twice changes
nothing the second time, and the learner's entries, marked ``sent``, are answered from the same record
if the learner later syncs online. The sealed answer is written beside the bundle.

**Return** (the learner, offline): the answer is opened with this device's key, its server signature
checked, and applied as a push answer and pull pages are (``apply_results``, ``store_page``). Pages are
applied only when the replica's cursor is still where the bundle left it (otherwise a sync has brought
newer data since, and the next one brings the rest). Applying a return twice changes nothing.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bootcamp_core.models import Blob, SyncState, utcnow, uuid7
from bootcamp_core.models.blobstore import blob_path, has_blob
from bootcamp_core.protocol.usb import (
    RETURN_INFO,
    WORK_INFO,
    UsbError,
    b64d,
    b64e,
    canonical,
    open_sealed,
    seal,
    signed,
    verified,
)
from bootcamp_desktop.sync import page_scope
from bootcamp_desktop.sync.client import API
from bootcamp_desktop.sync.errors import (
    CertificateError,
    CorruptPageError,
    OfflineError,
    SignedOutError,
    SyncError,
)
from bootcamp_desktop.sync.pull import _checked_page, refetch_of, store_page
from bootcamp_desktop.sync.push import apply_results, referenced_blobs, take_batch
from bootcamp_desktop.sync.usb_keys import device_keys, pinned

from .workspace import Workspace

WORK_SUFFIX = ".bootcamp-work"
RETURN_SUFFIX = ".bootcamp-return"
NO_LIMIT = 10**9


class BundleError(ValueError):
    """A bundle that cannot be made, handed in or taken back: said plainly, nothing changed."""


@dataclass
class BundleReport:
    written: list[Path] = field(default_factory=list)
    changes: int = 0
    files: int = 0
    handed_in: int = 0
    skipped: list[str] = field(default_factory=list)  # why each file was left alone
    refused: list[str] = field(default_factory=list)  # bundles the server refused, and why
    counts: dict[str, int] = field(default_factory=dict)
    pages: int = 0


def _write_atomic(target: Path, document: dict[str, Any]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    with tmp.open("wb") as f:
        f.write(json.dumps(document).encode("utf-8"))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise BundleError(f"cannot read {path.name}: {exc}") from None
    if not isinstance(data, dict):
        raise BundleError(f"{path.name} is not a bundle")
    return data


def _server_keys(ws: Workspace) -> dict[str, Any]:
    keys = pinned(ws.db, ws.settings.server_url) if ws.settings.server_url else None
    if keys is None or ws.settings.current_user_id is None:
        raise BundleError(
            "sign in to the bootcamp's server and sync once while online before handing work in on a drive"
        )
    return keys


# -- the learner: export --------------------------------------------------------------------------------
def export_bundle(ws: Workspace, drive: Path) -> BundleReport:
    keys = _server_keys(ws)
    report = BundleReport()
    # With nothing waiting the bundle still goes: its answer brings the learner's news (grades, feedback).
    mutations = take_batch(ws.db, limit=NO_LIMIT)
    files = []
    with ws.db.session() as s:
        for sha in sorted(referenced_blobs(mutations)):
            if has_blob(ws.blobs_dir, sha):
                blob = s.get(Blob, sha)
                files.append(
                    {
                        "sha256": sha,
                        "mime_type": blob.mime_type if blob else None,
                        "data": b64e(blob_path(ws.blobs_dir, sha).read_bytes()),
                    }
                )
        state = s.get(SyncState, ws.settings.server_url)
        cursor = state.cursor if state is not None else None
    bundle_id = str(uuid7())
    created = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    document = {
        "format": "bootcamp-work-bundle",
        "version": 1,
        "issuer": keys["issuer"],
        "server_id": keys["server_id"],
        "user_id": str(ws.settings.current_user_id),
        "client_id": ws.settings.replica_id,
        "bundle_id": bundle_id,
        "created_at": created,
        "cursor": cursor,
        "mutations": mutations,
        "files": files,
    }
    sealed = seal(
        canonical(signed(document, device_keys(ws.db, ws.settings.current_user_id))),
        keys["box_key"],
        WORK_INFO,
    )
    target = drive / f"{bundle_id}{WORK_SUFFIX}"
    _write_atomic(
        target,
        {
            "format": "bootcamp-work-bundle",
            "version": 1,
            "to": keys["fingerprint"],
            "bundle_id": bundle_id,
            "created_at": created,
            "sealed": b64e(sealed),
        },
    )
    report.written.append(target)
    report.changes, report.files = len(mutations), len(files)
    return report


# -- the facilitator: hand in ---------------------------------------------------------------------------
def hand_in(ws: Workspace, drive: Path) -> BundleReport:
    """Send every work bundle on the drive that has no answer yet to the server; write the answers."""
    from .sync_ops import client_for

    report = BundleReport()
    bundles = sorted(drive.glob(f"*{WORK_SUFFIX}"))

    async def run() -> None:
        async with client_for(ws) as client:
            for path in bundles:
                answer_path = path.with_suffix(RETURN_SUFFIX)
                if answer_path.exists():
                    report.skipped.append(f"{path.name}: handed in already")
                    continue
                body = _read(path)
                try:
                    answer = await client.json("POST", f"{API}/usb/work-bundle", json=body)
                except (OfflineError, SignedOutError, CertificateError):
                    raise
                except SyncError as exc:  # this bundle refused (altered, another server's): the others go on
                    report.refused.append(f"{path.name}: {exc.user_message}")
                    continue
                _write_atomic(answer_path, answer)
                report.written.append(answer_path)
                report.handed_in += 1

    if bundles:
        asyncio.run(run())
    return report


# -- the learner: take the answer back ------------------------------------------------------------------
def _open_return(ws: Workspace, outer: dict[str, Any]) -> dict[str, Any] | None:
    keys = _server_keys(ws)
    device = device_keys(ws.db, ws.settings.current_user_id)
    if outer.get("format") != "bootcamp-work-return" or outer.get("to") != device.fingerprint:
        return None  # someone else's answer, or not an answer
    try:
        envelope = json.loads(open_sealed(b64d(outer.get("sealed")), device.box, RETURN_INFO))
        doc = verified(envelope, keys["sign_key"])
    except (UsbError, ValueError) as exc:
        raise BundleError(f"this answer cannot be trusted: {exc}. Nothing was applied.") from None
    if (doc.get("issuer"), doc.get("server_id"), doc.get("user_id")) != (
        keys["issuer"],
        keys["server_id"],
        str(ws.settings.current_user_id),
    ):
        raise BundleError("this answer is for another account or server. Nothing was applied.")
    return doc


def take_back(ws: Workspace, drive: Path) -> BundleReport:
    report = BundleReport()
    server_url = ws.settings.server_url
    for path in sorted(drive.glob(f"*{RETURN_SUFFIX}")):
        doc = _open_return(ws, _read(path))
        if doc is None:
            report.skipped.append(f"{path.name}: for another laptop")
            continue
        mutations, results = doc.get("mutations"), doc.get("results")
        if not isinstance(mutations, list) or not isinstance(results, list):
            raise BundleError(f"{path.name} is malformed. Nothing was applied.")
        try:
            counts, _refused = apply_results(ws.db, mutations, {"results": results})
        except CorruptPageError as exc:
            raise BundleError(f"{path.name} is malformed ({exc}). Nothing was applied.") from None
        for k, v in counts.items():
            report.counts[k] = report.counts.get(k, 0) + v
        with ws.db.session() as s:
            state = s.get(SyncState, server_url)
            here = state.cursor if state is not None else None
        if here is None or here != doc.get("from_cursor"):
            continue  # the replica synced since: its data is newer than these pages
        scope = page_scope.scope_for(ws.db, ws.settings.current_user_id)
        for page in doc.get("pages") or []:
            try:
                changes, cursor, complete, _more = _checked_page(page, scope)
            except CorruptPageError as exc:
                raise BundleError(f"{path.name} holds a page this replica refuses ({exc})") from None
            store_page(
                ws.db, server_url, changes, page["changes"], cursor, complete, refetch=refetch_of(page)
            )
            report.pages += 1
    return report
