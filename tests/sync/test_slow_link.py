"""A course's media over a slow, flaky link: about 256 kbit/s, 600 ms of added round-trip latency
(300 ms each way), connections cut now and then (``proxy.LinkProxy`` on 127.0.0.1, reached through ``proxy.ProxyTransport`` so the
replica keeps talking to "its" server).

Shown: every blob of the chosen lessons arrives with the right sha256; a download cut mid-body resumes
from the bytes already on disk (the next request asks ``Range: bytes=<size of the partial file>-``),
and, over the whole run, the bytes that came through the proxy are the blobs' sizes plus response
headers: no finished byte was fetched twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
from pathlib import Path

import pytest

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_core.models.blobstore import blob_path, partial_path
from bootcamp_desktop.sync import blobs
from bootcamp_desktop.sync.client import SyncClient
from bootcamp_desktop.sync.errors import OfflineError
from bootcamp_desktop.sync.tokens import TokenStore

from .checks import blob_refs, lessons_of, shared_course
from .live import LiveServer, new_replica, sync
from .proxy import LinkProxy, ProxyTransport

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

RATE = 32_000  # bytes per second: 256 kbit/s
LATENCY = 0.3  # seconds each way: 600 ms round trip
BUDGET_BYTES = 100_000  # how much of the course to fetch: about three seconds of link
HEADER_ALLOWANCE = 600  # bytes of status line and headers per response (about 370 in practice)


def test_a_course_s_media_arrives_over_a_slow_flaky_link_and_cut_downloads_resume(
    live: LiveServer, tmp_path: Path
) -> None:
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        course = shared_course(live)
        with ws.db.session() as s:
            wanted: list[str] = []
            for lesson in lessons_of(s, course):
                for sha in sorted(
                    blob_refs([lesson.content_url, lesson.resources, lesson.interactive_elements])
                ):
                    if sha not in wanted:
                        wanted.append(sha)
        assert wanted, "the course has media"
        store = TokenStore(live.url, ws.settings.replica_id)

        async def sizes() -> dict[str, blobs.BlobInfo | None]:
            async with SyncClient(live.url, store) as client:
                return await blobs.stat(client, wanted)

        infos = asyncio.run(sizes())
        assert all(infos[s] is not None for s in wanted), "the learner may download every blob of the course"
        # The largest blobs first, up to the budget: cuts then fall inside bodies, not only between them.
        chosen: list[blobs.BlobInfo] = []
        for info in sorted((infos[s] for s in wanted), key=lambda i: -(i.size or 0))[:8]:  # type: ignore[union-attr]
            if sum(c.size or 0 for c in chosen) + (info.size or 0) <= BUDGET_BYTES:
                chosen.append(info)  # type: ignore[arg-type]
        total = sum(c.size or 0 for c in chosen)
        assert len(chosen) >= 3 and total > 40_000

        rng = random.Random(4)

        # The first connections are cut after a random share of a few blobs; later ones now and then.
        def cut_policy(n: int) -> int | None:
            if n < 3 or rng.random() < 0.3:
                return rng.randint(6_000, 30_000)
            return None

        root = ws.blobs_dir
        partial_before: list[tuple[str, int]] = []  # (sha, bytes on disk) after every cut
        with LinkProxy(live.port, rate=RATE, latency=LATENCY, cut_policy=cut_policy) as proxy:

            async def fetch() -> int:
                async with SyncClient(live.url, store, transport=ProxyTransport(proxy.port)) as client:
                    return await blobs.download_many(client, root, chosen)

            cuts = 0
            for _attempt in range(40):
                try:
                    asyncio.run(fetch())
                    break
                except OfflineError:
                    cuts += 1
                    for info in chosen:
                        part = partial_path(root, info.sha256)
                        if part.exists():
                            partial_before.append((info.sha256, part.stat().st_size))
                    if cuts == 25:
                        proxy.heal()  # liveness: a link that heals lets the download finish
            else:
                pytest.fail("the downloads never completed")
            requests = [r for r in proxy.requests if r.path.startswith("/api/v1/blobs/")]
            down = proxy.bytes_down

        assert cuts >= 1, "the link did cut"
        for info in chosen:
            path = blob_path(root, info.sha256)
            assert path.is_file(), info.sha256
            assert hashlib.sha256(path.read_bytes()).hexdigest() == info.sha256
            assert not partial_path(root, info.sha256).exists()
        resumed = [(sha, have) for sha, have in partial_before if have > 0]
        assert resumed, "at least one download was cut inside a blob's body"
        ranges = {(r.path.rsplit("/", 1)[-1], r.headers.get("range")) for r in requests}
        for sha, have in resumed:
            assert (sha, f"bytes={have}-") in ranges, f"the cut download of {sha[:12]} resumed at byte {have}"
        assert down >= total
        assert down <= total + HEADER_ALLOWANCE * len(requests), (
            f"{down} bytes came down for {total} bytes of blobs in {len(requests)} requests: finished bytes were fetched again"
        )
    finally:
        ws.close()
