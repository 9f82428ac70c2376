"""PostgreSQL row-level security: the backstop behind the access rules for personal tables.

Request transactions run as a non-owner role (``Settings.db_app_role``, default ``bootcamp_app``) with
``SET LOCAL ROLE`` and three transaction-local settings (``bootcamp.db``):
``bootcamp.user_id`` (the signed-in user), ``bootcamp.admin`` ('on' for admins) and ``bootcamp.bypass``
('on' only for the sign-in service's own bookkeeping). The policies below let that role see and write
a personal row only when it is the user's own, or belongs to a course the user staffs (for teaching
data), whatever a route's query says. The schema owner (migrations, CLI maintenance commands, the
triggers' SECURITY DEFINER functions) is not subject to them.

``users`` rows of other people are never readable through the table: their public projection (name,
avatar, timezone) comes from ``bootcamp_public_users(ids)``, a SECURITY DEFINER function that returns
nothing else.
"""

from __future__ import annotations

import re

PERSONAL_TABLES = (
    "users",
    "user_profiles",
    "user_roles",
    "enrollments",
    "lesson_progress",
    "submissions",
    "peer_reviews",
    "instructor_feedback",
    "learning_analytics",
    "fataplus_integration",
    "external_service_tokens",
    "auth_passwords",
    "oauth_codes",
    "oauth_token_families",
    "oauth_tokens",
    "auth_login_attempts",
    "blob_uploads",
    "sync_changes",
    "sync_mutations",
    "audit_log",
    "sync_clients",
)

HELPERS = """
CREATE OR REPLACE FUNCTION bootcamp_uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('bootcamp.user_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION bootcamp_privileged() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('bootcamp.admin', true), '') = 'on'
      OR coalesce(current_setting('bootcamp.bypass', true), '') = 'on' $$;

CREATE OR REPLACE FUNCTION bootcamp_staffs(course uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM course_staff WHERE course_id = course AND user_id = bootcamp_uid()) $$;

CREATE OR REPLACE FUNCTION bootcamp_assignment_course(assignment uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT m.course_id FROM assignments a JOIN lessons l ON l.id = a.lesson_id
    JOIN modules m ON m.id = l.module_id WHERE a.id = assignment $$;

CREATE OR REPLACE FUNCTION bootcamp_reviews(submission uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM peer_reviews
                 WHERE submission_id = submission AND reviewer_id = bootcamp_uid()) $$;

CREATE OR REPLACE FUNCTION bootcamp_submission_owner_or_staff(submission uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM submissions s WHERE s.id = submission
    AND (s.user_id = bootcamp_uid() OR bootcamp_staffs(bootcamp_assignment_course(s.assignment_id)))) $$;

CREATE OR REPLACE FUNCTION bootcamp_enrollment_access(enrollment uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM enrollments e WHERE e.id = enrollment
    AND (e.user_id = bootcamp_uid() OR bootcamp_staffs(e.course_id))) $$;

-- Who submitted a submission, for which assignment, in which state (never its content): what the rules
-- need to decide on reviews and feedback of a submission the caller may not read itself.
CREATE OR REPLACE FUNCTION bootcamp_submission_brief(submission uuid)
RETURNS TABLE (user_id uuid, assignment_id uuid, status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT user_id, assignment_id, status::text FROM submissions WHERE id = submission $$;

-- The staff of a course the learner is enrolled in: who may read when the learner's replicas last synced.
CREATE OR REPLACE FUNCTION bootcamp_staffs_learner(learner uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM enrollments e JOIN course_staff cs ON cs.course_id = e.course_id
                 WHERE e.user_id = learner AND cs.user_id = bootcamp_uid()) $$;

-- The public projection (name, avatar, timezone) of the given users: a replica gets the people the rows
-- it may see refer to, and nothing else of them (access/visibility.py decides which ids).
DROP FUNCTION IF EXISTS bootcamp_public_users();
DROP FUNCTION IF EXISTS bootcamp_related_user_ids();
CREATE OR REPLACE FUNCTION bootcamp_public_users(ids uuid[]) RETURNS TABLE
  (id uuid, full_name varchar, avatar_url text, timezone varchar, sync_version bigint, sync_seq bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.full_name, u.avatar_url, u.timezone, u.sync_version, u.sync_seq FROM users u
  WHERE u.id = ANY(ids) $$;
"""

OWN = "user_id = bootcamp_uid() OR bootcamp_privileged()"

POLICIES: dict[str, str] = {
    "users": "id = bootcamp_uid() OR bootcamp_privileged()",
    "user_profiles": OWN,
    "fataplus_integration": OWN,
    "external_service_tokens": OWN,
    "learning_analytics": OWN + " OR (course_id IS NOT NULL AND bootcamp_staffs(course_id))",
    "enrollments": OWN + " OR bootcamp_staffs(course_id)",
    "lesson_progress": "bootcamp_privileged() OR bootcamp_enrollment_access(enrollment_id)",
    "submissions": OWN + " OR bootcamp_staffs(bootcamp_assignment_course(assignment_id))"
    " OR bootcamp_reviews(id)",
    "peer_reviews": "reviewer_id = bootcamp_uid() OR bootcamp_privileged()"
    " OR bootcamp_submission_owner_or_staff(submission_id)",
    "instructor_feedback": "instructor_id = bootcamp_uid() OR bootcamp_privileged()"
    " OR bootcamp_submission_owner_or_staff(submission_id)",
    "auth_passwords": "bootcamp_privileged()",
    "oauth_codes": "bootcamp_privileged()",
    "oauth_token_families": "bootcamp_privileged()",
    "oauth_tokens": "bootcamp_privileged()",
    "auth_login_attempts": "bootcamp_privileged()",
    "sync_mutations": OWN,
    # Who uploaded a blob: a push reads the caller's own; the upload route records them.
    "blob_uploads": OWN,
    # The change log holds row images of everyone: only the pull path (which filters them through the
    # access rules) and admins read it. Its triggers write it as the owner.
    "sync_changes": "bootcamp_privileged() OR coalesce(current_setting('bootcamp.pull', true), '') = 'on'",
}
# Readable by their owner, written only by admins (or the sign-in service).
# ``releases``: public installers, readable by anyone; published only by the maintenance command.
READ_OWN_WRITE_ADMIN = {"user_roles": "user_id = bootcamp_uid() OR bootcamp_privileged()", "releases": "true"}
# Anyone may append (the audit of their own changes); only admins read.
APPEND_ONLY = ("audit_log",)
ADMIN = "bootcamp_privileged()"
# ``sync_clients``: written by the sync routes for the signed-in user's own replica; read by that user, by
# admins and by the staff of a course the user is enrolled in (the facilitator's cohort view).
READ_STAFF_WRITE_OWN = {"sync_clients": OWN + " OR bootcamp_staffs_learner(user_id)"}

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def ddl(app_role: str) -> list[str]:
    if not ROLE_NAME.match(app_role):
        raise ValueError(f"invalid database role name {app_role!r}")
    out = [
        f"""DO $$ BEGIN
  CREATE ROLE {app_role} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$""",
        f"""DO $$ BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE 'GRANT {app_role} TO ' || quote_ident(current_user);
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'cannot grant {app_role} to %: request transactions will fail', current_user;
END $$""",
        f"GRANT USAGE ON SCHEMA public TO {app_role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app_role}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {app_role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app_role}",
        HELPERS,
    ]
    for table, expr in POLICIES.items():
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS bootcamp_access ON {table}",
            f"CREATE POLICY bootcamp_access ON {table} TO {app_role} USING ({expr}) WITH CHECK ({expr})",
        ]
    for table, expr in READ_OWN_WRITE_ADMIN.items():
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS bootcamp_access ON {table}",
            f"DROP POLICY IF EXISTS bootcamp_write ON {table}",
            f"CREATE POLICY bootcamp_access ON {table} FOR SELECT TO {app_role} USING ({expr})",
            (
                f"CREATE POLICY bootcamp_write ON {table} FOR ALL TO {app_role}"
                " USING (bootcamp_privileged()) WITH CHECK (bootcamp_privileged())"
            ),
        ]
    for table, expr in READ_STAFF_WRITE_OWN.items():
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS bootcamp_access ON {table}",
            f"DROP POLICY IF EXISTS bootcamp_write ON {table}",
            f"CREATE POLICY bootcamp_access ON {table} FOR SELECT TO {app_role} USING ({expr})",
            f"CREATE POLICY bootcamp_write ON {table} FOR ALL TO {app_role} USING ({OWN}) WITH CHECK ({OWN})",
        ]
    for table in APPEND_ONLY:
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS bootcamp_access ON {table}",
            f"DROP POLICY IF EXISTS bootcamp_write ON {table}",
            f"CREATE POLICY bootcamp_access ON {table} FOR SELECT TO {app_role} USING ({ADMIN})",
            f"CREATE POLICY bootcamp_write ON {table} FOR INSERT TO {app_role} WITH CHECK (true)",
        ]
    return out
