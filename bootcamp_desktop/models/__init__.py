"""The data model: one SQLAlchemy 2.0 schema of the seed and DESIGN.md's additions.

Imported by the client, the server and the tests; never imports Qt. ``Base.metadata`` holds every table.
"""

from .analytics import LearningAnalytics, PlatformMetric
from .assessment import Assignment, Submission
from .base import Base, SyncedMixin, UTCDateTime, utcnow, uuid7
from .certificates import Certificate, CertificateTemplate
from .community import Discussion, DiscussionReply
from .courses import Course, CourseStaff, Lesson, Module
from .enrolment import Enrollment, LessonProgress
from .feedback import InstructorFeedback, PeerReview
from .integration import ExternalServiceToken, FataplusIntegration
from .projects import DesignAsset, DesignProject, ProjectTeam
from .releases import Release
from .server_auth import (
    BlobUpload,
    LoginAttempt,
    OAuthCode,
    OAuthToken,
    OAuthTokenFamily,
    PasswordCredential,
    ServerSetting,
)
from .sync_clients import SyncClientRecord
from .sync_meta import (
    BLOB_URL_PREFIX,
    AppliedMutation,
    AuditLog,
    Blob,
    ChangeLogEntry,
    InboxEntry,
    OutboxEntry,
    SyncCounter,
    SyncState,
)
from .users import User, UserProfile, UserRole

# The 22 tables of ../shared/seed-data-model.md, in the seed's order.
SEED_TABLES = (
    "users",
    "user_profiles",
    "courses",
    "modules",
    "lessons",
    "enrollments",
    "lesson_progress",
    "assignments",
    "submissions",
    "design_projects",
    "project_teams",
    "design_assets",
    "discussions",
    "discussion_replies",
    "peer_reviews",
    "instructor_feedback",
    "certificates",
    "certificate_templates",
    "learning_analytics",
    "platform_metrics",
    "fataplus_integration",
    "external_service_tokens",
)


def synced_models() -> list[type[Base]]:
    """Every mapped class that replicates (carries ``SyncedMixin``), parents before children."""
    by_table = {m.class_.__table__.name: m.class_ for m in Base.registry.mappers}
    return [
        by_table[t.name]
        for t in Base.metadata.sorted_tables
        if getattr(by_table.get(t.name), "__synced__", False)
    ]


__all__ = [
    "SEED_TABLES",
    "BLOB_URL_PREFIX",
    "Assignment",
    "AppliedMutation",
    "AuditLog",
    "ChangeLogEntry",
    "InboxEntry",
    "LoginAttempt",
    "OAuthCode",
    "OAuthToken",
    "OAuthTokenFamily",
    "PasswordCredential",
    "Release",
    "SyncClientRecord",
    "ServerSetting",
    "Base",
    "Blob",
    "BlobUpload",
    "Certificate",
    "CertificateTemplate",
    "Course",
    "CourseStaff",
    "DesignAsset",
    "DesignProject",
    "Discussion",
    "DiscussionReply",
    "Enrollment",
    "ExternalServiceToken",
    "FataplusIntegration",
    "InstructorFeedback",
    "LearningAnalytics",
    "LessonProgress",
    "Lesson",
    "Module",
    "OutboxEntry",
    "PeerReview",
    "PlatformMetric",
    "ProjectTeam",
    "Submission",
    "SyncCounter",
    "SyncState",
    "SyncedMixin",
    "UTCDateTime",
    "User",
    "UserProfile",
    "UserRole",
    "synced_models",
    "utcnow",
    "uuid7",
]
