"""The replica is encrypted at rest with a random key kept in the keyring (issue 7, must-have 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.models import InstructorFeedback, User
from bootcamp_core.models.db import is_sqlite_file
from bootcamp_desktop.cipher import SQLCipher
from bootcamp_desktop.replica import ReplicaError, replica_path
from bootcamp_desktop.services import replica_key
from bootcamp_desktop.services.backup import make_backup
from bootcamp_desktop.services.workspace import open_workspace


def _secrets_of(ws) -> list[bytes]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        people = s.execute(sa.select(User.full_name, User.email)).all()
        feedback = [f for f in s.scalars(sa.select(InstructorFeedback.detailed_feedback)) if f]
    words = [n.encode() for n, _ in people] + [e.encode() for _, e in people]
    words += [f[:40].encode() for f in feedback]
    assert len(words) > 20
    return words


def _files(directory: Path) -> list[Path]:
    return [
        p for p in directory.rglob("*") if p.is_file() and p.suffix in (".db", "") and "blobs" not in p.parts
    ]


def test_the_replica_holds_no_names_emails_or_feedback_in_clear(demo_template: Path, data_dir: Path) -> None:
    shutil.copytree(demo_template, data_dir)
    ws = open_workspace(data_dir)
    try:
        assert isinstance(ws.connector, SQLCipher)
        words = _secrets_of(ws)
        make_backup(ws)
        with ws.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    files = [
        p for p in data_dir.rglob("*") if p.is_file() and "blobs" not in p.parts and p.name != "settings.json"
    ]
    assert any(p.name == "replica.db" for p in files) and any("backups" in p.parts for p in files)
    for path in files:
        data = path.read_bytes()
        leaked = [w for w in words if w in data]
        assert not leaked, f"{path.name} holds {leaked[:3]} in clear"
    assert not is_sqlite_file(replica_path(data_dir)), "no plain SQLite header either"


def test_an_unencrypted_replica_is_encrypted_in_place(
    demo_template: Path, data_dir: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(demo_template, data_dir)
    assert is_sqlite_file(replica_path(data_dir))
    (replica_path(data_dir).with_name("replica.db.encrypting")).write_bytes(b"half-written by a crash")
    ws = open_workspace(data_dir)
    try:
        with ws.db.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(User)) == 17
    finally:
        ws.close()
    assert not is_sqlite_file(replica_path(data_dir))
    assert not replica_path(data_dir).with_name("replica.db.encrypting").exists()


def test_a_lost_key_gives_a_fresh_replica_and_a_clear_message(
    demo_template: Path, data_dir: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(demo_template, data_dir)
    ws = open_workspace(data_dir)
    ws.settings.server_url = "https://bootcamp.example.org"  # a synced replica: the server has the data
    ws.save_settings()
    ws.close()
    memory_keyring.entries.clear()  # a new keyring: the key is gone
    ws = open_workspace(data_dir)
    try:
        assert ws.notice and "no longer has the key" in ws.notice
        with ws.db.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(User)) == 0, "fresh, to be filled by sync"
        kept = list((data_dir / "backups").glob("replica-undecryptable-*.db"))
        assert len(kept) == 1, "the unreadable file is set aside, never deleted"
    finally:
        ws.close()


def test_a_wrong_key_never_opens_the_file(demo_template: Path, data_dir: Path) -> None:
    from bootcamp_desktop.replica import ReplicaKeyError, open_replica

    shutil.copytree(demo_template, data_dir)
    open_workspace(data_dir).close()
    before = replica_path(data_dir).read_bytes()
    with pytest.raises(ReplicaKeyError, match="cannot be decrypted"):
        open_replica(data_dir, SQLCipher("0" * 64))
    assert replica_path(data_dir).read_bytes() == before


def test_without_a_keyring_only_the_demo_runs_unencrypted(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from bootcamp_desktop.services.settings import Settings

    keyring.set_keyring(NoKeyring())
    demo = replica_key.choose(data_dir, Settings())
    assert demo.notice and "not encrypted" in demo.notice
    with pytest.raises(ReplicaError, match="BOOTCAMP_ALLOW_UNENCRYPTED"):
        replica_key.choose(data_dir, Settings(server_url="https://bootcamp.example.org"))
    monkeypatch.setenv("BOOTCAMP_ALLOW_UNENCRYPTED", "1")
    assert replica_key.choose(data_dir, Settings(server_url="https://bootcamp.example.org")).notice


def test_an_encrypted_replica_serves_many_threads_at_once(tmp_path: Path) -> None:
    """The window reads on its own thread while a sync stores pages on worker threads: with one connection
    per thread (SQLAlchemy's default for pysqlcipher), the sixth thread closed a connection another thread
    was using. Twelve threads read and write at once; every statement answers what it should."""
    import threading
    import uuid

    from bootcamp_desktop.replica import open_replica

    db = open_replica(tmp_path, SQLCipher("ab" * 32))
    with db.write() as s:
        s.add(
            User(id=uuid.uuid4(), fataplus_user_id=uuid.uuid4(), email="aina@example.org", full_name="Aina")
        )
    errors: list[BaseException] = []
    start = threading.Barrier(12)

    def work(n: int) -> None:
        try:
            start.wait()
            for i in range(40):
                with db.session() as s:
                    assert (
                        s.scalar(sa.select(User.full_name).where(User.email == "aina@example.org")) == "Aina"
                    )
                if i % 10 == n % 10:
                    with db.write() as s:
                        s.execute(
                            sa.update(User).where(User.email == "aina@example.org").values(bio=f"{n}-{i}")
                        )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    db.dispose()
    assert errors == []
