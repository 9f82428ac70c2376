"""Courses: the paper-prototyping workshop, the capstone, and an unpublished draft elective."""

from .course_extra_texts import (
    BRIEF,
    EXERCISE_PAPER,
    FIVE_FARMERS,
    PAPER,
    QUIZ_LAUNCH,
    VOICE,
)
from .spec import AssignmentSpec, CourseSpec, Doc, LessonSpec, ModuleSpec, ProjectSpec

SHOW_AND_TELL = AssignmentSpec(
    title="Show-and-tell: your tested prototype",
    description="Three minutes on what you tested, what you found and what you changed.",
    instructions="Upload photos of your paper prototype before and after testing and three slides.",
    type="presentation",
    due_days=-3,
    rubric="pitch",
    file_types=("pdf", "jpg", "png"),
    max_size_mb=30,
    attach=("photo", "slides"),
    texts=("Two of five farmers could not find 'Sell'; version 2 puts it first with a photo of sacks.",),
)

SYNTHESIS = AssignmentSpec(
    title="Research synthesis for your client",
    description="Findings from your research sprint, with evidence and design principles.",
    instructions="Interview at least six users, synthesise findings into five insights with quotes and "
    "counts, and derive three design principles. Share with the client.",
    type="design_project",
    due_days=21,
    rubric="capstone",
    file_types=("pdf", "png", "fig"),
    max_size_mb=80,
    attach=("report", "wireframes"),
    link="figma",
    texts=(
        (
            "Six members interviewed in Kaolack; the strongest insight is that orders are placed "
            "collectively after Friday prayers."
        ),
    ),
)

DEMO_DAY = AssignmentSpec(
    title="Demo day: the launched pilot",
    description="Present the pilot to the client and the cohort.",
    instructions="Fifteen minutes: the problem, the product, the pilot data and what comes next.",
    type="presentation",
    due_days=45,
    rubric="capstone",
    file_types=("pdf", "mp4"),
    max_size_mb=200,
    attach=("slides",),
    link="video",
    texts=("Pilot with 22 members over four weeks: 61 orders, two disputes, both resolved by SMS.",),
)

VOICE_TASK = AssignmentSpec(
    title="Script an IVR weather alert",
    description="Write and record a 30-second weather alert menu.",
    instructions="Draft the script in two languages.",
    type="design_project",
    due_days=60,
    rubric="design",
    file_types=("mp3", "pdf"),
    attach=("report",),
)

WORKSHOP = CourseSpec(
    code="RPW",
    slug="paper-to-phone-rapid-prototyping-workshop",
    title="Paper to Phone: A Rapid Prototyping Workshop",
    short="One day, in person: sketch, test with five farmers, and improve your design before lunch.",
    description=(
        "An in-person workshop run by a facilitator, with or without internet. Participants build paper "
        "prototypes of a farm service, test them with five farmers from a nearby cooperative, and present "
        "what they changed."
    ),
    outcomes=(
        "Build a paper prototype of a mobile flow",
        "Run five quick usability tests",
        "Report findings on one page",
    ),
    prerequisites=("None",),
    difficulty="beginner",
    hours=8,
    course_type="workshop",
    category="design-fundamentals",
    tags=("prototyping", "usability-testing", "in-person", "workshop"),
    colour=(126, 34, 206),
    popularity=0.45,
    published_days_ago=90,
    modules=(
        ModuleSpec(
            "Paper prototyping in a day",
            "Sketch the happy path and what goes wrong.",
            "workshop",
            4,
            ("Draw a flow on cards", "Play the computer"),
            (
                LessonSpec(
                    "video",
                    "Paper prototypes in five minutes",
                    "A facilitator's demonstration.",
                    1,
                    cards=("Paper to phone", "One card per screen", "Stay silent, take notes"),
                    preview=True,
                ),
                LessonSpec(
                    "text",
                    "Paper prototypes in the field",
                    "Materials, making and playing.",
                    8,
                    markdown=PAPER,
                    resources=(
                        Doc(
                            "Phone frame (print on A4)",
                            "Cut out and slide cards inside",
                            columns=("Screen", "Notes"),
                            kind="template",
                        ),
                    ),
                ),
                LessonSpec(
                    "interactive",
                    "Playing the computer",
                    "What to do when a farmer hesitates.",
                    5,
                    image="paper-to-phone",
                    questions=EXERCISE_PAPER,
                    intro="You are the computer in a paper test.",
                ),
            ),
        ),
        ModuleSpec(
            "Testing with farmers",
            "Five tests in a morning and a one-page report.",
            "workshop",
            4,
            ("Run a usability test", "Report findings"),
            (
                LessonSpec(
                    "text", "Five-farmer usability tests", "Plan, measure, report.", 8, markdown=FIVE_FARMERS
                ),
                LessonSpec("quiz", "Check: testing", "One question.", 3, questions=EXERCISE_PAPER),
                LessonSpec(
                    "assignment", "Show-and-tell", "Present what you changed.", 60, assignment=SHOW_AND_TELL
                ),
            ),
        ),
    ),
)

CAPSTONE = CourseSpec(
    code="CAP",
    slug="capstone-from-field-research-to-launch",
    title="Capstone: From Field Research to a Launched Agri Product",
    short="Teams take a real brief from an agricultural organisation from research to a piloted product.",
    description=(
        "The final project of the bootcamp. Teams of three or four work with a cooperative or agribusiness "
        "on a real brief: research sprint, design, a pilot with real users, and a demo day."
    ),
    outcomes=(
        "Translate a client brief into research questions",
        "Synthesise research into principles",
        "Pilot a product with real users",
        "Present results to a client",
    ),
    prerequisites=("Designing a Farm-Management App", "A Produce Marketplace for Smallholders"),
    difficulty="advanced",
    hours=60,
    course_type="capstone",
    category="capstone",
    tags=("capstone", "teamwork", "client-project", "pilot"),
    colour=(15, 118, 110),
    popularity=0.35,
    published_days_ago=100,
    modules=(
        ModuleSpec(
            "Brief and team",
            "Read the brief, form teams, brief back.",
            "project",
            6,
            ("Write a brief back",),
            (
                LessonSpec(
                    "video",
                    "Meet the capstone clients",
                    "Four organisations, four briefs.",
                    1,
                    cards=("Capstone", "Four clients, four briefs", "Teams of three or four"),
                ),
                LessonSpec(
                    "text", "Reading a client brief", "Goal, constraints, what is missing.", 8, markdown=BRIEF
                ),
            ),
        ),
        ModuleSpec(
            "Research sprint",
            "Two weeks of research with the client's users.",
            "project",
            20,
            ("Synthesise interviews into insights",),
            (
                LessonSpec(
                    "video",
                    "The synthesis wall",
                    "From sticky notes of quotes to five insights.",
                    1,
                    cards=(
                        "One quote per sticky note",
                        "Cluster, then name the cluster",
                        "An insight surprises the client",
                        "Count how often you heard it",
                    ),
                ),
                LessonSpec(
                    "interactive",
                    "From quotes to insights",
                    "Cluster quotes into insights.",
                    15,
                    image="interview-flow",
                    questions=QUIZ_LAUNCH[1:],
                    intro="Practise with quotes from a past capstone.",
                ),
                LessonSpec(
                    "assignment",
                    "Assignment: research synthesis",
                    "Your team's findings.",
                    600,
                    assignment=SYNTHESIS,
                ),
            ),
        ),
        ModuleSpec(
            "Pilot and demo day",
            "Build, pilot, present.",
            "assessment",
            30,
            ("Run a pilot", "Present to a client"),
            (
                LessonSpec("quiz", "Launch readiness", "Two questions.", 5, questions=QUIZ_LAUNCH),
                LessonSpec("assignment", "Demo day", "Present the pilot.", 900, assignment=DEMO_DAY),
            ),
        ),
    ),
    projects=(
        ProjectSpec(
            title="Cooperative input ordering for millet growers",
            description="A team designs and pilots group ordering of seed and fertiliser for a cooperative.",
            brief=(
                "Members of the Sahel Millet Collective order seed and fertiliser individually and pay "
                "high prices. Design a group ordering service that works on basic phones, collects orders "
                "after the Friday meeting, and lets the treasurer reconcile mobile money payments."
            ),
            project_type="team",
            module=2,
            client="Sahel Millet Collective",
            domain="input-supply",
            technologies=("figma", "ussd", "mobile-money", "google-sheets"),
            deliverables=(
                ("research synthesis", "pdf"),
                ("prototype", "fig"),
                ("pilot report", "pdf"),
                ("demo day deck", "pdf"),
            ),
            weeks=8,
            screens=("Group order", "Payments", "Crop calendar"),
        ),
    ),
)

DRAFT = CourseSpec(
    code="VOX",
    slug="voice-interfaces-for-farmers",
    title="Voice Interfaces for Farmers Who Prefer to Listen",
    short="IVR menus, recorded prompts and voice notes in local languages. In preparation.",
    description="An elective in preparation: designing voice services (IVR, voice notes) for agriculture.",
    outcomes=("Decide when voice is the right channel", "Script an IVR menu"),
    prerequisites=("Designing a Farm-Management App",),
    difficulty="advanced",
    hours=16,
    course_type="elective",
    category="agricultural-ux",
    tags=("voice", "ivr", "accessibility", "draft"),
    colour=(190, 18, 60),
    published=False,
    popularity=0.0,
    published_days_ago=0,
    modules=(
        ModuleSpec(
            "Voice basics",
            "When voice works and when it does not.",
            "lecture",
            4,
            ("Choose between voice, SMS and app",),
            (
                LessonSpec(
                    "text", "Why voice, and when not", "Good and poor fits for voice.", 6, markdown=VOICE
                ),
                LessonSpec(
                    "assignment",
                    "Assignment: an IVR weather alert",
                    "Draft only.",
                    120,
                    assignment=VOICE_TASK,
                ),
            ),
        ),
    ),
)
