"""Registered OAuth clients. The desktop app is the pre-registered public client ``bootcamp-desktop``.

Loopback redirect URIs (RFC 8252 §7.3): ``http://127.0.0.1:<any port>/callback`` and
``http://[::1]:<any port>/callback`` match the registered ``http://127.0.0.1/callback`` whatever the
port, since a native app picks a free port when it starts listening.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from authlib.oauth2.rfc6749 import ClientMixin
from authlib.oauth2.rfc6749.util import scope_to_list

DESKTOP_CLIENT_ID = "bootcamp-desktop"
SCOPES = ("sync", "offline_access")
DEFAULT_SCOPE = "sync"
LOOPBACK_HOSTS = ("127.0.0.1", "::1")


@dataclass(frozen=True)
class PublicNativeClient(ClientMixin):
    client_id: str
    redirect_paths: tuple[str, ...] = ("/callback",)
    grant_types: tuple[str, ...] = ("authorization_code", "refresh_token")

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None  # the loopback port differs every time: the client must say it

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return DEFAULT_SCOPE
        allowed = [s for s in scope_to_list(scope) if s in SCOPES]
        return " ".join(allowed) if allowed else DEFAULT_SCOPE

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        try:
            parts = urlsplit(redirect_uri)
            port = parts.port
        except ValueError:
            return False
        return (
            parts.scheme == "http"
            and parts.hostname in LOOPBACK_HOSTS
            and port is not None
            and parts.path in self.redirect_paths
            and not parts.fragment
            and not parts.username
            and not parts.password
        )

    def check_client_secret(self, client_secret: str) -> bool:
        return False

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


CLIENTS = {DESKTOP_CLIENT_ID: PublicNativeClient(DESKTOP_CLIENT_ID)}


def query_client(client_id: str | None) -> PublicNativeClient | None:
    return CLIENTS.get(client_id or "")
