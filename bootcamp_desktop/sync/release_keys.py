"""The public keys (Ed25519, base64 of the 32 raw bytes) whose signatures this app accepts on an installer
of a newer version of itself (``updates``).

Empty, the app checks an installer by the sha256 its server announced (over the same connection, TLS or a
trusted hub certificate, that it syncs through). With a key here, it installs only releases signed with
one of these keys: ``bootcamp-server release-key FILE`` makes a pair; the private key stays with whoever
publishes releases, off the servers, and ``publish-release --signing-key FILE`` signs with it.
"""

from __future__ import annotations

TRUSTED_KEYS: tuple[str, ...] = ()
