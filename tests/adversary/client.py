"""An attacker's client: signed in as a person through the real authorization-code + PKCE flow (the server's
own login form, a loopback redirect that is never listened on: the code is read from the ``Location``), then
plain HTTP to every read path and to the push. Every response is counted; a 5xx is recorded as a server error.
An access token lives 15 minutes; a long campaign refreshes it when a request answers 401."""

from __future__ import annotations

import io
import json
import re
import uuid
import zipfile
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import OAuth2Client

from bootcamp_core.protocol import registry

from .tally import TALLY

CLIENT_ID = "bootcamp-desktop"
REDIRECT = "http://127.0.0.1:53682/callback"
Rows = dict[str, dict[str, dict[str, Any]]]  # table -> id -> wire row


def _record(response: httpx.Response) -> None:
    if response.status_code >= 500:
        TALLY.server_errors.append((response.request.method, str(response.request.url), response.status_code))


def sign_in(base: str, email: str, password: str) -> dict[str, Any]:
    """The token answer of a sign-in as the desktop app makes it: browser form, code, PKCE verifier."""
    oauth = OAuth2Client(
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT,
        scope="sync",
        code_challenge_method="S256",
        token_endpoint_auth_method="none",
    )
    verifier = generate_token(64)
    url, _state = oauth.create_authorization_url(f"{base}/oauth/authorize", code_verifier=verifier)
    with httpx.Client(
        base_url=base, follow_redirects=False, timeout=60, event_hooks={"response": [_record]}
    ) as browser:
        page = browser.get(url)
        assert page.status_code == 200, page.text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        answer = browser.post(
            action.replace("&amp;", "&"), data={"csrf_token": csrf, "email": email, "password": password}
        )
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert location.startswith(REDIRECT) and "code=" in location, location
    token = oauth.fetch_token(f"{base}/oauth/token", authorization_response=location, code_verifier=verifier)
    assert token.get("access_token") and token.get("refresh_token"), token
    return dict(token)


class Attacker:
    """One signed-in person and what they can ask the server."""

    def __init__(self, base: str, role: str, email: str, password: str, user_id: uuid.UUID) -> None:
        self.base, self.role, self.email, self.user_id = base, role, email, user_id
        TALLY.attempts["sign-in (code + PKCE)"] += 1
        self.token = sign_in(base, email, password)
        self.http = httpx.Client(base_url=base, timeout=120, event_hooks={"response": [_record]})

    def close(self) -> None:
        self.http.close()

    def _refresh(self) -> None:
        r = self.http.post(
            "/oauth/token",
            data={
                "grant_type": "refresh_token",
                "client_id": CLIENT_ID,
                "refresh_token": self.token["refresh_token"],
            },
        )
        assert r.status_code == 200, r.text
        self.token = r.json()

    def request(
        self, method: str, url: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """One request as the signed-in person; refreshed and sent again once if the access token expired."""
        for attempt in range(2):
            sent = {
                "Authorization": f"Bearer {self.token['access_token']}",
                "Bootcamp-Protocol": "2",
                **(headers or {}),
            }
            r = self.http.request(method, url, headers=sent, **kwargs)
            if r.status_code != 401 or attempt:
                return r
            self._refresh()
        raise AssertionError("unreachable")

    def ok(self, method: str, url: str, **kwargs: Any) -> Any:
        r = self.request(method, url, **kwargs)
        assert r.status_code == 200, (method, url, r.status_code, r.text[:500])
        return r

    # -- the read paths ------------------------------------------------------------------------------
    def pull(self, cursor: str | None = None, limit: int = 500) -> tuple[Rows, dict[str, Any], str | None]:
        """Every change from ``cursor`` on, as a replica holds them: (rows, the last checkpoint, final cursor)."""
        rows: Rows = {}
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            page = self.ok("GET", "/api/v1/sync/pull", params=params).json()
            for change in page["changes"]:
                held = rows.setdefault(change["table"], {})
                if change["op"] == "delete":
                    held[change["id"]] = None  # type: ignore[assignment]
                else:
                    held[change["id"]] = change["row"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows, page["checkpoint"], cursor

    def bootstrap(self, limit: int = 400) -> Rows:
        rows: Rows = {}
        params: dict[str, Any] = {"limit": limit}
        while True:
            page = self.ok("GET", "/api/v1/sync/bootstrap", params=params).json()
            for part in page["tables"]:
                for values in part["rows"]:
                    row = dict(zip(part["columns"], values, strict=True))
                    rows.setdefault(part["table"], {})[row["id"]] = row
            if page["next"] is None:
                return rows
            params = {"limit": limit, "table": page["next"]["table"]}
            if page["next"]["after"]:
                params["after"] = page["next"]["after"]

    def snapshot(self, limit: int = 300) -> Rows:
        rows: Rows = {}
        for table in registry():
            params: dict[str, Any] = {"table": table, "limit": limit}
            while True:
                page = self.ok("GET", "/api/v1/sync/snapshot", params=params).json()
                for row in page["rows"]:
                    rows.setdefault(table, {})[row["id"]] = row
                if page["next"] is None:
                    break
                params["after"] = page["next"]
        return rows

    def export(self) -> tuple[Rows, set[str]]:
        """The rows of ``GET /me/export`` and the files it carries."""
        archive = zipfile.ZipFile(io.BytesIO(self.ok("GET", "/api/v1/me/export").content))
        rows: Rows = {}
        for table in registry():
            name = f"{table}.json"
            if name in archive.namelist():
                rows[table] = {r["id"]: r for r in json.loads(archive.read(name))}
        files = {n.split("/", 1)[1] for n in archive.namelist() if n.startswith("files/")}
        return rows, files

    def push(self, *mutations: dict[str, Any]) -> httpx.Response:
        return self.request(
            "POST", "/api/v1/sync/push", json={"client_id": str(uuid.uuid4()), "mutations": list(mutations)}
        )
