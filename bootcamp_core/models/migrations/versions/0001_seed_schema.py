"""The 22 tables of the seed data model, as the seed states them.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from bootcamp_core.models.base import gen_random_uuid

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_templates",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("template_name", sa.String(length=255), nullable=False),
        sa.Column(
            "certificate_type",
            sa.Enum(
                "course_completion",
                "program_completion",
                "specialization",
                name="certificate_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("design_file_url", sa.Text(), nullable=True),
        sa.Column("background_image_url", sa.Text(), nullable=True),
        sa.Column("font_family", sa.String(length=100), server_default="Inter", nullable=True),
        sa.Column("primary_color", sa.String(length=7), server_default="#10B981", nullable=True),
        sa.Column("secondary_color", sa.String(length=7), server_default="#6B7280", nullable=True),
        sa.Column(
            "layout_config",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_templates")),
    )

    op.create_table(
        "platform_metrics",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("metric_date", sa.Date(), nullable=False),
        sa.Column("metric_type", sa.String(length=100), nullable=False),
        sa.Column("metric_value", sa.Numeric(precision=15, scale=2), nullable=False),
        sa.Column(
            "metadata",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_metrics")),
        sa.UniqueConstraint(
            "metric_date", "metric_type", name=op.f("uq_platform_metrics_metric_date_metric_type")
        ),
    )
    with op.batch_alter_table("platform_metrics", schema=None) as batch_op:
        batch_op.create_index("idx_metric_date_type", ["metric_date", "metric_type"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("fataplus_user_id", sa.Uuid(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("full_name", sa.String(length=255), nullable=False),
        sa.Column("avatar_url", sa.Text(), nullable=True),
        sa.Column("bio", sa.Text(), nullable=True),
        sa.Column(
            "location",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "professional_background",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "design_experience_level",
            sa.Enum(
                "beginner",
                "intermediate",
                "advanced",
                "expert",
                name="design_experience_level",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "agricultural_experience",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "language_preferences",
            sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("timezone", sa.String(length=50), server_default="UTC", nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index("idx_design_experience", ["design_experience_level"], unique=False)
        batch_op.create_index("idx_email", ["email"], unique=False)
        batch_op.create_index("idx_fataplus_user_id", ["fataplus_user_id"], unique=False)

    op.create_table(
        "courses",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("slug", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("short_description", sa.String(length=500), nullable=True),
        sa.Column(
            "learning_outcomes",
            sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "prerequisites", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column(
            "difficulty_level",
            sa.Enum("beginner", "intermediate", "advanced", name="difficulty_level", create_constraint=True),
            nullable=True,
        ),
        sa.Column("estimated_duration_hours", sa.Integer(), nullable=False),
        sa.Column(
            "course_type",
            sa.Enum("core", "elective", "workshop", "capstone", name="course_type", create_constraint=True),
            nullable=True,
        ),
        sa.Column("category", sa.String(length=100), nullable=True),
        sa.Column("tags", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True),
        sa.Column("featured", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("published", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_courses_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
        sa.UniqueConstraint("slug", name=op.f("uq_courses_slug")),
    )
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index("idx_category", ["category"], unique=False)
        batch_op.create_index("idx_published", ["published"], unique=False)
        batch_op.create_index("idx_slug", ["slug"], unique=False)

    op.create_table(
        "external_service_tokens",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("service_name", sa.String(length=100), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("refresh_token", sa.Text(), nullable=True),
        sa.Column("token_expires_at", sa.DateTime(), nullable=True),
        sa.Column("service_user_id", sa.String(length=255), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_external_service_tokens_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_service_tokens")),
        sa.UniqueConstraint(
            "user_id", "service_name", name=op.f("uq_external_service_tokens_user_id_service_name")
        ),
    )
    with op.batch_alter_table("external_service_tokens", schema=None) as batch_op:
        batch_op.create_index("idx_user_service", ["user_id", "service_name"], unique=False)

    op.create_table(
        "fataplus_integration",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("fataplus_user_id", sa.Uuid(), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("refresh_token", sa.Text(), nullable=True),
        sa.Column("token_expires_at", sa.DateTime(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column(
            "sync_status",
            sa.Enum("active", "error", "disabled", name="sync_status", create_constraint=True),
            nullable=True,
        ),
        sa.Column(
            "sync_errors", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_fataplus_integration_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fataplus_integration")),
    )
    with op.batch_alter_table("fataplus_integration", schema=None) as batch_op:
        batch_op.create_index("idx_fataplus_user", ["fataplus_user_id"], unique=False)
        batch_op.create_index("idx_sync_status", ["sync_status"], unique=False)

    op.create_table(
        "user_profiles",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("portfolio_url", sa.Text(), nullable=True),
        sa.Column("linkedin_url", sa.Text(), nullable=True),
        sa.Column("github_url", sa.Text(), nullable=True),
        sa.Column(
            "design_tools_proficiency",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "agricultural_domains",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "learning_goals", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column(
            "preferred_learning_style",
            sa.Enum(
                "visual",
                "auditory",
                "kinesthetic",
                "reading",
                name="preferred_learning_style",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "availability_hours",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("mentorship_availability", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_profiles_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_profiles")),
    )
    with op.batch_alter_table("user_profiles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_profiles_user_id"), ["user_id"], unique=False)

    op.create_table(
        "certificates",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column(
            "certificate_type",
            sa.Enum(
                "course_completion",
                "program_completion",
                "specialization",
                name="certificate_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("certificate_number", sa.String(length=50), nullable=False),
        sa.Column("issue_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("expiry_date", sa.DateTime(), nullable=True),
        sa.Column("blockchain_hash", sa.String(length=255), nullable=True),
        sa.Column("verification_url", sa.Text(), nullable=True),
        sa.Column("is_revoked", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.Column(
            "metadata",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_certificates_course_id_courses"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_certificates_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("certificate_number", name=op.f("uq_certificates_certificate_number")),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index("idx_certificate_number", ["certificate_number"], unique=False)
        batch_op.create_index("idx_user_certificate", ["user_id", "course_id"], unique=False)

    op.create_table(
        "modules",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("module_order", sa.Integer(), nullable=False),
        sa.Column("estimated_duration_hours", sa.Integer(), nullable=True),
        sa.Column(
            "learning_objectives",
            sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "module_type",
            sa.Enum(
                "lecture",
                "workshop",
                "project",
                "assessment",
                "discussion",
                name="module_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("is_required", sa.Boolean(), server_default=sa.true(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_modules_course_id_courses"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modules")),
        sa.UniqueConstraint("course_id", "module_order", name=op.f("uq_modules_course_id_module_order")),
    )

    op.create_table(
        "design_projects",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("project_brief", sa.Text(), nullable=True),
        sa.Column("course_id", sa.Uuid(), nullable=True),
        sa.Column("module_id", sa.Uuid(), nullable=True),
        sa.Column(
            "project_type",
            sa.Enum("individual", "pair", "team", name="project_type", create_constraint=True),
            nullable=True,
        ),
        sa.Column("max_team_size", sa.Integer(), server_default="4", nullable=True),
        sa.Column("client_organization", sa.String(length=255), nullable=True),
        sa.Column("project_domain", sa.String(length=100), nullable=True),
        sa.Column(
            "technologies", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column(
            "deliverables",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("timeline_weeks", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planning",
                "in_progress",
                "review",
                "completed",
                "archived",
                name="project_status",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_design_projects_course_id_courses")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_design_projects_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_design_projects_module_id_modules")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design_projects")),
    )
    with op.batch_alter_table("design_projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_design_projects_course_id"), ["course_id"], unique=False)

    op.create_table(
        "lessons",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("module_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("lesson_order", sa.Integer(), nullable=False),
        sa.Column(
            "content_type",
            sa.Enum(
                "video",
                "text",
                "interactive",
                "quiz",
                "assignment",
                name="content_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("content_url", sa.Text(), nullable=True),
        sa.Column("content_duration_minutes", sa.Integer(), nullable=True),
        sa.Column("reading_time_minutes", sa.Integer(), nullable=True),
        sa.Column(
            "interactive_elements",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "resources",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("is_preview", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_lessons_module_id_modules"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
        sa.UniqueConstraint("module_id", "lesson_order", name=op.f("uq_lessons_module_id_lesson_order")),
    )

    op.create_table(
        "assignments",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("lesson_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=True),
        sa.Column(
            "assignment_type",
            sa.Enum(
                "design_project",
                "quiz",
                "peer_review",
                "presentation",
                "code",
                name="assignment_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("max_score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("passing_score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("due_date", sa.DateTime(), nullable=True),
        sa.Column("time_limit_minutes", sa.Integer(), nullable=True),
        sa.Column(
            "submission_format",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "rubric",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("is_graded_automatically", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lesson_id"], ["lessons.id"], name=op.f("fk_assignments_lesson_id_lessons"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_lesson_id"), ["lesson_id"], unique=False)

    op.create_table(
        "design_assets",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("uploaded_by", sa.Uuid(), nullable=False),
        sa.Column(
            "asset_type",
            sa.Enum(
                "figma_file",
                "image",
                "document",
                "prototype",
                "research",
                "presentation",
                name="asset_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_url", sa.Text(), nullable=False),
        sa.Column("file_size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("mime_type", sa.String(length=100), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=True),
        sa.Column("is_final", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("tags", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True),
        sa.Column("figma_file_key", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["design_projects.id"],
            name=op.f("fk_design_assets_project_id_design_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_design_assets_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design_assets")),
    )
    with op.batch_alter_table("design_assets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_design_assets_project_id"), ["project_id"], unique=False)

    op.create_table(
        "discussions",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=True),
        sa.Column("module_id", sa.Uuid(), nullable=True),
        sa.Column("lesson_id", sa.Uuid(), nullable=True),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column(
            "discussion_type",
            sa.Enum(
                "question",
                "clarification",
                "feedback",
                "showcase",
                "general",
                name="discussion_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("is_pinned", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("is_resolved", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("view_count", sa.Integer(), server_default="0", nullable=True),
        sa.Column("reply_count", sa.Integer(), server_default="0", nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_discussions_author_id_users")),
        sa.ForeignKeyConstraint(["course_id"], ["courses.id"], name=op.f("fk_discussions_course_id_courses")),
        sa.ForeignKeyConstraint(["lesson_id"], ["lessons.id"], name=op.f("fk_discussions_lesson_id_lessons")),
        sa.ForeignKeyConstraint(["module_id"], ["modules.id"], name=op.f("fk_discussions_module_id_modules")),
        sa.ForeignKeyConstraint(
            ["project_id"], ["design_projects.id"], name=op.f("fk_discussions_project_id_design_projects")
        ),
        sa.ForeignKeyConstraint(["resolved_by"], ["users.id"], name=op.f("fk_discussions_resolved_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discussions")),
    )
    with op.batch_alter_table("discussions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discussions_course_id"), ["course_id"], unique=False)

    op.create_table(
        "enrollments",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column(
            "enrollment_status",
            sa.Enum(
                "enrolled",
                "in_progress",
                "completed",
                "dropped",
                "suspended",
                name="enrollment_status",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "enrollment_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True
        ),
        sa.Column("completion_date", sa.DateTime(), nullable=True),
        sa.Column("progress_percentage", sa.Numeric(precision=5, scale=2), server_default="0", nullable=True),
        sa.Column("current_module_id", sa.Uuid(), nullable=True),
        sa.Column("current_lesson_id", sa.Uuid(), nullable=True),
        sa.Column("time_spent_minutes", sa.Integer(), server_default="0", nullable=True),
        sa.Column("last_accessed_at", sa.DateTime(), nullable=True),
        sa.Column("certificate_issued", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("certificate_issued_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_enrollments_course_id_courses"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["current_lesson_id"], ["lessons.id"], name=op.f("fk_enrollments_current_lesson_id_lessons")
        ),
        sa.ForeignKeyConstraint(
            ["current_module_id"], ["modules.id"], name=op.f("fk_enrollments_current_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_enrollments_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollments")),
        sa.UniqueConstraint("user_id", "course_id", name=op.f("uq_enrollments_user_id_course_id")),
    )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.create_index("idx_enrollment_status", ["enrollment_status"], unique=False)
        batch_op.create_index("idx_user_course", ["user_id", "course_id"], unique=False)

    op.create_table(
        "learning_analytics",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=True),
        sa.Column("module_id", sa.Uuid(), nullable=True),
        sa.Column("lesson_id", sa.Uuid(), nullable=True),
        sa.Column(
            "event_type",
            sa.Enum(
                "lesson_started",
                "lesson_completed",
                "quiz_attempted",
                "assignment_submitted",
                "forum_post",
                "peer_review",
                name="analytics_event_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "event_data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("session_duration_minutes", sa.Integer(), nullable=True),
        sa.Column("device_type", sa.String(length=50), nullable=True),
        sa.Column(
            "browser_info",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "ip_address", sa.String(length=45).with_variant(postgresql.INET(), "postgresql"), nullable=True
        ),
        sa.Column("timestamp", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_learning_analytics_course_id_courses")
        ),
        sa.ForeignKeyConstraint(
            ["lesson_id"], ["lessons.id"], name=op.f("fk_learning_analytics_lesson_id_lessons")
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["modules.id"], name=op.f("fk_learning_analytics_module_id_modules")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_learning_analytics_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_analytics")),
    )
    with op.batch_alter_table("learning_analytics", schema=None) as batch_op:
        batch_op.create_index("idx_course_analytics", ["course_id", "event_type", "timestamp"], unique=False)
        batch_op.create_index("idx_user_timestamp", ["user_id", "timestamp"], unique=False)

    op.create_table(
        "project_teams",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead_designer",
                "ux_researcher",
                "visual_designer",
                "developer",
                "researcher",
                name="team_role",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("joined_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=True),
        sa.Column("contribution_score", sa.Numeric(precision=3, scale=2), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["design_projects.id"],
            name=op.f("fk_project_teams_project_id_design_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_project_teams_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_teams")),
        sa.UniqueConstraint("project_id", "user_id", name=op.f("uq_project_teams_project_id_user_id")),
    )
    with op.batch_alter_table("project_teams", schema=None) as batch_op:
        batch_op.create_index("idx_project_user", ["project_id", "user_id"], unique=False)

    op.create_table(
        "discussion_replies",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("discussion_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("parent_reply_id", sa.Uuid(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("is_solution", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("helpful_votes", sa.Integer(), server_default="0", nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_discussion_replies_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["discussion_id"],
            ["discussions.id"],
            name=op.f("fk_discussion_replies_discussion_id_discussions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_reply_id"],
            ["discussion_replies.id"],
            name=op.f("fk_discussion_replies_parent_reply_id_discussion_replies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discussion_replies")),
    )
    with op.batch_alter_table("discussion_replies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_discussion_replies_discussion_id"), ["discussion_id"], unique=False
        )

    op.create_table(
        "lesson_progress",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("enrollment_id", sa.Uuid(), nullable=False),
        sa.Column("lesson_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "completed",
                name="lesson_progress_status",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("time_spent_minutes", sa.Integer(), server_default="0", nullable=True),
        sa.Column("attempts_count", sa.Integer(), server_default="0", nullable=True),
        sa.Column("best_score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_lesson_progress_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lessons.id"],
            name=op.f("fk_lesson_progress_lesson_id_lessons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_progress")),
        sa.UniqueConstraint(
            "enrollment_id", "lesson_id", name=op.f("uq_lesson_progress_enrollment_id_lesson_id")
        ),
    )
    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.create_index("idx_enrollment_lesson", ["enrollment_id", "lesson_id"], unique=False)

    op.create_table(
        "submissions",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("assignment_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "submission_content",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("submitted_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "under_review",
                "graded",
                "revision_requested",
                name="submission_status",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("graded_by", sa.Uuid(), nullable=True),
        sa.Column("graded_at", sa.DateTime(), nullable=True),
        sa.Column("revision_count", sa.Integer(), server_default="0", nullable=True),
        sa.Column("final_submission", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_submissions_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["graded_by"], ["users.id"], name=op.f("fk_submissions_graded_by_users")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_submissions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submissions")),
    )
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.create_index("idx_assignment_user", ["assignment_id", "user_id"], unique=False)
        batch_op.create_index("idx_status", ["status"], unique=False)

    op.create_table(
        "instructor_feedback",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("instructor_id", sa.Uuid(), nullable=False),
        sa.Column(
            "feedback_type",
            sa.Enum(
                "initial_review",
                "revision_feedback",
                "final_assessment",
                name="feedback_type",
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "rubric_scores",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "overall_grade",
            sa.Enum("A", "B", "C", "D", "F", name="overall_grade", create_constraint=True),
            nullable=True,
        ),
        sa.Column("detailed_feedback", sa.Text(), nullable=True),
        sa.Column(
            "improvement_suggestions",
            sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "next_steps", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["instructor_id"], ["users.id"], name=op.f("fk_instructor_feedback_instructor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name=op.f("fk_instructor_feedback_submission_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instructor_feedback")),
    )
    with op.batch_alter_table("instructor_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_instructor_feedback_submission_id"), ["submission_id"], unique=False
        )

    op.create_table(
        "peer_reviews",
        sa.Column("id", sa.Uuid(), server_default=gen_random_uuid(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("reviewer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "review_criteria",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("overall_score", sa.Numeric(precision=3, scale=2), nullable=True),
        sa.Column(
            "strengths", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column(
            "improvements", sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql"), nullable=True
        ),
        sa.Column("detailed_feedback", sa.Text(), nullable=True),
        sa.Column("is_anonymous", sa.Boolean(), server_default=sa.false(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["users.id"], name=op.f("fk_peer_reviews_reviewer_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name=op.f("fk_peer_reviews_submission_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peer_reviews")),
        sa.UniqueConstraint(
            "submission_id", "reviewer_id", name=op.f("uq_peer_reviews_submission_id_reviewer_id")
        ),
    )
    with op.batch_alter_table("peer_reviews", schema=None) as batch_op:
        batch_op.create_index("idx_submission_reviewer", ["submission_id", "reviewer_id"], unique=False)


def downgrade() -> None:
    op.drop_table("peer_reviews")
    op.drop_table("instructor_feedback")
    op.drop_table("submissions")
    op.drop_table("lesson_progress")
    op.drop_table("discussion_replies")
    op.drop_table("project_teams")
    op.drop_table("learning_analytics")
    op.drop_table("enrollments")
    op.drop_table("discussions")
    op.drop_table("design_assets")
    op.drop_table("assignments")
    op.drop_table("lessons")
    op.drop_table("design_projects")
    op.drop_table("modules")
    op.drop_table("certificates")
    op.drop_table("user_profiles")
    op.drop_table("fataplus_integration")
    op.drop_table("external_service_tokens")
    op.drop_table("courses")
    op.drop_table("users")
    op.drop_table("platform_metrics")
    op.drop_table("certificate_templates")
    _drop_enum_types()


ENUM_TYPES = (
    "design_experience_level",
    "preferred_learning_style",
    "difficulty_level",
    "course_type",
    "module_type",
    "content_type",
    "enrollment_status",
    "lesson_progress_status",
    "assignment_type",
    "submission_status",
    "project_type",
    "project_status",
    "team_role",
    "asset_type",
    "discussion_type",
    "feedback_type",
    "overall_grade",
    "certificate_type",
    "analytics_event_type",
    "sync_status",
)


def _drop_enum_types() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ENUM_TYPES:
            op.execute(f"DROP TYPE IF EXISTS {name}")
