"""Stand-ins the server writes where a replica may not know who someone is (docs/sync-protocol.md,
"Columns"): both sides know them, so a replica can check that what it received is what its user may hold.

- ``ANONYMOUS_ID``: the *anonymous classmate*, put in ``peer_reviews.reviewer_id`` for the author of work
  reviewed anonymously, and in ``submissions.user_id`` for its reviewer. A real ``users`` row (created by
  the server's ``migrate``) whose public projection every replica receives, so references hold.
- ``FORMER_MEMBER_ID``: the *former member* an erasure leaves in the place of an erased person.
- Other people's ``users`` rows carry ``hidden_email(id)`` and ``ZERO_UUID`` in their NOT NULL columns.
"""

from __future__ import annotations

import uuid

ANONYMOUS_ID = uuid.UUID("00000000-0000-7000-8000-0000000000a0")
ANONYMOUS_NAME = "Anonymous classmate"
FORMER_MEMBER_ID = uuid.UUID("00000000-0000-7000-8000-0000000000e5")
ZERO_UUID = uuid.UUID(int=0)


def hidden_email(user_id: object) -> str:
    """The email of someone else's public projection (RFC 2606 reserves ``.invalid``)."""
    return f"hidden+{user_id}@users.invalid"
