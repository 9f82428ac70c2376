"""Course: A Produce Marketplace for Smallholders (core, intermediate)."""

from .course_market_texts import (
    EXERCISE_BOARD,
    MIDDLEMEN,
    MOBILE_MONEY,
    PITCH,
    PRICING,
    QUIZ_CHAIN,
    QUIZ_FINAL,
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

PRICE_BOARD = AssignmentSpec(
    title="Design a price board for a cooperative",
    description="A screen and an SMS version of a daily price board for a rice cooperative.",
    instructions="Design the smartphone price board and the SMS version of the same information. "
    "Show grade, place, unit, date and source, and the change since last week. Test the SMS version "
    "with someone who has a basic phone.",
    type="design_project",
    due_days=5,
    rubric="design",
    file_types=("png", "pdf", "fig"),
    max_size_mb=50,
    attach=("wireframes", "report"),
    link="figma",
    texts=(
        (
            "The board lists four grades of rice in the cooperative's own words, with the farm-gate and the "
            "Antananarivo price side by side."
        ),
        "SMS version: 'RICE G1 1850Ar/kg TANA (1700 last wk) 12/03 COOP'. Tested with three members.",
    ),
)

USSD = AssignmentSpec(
    title="Prototype a USSD menu for posting a harvest",
    description="A working USSD menu (simulated) that lets a farmer post a harvest for sale.",
    instructions="Write the menu tree and a small script that simulates it in a terminal. Keep each "
    "screen under 160 characters and at most five options. Include an SMS receipt.",
    type="code",
    due_days=14,
    rubric="code",
    file_types=("py", "zip", "md"),
    max_size_mb=10,
    attach=("code",),
    link="github",
    texts=("Menu depth is three; the confirmation screen repeats crop, quantity and price.",),
)

PITCH_TASK = AssignmentSpec(
    title="Pitch your marketplace to a cooperative board",
    description="A ten-minute pitch deck and a recording or script.",
    instructions="Prepare at most eight slides following the structure in the lesson. Upload the PDF "
    "and either a recording link or your speaker notes.",
    type="presentation",
    due_days=28,
    rubric="pitch",
    file_types=("pdf", "pptx", "mp4"),
    max_size_mb=100,
    attach=("slides",),
    link="video",
    texts=("Our pilot asks for twenty members and one season; the story follows Mama Njeri in Nakuru.",),
)

PROJECT = ProjectSpec(
    title="Harvest marketplace for Lake Alaotra rice",
    description="Pairs design a marketplace where rice growers post harvests and see fair prices.",
    brief="The Alaotra Rice Growers' Union wants members to post harvests for collective sale and see "
    "the day's prices by grade. Many members have basic phones. Design the smartphone flow, the SMS "
    "alternative and the price board used at the union's office.",
    project_type="pair",
    module=2,
    client="Alaotra Rice Growers' Union",
    domain="marketplace",
    technologies=("figma", "ussd", "sms"),
    deliverables=(("smartphone flow", "fig"), ("sms spec", "pdf"), ("price board", "png")),
    weeks=4,
    screens=("Market prices", "Post a harvest", "Buyer offers"),
)

COURSE = CourseSpec(
    code="PMS",
    slug="a-produce-marketplace-for-smallholders",
    title="A Produce Marketplace for Smallholders",
    short="Design a marketplace that earns farmers' trust: fair prices, mobile money, SMS for basic phones.",
    description=(
        "How produce really moves from farm to city, and how to design a marketplace that works for "
        "smallholders and the people they trade with. Pricing transparency, mobile money, USSD and SMS "
        "for basic phones, and a pitch to a real cooperative board."
    ),
    outcomes=(
        "Map a value chain and the services each actor provides",
        "Design price information farmers can trust",
        "Design payment moments around mobile money",
        "Prototype USSD and SMS flows for basic phones",
        "Pitch a service to a cooperative board",
    ),
    prerequisites=("Designing a Farm-Management App, or equivalent experience", "Basic Figma"),
    difficulty="intermediate",
    hours=30,
    course_type="core",
    category="service-design",
    tags=("marketplace", "pricing", "mobile-money", "ussd", "sms", "cooperatives"),
    colour=(180, 83, 9),
    featured=True,
    popularity=0.65,
    published_days_ago=170,
    modules=(
        ModuleSpec(
            "How produce really moves",
            "Value chains, collectors and the farm-gate price.",
            "lecture",
            6,
            ("Map a value chain", "Explain what collectors provide"),
            (
                LessonSpec(
                    "video",
                    "From farm gate to market stall",
                    "Following a sack of beans from a farm in Meru to a Nairobi market.",
                    1,
                    cards=(
                        "From farm gate to market stall",
                        "Who carries the risk?",
                        "Cash today beats a better price next week",
                    ),
                    preview=True,
                ),
                LessonSpec(
                    "text",
                    "Middlemen, trust and the farm-gate price",
                    "What collectors do and where farmers lose out.",
                    10,
                    markdown=MIDDLEMEN,
                ),
                LessonSpec("quiz", "Check: value chains", "Three questions.", 6, questions=QUIZ_CHAIN),
            ),
        ),
        ModuleSpec(
            "Pricing transparency",
            "Prices farmers can trust, on screens and on paper.",
            "workshop",
            8,
            ("Design a trustworthy price display",),
            (
                LessonSpec(
                    "text",
                    "Showing prices farmers can trust",
                    "Product, place, unit, date and source.",
                    10,
                    markdown=PRICING,
                    resources=(
                        Doc(
                            "Price board template",
                            "Fill in with the day's prices",
                            columns=("Product and grade", "Place", "Unit", "Price", "Last week", "Source"),
                            kind="template",
                        ),
                    ),
                ),
                LessonSpec(
                    "video",
                    "Reading a market price board",
                    "At the Ambatondrazaka rice market at 7am, before the collectors arrive.",
                    1,
                    cards=(
                        "Product and grade",
                        "Place and unit",
                        "Date and source",
                        "Change since last week",
                    ),
                ),
                LessonSpec(
                    "interactive",
                    "Read the price board",
                    "Decide what a farmer needs to trust a price.",
                    8,
                    image="price-board",
                    intro="Look at the board and answer as a farmer would.",
                    questions=EXERCISE_BOARD,
                ),
                LessonSpec(
                    "assignment",
                    "Assignment: a cooperative price board",
                    "Design the board and its SMS version.",
                    240,
                    assignment=PRICE_BOARD,
                ),
            ),
        ),
        ModuleSpec(
            "Payments and SMS fallbacks",
            "Mobile money, USSD and SMS for basic phones.",
            "lecture",
            8,
            ("Design a payment confirmation", "Write a USSD menu"),
            (
                LessonSpec(
                    "text",
                    "Mobile money and SMS fallbacks",
                    "Fitting into payment habits; USSD and SMS design rules.",
                    12,
                    markdown=MOBILE_MONEY,
                    resources=(
                        Link(
                            "GSMA: Mobile money in agriculture", "https://www.gsma.com/mobilefordevelopment/"
                        ),
                        Doc(
                            "USSD menu checklist",
                            "Before you test with farmers",
                            (
                                (
                                    "Each screen",
                                    ("At most five options", "Under 160 characters", "Numbers to choose"),
                                ),
                                ("Each transaction", ("Confirmation summary", "SMS receipt")),
                            ),
                        ),
                    ),
                ),
                LessonSpec(
                    "video",
                    "USSD menus in 90 seconds",
                    "A walk through a harvest-posting menu on a basic phone.",
                    1,
                    cards=("*384*12#", "1 Sell  2 Prices  3 My account", "Confirm, then receipt by SMS"),
                ),
                LessonSpec(
                    "assignment",
                    "Assignment: a USSD harvest menu",
                    "Prototype the menu in code.",
                    240,
                    assignment=USSD,
                ),
            ),
        ),
        ModuleSpec(
            "Pitch to a cooperative",
            "Present your marketplace to a cooperative board.",
            "assessment",
            8,
            ("Structure a pitch for farmers' representatives",),
            (
                LessonSpec(
                    "text",
                    "Telling the story to a cooperative board",
                    "A ten-minute pitch structure.",
                    6,
                    markdown=PITCH,
                ),
                LessonSpec(
                    "video",
                    "A pitch that worked",
                    "How a pair of learners won a one-season pilot with a cooperative in Nakuru.",
                    1,
                    cards=(
                        "One member, one number",
                        "Costs in shillings per sack",
                        "What could go wrong",
                        "The ask: 20 members, one season",
                    ),
                ),
                LessonSpec("quiz", "Final check: marketplaces", "Three questions.", 6, questions=QUIZ_FINAL),
                LessonSpec(
                    "assignment",
                    "Assignment: pitch to a cooperative board",
                    "Your final presentation.",
                    300,
                    assignment=PITCH_TASK,
                ),
            ),
        ),
    ),
    projects=(PROJECT,),
)
