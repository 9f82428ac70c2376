"""The central server as its own process (``bootcamp-server serve`` on PostgreSQL), started and stopped
as an operator would: stopping it cuts every replica's network for real (connections refused)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "bootcamp_server", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    assert done.returncode == 0, f"bootcamp-server {' '.join(args)} failed:\n{done.stderr[-3000:]}"
    return done


@dataclass
class ServerProcess:
    database_url: str  # postgresql://...
    data_dir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    public_url: str | None = None  # the address replicas use, when they reach it through a proxy

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _common(self) -> list[str]:
        return [
            "--database-url",
            self.database_url,
            "--data-dir",
            str(self.data_dir),
            "--issuer",
            self.public_url or self.url,
        ]

    def seed_demo(self) -> str:
        return server_cli("seed-demo", *self._common()).stdout

    def start(self) -> None:
        """Start serving; returns once uvicorn says it is listening (read from its own log, no polling)."""
        assert self.proc is None
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log = self.data_dir / "serve.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bootcamp_server", "serve", *self._common(), "--port", str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        ready = threading.Event()
        threading.Thread(target=self._copy_log, args=(self.proc, ready), daemon=True).start()
        if not ready.wait(60) or self.proc.poll() is not None:
            raise RuntimeError(f"the server did not start: {self.log.read_text()[-3000:]}")

    def _copy_log(self, proc: subprocess.Popen[bytes], ready: threading.Event) -> None:
        assert proc.stdout is not None and self.log is not None
        with self.log.open("ab") as out:
            for line in proc.stdout:
                out.write(line)
                out.flush()
                if b"Uvicorn running on" in line or b"Application startup complete" in line:
                    ready.set()
        ready.set()  # the process ended: start() looks at why

    def stop(self) -> None:
        """The network is cut: the process is gone, every connection to its port is refused."""
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)
        self.proc = None
        with socket.socket() as s:
            assert s.connect_ex(("127.0.0.1", self.port)) != 0, "the server's port still answers"

    def engine(self) -> sa.Engine:
        return sa.create_engine(self.database_url.replace("postgresql://", "postgresql+psycopg://", 1))
