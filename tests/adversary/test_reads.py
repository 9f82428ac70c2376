"""Every read path, as each role, signed in through OAuth over HTTP, against the oracle (``oracle.py``): the
pull from the start, its checkpoint, the bootstrap pages, the snapshot of every table, the export, and the
blob routes for every blob the server holds (and for an unknown hash). A leak is a row or a column the oracle
does not let through; the rows it lets through must all arrive (except in the export, which holds one's own)."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any

import pytest

from .client import Attacker
from .conftest import ROLES, Arena
from .oracle import ReadOracle
from .tally import TALLY

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PATHS = ("pull", "bootstrap", "snapshot", "export")
FULL = int(os.environ.get("BOOTCAMP_ADVERSARY_EXAMPLES", "15")) > 15


def _oracle(arena: Arena, who: Attacker) -> ReadOracle:
    with arena.sdb.owner() as s:
        return ReadOracle(s, who.user_id)


@pytest.mark.parametrize("role", ROLES)
def test_every_read_path_sends_what_the_oracle_allows_and_nothing_else(arena: Arena, role: str) -> None:
    who = arena.attackers[role]
    oracle = _oracle(arena, who)
    received: dict[str, Any] = {}
    received["pull"], checkpoint, _ = who.pull(limit=700)
    received["bootstrap"] = who.bootstrap(limit=500)
    received["snapshot"] = who.snapshot(limit=400)
    received["export"], files = who.export()
    problems, missing = [], []
    for path in PATHS:
        leaks, absent, compared = oracle.judge(path, received[path], exact=path != "export")
        TALLY.attempts[f"read: {path} (rows)"] += sum(1 for rows in received[path].values() for _ in rows)
        TALLY.attempts[f"read: {path} (columns)"] += compared
        TALLY.leaks += leaks
        problems += leaks
        missing += absent
    # The checkpoint is what the caller may see: the count and hash of each table over the oracle's rows.
    want = oracle.checkpoint()
    TALLY.attempts["read: checkpoint (tables)"] += len(want)
    wrong = {
        t: (checkpoint["tables"].get(t), want[t]) for t in want if checkpoint["tables"].get(t) != want[t]
    }
    TALLY.leaks += [("checkpoint", t, v) for t, v in wrong.items() if v[0] and v[0]["count"] > v[1]["count"]]
    # The export's files are blobs the caller may download.
    allowed = oracle.blobs()
    TALLY.attempts["read: export (files)"] += len(files)
    extra = files - allowed
    TALLY.leaks += [("export file", sha) for sha in extra]
    assert not problems, problems[:5]
    assert not extra
    assert not wrong, wrong
    TALLY.refused_allowed.update(f"read {p}: {t}" for p, t, _ in missing)
    assert not missing, missing[:5]
    # What the oracle conceals must be exercised here, or the comparison proves little.
    assert sum(len(r) for r in received["pull"].values()) > 100
    concealed = sum(
        1
        for t, rows in received["pull"].items()
        for i, row in rows.items()
        if t != "users" and row is not None and oracle.expect(t, oracle.rows[t][i]) != oracle.rows[t][i]
    )
    TALLY.attempts["read: pull (rows with concealed columns, not people)"] += concealed
    if role == "learner":  # a reviewer of classmates' work
        assert concealed > 0


@pytest.mark.parametrize("role", ROLES)
def test_blobs_answer_only_for_what_the_oracle_allows(arena: Arena, role: str) -> None:
    who = arena.attackers[role]
    oracle = _oracle(arena, who)
    allowed = oracle.blobs()
    stored = {p.name for p in arena.live.settings.blobs_dir.rglob("*") if p.is_file() and len(p.name) == 64}
    for rows in oracle.rows.values():  # every hash any row names, stored or not
        for row in rows.values():
            stored |= set(re.findall(r"blob:sha256:([0-9a-f]{64})", str(row)))
    unknown = hashlib.sha256(os.urandom(16)).hexdigest()
    hashes = sorted(stored | {unknown})
    if not FULL:  # every hash goes through ``stat``; one by one, those allowed and as many others
        others = sorted(set(hashes) - allowed)
        asked = sorted(allowed & set(hashes))[:25] + others[:: max(1, len(others) // 25)] + [unknown]
    else:
        asked = hashes
    granted = set()
    for sha in asked:
        for method in ("HEAD", "GET"):
            r = who.request(
                method, f"/api/v1/blobs/{sha}", headers={"Range": "bytes=0-15"} if method == "GET" else {}
            )
            TALLY.attempts[f"read: blob {method}"] += 1
            assert r.status_code in (200, 206, 404), (method, sha, r.status_code)
            if r.status_code != 404:
                granted.add(sha)
    stat: dict[str, Any] = {}
    for i in range(0, len(hashes), 500):
        stat |= who.ok("POST", "/api/v1/blobs/stat", json={"sha256": hashes[i : i + 500]}).json()["blobs"]
    TALLY.attempts["read: blob stat"] += len(hashes)
    granted_by_stat = {sha for sha, v in stat.items() if v is not None}
    for sha in asked:
        r = who.request("GET", f"/api/v1/blobs/{sha}/upload")
        TALLY.attempts["read: blob upload state"] += 1
        assert r.status_code == 200, r.text
        if r.json()["complete"]:
            granted.add(sha)
    leaked = (granted | granted_by_stat) - allowed
    TALLY.leaks += [("blob", role, sha) for sha in sorted(leaked)]
    assert not leaked
    assert unknown not in granted | granted_by_stat
    refused = (allowed & set(asked)) - granted
    present = {p.name for p in arena.live.settings.blobs_dir.rglob("*") if p.is_file()}
    TALLY.refused_allowed.update(f"blob {role}" for _ in refused & present)
    assert granted, "the caller downloads some blob, or the test proves nothing"
