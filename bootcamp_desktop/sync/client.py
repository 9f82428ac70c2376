"""HTTP client of the sync API (docs/sync-protocol.md): auth, protocol version, errors, compression.

Every request carries the protocol version and a valid access token, refreshed silently before it
expires (or once after a 401). Transport failures become ``OfflineError`` (``CertificateError`` when
the server's certificate does not verify, see ``tls``); the server's problem
documents become the ``SyncError`` subclass the user can act on.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
from pathlib import Path
from typing import Any

import httpx

from bootcamp_core.protocol.releases import PLATFORM_HEADER, RELEASE_HEADER, current_platform
from bootcamp_core.protocol.tables import PROTOCOL_VERSION
from bootcamp_desktop import __version__

from .errors import (
    CorruptPageError,
    ProtocolTooNewError,
    ProtocolTooOldError,
    ServerError,
    SignedOutError,
    SyncError,
)
from .oauth import ServerMetadata, discover, refresh
from .tls import transport_error
from .tokens import Tokens, TokenStore

API = "/api/v1"
PROTOCOL_HEADER = "Bootcamp-Protocol"
CLIENT_HEADER = "Bootcamp-Client"
# zstd makes pull pages smaller than gzip and is far cheaper to produce; httpx decodes it when the
# zstandard package is installed.
ACCEPT_ENCODING = "zstd, gzip" if importlib.util.find_spec("zstandard") is not None else "gzip"


def _problem(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
        return data if isinstance(data, dict) else {}
    except ValueError:
        return {}


def raise_for_problem(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    problem = _problem(response)
    detail = problem.get("detail") or problem.get("title") or response.reason_phrase
    kind = str(problem.get("type", ""))
    if response.status_code == 426 or kind.endswith("protocol-too-old"):
        raise ProtocolTooOldError(
            f"this version of the app is too old for the server; please update it ({detail})",
            problem.get("release"),
        )
    if kind.endswith("protocol-too-new"):
        raise ProtocolTooNewError(f"the server is older than this app and cannot sync with it yet ({detail})")
    if response.status_code == 401:
        raise SignedOutError(f"the server no longer accepts this sign-in; sign in again ({detail})")
    if response.status_code >= 500:
        raise ServerError(f"the server had a problem ({response.status_code}): {detail}")
    raise SyncError(f"the server refused the request ({response.status_code}): {detail}")


def decoded(response: httpx.Response, what: str) -> Any:
    """The JSON of an answer, after ``raise_for_problem``; ``CorruptPageError`` naming ``what`` otherwise."""
    raise_for_problem(response)
    try:
        return response.json()
    except ValueError as exc:
        raise CorruptPageError(f"{what} is not JSON") from exc


class Page(dict[str, Any]):
    """A pull page as decoded, with the JSON text it came as (``body``): a page that is staged keeps that
    text instead of encoding its changes again."""

    body: bytes = b""


class SyncClient:
    def __init__(
        self,
        server_url: str,
        store: TokenStore,
        *,
        verify: Any = True,
        timeout: float = 60.0,
        transport: httpx.AsyncBaseTransport | None = None,
        client_id: str | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.store = store
        self.verify = verify
        self._meta: ServerMetadata | None = None
        self._tokens: Tokens | None = None
        self._refreshing = asyncio.Lock()
        self.requests = 0
        self.bytes_received = 0
        self.bytes_sent = 0
        self.release_hint: str | None = None  # the newest version of the app the server holds for us
        self._http = httpx.AsyncClient(
            base_url=self.server_url,
            timeout=httpx.Timeout(timeout, connect=15.0),
            verify=verify,
            transport=transport,
            headers={
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                "Accept-Encoding": ACCEPT_ENCODING,
                PLATFORM_HEADER: current_platform(),
                "User-Agent": f"bootcamp-desktop/{__version__}",
                # which replica this is: the server shows the course's staff when each learner's app
                # last synced (bootcamp_server/sync/presence.py)
                **({CLIENT_HEADER: client_id} if client_id else {}),
            },
            follow_redirects=False,
        )

    async def __aenter__(self) -> SyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def metadata(self) -> ServerMetadata:
        if self._meta is None:
            self._meta = await asyncio.to_thread(discover, self.server_url, verify=self.verify)
        return self._meta

    async def access_token(self, *, force_refresh: bool = False) -> str:
        tokens = self._tokens or await asyncio.to_thread(self.store.load)
        if tokens is None:
            raise SignedOutError("not signed in to this server; sign in first")
        if force_refresh or tokens.expires_soon():
            # A refresh token is single use: one refresh at a time here, and a pair another process (the
            # window, the command line) saved meanwhile is taken rather than spending ours a second time.
            async with self._refreshing:
                stored = await asyncio.to_thread(self.store.load)
                if stored is None:
                    raise SignedOutError("not signed in to this server; sign in first")
                fresher = stored.access_token != tokens.access_token
                if not fresher or stored.expires_soon():
                    meta = await self.metadata()
                    stored = await asyncio.to_thread(refresh, meta, self.store, stored, verify=self.verify)
                tokens = stored
        self._tokens = tokens
        return tokens.access_token

    async def request(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        for attempt in (1, 2):
            if auth:
                headers["Authorization"] = f"Bearer {await self.access_token(force_refresh=attempt == 2)}"
            try:
                response = await self._http.request(method, path, headers=headers, **kwargs)
            except httpx.TransportError as exc:
                raise transport_error(exc, self.server_url) from exc
            self.requests += 1
            self.release_hint = response.headers.get(RELEASE_HEADER, self.release_hint)
            self.bytes_received += response.num_bytes_downloaded  # the body as it came, still compressed
            content = kwargs.get("content") or b""
            self.bytes_sent += len(content) if isinstance(content, bytes | bytearray) else 0
            if response.status_code == 401 and auth and attempt == 1:
                continue
            return response
        return response

    async def json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        data = decoded(await self.request(method, path, **kwargs), f"the server's answer to {path}")
        if not isinstance(data, dict):
            raise CorruptPageError(f"the server's answer to {path} is not a JSON object")
        return data

    async def info(self) -> dict[str, Any]:
        return await self.json("GET", f"{API}/sync/info", auth=False)

    async def me(self) -> dict[str, Any]:
        return await self.json("GET", f"{API}/me")

    async def pull(self, cursor: str | None, limit: int, checkpoint: bool = False) -> dict[str, Any] | None:
        """One page; None when the server says nothing changed since ``cursor`` (304). ``checkpoint``: ask for
        the full checkpoint on the last page (the replica's scheduled verification), even with nothing new."""
        params: dict[str, Any] = {"limit": limit}
        headers = {}
        if checkpoint:
            params["checkpoint"] = "true"
        if cursor:
            params["cursor"] = cursor
            if not checkpoint:
                headers["If-None-Match"] = f'"{cursor}"'
        response = await self.request("GET", f"{API}/sync/pull", params=params, headers=headers)
        if response.status_code == 304:
            return None
        data = decoded(response, "a pull page")
        if isinstance(data, dict):
            data = Page(data)
            data.body = response.content
        return data

    async def bootstrap(self, table: str | None, after: str | None, limit: int) -> dict[str, Any] | None:
        """One page of a first sync from the server's tables (``sync/bootstrap.py``); None from a server
        too old to have them (the first sync then reads the change log from its start)."""
        params: dict[str, Any] = {"limit": limit}
        if table:
            params["table"] = table
        if after:
            params["after"] = after
        response = await self.request("GET", f"{API}/sync/bootstrap", params=params)
        if response.status_code == 404 and table is None:
            return None
        return decoded(response, "a bootstrap page")  # type: ignore[no-any-return]

    async def push(self, client_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        import json as _json

        body = _json.dumps({"client_id": client_id, "mutations": mutations}).encode()
        return await self.json(
            "POST", f"{API}/sync/push", content=body, headers={"Content-Type": "application/json"}
        )

    async def snapshot(self, table: str, after: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"table": table, "limit": limit}
        if after:
            params["after"] = after
        return await self.json("GET", f"{API}/sync/snapshot", params=params)

    async def download_to(
        self,
        path: str,
        target: Path,
        *,
        params: Any = None,
        headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> int:
        """Stream an authenticated GET into ``target`` (written to a temporary file, then renamed);
        returns the size. Nothing is left at ``target`` when the download fails."""
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.part")
        size = 0
        try:
            for attempt in (1, 2):
                sent = {
                    **(headers or {}),
                    "Authorization": f"Bearer {await self.access_token(force_refresh=attempt == 2)}",
                }
                try:
                    async with self._http.stream("GET", path, params=params, headers=sent) as response:
                        self.requests += 1
                        if response.status_code == 401 and attempt == 1:
                            continue
                        if response.status_code >= 400:
                            await response.aread()
                            raise_for_problem(response)
                        size = 0
                        with tmp.open("wb") as out:
                            async for chunk in response.aiter_bytes():
                                size += len(chunk)
                                if max_bytes is not None and size > max_bytes:
                                    raise CorruptPageError(
                                        f"the answer to {path} is larger than {max_bytes} bytes"
                                    )
                                out.write(chunk)
                            out.flush()
                            os.fsync(out.fileno())
                        self.bytes_received += size
                        break
                except httpx.TransportError as exc:
                    raise transport_error(exc, self.server_url) from exc
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return size
