"""Course: Field Data Collection for Smallholder Farmers (elective, intermediate)."""

from .spec import (
    AssignmentSpec,
    CourseSpec,
    Doc,
    LessonSpec,
    Link,
    ModuleSpec,
    ProjectSpec,
    multi,
    short,
    single,
)

SURVEY_FORMS = """\
# Designing survey forms that survive the field

Extension officers and enumerators collect data on farms: plot sizes, crops, yields, soil
samples, household members. The form they carry decides the quality of everything that follows.

![A form question, before and after](image:form-before-after)

## Ask what can be answered
- Farmers rarely know their plot size in hectares. Ask in local units (*"how many days to
  plough"*, *"how many rows"*) or measure with the phone's GPS by walking the boundary.
- Yields are remembered in sacks, tins or bundles. Record the unit used and convert later.
- Ask about **last season**, not "a typical year": recent memories are more reliable.

## Design the form for the enumerator
1. One question per screen on a phone; big tap targets for use in the sun.
2. Skip logic that hides questions that do not apply, so interviews stay short.
3. Constraints that catch typos (*a maize yield of 40 tonnes per hectare is a typo*), with a
   message that says what to check, not just "invalid".
4. Photos and GPS points captured **inside** the form, linked to the record.
5. Everything works offline; upload happens at the end of the day.

## Keep the interview humane
An interview longer than 30 minutes costs the farmer a morning of work. Cut questions nobody will
analyse. Say at the start how long it will take and what the data is for, and keep your promise.
"""

CONSENT = """\
# Informed consent when you are the outsider

Collecting data about people who have less power than you carries responsibilities. A farmer may
agree because the officer came with the cooperative president, not because they understood.

## What informed consent requires
- **Explain in plain words** what you collect, why, who will see it and for how long.
- **Say clearly that refusing has no consequence**: no loss of inputs, loans or training.
- **Ask again** for sensitive parts: photos of people, GPS of the homestead, income.
- **Record consent** in the form itself, with the date and who obtained it.

## Data that needs extra care
1. Names linked to income, debts or land disputes.
2. Precise GPS points of homesteads, which identify people even without names.
3. Photos with faces, especially of children.

## Give something back
Share the results with the community that gave you the data: a printed summary at the cooperative
meeting, in the local language, is the least you owe.
"""

PILOT = """\
# Pilot, fix, pilot again

No form survives its first day in the field unchanged. A pilot with five households finds the
questions that confuse people, the skip logic that traps enumerators, and the screens that are
unreadable in the sun.

![The pilot loop](image:pilot-loop)

## Running a pilot
1. Train two enumerators with the draft form and a printed question guide.
2. Visit five households that are **not** in the final sample.
3. Time each section; note every question that needed rephrasing.
4. Debrief the same evening: what was hard to ask, what was hard to answer?
5. Fix, version the form (v1.1, v1.2) and pilot again if the changes are large.

## What to look at in the pilot data
- Questions where everyone gives the same answer: do you need them?
- "Other, specify" answers that repeat: add them as choices.
- Missing GPS points or photos: is the flow unclear, or the phone too slow?
"""

_QUIZ_FORMS = (
    single(
        "q1",
        "A farmer does not know the plot size in hectares. What is best?",
        [
            "Skip the question",
            "Ask for a guess in hectares",
            "Ask in a local unit or walk the boundary with GPS",
            "Use the national average",
        ],
        2,
        "Local units and GPS give real answers; guesses in hectares do not.",
    ),
    multi(
        "q2",
        "Which features help enumerators on a phone in the field?",
        [
            "One question per screen",
            "Skip logic",
            "Constraints with helpful messages",
            "Tiny fonts to fit more",
        ],
        [0, 1, 2],
        "Large targets, skip logic and good constraints keep interviews short and clean.",
    ),
    short(
        "q3",
        "How many households does the lesson suggest for a first pilot?",
        ["5", "five"],
        "Five households outside the final sample reveal most problems.",
    ),
)

_EXERCISE_CONSENT = (
    multi(
        "e1",
        "Which of these need a separate, explicit consent question?",
        [
            "A photo of the farmer with their children",
            "The GPS point of the homestead",
            "The crops grown last season",
            "Household income",
        ],
        [0, 1, 3],
        "Faces, homestead locations and income are sensitive; crop lists usually are not.",
    ),
    single(
        "e2",
        "The cooperative president accompanies you. How do you make refusal safe?",
        [
            "Ask the president to leave during consent",
            "Say refusing has no consequence, and mean it",
            "Skip consent because the president agreed",
            "Pay farmers to agree",
        ],
        1,
        "Make clear that refusal changes nothing; consider privacy from local authorities too.",
    ),
)

_QUIZ_PILOT = (
    single(
        "q1",
        "In a pilot, every household gave the same answer to a question. What does that suggest?",
        [
            "The question is perfect",
            "The question may not be needed",
            "The enumerator cheated",
            "Add more choices",
        ],
        1,
        "A question without variation rarely informs a decision.",
    ),
    single(
        "q2",
        "Several 'Other, specify' answers say 'cassava'. What should you do?",
        ["Ignore them", "Add cassava as a choice", "Remove the question", "Ask enumerators to type faster"],
        1,
        "Frequent 'other' answers become choices in the next version of the form.",
    ),
)

SOIL = AssignmentSpec(
    title="Design and pilot a soil-health survey",
    description="A short offline survey form for extension officers, piloted with five households.",
    instructions="Design a form of at most 25 questions on soil health practices. Include consent, GPS "
    "and one photo. Pilot it and report what you changed between version 1 and version 2.",
    type="design_project",
    due_days=10,
    rubric="research",
    file_types=("pdf", "xlsx", "png"),
    max_size_mb=25,
    attach=("report", "wireframes"),
    texts=(
        "Version 2 dropped four questions and replaced hectares with 'days of ploughing'.",
        "We piloted in Hawassa with two enumerators; the GPS step took longest, so it moved to the end.",
    ),
)

PROJECT = ProjectSpec(
    title="Soil-health survey with extension officers",
    description="A team builds and pilots an offline survey with a regional extension service.",
    brief="The regional agricultural bureau wants to know which soil practices farmers use (compost, "
    "cover crops, lime). Build an offline survey that officers can run in 20 minutes, pilot it, and "
    "deliver a one-page summary for the communities visited.",
    project_type="team",
    module=3,
    client="Sidama Extension Service",
    domain="data-collection",
    technologies=("odk", "kobotoolbox", "figma"),
    deliverables=(("form definition", "xlsx"), ("pilot report", "pdf"), ("community summary", "pdf")),
    weeks=5,
    screens=("Field survey form", "Consent screen", "Sync status"),
)

COURSE = CourseSpec(
    code="FDC",
    slug="field-data-collection-for-smallholder-farmers",
    title="Field Data Collection for Smallholder Farmers",
    short="Survey forms that work offline, respect farmers' time and produce data you can trust.",
    description=(
        "For designers and researchers who build data collection tools for agriculture. Design survey "
        "forms for enumerators, handle consent properly, and pilot a real form with households."
    ),
    outcomes=(
        "Write survey questions farmers can answer",
        "Design offline forms for enumerators",
        "Obtain and record informed consent",
        "Run a pilot and version a form",
    ),
    prerequisites=("Designing a Farm-Management App (recommended)", "A smartphone for testing forms"),
    difficulty="intermediate",
    hours=20,
    course_type="elective",
    category="research-methods",
    tags=("data-collection", "surveys", "consent", "odk", "offline-first"),
    colour=(30, 64, 175),
    popularity=0.5,
    published_days_ago=120,
    modules=(
        ModuleSpec(
            "Why field data goes wrong",
            "Questions people can answer, forms enumerators can use.",
            "lecture",
            6,
            ("Write answerable questions", "Design for enumerators"),
            (
                LessonSpec(
                    "video",
                    "A day with an extension officer",
                    "Forms, motorbikes and sunlight: what field data collection looks like.",
                    1,
                    cards=(
                        "A day with an extension officer",
                        "Twelve households, one battery",
                        "Every question costs a farmer's time",
                    ),
                    preview=True,
                ),
                LessonSpec(
                    "text",
                    "Designing survey forms that survive the field",
                    "Local units, skip logic, constraints, offline.",
                    12,
                    markdown=SURVEY_FORMS,
                    resources=(
                        Link("ODK documentation: form design", "https://docs.getodk.org/form-design-intro/"),
                    ),
                ),
                LessonSpec("quiz", "Check: survey forms", "Three questions.", 6, questions=_QUIZ_FORMS),
            ),
        ),
        ModuleSpec(
            "Consent, privacy and trust",
            "Informed consent and sensitive data.",
            "discussion",
            4,
            ("Obtain informed consent", "Identify sensitive data"),
            (
                LessonSpec(
                    "text",
                    "Informed consent when you are the outsider",
                    "What consent requires and which data needs extra care.",
                    8,
                    markdown=CONSENT,
                    resources=(
                        Doc(
                            "Consent script (template)",
                            "Read aloud, then record the answer",
                            (
                                (
                                    "Say",
                                    (
                                        "Who we are and why we came",
                                        "What we record and who sees it",
                                        "Refusing changes nothing for you",
                                    ),
                                ),
                                (
                                    "Record",
                                    ("Date", "Name of the person who asked", "Yes / No for photos and GPS"),
                                ),
                            ),
                        ),
                    ),
                ),
                LessonSpec(
                    "video",
                    "Consent, read aloud",
                    "An enumerator in Sidama reads the consent script and answers questions.",
                    1,
                    cards=(
                        "Who we are and why we came",
                        "What we record, who sees it",
                        "Refusing changes nothing",
                    ),
                ),
                LessonSpec(
                    "interactive",
                    "Which of these needs consent?",
                    "Sort the data you plan to collect.",
                    8,
                    image="consent-cards",
                    intro="Decide for each item whether it needs its own consent question.",
                    questions=_EXERCISE_CONSENT,
                ),
            ),
        ),
        ModuleSpec(
            "Building and testing a form",
            "Pilot a real form and version it.",
            "project",
            10,
            ("Pilot a form", "Version a form from pilot findings"),
            (
                LessonSpec(
                    "text", "Pilot, fix, pilot again", "How to run and learn from a pilot.", 8, markdown=PILOT
                ),
                LessonSpec(
                    "video",
                    "Piloting a form in Hawassa",
                    "Five households, two enumerators and a debrief under a mango tree.",
                    1,
                    cards=(
                        "Pilot with five households",
                        "Time every section",
                        "Debrief the same evening",
                        "Form v1.1",
                    ),
                ),
                LessonSpec("quiz", "Check: pilots", "Two questions.", 4, questions=_QUIZ_PILOT),
                LessonSpec(
                    "assignment",
                    "Assignment: a soil-health survey",
                    "Design and pilot your form.",
                    300,
                    assignment=SOIL,
                ),
            ),
        ),
    ),
    projects=(PROJECT,),
)
