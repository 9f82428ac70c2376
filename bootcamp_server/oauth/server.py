"""Authlib's ``AuthorizationServer`` on FastAPI/Starlette: a thin adapter (request wrappers, response
conversion) plus token generation and storage. Authlib's methods are synchronous and touch the
database, so routes call them in the thread pool."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import Any

from authlib.oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import JsonPayload, JsonRequest, OAuth2Payload, OAuth2Request
from starlette.responses import Response

from bootcamp_core.models import uuid7

from ..db import SERVICE, ServerDB
from ..models import OAuthTokenFamily
from ..settings import Settings
from .clients import query_client
from .grants import AuthorizationCodeGrant, RefreshTokenGrant, Revocation, S256Only
from .tokens import new_token, now, store_token


class FormPayload(OAuth2Payload):
    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._data: dict[str, str] = {}
        self._datalist: defaultdict[str, list[str]] = defaultdict(list)
        for k, v in items:
            self._data.setdefault(k, v)
            self._datalist[k].append(v)

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return self._datalist


class StarletteOAuth2Request(OAuth2Request):
    """An OAuth2Request made from what a Starlette request carried (query and already-read form)."""

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        args: list[tuple[str, str]],
        form: list[tuple[str, str]],
    ) -> None:
        super().__init__(method=method, uri=url, headers=headers)
        self._args = dict(args)
        self._form = dict(form)
        self.payload = FormPayload(args + form)

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


class StarletteJsonRequest(JsonRequest):
    def __init__(self, method: str, url: str, headers: dict[str, str], body: bytes) -> None:
        super().__init__(method, url, headers)
        payload = JsonPayload()
        payload.__dict__["_data"] = json.loads(body or b"{}")
        self.payload = payload


class BootcampAuthorizationServer(AuthorizationServer):
    def __init__(self, sdb: ServerDB, settings: Settings) -> None:
        super().__init__(scopes_supported=["sync", "offline_access"])
        self.sdb = sdb
        self.settings = settings
        self.register_token_generator("default", self._generate_token)
        self.register_grant(AuthorizationCodeGrant, [S256Only(required=True)])
        self.register_grant(RefreshTokenGrant)
        self.register_endpoint(Revocation)

    def query_client(self, client_id: str) -> Any:
        return query_client(client_id)

    def _generate_token(
        self,
        grant_type: str,
        client: Any,
        user: Any = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        token: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": new_token(),
            "expires_in": expires_in or self.settings.access_token_seconds,
        }
        if include_refresh_token:
            token["refresh_token"] = new_token()
        if scope:
            token["scope"] = scope
        return token

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        user_id = uuid.UUID(request.user.get_user_id())
        client_id = request.client.get_client_id()
        with self.sdb.write(SERVICE) as s:
            # A refresh stays in its sign-in's family; a code's family was made when the code was claimed.
            old = getattr(request, "refresh_token", None) or getattr(request, "authorization_code", None)
            family_id = getattr(old, "family_id", None) if old is not None else None
            if family_id is None:
                family = OAuthTokenFamily(id=uuid7(), user_id=user_id, client_id=client_id, created_at=now())
                s.add(family)
                s.flush()
                family_id = family.id
            store_token(
                s,
                user_id=user_id,
                client_id=client_id,
                scope=token.get("scope"),
                family_id=family_id,
                access_seconds=int(token["expires_in"]),
                refresh_seconds=self.settings.refresh_token_seconds,
                access_token=token["access_token"],
                refresh_token=token.get("refresh_token"),
            )

    def create_oauth2_request(self, request: Any) -> OAuth2Request:
        if isinstance(request, OAuth2Request):
            return request
        raise TypeError("pass a StarletteOAuth2Request")

    def create_json_request(self, request: Any) -> JsonRequest:
        return request

    def handle_response(self, status_code: int, payload: Any, headers: list[tuple[str, str]]) -> Response:
        body = json.dumps(payload) if isinstance(payload, dict) else (payload or "")
        response = Response(body, status_code=status_code)
        for k, v in headers:
            response.headers[k] = v
        if isinstance(payload, dict) and "content-type" not in {k.lower() for k, _ in headers}:
            response.headers["Content-Type"] = "application/json"
        return response

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None


async def oauth_request(request: Any, *, read_form: bool) -> StarletteOAuth2Request:
    form: list[tuple[str, str]] = []
    if read_form:
        data = await request.form()
        form = [(k, v) for k, v in data.multi_items() if isinstance(v, str)]
    args = list(request.query_params.multi_items())
    return StarletteOAuth2Request(request.method, str(request.url), dict(request.headers), args, form)
