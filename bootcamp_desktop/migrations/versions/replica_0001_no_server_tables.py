"""A replica holds no server-only table. Until 0007 the single chain made the server's sign-in, blob
upload and release tables, its change log, applied mutations, counters and audit log on every
database; on a replica they stayed empty (nothing of the app writes them, nothing syncs them). This first revision of the replica's own branch drops them where they are,
so an old replica's schema is the same as a new one's. A table that holds rows is not a replica's: the
migration stops, and the file is left as it was (the whole upgrade is one transaction).

Revision ID: replica_0001
Revises: 0007 (the shared chain; this branch starts there)
"""

import sqlalchemy as sa
from alembic import op

revision = "replica_0001"
down_revision = "0007"
branch_labels = ("replica",)
depends_on = None

# Children before the tables they reference (oauth_codes and oauth_tokens reference the families).
SERVER_TABLES = (
    "blob_uploads",
    "releases",
    "oauth_tokens",
    "oauth_codes",
    "oauth_token_families",
    "auth_passwords",
    "auth_login_attempts",
    "sync_changes",
    "sync_mutations",
    "sync_counter",
    "audit_log",
)


def upgrade() -> None:
    from bootcamp_desktop.replica import ReplicaError

    bind = op.get_bind()
    present = [t for t in SERVER_TABLES if sa.inspect(bind).has_table(t)]
    used = [t for t in present if bind.exec_driver_sql(f'SELECT 1 FROM "{t}" LIMIT 1').first() is not None]
    if used:
        raise ReplicaError(
            f"this database holds rows in server-only tables ({', '.join(used)}): it is a server's, not a "
            "replica. It was left untouched; set BOOTCAMP_DATA_DIR to another folder."
        )
    for table in present:
        op.drop_table(table)


def downgrade() -> None:
    pass  # the server's tables are not made again: a replica never used them
