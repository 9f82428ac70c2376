"""Server-only: who uploaded which blob (``blob_uploads``), and used authorization codes kept with the sign-in
they started (``oauth_codes.used_at``, ``oauth_codes.family_id``), so a reused code revokes its tokens.
The single chain's revision 0005 did this on servers of that chain: there it is kept as it is.

Revision ID: server_0002
Revises: server_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "server_0002"
down_revision = "server_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("blob_uploads"):
        return  # made by the single chain (up to 0007) before the server had a branch: kept, with its rows
    op.create_table(
        "blob_uploads",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_blob_uploads_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", "user_id", name=op.f("pk_blob_uploads")),
    )
    with op.batch_alter_table("blob_uploads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_blob_uploads_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("oauth_codes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("used_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("family_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_oauth_codes_family_id_oauth_token_families"),
            "oauth_token_families",
            ["family_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("oauth_codes", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_oauth_codes_family_id_oauth_token_families"), type_="foreignkey"
        )
        batch_op.drop_column("family_id")
        batch_op.drop_column("used_at")
    with op.batch_alter_table("blob_uploads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_blob_uploads_user_id"))
    op.drop_table("blob_uploads")
