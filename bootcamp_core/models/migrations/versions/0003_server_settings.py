"""Small key/value facts of one database (``server_settings``): a server's ``server_id``, a replica's USB
keys. Until the server's tables had a branch of their own, this revision also made the server's sign-in
tables; those are ``server_0001`` now (``bootcamp_server/migrations``), and a database that this revision
gave them keeps them (a server) or drops them (a replica, ``replica_0001``).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_settings")),
    )


def downgrade() -> None:
    op.drop_table("server_settings")
