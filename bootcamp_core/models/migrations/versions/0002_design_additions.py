"""What DESIGN.md adds: roles, course staff, sync metadata on every synced table, the outbox, sync
state, the replica inbox and blobs. Until the server's tables had a branch of their own, this revision
also made the server change log, applied-mutation ids, counters and the audit log; those are
``server_0004`` now (``bootcamp_server/migrations``).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from bootcamp_core.models.base import gen_random_uuid

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=True),
        sa.Column(
            "state",
            sa.Enum("missing", "partial", "complete", name="blob_state", create_constraint=True),
            nullable=False,
        ),
        sa.Column("stored_bytes", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "sync_inbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column(
            "op", sa.Enum("upsert", "delete", name="change_op", create_constraint=True), nullable=False
        ),
        sa.Column(
            "row",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_inbox")),
    )
    with op.batch_alter_table("sync_inbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_inbox_seq"), ["seq"], unique=False)

    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column(
            "op",
            sa.Enum("insert", "update", "delete", name="mutation_op", create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("base_version", sa.BigInteger(), nullable=False),
        sa.Column(
            "state",
            sa.Enum("pending", "sent", "rejected", "conflict", name="outbox_state", create_constraint=True),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("error_code", sa.String(length=64), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column(
            "server_row",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_sync_outbox_mutation_id")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_outbox_row_id"), ["row_id"], unique=False)
        batch_op.create_index("ix_sync_outbox_state_id", ["state", "id"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("cursor", sa.String(length=200), nullable=True),
        sa.Column("applied_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("server_id", sa.String(length=64), nullable=True),
        sa.Column("protocol_version", sa.Integer(), nullable=True),
        sa.Column("last_pull_at", sa.DateTime(), nullable=True),
        sa.Column("last_push_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column(
            "checksums",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("server_url", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "user_roles",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "learner", "instructor", "facilitator", "admin", name="user_role", create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("granted_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("sync_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["granted_by"], ["users.id"], name=op.f("fk_user_roles_granted_by_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_roles_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_roles")),
        sa.UniqueConstraint("user_id", "role", name=op.f("uq_user_roles_user_id_role")),
    )
    with op.batch_alter_table("user_roles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_roles_sync_seq"), ["sync_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_user_roles_user_id"), ["user_id"], unique=False)

    op.create_table(
        "course_staff",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "staff_role",
            sa.Enum("instructor", "facilitator", "assistant", name="staff_role", create_constraint=True),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("sync_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_course_staff_course_id_courses"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_course_staff_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_staff")),
        sa.UniqueConstraint("course_id", "user_id", name=op.f("uq_course_staff_course_id_user_id")),
    )
    with op.batch_alter_table("course_staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_staff_sync_seq"), ["sync_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_staff_user_id"), ["user_id"], unique=False)

    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_assignments_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("certificate_templates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_certificate_templates_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_certificates_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_courses_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("design_assets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_design_assets_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("design_projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_design_projects_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("discussion_replies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_discussion_replies_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("discussions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_discussions_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_enrollments_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("external_service_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_external_service_tokens_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("fataplus_integration", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_fataplus_integration_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("instructor_feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_instructor_feedback_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("learning_analytics", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_learning_analytics_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_lesson_progress_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_lessons_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("modules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_modules_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("peer_reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_peer_reviews_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("platform_metrics", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_platform_metrics_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("project_teams", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_project_teams_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_submissions_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("user_profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_user_profiles_sync_seq"), ["sync_seq"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_version", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sync_seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_sync_seq"), ["sync_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("user_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_profiles_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_submissions_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("project_teams", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_teams_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("platform_metrics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_platform_metrics_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("peer_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_peer_reviews_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("modules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_modules_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lessons_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_progress_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("learning_analytics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_analytics_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("instructor_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instructor_feedback_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("fataplus_integration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fataplus_integration_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("external_service_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_external_service_tokens_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollments_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("discussions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discussions_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("discussion_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discussion_replies_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("design_projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_design_projects_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("design_assets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_design_assets_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_courses_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificates_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("certificate_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_templates_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_sync_seq"))
        batch_op.drop_column("sync_seq")
        batch_op.drop_column("sync_version")

    with op.batch_alter_table("course_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_staff_user_id"))
        batch_op.drop_index(batch_op.f("ix_course_staff_sync_seq"))

    op.drop_table("course_staff")
    with op.batch_alter_table("user_roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_roles_user_id"))
        batch_op.drop_index(batch_op.f("ix_user_roles_sync_seq"))

    op.drop_table("user_roles")
    op.drop_table("sync_state")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_state_id")
        batch_op.drop_index(batch_op.f("ix_sync_outbox_row_id"))

    op.drop_table("sync_outbox")
    with op.batch_alter_table("sync_inbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_inbox_seq"))

    op.drop_table("sync_inbox")
    op.drop_table("blobs")
    if op.get_bind().dialect.name == "postgresql":
        for name in ("user_role", "staff_role", "mutation_op", "outbox_state", "blob_state", "change_op"):
            op.execute(f"DROP TYPE IF EXISTS {name}")
