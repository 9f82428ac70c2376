"""Nothing on the shared schema. This revision once made ``releases``, a server-only table: it is
``server_0003`` now (``bootcamp_server/migrations``). It stays so that every database of the single chain
(stamped ``0007``) stands on a revision this version knows; the server's and the replica's branches start
from it.

Revision ID: 0007
Revises: 0006
"""

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
