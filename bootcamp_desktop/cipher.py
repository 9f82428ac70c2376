"""The replica's encryption at rest: the ``SQLCipher`` connector and encrypting a plain replica in place.

SQLCipher 4: AES-256 in CBC mode per page with an HMAC-SHA512 per page, keyed with a random 256-bit raw
key, so no password-derivation step is needed or weakened. A ``Connector`` of ``bootcamp_core.models.db``:
the engine, raw DBAPI connections (for backups) and checks go through it as through a plain file. Only
the desktop app opens encrypted files, so ``sqlcipher3`` is its dependency, not the core's.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models.db import Connector


@dataclass(frozen=True)
class SQLCipher:
    """An encrypted file; ``key_hex`` is 64 hex digits (a raw 256-bit key)."""

    key_hex: str = field(repr=False)
    encrypted: bool = True

    def __post_init__(self) -> None:
        if len(self.key_hex) != 64 or any(c not in "0123456789abcdef" for c in self.key_hex):
            raise ValueError("an SQLCipher key must be 64 lowercase hex digits")

    @property
    def pragma(self) -> str:
        return f"x'{self.key_hex}'"

    def url(self, path: Path) -> sa.URL:
        return sa.URL.create("sqlite+pysqlcipher", password=self.pragma, database=str(path))

    def connect(self, path: Path, *, readonly: bool = False) -> Any:
        import sqlcipher3

        conn = sqlcipher3.connect(f"file:{path}?mode=ro" if readonly else str(path), uri=readonly)
        conn.execute(f'PRAGMA key = "{self.pragma}"')
        return conn


def encrypt_in_place(path: Path, connector: Connector) -> None:
    """Turn a plain SQLite file into an encrypted one, atomically.

    The plain file is checkpointed, exported into ``<name>.encrypting`` with ``sqlcipher_export``, the
    copy is checked (integrity and row counts) and synced to disk, and only then renamed over the
    original. A crash before the rename leaves the original untouched; the stray copy is discarded the
    next time.
    """
    import sqlcipher3

    if not isinstance(connector, SQLCipher):
        raise TypeError("encrypt_in_place needs an SQLCipher connector")
    staging = path.with_name(path.name + ".encrypting")
    staging.unlink(missing_ok=True)
    plain = sqlite3.connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        plain.close()
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f'ATTACH DATABASE ? AS encrypted KEY "{connector.pragma}"', (str(staging),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    check = connector.connect(staging)
    try:
        if check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise RuntimeError("the encrypted copy failed its integrity check; the plain replica was kept")
        for t, n in counts.items():
            if check.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] != n:
                raise RuntimeError(f"the encrypted copy lost rows of {t}; the plain replica was kept")
    finally:
        check.close()
    with staging.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(staging, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
