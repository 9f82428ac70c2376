"""The blobs stage's downloads: files the user needs without asking for them, within a data budget.

Which files those are is not the sync's business: the engine is given a ``WantedFn`` (for a grader, the
files of the submissions in their queues, ``services/grader_files.py``), which lists sha256 in the order
they are needed. After the pull (and the blob index, which learnt every referenced blob's size from the
server's ``POST /blobs/stat``), each missing one is fetched, resumably and verified, as long as it fits
in what is left of the budget for this sync; a file that does not fit waits (for a later sync, or for the
user's "download everything", which ignores the budget), and smaller ones after it still come. A file the
server will not give is counted and skipped, never a failed sync. A lost connection stops the stage like
any other (``OfflineError``); what arrived is kept.

A sync with nothing to fetch costs no request here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.models import Blob
from bootcamp_core.models.blobstore import has_blob
from bootcamp_core.models.db import Database

from .blob_index import mark_present, record
from .blobs import BlobInfo, fetch_many, stat
from .client import SyncClient
from .progress import ProgressCallback, ProgressEvent

WantedFn = Callable[[Database], list[str]]  # sha256 of the blobs wanted, most needed first


@dataclass
class FetchReport:
    fetched: int = 0
    fetched_bytes: int = 0
    waiting: int = 0  # over the budget: they wait for another sync, or for "download everything"
    waiting_bytes: int = 0
    unavailable: int = 0  # the server did not give them


def choose(
    files: Sequence[tuple[str, int]], budget: int | None
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Which of ``files`` (sha256, size), in order, one sync fetches within ``budget`` bytes (None: no
    limit), and which wait: each file is taken when it fits in what is left, so one large file does not
    hold back the small ones after it."""
    if budget is None:
        return list(files), []
    take, wait = [], []
    left = budget
    for sha, size in files:
        if size <= left:
            take.append((sha, size))
            left -= size
        else:
            wait.append((sha, size))
    return take, wait


def _missing(db: Database, root: Path, shas: list[str]) -> list[tuple[str, int | None]]:
    """The wanted blobs not in the store yet, with their size (None when the replica does not know it)."""
    wanted = [s for s in dict.fromkeys(shas) if not has_blob(root, s)]
    sizes: dict[str, int] = {}
    with db.session() as s:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            query = sa.select(Blob.sha256, Blob.size_bytes).where(Blob.sha256.in_(chunk))
            sizes.update({sha: size for sha, size in s.execute(query)})
    return [(sha, sizes.get(sha)) for sha in wanted]


async def fetch_stage(
    db: Database,
    client: SyncClient,
    root: Path,
    wanted: WantedFn,
    budget: int | None,
    progress: ProgressCallback,
) -> FetchReport:
    report = FetchReport()
    shas = await asyncio.to_thread(wanted, db)
    missing = await asyncio.to_thread(_missing, db, root, shas)
    unknown = [sha for sha, size in missing if size is None]
    if unknown:
        infos = await stat(client, unknown)
        await asyncio.to_thread(record, db, root, infos)
        missing = await asyncio.to_thread(_missing, db, root, shas)
    known = [(sha, size) for sha, size in missing if size is not None]
    report.unavailable = len(missing) - len(known)
    take, wait = choose(known, budget)
    report.waiting, report.waiting_bytes = len(wait), sum(size for _sha, size in wait)
    if not take:
        return report
    progress(ProgressEvent("blobs", 0, sum(size for _sha, size in take), f"fetching {len(take)} files"))
    try:
        outcome = await fetch_many(client, root, [BlobInfo(sha, size, None) for sha, size in take], progress)
    finally:  # what arrived before a cut is recorded too
        await asyncio.to_thread(mark_present, db, root, [sha for sha, _size in take])
    report.fetched, report.fetched_bytes = len(outcome.fetched), outcome.fetched_bytes
    report.unavailable += len(outcome.unavailable)
    return report
