"""The conventions for the JSON and URL columns that the seed leaves open, as the demo content uses them.

Services, the UI and the server read content in these shapes; keep them in step with this file.

Blob references
    Any file lives in the content-addressed blob store and is referred to as ``blob:sha256:<hex>``
    (``models.BLOB_URL_PREFIX``); the ``blobs`` table has its size and MIME type.

``lessons.content_url`` by ``content_type``
    - ``video``: an MP4 (H.264, yuv420p) blob; ``content_duration_minutes`` is its length, rounded up.
    - ``text``: a Markdown blob (``text/markdown; charset=utf-8``, CommonMark with GFM tables); images
      inside it are written ``![alt](blob:sha256:<hex>)``; ``reading_time_minutes`` is set.
    - ``interactive``: the exercise's illustration (an image blob) or NULL; the exercise itself is in
      ``interactive_elements``.
    - ``quiz`` and ``assignment``: NULL (questions in ``interactive_elements``; the task in ``assignments``).

``lessons.interactive_elements`` (quiz, interactive, and automatically graded assignment lessons)::

    {"format": 1,
     "kind": "quiz" | "exercise" | "graded_quiz",
     "intro": "text shown first" | null,
     "image": "blob:sha256:..." | null,
     "questions": [
        {"id": "q1", "type": "single_choice" | "multiple_choice" | "short_answer",
         "prompt": "...",
         "choices": [{"id": "a", "text": "..."}],     # absent for short_answer
         "correct": ["a"],                            # choice ids; for short_answer the accepted
                                                      # answers, compared case-insensitively after
                                                      # trimming spaces
         "explanation": "shown after answering"}],
     "pass_percentage": 70,          # 0 for ungraded exercises
     "max_attempts": 3 | null,       # null: unlimited
     "shuffle_choices": true}

    A single_choice question has exactly one correct id, a multiple_choice one at least one; the score is
    the percentage of questions answered exactly right.

``lessons.resources``::

    {"items": [{"kind": "link", "title": "...", "url": "https://..."},
               {"kind": "download" | "template", "title": "...", "url": "blob:sha256:...",
                "file_name": "x.pdf", "size_bytes": 1234, "mime_type": "application/pdf"}],
     "embedded": ["blob:sha256:...", ...]}      # text lessons: every blob the Markdown refers to, in order

    ``embedded`` is written with the text (the demo, ``services.authoring_content.save_markdown``): it lets
    the replica know the pictures' sizes before the text is downloaded, and the server serve them, since a
    blob is served to whoever may read a row that refers to it (``services/downloads.py`` says more).

``assignments.submission_format``::

    {"file_types": ["pdf", "png"], "max_size_mb": 50, "max_files": 5, "text": true, "links": true}
    automatically graded quizzes: {"file_types": [], "max_size_mb": 0,
                                   "answers": "lesson.interactive_elements.questions"}

``assignments.rubric``: see ``models/rubric.schema.json``. ``max_score`` is the rubric's maximum
(100 for quizzes); ``passing_score`` is the rubric's D threshold of it.

``submissions.submission_content``::

    {"text": "...",
     "files": [{"name": "wireframes.png", "url": "blob:sha256:...", "size_bytes": n,
                "mime_type": "image/png"}],
     "links": [{"title": "Figma prototype", "url": "https://www.figma.com/file/..."}],
     "answers": {"q1": ["b"], "q4": ["sms"]}}      # graded quizzes only

``submissions.graded_by`` is NULL for automatically graded quizzes ("AI system" in the seed).

``instructor_feedback.rubric_scores``::

    {"criteria": {"<criterion id>": {"level": "<level id>", "points": 22, "comment": "..."}},
     "total": 81, "max": 100}
    ``overall_grade`` = ``rubric.grade_for(total, max, rubric.get("grade_scale"))``.

``peer_reviews.review_criteria``: ``{"criteria": {"<criterion id>": {"rating": 1-5, "comment": "..."}}}``;
``overall_score`` is their mean rating (1.00-5.00). ``project_teams.contribution_score`` is 1.00-5.00 too.

``enrollments.progress_percentage``: completed lessons / lessons of the course * 100, 2 decimals;
every enrolment has one ``lesson_progress`` row per lesson of its course.
``lesson_progress.best_score``: a percentage for quiz and exercise lessons, else NULL (a graded
assignment's score is on its submission).

Certificates
    ``certificate_number``: ``FPB-<issue year>-<course code>-<6 chars of RFC 4648 base32>``, e.g.
    ``FPB-2026-FMA-K3T9QX``; ``verification_url``: ``https://bootcamp.fataplus.example/verify/<number>``;
    ``blockchain_hash``: a sha256 hex digest of the certificate's canonical JSON (number, user, course,
    issue date), prefixed ``sha256:``. ``metadata``: ``{"template_id", "learner_name", "course_title",
    "hours", "grade", "issued_by"}``.
    ``certificate_templates.layout_config``::

        {"page": {"size": "A4", "orientation": "landscape"},
         "elements": [{"field": "learner_name", "x": 0.5, "y": 0.42, "font_size": 36,
                       "align": "center", "color": "primary"}, ...]}
    (x and y are fractions of the page width and height; colours name the template's colours.)

``learning_analytics``
    ``event_data`` by ``event_type``: ``lesson_started``/``lesson_completed``:
    ``{"lesson_title", "content_type", "offline": bool}``; ``quiz_attempted``: ``{"attempt", "score",
    "passed"}``; ``assignment_submitted``: ``{"submission_id", "assignment_title", "files"}``;
    ``forum_post``: ``{"discussion_id", "reply_id" | null}``; ``peer_review``: ``{"submission_id", "score"}``.
    ``browser_info``: ``{"client": "bootcamp-desktop" | "web", "version", "os", "browser"?}``.
"""

FORMAT_VERSION = 1
CERTIFICATE_PREFIX = "FPB"
VERIFY_URL = "https://bootcamp.fataplus.example/verify/"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def certificate_number(year: int, course_code: str, suffix: str) -> str:
    return f"{CERTIFICATE_PREFIX}-{year}-{course_code}-{suffix}"
