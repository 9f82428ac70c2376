"""The pull cursor: opaque to clients, ``base64url("1.<seq>.<entry id>")`` or, with the caller's scope,
``base64url("2.<seq>.<entry id>.<scope>")`` here.

``seq`` is the last server transaction delivered (completely, or up to ``entry id`` inside it when a
single transaction is larger than a page). ``scope`` is the fingerprint (``scope.fingerprint``) of the
caller's memberships when the replica last received a full checkpoint; a cursor without one (a first
pull, a bootstrap's, an older server's) asks for the checkpoint.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

_FORMAT = re.compile(
    r"^(?:1\.(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})"
    r"|2\.(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})\.([0-9a-f]{16}))$"
)
MAX_INT = 2**63 - 1


class BadCursor(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Cursor:
    seq: int = 0
    entry: int = 0
    scope: str = field(default="", compare=False)

    def encode(self) -> str:
        text = f"2.{self.seq}.{self.entry}.{self.scope}" if self.scope else f"1.{self.seq}.{self.entry}"
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

    @classmethod
    def parse(cls, text: str | None) -> Cursor:
        if text is None or text == "":
            return cls()
        if len(text) > 100 or not re.fullmatch(r"[A-Za-z0-9_-]+", text):
            raise BadCursor("the cursor is not one this server gave")
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise BadCursor("the cursor is not one this server gave") from None
        m = _FORMAT.match(raw)
        if not m:
            raise BadCursor("the cursor is not one this server gave")
        if m.group(1) is not None:
            seq, entry, scope = int(m.group(1)), int(m.group(2)), ""
        else:
            seq, entry, scope = int(m.group(3)), int(m.group(4)), m.group(5)
        if seq > MAX_INT or entry > MAX_INT:
            raise BadCursor("the cursor is out of range")
        return cls(seq, entry, scope)
