"""USB drives on the server's side (docs/security.md, "USB drives"): its keys, signed course packs, and
work bundles handed in on a drive.

- **The server's keys** are derived from its secret key (``secretbox.load_key``: ``BOOTCAMP_SECRET_KEY`` or
  ``secret.key``), so they need no storage and survive restarts; they are published at
  ``/.well-known/bootcamp-usb`` with the issuer and the server id, and replicas pin them at their sync.
- **Device keys**: a replica registers its public keys (signing and receiving) once signed in; they are
  kept in ``server_settings`` as ``usbkey:<user id>:<fingerprint>``, so a user may have several laptops.
- **A course pack** is the published course's rows (course, modules, lessons, assignments, and the public
  projection of the people they name), read as the caller reads them, with the list of its files (sha256,
  size, type), signed by the server.
- **A work bundle** is opened (HPKE to the server's key), its signature checked against a key registered
  for the learner it names, its issuer and server id checked, its files stored as the learner's uploads,
  and its mutations pushed as the learner through ``push_batch``: the same savepoints and the same
  once-only record as a push, so a bundle handed in twice changes nothing the second time. The answer
  (the push's results, then pull pages from the learner's cursor: grades and feedback) is signed by the
  server and encrypted to the learner's device.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from functools import cache
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import Assignment, Blob, Course, Lesson, Module, ServerSetting, User
from bootcamp_core.models.blobstore import SHA256_RE, write_blob
from bootcamp_core.protocol.blob_refs import ordered_refs
from bootcamp_core.protocol.usb import (
    RETURN_INFO,
    WORK_INFO,
    KeyPair,
    UsbError,
    b64d,
    b64e,
    box_public,
    canonical,
    fingerprint,
    open_sealed,
    seal,
    sign_public,
    signed,
    verified,
)

from .access.principal import Principal, load_principal
from .access.visibility import Visibility, public_user, referenced_users
from .db import SERVICE, ServerDB
from .models import BlobUpload
from .secretbox import load_key
from .settings import Settings
from .sync.cursor import BadCursor, Cursor
from .sync.images import wire_row
from .sync.payload import MAX_MUTATIONS, PayloadError, parse_push
from .sync.pull import pull_page
from .sync.push import push_batch

PACK_TABLES = ("users", "courses", "modules", "lessons", "assignments")
RETURN_PAGES = 20  # pull pages a return carries at most; the rest comes with the next sync
RETURN_PAGE_ROWS = 1000


@cache
def _keys(seed: bytes) -> KeyPair:
    return KeyPair.from_seed(seed, b"server")


def server_keys(settings: Settings) -> KeyPair:
    return _keys(load_key(settings.data_dir))


def published(settings: Settings, server_id: str) -> dict[str, Any]:
    keys = server_keys(settings)
    return {"issuer": settings.issuer, "server_id": server_id, **keys.public, "fingerprint": keys.fingerprint}


# -- device keys ---------------------------------------------------------------------------------------
def register_device(sdb: ServerDB, principal: Principal, body: Any) -> dict[str, str]:
    if not isinstance(body, dict):
        raise UsbError("expected {sign_key, box_key}")
    sign_public(body.get("sign_key"))
    box_public(body.get("box_key"))
    fp = fingerprint(body["sign_key"])
    with sdb.write(SERVICE) as s:
        key = f"usbkey:{principal.user_id}:{fp}"
        row = s.get(ServerSetting, key) or ServerSetting(key=key, value="")
        row.value = json.dumps({"sign_key": body["sign_key"], "box_key": body["box_key"]})
        s.add(row)
    return {"fingerprint": fp}


def _device(sdb: ServerDB, user_id: uuid.UUID, fp: object) -> dict[str, str]:
    if not isinstance(fp, str) or not fp.isalnum() or len(fp) != 16:
        raise UsbError("the bundle names no device key")
    with sdb.read(SERVICE) as s:
        value = s.scalar(sa.select(ServerSetting.value).where(ServerSetting.key == f"usbkey:{user_id}:{fp}"))
    if value is None:
        raise UsbError("the bundle is signed by a key not registered for the learner it names")
    return json.loads(value)


# -- course packs --------------------------------------------------------------------------------------
def course_pack(
    sdb: ServerDB, settings: Settings, server_id: str, principal: Principal, course_id: uuid.UUID
) -> dict[str, Any]:
    """The signed manifest of a published course the caller may read."""
    with sdb.read(principal.context, snapshot=True) as s:
        course = s.get(Course, course_id)
        if course is None or not course.published:
            raise LookupError("no published course with this id")
        vis = Visibility(s, principal)
        modules = list(s.scalars(sa.select(Module.id).where(Module.course_id == course_id)))
        lessons = (
            list(s.scalars(sa.select(Lesson.id).where(Lesson.module_id.in_(modules)))) if modules else []
        )
        assignments = (
            list(s.scalars(sa.select(Assignment.id).where(Assignment.lesson_id.in_(lessons))))
            if lessons
            else []
        )
        wanted = {
            "courses": {course_id},
            "modules": set(modules),
            "lessons": set(lessons),
            "assignments": set(assignments),
        }
        rows: dict[str, list[dict[str, Any]]] = {}
        people: set[uuid.UUID] = set()
        for table in PACK_TABLES[1:]:
            rows[table] = [v for v in vis.visible_rows(table) if v["id"] in wanted[table]]
            for v in rows[table]:
                people |= referenced_users(table, v)
        me = principal.user_id
        users = vis.public_users(people - {me})
        if me in people:
            t = User.__table__
            own = s.execute(sa.select(t).where(t.c.id == me)).mappings().one()
            users.append(public_user(own))
        refs = ordered_refs([[wire_row(t, v) for v in rows[t]] for t in ("lessons", "assignments")])
        blobs = {b.sha256: b for b in s.scalars(sa.select(Blob).where(Blob.sha256.in_(refs)))} if refs else {}
    changes = [{"table": "users", "row": wire_row("users", u)} for u in users]
    for table in PACK_TABLES[1:]:
        changes += [{"table": table, "row": wire_row(table, v)} for v in rows[table]]
    media = [
        {"sha256": sha, "size": blobs[sha].size_bytes, "mime_type": blobs[sha].mime_type}
        for sha in refs
        if sha in blobs and blobs[sha].state == "complete"
    ]
    document = {
        "format": "bootcamp-course-pack",
        "version": 1,
        "issuer": settings.issuer,
        "server_id": server_id,
        "course_id": str(course_id),
        "title": course.title,
        "rows": changes,
        "media": media,
        "unavailable": len(refs) - len(media),
    }  # files the lessons name that the server does not hold
    return signed(document, server_keys(settings))


# -- work bundles --------------------------------------------------------------------------------------
def _chunks(mutations: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Whole transactions, at most ``MAX_MUTATIONS`` per push (a larger transaction goes alone)."""
    out: list[list[dict[str, Any]]] = []
    for m in mutations:
        if out and m.get("txn") is not None and out[-1][-1].get("txn") == m.get("txn"):
            out[-1].append(m)
        else:
            out.append([m])
    batches: list[list[dict[str, Any]]] = []
    for txn in out:
        if batches and len(batches[-1]) + len(txn) <= MAX_MUTATIONS:
            batches[-1] += txn
        else:
            batches.append(list(txn))
    return batches


def _store_files(sdb: ServerDB, settings: Settings, user_id: uuid.UUID, files: Any) -> None:
    if not isinstance(files, list):
        raise UsbError("the bundle's files are not a list")
    for f in files:
        sha = f.get("sha256") if isinstance(f, dict) else None
        if not isinstance(sha, str) or not SHA256_RE.match(sha):
            raise UsbError("a file of the bundle has no valid sha256")
        data = b64d(f.get("data"))
        if hashlib.sha256(data).hexdigest() != sha:
            raise UsbError(f"the file {sha[:12]}… of the bundle does not match its hash")
        if len(data) > settings.max_blob_bytes:
            raise UsbError("a file of the bundle is larger than the server takes")
    for f in files:
        data = b64d(f["data"])
        write_blob(settings.blobs_dir, data)
        with sdb.write(SERVICE) as s:
            blob = s.get(Blob, f["sha256"])
            if blob is None:
                s.add(
                    Blob(
                        sha256=f["sha256"],
                        size_bytes=len(data),
                        stored_bytes=len(data),
                        state="complete",
                        mime_type=f.get("mime_type") if isinstance(f.get("mime_type"), str) else None,
                    )
                )
            elif blob.state != "complete":
                blob.size_bytes = blob.stored_bytes = len(data)
                blob.state = "complete"
            if s.get(BlobUpload, (f["sha256"], user_id)) is None:
                s.add(BlobUpload(sha256=f["sha256"], user_id=user_id))


def import_bundle(
    sdb: ServerDB, settings: Settings, server_id: str, carrier: Principal, body: Any
) -> dict[str, Any]:
    """Open, check and push a work bundle; returns the sealed return for the learner's device."""
    if not isinstance(body, dict) or body.get("format") != "bootcamp-work-bundle":
        raise UsbError("not a work bundle")
    keys = server_keys(settings)
    if body.get("to") != keys.fingerprint:
        raise UsbError("this bundle is for another server")
    try:
        envelope = json.loads(open_sealed(b64d(body.get("sealed")), keys.box, WORK_INFO))
        user_id = uuid.UUID(str(envelope["signed"]["user_id"]))
    except (ValueError, KeyError, TypeError):
        raise UsbError("the bundle's contents are malformed") from None
    device = _device(sdb, user_id, envelope.get("key"))
    doc = verified(envelope, device["sign_key"])
    if doc.get("issuer") != settings.issuer or doc.get("server_id") != server_id:
        raise UsbError("the bundle was made for another server")
    with sdb.read(SERVICE) as s:
        learner = load_principal(s, user_id)
    if learner is None:
        raise UsbError("the bundle's learner has no active account here")
    mutations = doc.get("mutations")
    if not isinstance(mutations, list) or not all(isinstance(m, dict) for m in mutations):
        raise UsbError("the bundle's changes are malformed")
    batches = []
    for chunk in _chunks(mutations):
        try:
            batches.append(parse_push({"client_id": doc.get("client_id"), "mutations": chunk})[1])
        except PayloadError as exc:
            raise UsbError(f"the bundle's changes are malformed: {exc}") from None
    cursor = doc.get("cursor")
    try:
        start = Cursor.parse(cursor) if isinstance(cursor, str) else None
    except BadCursor:
        raise UsbError("the bundle's cursor is malformed") from None
    _store_files(sdb, settings, user_id, doc.get("files", []))
    results: list[dict[str, Any]] = []
    for batch in batches:
        results += push_batch(sdb, learner, batch)["results"]
    pages: list[dict[str, Any]] = []
    while start is not None and len(pages) < RETURN_PAGES:
        page = pull_page(sdb, learner, start, RETURN_PAGE_ROWS)
        pages.append(page)
        if not page.get("has_more"):
            break
        start = Cursor.parse(page["cursor"])
    answer = {
        "format": "bootcamp-work-return",
        "version": 1,
        "issuer": settings.issuer,
        "server_id": server_id,
        "user_id": str(user_id),
        "bundle_id": doc.get("bundle_id"),
        "from_cursor": cursor,
        "mutations": mutations,
        "results": results,
        "pages": pages,
        "carried_by": str(carrier.user_id),
    }
    plain = canonical(signed(json.loads(json.dumps(answer, default=str)), keys))
    return {
        "format": "bootcamp-work-return",
        "version": 1,
        "user_id": str(user_id),
        "bundle_id": doc.get("bundle_id"),
        "to": fingerprint(device["sign_key"]),
        "sealed": b64e(seal(plain, device["box_key"], RETURN_INFO)),
    }
