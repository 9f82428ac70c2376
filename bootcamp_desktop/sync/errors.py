"""One exception root for sync, with subclasses for what the user can act on."""

from __future__ import annotations


class SyncError(Exception):
    """Something stopped a sync; ``user_message`` says it in words for the status bar."""

    exit_code = 1

    @property
    def user_message(self) -> str:
        return str(self)


class OfflineError(SyncError):
    """The server cannot be reached (no network, DNS, refused, timed out). Retry later."""

    exit_code = 3


class CertificateError(SyncError):
    """The server's TLS certificate could not be verified (or does not match the one this replica
    trusts). Not retried: a wrong certificate does not fix itself, and may be someone in the middle."""

    exit_code = 9


class SignedOutError(SyncError):
    """No valid sign-in: the refresh token was refused or is gone. Sign in again."""

    exit_code = 4


class ProtocolTooOldError(SyncError):
    """The server needs a newer version of the app. ``release``: the installer it offers (its description as
    the server sent it, ``protocol.releases.ReleaseInfo.from_json`` checks it), or None."""

    exit_code = 5

    def __init__(self, message: str, release: object = None) -> None:
        super().__init__(message)
        self.release = release


class ProtocolTooNewError(SyncError):
    """The server is older than this app and cannot talk to it yet."""

    exit_code = 5


class RejectedError(SyncError):
    """The server refused some local changes; they are kept and listed in the Sync panel."""

    exit_code = 6


class CorruptPageError(SyncError):
    """A page from the server did not validate; nothing of it was applied."""

    exit_code = 7


class ServerError(SyncError):
    """The server answered with an error it could not explain better."""

    exit_code = 8
