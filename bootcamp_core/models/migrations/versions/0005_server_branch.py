"""Nothing on the shared schema. This revision once made ``blob_uploads`` and the used-code columns of
``oauth_codes``, server-only both: they are ``server_0002`` now (``bootcamp_server/migrations``). It stays
so that databases stamped with it, or with a later revision, keep their place in the chain.

Revision ID: 0005
Revises: 0004
"""

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
