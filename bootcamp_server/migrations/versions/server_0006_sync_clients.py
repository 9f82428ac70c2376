"""Server-only: the replicas that sync with the server, per user (``sync_clients``): the facilitator's view.

Revision ID: server_0006
Revises: server_0005
"""

import sqlalchemy as sa
from alembic import op

revision = "server_0006"
down_revision = "server_0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_clients",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("app_version", sa.String(length=64), nullable=True),
        sa.Column("platform", sa.String(length=32), nullable=True),
        sa.Column("protocol", sa.Integer(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("last_pull_at", sa.DateTime(), nullable=True),
        sa.Column("last_push_at", sa.DateTime(), nullable=True),
        sa.Column("pulled_changes", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("pushed_mutations", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("refused_mutations", sa.BigInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sync_clients_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clients")),
        sa.UniqueConstraint("user_id", "client_id", name=op.f("uq_sync_clients_user_id_client_id")),
    )
    with op.batch_alter_table("sync_clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_clients_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_clients_user_id"))
    op.drop_table("sync_clients")
