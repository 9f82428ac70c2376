"""The enum value sets of the seed, in the seed's order, and the ones DESIGN.md adds.

Each set becomes a native enum type on PostgreSQL (named as below) and a CHECK constraint on SQLite.
"""

DESIGN_EXPERIENCE_LEVEL = ("beginner", "intermediate", "advanced", "expert")
LEARNING_STYLE = ("visual", "auditory", "kinesthetic", "reading")
DIFFICULTY_LEVEL = ("beginner", "intermediate", "advanced")
COURSE_TYPE = ("core", "elective", "workshop", "capstone")
MODULE_TYPE = ("lecture", "workshop", "project", "assessment", "discussion")
CONTENT_TYPE = ("video", "text", "interactive", "quiz", "assignment")
ENROLLMENT_STATUS = ("enrolled", "in_progress", "completed", "dropped", "suspended")
LESSON_PROGRESS_STATUS = ("not_started", "in_progress", "completed")
ASSIGNMENT_TYPE = ("design_project", "quiz", "peer_review", "presentation", "code")
SUBMISSION_STATUS = ("draft", "submitted", "under_review", "graded", "revision_requested")
PROJECT_TYPE = ("individual", "pair", "team")
PROJECT_STATUS = ("planning", "in_progress", "review", "completed", "archived")
TEAM_ROLE = ("lead_designer", "ux_researcher", "visual_designer", "developer", "researcher")
ASSET_TYPE = ("figma_file", "image", "document", "prototype", "research", "presentation")
DISCUSSION_TYPE = ("question", "clarification", "feedback", "showcase", "general")
FEEDBACK_TYPE = ("initial_review", "revision_feedback", "final_assessment")
OVERALL_GRADE = ("A", "B", "C", "D", "F")
CERTIFICATE_TYPE = ("course_completion", "program_completion", "specialization")
ANALYTICS_EVENT_TYPE = (
    "lesson_started",
    "lesson_completed",
    "quiz_attempted",
    "assignment_submitted",
    "forum_post",
    "peer_review",
)
SYNC_STATUS = ("active", "error", "disabled")

# Added by DESIGN.md (not in the seed).
ROLE = ("learner", "instructor", "facilitator", "admin")
STAFF_ROLE = ("instructor", "facilitator", "assistant")
OUTBOX_STATE = ("pending", "sent", "rejected", "conflict")
MUTATION_OP = ("insert", "update", "delete")
CHANGE_OP = ("upsert", "delete")
BLOB_STATE = ("missing", "partial", "complete")
