"""Server-only: when an access token was first used (``oauth_tokens.access_used_at``) and when a pair was
withdrawn (``withdrawn_at``), so a refresh whose answer never reached the app can be answered again and
told from a stolen token presented again.

Revision ID: server_0005
Revises: server_0004
"""

import sqlalchemy as sa
from alembic import op

revision = "server_0005"
down_revision = "server_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("oauth_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("access_used_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("oauth_tokens", schema=None) as batch_op:
        batch_op.drop_column("withdrawn_at")
        batch_op.drop_column("access_used_at")
