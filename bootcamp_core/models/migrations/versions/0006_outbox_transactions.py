"""The local transaction of each outbox entry (``sync_outbox.txn_id``): a push sends whole transactions;
the server records it with each answer (``sync_mutations.txn_id``, null for protocol-1 mutations:
``server_0004`` now, with the server's other tables).

An old replica's pending entries were written before transactions were recorded; each becomes a
transaction of its own, with its mutation id as the transaction id (unique, and known on both sides of
the migration), which is exactly how they were pushed before: one mutation, judged alone.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch_op:
        batch_op.add_column(sa.Column("txn_id", sa.Uuid(), nullable=True))
    op.execute("UPDATE sync_outbox SET txn_id = mutation_id")
    with op.batch_alter_table("sync_outbox") as batch_op:
        batch_op.alter_column("txn_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.create_index(batch_op.f("ix_sync_outbox_txn_id"), ["txn_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_outbox_txn_id"))
        batch_op.drop_column("txn_id")
