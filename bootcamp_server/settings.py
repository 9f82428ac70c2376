"""Server settings: one frozen dataclass, built from command-line options or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA_DIR = Path("bootcamp-server-data")


def default_database_url(data_dir: Path) -> str:
    return f"sqlite+pysqlite:///{(data_dir / 'server.db').resolve()}"


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path = DEFAULT_DATA_DIR
    # The public base URL of this server: the OAuth issuer, and the base of links it prints.
    issuer: str = "http://127.0.0.1:8000"
    access_token_seconds: int = 15 * 60
    refresh_token_seconds: int = 30 * 24 * 3600
    authorization_code_seconds: int = 300
    login_attempts_per_minute: int = 5
    # PostgreSQL: the non-owner role that request transactions run as, so row-level security applies.
    db_app_role: str = "bootcamp_app"
    max_blob_bytes: int = 200 * 1024 * 1024
    max_chunk_bytes: int = 8 * 1024 * 1024
    # OAuth requires https except on loopback addresses (RFC 8252); a workshop hub serving a room's LAN
    # over plain http has to say so explicitly.
    allow_insecure_http: bool = False
    # Erasing one's own account needs a sign-in at most this old (re-authentication), besides the email.
    reauth_seconds: int = 600
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @classmethod
    def from_env(cls, database_url: str | None = None, **overrides: object) -> Settings:
        data_dir = Path(
            str(
                overrides.pop("data_dir", None)
                or os.environ.get("BOOTCAMP_SERVER_DATA_DIR")
                or DEFAULT_DATA_DIR
            )
        )
        url = database_url or os.environ.get("BOOTCAMP_DATABASE_URL") or default_database_url(data_dir)
        issuer = str(overrides.pop("issuer", None) or os.environ.get("BOOTCAMP_ISSUER") or cls.issuer)
        return cls(
            database_url=url,
            data_dir=data_dir,
            issuer=issuer.rstrip("/"),
            **overrides,  # type: ignore[arg-type]
        )
