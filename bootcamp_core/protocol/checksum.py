"""Table checksums: an additive sum of per-row hashes, so they update incrementally.

``row_hash`` is the first 8 bytes, big-endian, of ``sha256("<table>:<id>:<sync_version>")``; a table's
checksum is the sum of its rows' hashes modulo 2**64, shown as 16 hex digits. Adding or removing a row
adds or subtracts its hash, so either side can keep it up to date without rereading the table; a
missing, extra or stale row changes it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

MOD = 2**64


def row_hash(table: str, row_id: uuid.UUID | str, version: int) -> int:
    digest = hashlib.sha256(f"{table}:{str(row_id).lower()}:{int(version)}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass
class TableChecksum:
    table: str
    count: int = 0
    total: int = 0

    def add(self, row_id: uuid.UUID | str, version: int) -> None:
        self.count += 1
        self.total = (self.total + row_hash(self.table, row_id, version)) % MOD

    def remove(self, row_id: uuid.UUID | str, version: int) -> None:
        self.count -= 1
        self.total = (self.total - row_hash(self.table, row_id, version)) % MOD

    @property
    def hex(self) -> str:
        return f"{self.total:016x}"

    def as_wire(self) -> dict[str, object]:
        return {"count": self.count, "hash": self.hex}


def table_checksum(table: str, rows: Iterable[tuple[uuid.UUID | str, int]]) -> TableChecksum:
    acc = TableChecksum(table)
    for row_id, version in rows:
        acc.add(row_id, version)
    return acc
