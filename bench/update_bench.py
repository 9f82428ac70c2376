"""Update download benchmark (issue 19, must-have 4), against a baseline measured in the same run.

A workshop hub (the server on SQLite, in this process) publishes an installer of ``--mb`` megabytes
(85 by default, the size of the .deb); then
  (a) the baseline: one plain streamed GET of the file to disk, hashed with sha256 as it arrives and synced to
      disk (the least any durable, verified download does);
  (b) the app's download (``sync/updates.fetch``: the blob downloader, resumable and verified), whole;
  (c) the same cut once halfway through (a TCP proxy aborts the connection), then resumed: the bytes that
      crossed the link against the file's size (what a cut costs), and the time of both attempts.

    .venv/bin/python bench/update_bench.py [--mb 85]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bootcamp_desktop.sync.client import SyncClient  # noqa: E402
from bootcamp_desktop.sync.errors import OfflineError  # noqa: E402
from bootcamp_desktop.sync.tokens import TokenStore  # noqa: E402
from bootcamp_desktop.sync.updates import fetch  # noqa: E402
from bootcamp_server import releases  # noqa: E402
from bootcamp_server.db import ServerDB  # noqa: E402
from bootcamp_server.schema import migrate  # noqa: E402
from bootcamp_server.settings import Settings  # noqa: E402
from tests.sync.live import LiveServer, free_port  # noqa: E402
from tests.sync.proxy import LinkProxy, ProxyTransport  # noqa: E402


def baseline(url: str, target: Path) -> float:
    started = time.perf_counter()
    digest = hashlib.sha256()
    with httpx.Client(timeout=60) as http, http.stream("GET", url) as response, target.open("wb") as out:
        for chunk in response.iter_bytes():
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())  # on disk, as the app's download is before it counts
    return time.perf_counter() - started


def app_download(
    server: str,
    info: releases.ReleaseInfo,
    directory: Path,
    transport: httpx.AsyncBaseTransport | None = None,
) -> float:
    async def run() -> None:
        async with SyncClient(server, TokenStore(server, "bench"), transport=transport) as client:
            await fetch(client, info, directory, trusted=())

    started = time.perf_counter()
    asyncio.run(run())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=int, default=85)
    args = parser.parse_args()
    size = args.mb * 1_000_000
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        port = free_port()
        settings = Settings(
            database_url=f"sqlite+pysqlite:///{tmp / 'server.db'}",
            data_dir=tmp / "hub",
            issuer=f"http://127.0.0.1:{port}",
        )
        settings.data_dir.mkdir()
        sdb = ServerDB(settings)
        migrate(sdb.database, settings.db_app_role)
        installer = tmp / "bootcamp-desktop_9.0.0_amd64.deb"
        with installer.open("wb") as out:
            block = hashlib.sha256(b"bench").digest() * 32768  # 1 MiB
            written = 0
            while written < size:
                out.write(block[: size - written])
                written += min(len(block), size - written)
        info = releases.publish(sdb, settings, installer, version="9.0.0", platform="linux-deb")
        hub = LiveServer(settings, sdb, port)
        hub.start()
        try:
            base = baseline(f"{hub.url}{info.url}", tmp / "baseline.deb")
            whole = app_download(hub.url, info, tmp / "whole")
            with LinkProxy(port, cut_policy=lambda n: size // 2 if n == 0 else None) as proxy:
                started = time.perf_counter()
                try:
                    app_download(hub.url, info, tmp / "cut", ProxyTransport(proxy.port))
                    raise SystemExit("the cut did not happen")
                except OfflineError:
                    pass
                app_download(hub.url, info, tmp / "cut", ProxyTransport(proxy.port))
                both = time.perf_counter() - started
                crossed = proxy.bytes_down
        finally:
            hub.stop()
            sdb.dispose()
        assert (tmp / "cut" / installer.name).read_bytes() == installer.read_bytes()
    mb = size / 1e6
    print(f"installer: {mb:.0f} MB on a hub on 127.0.0.1 (SQLite)")
    print(f"(a) baseline, GET + sha256 + fsync: {base:6.2f} s  {mb / base:7.1f} MB/s")
    print(
        f"(b) app download, verified:         {whole:6.2f} s  {mb / whole:7.1f} MB/s  ({whole / base:.2f}x the baseline)"
    )
    print(
        f"(c) cut at half, then resumed:      {both:6.2f} s  ({both / base:.2f}x the baseline); "
        f"{crossed:,} bytes crossed the link for {size:,} ({(crossed - size) / size:+.3%}: headers only)"
    )


if __name__ == "__main__":
    main()
