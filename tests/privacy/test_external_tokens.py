"""External service tokens on the server: stored only encrypted, bound to their row, never answered,
never in the change log, refused from a push, audited without the secret (issue 7, part 2)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.models import ExternalServiceToken, uuid7
from bootcamp_server.integration_tokens import stored_tokens
from bootcamp_server.models import AuditLog, ChangeLogEntry
from bootcamp_server.oauth.tokens import issue_access_token
from bootcamp_server.secretbox import (
    KEY_ENV,
    SecretBox,
    SecretDecryptError,
    SecretKeyError,
    load_key,
    secret_box,
)
from tests.sync.live import LiveServer

from .conftest import Person, new_learner


@pytest.fixture
def person(live: LiveServer) -> Person:
    return new_learner(live)


@pytest.fixture
def http(live: LiveServer, person: Person) -> Iterator[httpx.Client]:
    with live.sdb.owner() as s:
        token = issue_access_token(s, person.user_id, 600).access_token
    headers = {"Authorization": f"Bearer {token}", "Bootcamp-Protocol": "1"}
    with httpx.Client(base_url=live.url, headers=headers, timeout=30) as client:
        yield client


def test_a_token_is_stored_encrypted_and_never_answered(
    live: LiveServer, person: Person, http: httpx.Client
) -> None:
    secret = "ghp_" + uuid.uuid4().hex * 2
    put = http.put(
        "/api/v1/me/external-tokens/github", json={"access_token": secret, "service_user_id": "hasina"}
    )
    assert put.status_code == 200, put.text
    assert secret not in put.text and put.json()["service"] == "github"
    listed = http.get("/api/v1/me/external-tokens")
    assert listed.json()["tokens"][0]["service_user_id"] == "hasina" and secret not in listed.text
    for path in ("/api/v1/me", "/api/v1/me/export", "/api/v1/sync/pull?limit=5000"):
        assert secret not in http.get(path).content.decode("latin-1"), path

    box = secret_box(live.settings.data_dir)
    with live.sdb.owner() as s:
        row = s.scalar(sa.select(ExternalServiceToken).where(ExternalServiceToken.user_id == person.user_id))
        assert row is not None and row.access_token.startswith("enc:v1:") and secret not in row.access_token
        assert stored_tokens(s, box, person.user_id, "github") == (secret, None)
        # A ciphertext moved into another row does not decrypt there.
        with pytest.raises(SecretDecryptError):
            box.open_column("external_service_tokens", "access_token", uuid7(), row.access_token)
        images = s.scalars(sa.select(ChangeLogEntry.row).where(ChangeLogEntry.row_id == row.id)).all()
        assert images and all(
            "access_token" not in (i or {}) and "refresh_token" not in (i or {}) for i in images
        )
        audit = s.scalars(sa.select(AuditLog).where(AuditLog.row_id == row.id)).all()
        assert audit and all(secret not in str(a.before) + str(a.after) for a in audit)

    assert http.delete("/api/v1/me/external-tokens/github").status_code == 204
    assert http.delete("/api/v1/me/external-tokens/github").status_code == 404
    with live.sdb.owner() as s:
        assert (
            s.scalar(sa.select(ExternalServiceToken).where(ExternalServiceToken.user_id == person.user_id))
            is None
        )


@pytest.mark.parametrize(
    ("service", "body"),
    [
        ("GitHub", {"access_token": "x"}),
        ("..%2F..%2Fadmin", {"access_token": "x"}),
        ("github", {"access_token": ""}),
        ("github", {"access_token": 7}),
        ("github", {"access_token": "x", "expires_at": "tomorrow"}),
        ("github", ["x"]),
    ],
)
def test_bad_token_requests_are_refused(http: httpx.Client, service: str, body: object) -> None:
    r = http.put(f"/api/v1/me/external-tokens/{service}", json=body)
    assert r.status_code in (400, 404), r.text
    assert r.headers["content-type"].startswith("application/problem+json")


def test_a_push_cannot_write_a_token_column(live: LiveServer, person: Person, http: httpx.Client) -> None:
    row_id = uuid7()
    mutation = {
        "id": str(uuid7()),
        "table": "external_service_tokens",
        "op": "insert",
        "row_id": str(row_id),
        "base_version": 0,
        "set": {
            "user_id": str(person.user_id),
            "service_name": "linkedin",
            "access_token": "plain-text-token",
        },
        "inc": {},
    }
    r = http.post("/api/v1/sync/push", json={"client_id": str(uuid.uuid4()), "mutations": [mutation]})
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "rejected"
    with live.sdb.owner() as s:
        assert s.get(ExternalServiceToken, row_id) is None


def test_the_key_file_is_private_and_a_readable_one_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    key = load_key(tmp_path)
    assert len(key) == 32 and (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600
    assert load_key(tmp_path) == key
    os.chmod(tmp_path / "secret.key", 0o644)
    with pytest.raises(SecretKeyError, match="chmod 600"):
        load_key(tmp_path)
    monkeypatch.setenv(KEY_ENV, "too-short")
    with pytest.raises(SecretKeyError):
        load_key(tmp_path)


def test_another_key_cannot_open_a_value() -> None:
    one, two = SecretBox(os.urandom(32)), SecretBox(os.urandom(32))
    sealed = one.seal("token", b"t.c:1")
    assert one.open(sealed, b"t.c:1") == "token"
    with pytest.raises(SecretDecryptError):
        two.open(sealed, b"t.c:1")
    with pytest.raises(SecretDecryptError):
        one.open(sealed[:-4] + "AAAA", b"t.c:1")
