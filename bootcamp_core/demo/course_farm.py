"""Course: Designing a Farm-Management App (core, beginner)."""

from .course_farm_texts import (
    CRITIQUE,
    EXERCISE_PESTICIDE,
    EXERCISE_SYNC,
    INTERVIEWING,
    LOW_LITERACY,
    OFFLINE_FORMS,
    QUIZ_OFFLINE,
    QUIZ_RESEARCH,
    SEASON,
)
from .spec import (
    AssignmentSpec,
    CourseSpec,
    Doc,
    LessonSpec,
    Link,
    ModuleSpec,
    ProjectSpec,
)

DIARY = AssignmentSpec(
    title="Sketch a farm diary for a shared phone",
    description="Design the three core screens of a farm diary that a household shares on one phone.",
    instructions=(
        "Interview at least two farmers (or use the interview notes provided). Sketch three screens: "
        "home, record an expense, record a sale. Show how a second farmer switches profile. Upload "
        "photos or exports of your wireframes and a one-page rationale."
    ),
    type="design_project",
    due_days=-24,
    rubric="design",
    file_types=("png", "jpg", "pdf", "fig"),
    max_size_mb=50,
    attach=("wireframes", "report"),
    link="figma",
    texts=(
        (
            "Home shows this season's totals as numbers first; expenses and sales are two big picture "
            "buttons. Profiles switch with a photo and a 4-digit PIN."
        ),
        (
            "I tested the paper version with my aunt and two neighbours in Antsirabe. Nobody found the "
            "'Expense' label, so I replaced it with a photo of money going out of a hand."
        ),
        "The sale screen uses sacks as the unit and shows the kilogram equivalent underneath.",
    ),
)

OFFLINE_QUIZ = AssignmentSpec(
    title="Graded quiz: records that survive no signal",
    description="Ten minutes, automatically graded. Two attempts; the best one counts.",
    instructions="Answer every question. You can save and finish later, even offline.",
    type="quiz",
    due_days=-12,
    rubric=None,
    file_types=(),
    max_size_mb=0,
    time_limit_minutes=10,
    auto=True,
)

PEER = AssignmentSpec(
    title="Review two classmates' farm diaries",
    description="Give structured feedback on two farm diary designs using the course rubric.",
    instructions="Pick two submissions from the review queue. For each, name two strengths and two "
    "improvements tied to a user and a task. Summarise what you learned for your own design.",
    type="peer_review",
    due_days=-6,
    rubric="peer",
    file_types=("pdf",),
    max_size_mb=5,
    texts=(
        "Both designs used photos for expense categories; only one tested them with farmers.",
        "I learned to put numbers first after seeing how fast my classmate's home screen reads.",
    ),
)

PROJECT = ProjectSpec(
    title="Farm diary for vanilla growers in Sava",
    description="An individual project: a farm diary that helps vanilla growers track curing batches.",
    brief="Vanilla growers in the Sava region cure beans for months and sell in batches. Design a "
    "diary that records each batch (weight, dates, quality grade) on a shared phone, works offline, "
    "and produces a summary the grower can show to a buyer.",
    project_type="individual",
    module=2,
    client="Sava Vanilla Growers' Association",
    domain="farm-management",
    technologies=("figma", "paper-prototyping"),
    deliverables=(("wireframes", "png"), ("rationale", "pdf"), ("figma file", "fig")),
    weeks=3,
    screens=("Farm diary", "Curing batch", "Buyer summary"),
)

COURSE = CourseSpec(
    code="FMA",
    slug="designing-a-farm-management-app",
    title="Designing a Farm-Management App",
    short="Research, sketch and test a farm diary that works on a shared phone with no signal.",
    description=(
        "A hands-on introduction to product design for farmers. You will interview farmers where they "
        "work, map a farming season, and design a farm diary that respects low literacy, shared phones "
        "and unreliable networks. Every module ends with something you make and test."
    ),
    outcomes=(
        "Plan and run a respectful field interview with farmers",
        "Map a farming season and derive design requirements from it",
        "Design screens that work for people who read little or not at all",
        "Specify offline-first behaviour for forms and records",
        "Give and use structured design critique",
    ),
    prerequisites=("Curiosity about farming; no design experience needed", "A pencil and paper"),
    difficulty="beginner",
    hours=24,
    course_type="core",
    category="agricultural-ux",
    tags=("farm-management", "user-research", "low-literacy", "offline-first", "mobile"),
    colour=(22, 101, 52),
    featured=True,
    popularity=0.8,
    published_days_ago=200,
    modules=(
        ModuleSpec(
            "Farms, farmers and the work of a season",
            "Who farms, how a season unfolds, and how to learn from farmers without wasting their time.",
            "lecture",
            6,
            ("Plan a field visit", "Ask open questions", "Map a farming calendar"),
            (
                LessonSpec(
                    "video",
                    "Welcome: what a farm-management app is for",
                    "Why most farm apps are abandoned after one season, and how this course avoids it.",
                    1,
                    cards=(
                        "What is a farm-management app for?",
                        "Records farmers trust",
                        "Designed on the farm, not in the office",
                    ),
                    preview=True,
                ),
                LessonSpec(
                    "text",
                    "Interviewing farmers where they work",
                    "Preparing, running and writing up a field interview.",
                    12,
                    markdown=INTERVIEWING,
                    resources=(
                        Doc(
                            "Farmer interview guide",
                            "Five open questions and a consent script",
                            (
                                (
                                    "Before the visit",
                                    ("Introductions through the cooperative", "Check the farming calendar"),
                                ),
                                (
                                    "Questions",
                                    (
                                        "Walk me through last Tuesday.",
                                        "Show me where you keep track of money.",
                                        "Who else uses this phone?",
                                    ),
                                ),
                            ),
                        ),
                        Link(
                            "Field research ethics (IDEO.org Field Guide)",
                            "https://www.designkit.org/methods",
                        ),
                    ),
                ),
                LessonSpec(
                    "text",
                    "A season in the life of a maize farmer",
                    "How the farming calendar shapes what an app should do and when.",
                    10,
                    markdown=SEASON,
                    resources=(
                        Doc(
                            "Season calendar template",
                            "One row per month, one column per task",
                            columns=("Month", "Field work", "Money in", "Money out", "Phone use"),
                            kind="template",
                        ),
                    ),
                ),
                LessonSpec(
                    "video",
                    "Field visit: a morning with a rice farmer",
                    "Following Rasoa through her paddy near Ambatondrazaka, notebook in hand.",
                    1,
                    cards=(
                        "A morning with a rice farmer",
                        "Records on the back of seed packets",
                        "The phone belongs to her son",
                        "Write it up the same day",
                    ),
                ),
                LessonSpec(
                    "quiz",
                    "Check: field research basics",
                    "Four questions on interviewing.",
                    8,
                    intro="Check what you remember before the workshop module.",
                    questions=QUIZ_RESEARCH,
                ),
            ),
        ),
        ModuleSpec(
            "Designing for low literacy and shared phones",
            "Icons, numbers, voice and photos; phones that belong to a whole household.",
            "workshop",
            8,
            ("Choose icons and test them", "Design numbers-first screens", "Design for shared phones"),
            (
                LessonSpec(
                    "text",
                    "Icons, numbers and voice: designing for low literacy",
                    "Principles and tests for screens that do not rely on reading.",
                    12,
                    markdown=LOW_LITERACY,
                ),
                LessonSpec(
                    "interactive",
                    "Spot the problem: a pesticide log screen",
                    "Find what stops a low-literacy farmer from using this screen.",
                    10,
                    intro="Study the screen, then answer.",
                    image="pesticide-log",
                    questions=EXERCISE_PESTICIDE,
                ),
                LessonSpec(
                    "video",
                    "Shared phones and feature phones",
                    "How households share phones, and what that means for profiles and privacy.",
                    1,
                    cards=(
                        "One phone, five people",
                        "Profiles with a photo and a PIN",
                        "Never show debts on the home screen",
                    ),
                ),
                LessonSpec(
                    "assignment",
                    "Assignment: farm diary for a shared phone",
                    "Your first design project.",
                    180,
                    assignment=DIARY,
                ),
            ),
        ),
        ModuleSpec(
            "Offline-first records",
            "Forms and records that keep working with no signal, and SMS as a fallback.",
            "lecture",
            6,
            ("Describe the states of an offline record", "Write honest sync messages"),
            (
                LessonSpec(
                    "text",
                    "Offline-first forms: saving, waiting, sending",
                    "The four states of an offline record and how to show them.",
                    10,
                    markdown=OFFLINE_FORMS,
                ),
                LessonSpec(
                    "interactive",
                    "Choose the right sync message",
                    "Match each situation to the message a farmer should see.",
                    8,
                    intro="Pick the message that is calm, honest and useful.",
                    image="offline-states",
                    questions=EXERCISE_SYNC,
                ),
                LessonSpec(
                    "video",
                    "What 'waiting for signal' looks like",
                    "Four record states on a real phone, walking from the village to the main road.",
                    1,
                    cards=(
                        "Saved on this phone",
                        "Waiting for signal",
                        "Sent",
                        "Confirmed by the cooperative",
                    ),
                ),
                LessonSpec(
                    "quiz", "Check: offline-first patterns", "Four questions.", 8, questions=QUIZ_OFFLINE
                ),
                LessonSpec(
                    "assignment",
                    "Graded quiz: records that survive no signal",
                    "An automatically graded quiz.",
                    10,
                    questions=QUIZ_OFFLINE,
                    assignment=OFFLINE_QUIZ,
                ),
            ),
        ),
        ModuleSpec(
            "Critique and iterate",
            "Structured critique with farmers and classmates, then a second version.",
            "discussion",
            4,
            ("Run a critique session", "Give feedback tied to users and tasks"),
            (
                LessonSpec(
                    "text",
                    "Running a design critique with farmers",
                    "A 45-minute format and the rules of good feedback.",
                    8,
                    markdown=CRITIQUE,
                ),
                LessonSpec(
                    "video",
                    "A critique session in Antsirabe",
                    "Eight farmers, printed screens and a bowl of beans for voting.",
                    1,
                    cards=(
                        "Critique with farmers",
                        "Act out a real task",
                        "Ask 'what did you expect?'",
                        "Three beans each for the biggest problems",
                    ),
                ),
                LessonSpec(
                    "assignment",
                    "Peer review: two farm diaries",
                    "Review two classmates' designs.",
                    60,
                    assignment=PEER,
                ),
            ),
        ),
    ),
    projects=(PROJECT,),
)
