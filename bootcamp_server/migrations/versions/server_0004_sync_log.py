"""Server-only: the server's side of the sync (``sync_changes``, the change log; ``sync_mutations``, the
applied mutation ids with their answers and transactions; ``sync_counter``) and the ``audit_log``.

The single chain made these on every database (its 0002, and 0006 for ``sync_mutations.txn_id``): on a
server of that chain they are there, with their rows, and kept as they are; only the transaction
column is added where its 0006 had not run yet. The change-log triggers are installed by
``bootcamp-server migrate`` after the migrations.

Revision ID: server_0004
Revises: server_0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from bootcamp_core.models.base import gen_random_uuid

revision = "server_0004"
down_revision = "server_0003"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
# change_op is the shared chain's type (sync_inbox uses it too): made there, only used here.
CHANGE_OP = sa.Enum("upsert", "delete", name="change_op", create_constraint=True).with_variant(
    postgresql.ENUM("upsert", "delete", name="change_op", create_type=False), "postgresql"
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if inspector.has_table("sync_changes"):
        # made by the single chain (up to 0007) before the server had a branch: kept, with its rows
        if "txn_id" not in {c["name"] for c in inspector.get_columns("sync_mutations")}:
            with op.batch_alter_table("sync_mutations") as batch_op:
                batch_op.add_column(sa.Column("txn_id", sa.Uuid(), nullable=True))
        return
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=True),
        sa.Column("before", JSON, nullable=True),
        sa.Column("after", JSON, nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_occurred_at", ["occurred_at"], unique=False)
        batch_op.create_index("ix_audit_log_table_name_row_id", ["table_name", "row_id"], unique=False)

    op.create_table(
        "sync_changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", CHANGE_OP, nullable=False),
        sa.Column("row", JSON, nullable=True),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_changes")),
    )
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_changes_row_id"), ["row_id"], unique=False)
        batch_op.create_index("ix_sync_changes_seq_id", ["seq", "id"], unique=False)

    op.create_table(
        "sync_counter",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_mutations",
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", JSON, nullable=False),
        sa.Column("received_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("txn_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("mutation_id", name=op.f("pk_sync_mutations")),
    )
    with op.batch_alter_table("sync_mutations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_mutations_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_mutations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_mutations_user_id"))
    op.drop_table("sync_mutations")
    op.drop_table("sync_counter")
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_changes_seq_id")
        batch_op.drop_index(batch_op.f("ix_sync_changes_row_id"))
    op.drop_table("sync_changes")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_table_name_row_id")
        batch_op.drop_index("ix_audit_log_occurred_at")
    op.drop_table("audit_log")
