"""The rubrics of the demo assignments, and the phrases graders and peers use.

Every rubric validates against ``models/rubric.schema.json``. Level ids are the same across criteria
(``excellent``, ``good``, ``developing``, ``missing``) so feedback phrases can be chosen by level.
"""

from __future__ import annotations

from typing import Any

LEVEL_TITLES = {
    "excellent": "Excellent",
    "good": "Good",
    "developing": "Developing",
    "missing": "Not yet",
}


def _criterion(cid: str, title: str, description: str, top: int, texts: tuple[str, str, str, str]) -> dict:
    points = (top, round(top * 0.75), round(top * 0.45), 0)
    return {
        "id": cid,
        "title": title,
        "description": description,
        "levels": [
            {"id": lid, "title": LEVEL_TITLES[lid], "description": text, "points": pts}
            for lid, text, pts in zip(LEVEL_TITLES, texts, points, strict=True)
        ],
    }


RUBRICS: dict[str, dict[str, Any]] = {
    "design": {
        "title": "Design project rubric",
        "description": "Used for design projects: research, fit to context, clarity and iteration.",
        "criteria": [
            _criterion(
                "research",
                "Grounded in research",
                "Design decisions trace back to farmers' words.",
                30,
                (
                    "Every key decision cites an observation or quote",
                    "Most decisions are grounded",
                    "Some research, loosely connected",
                    "No research evidence",
                ),
            ),
            _criterion(
                "context",
                "Fit to context",
                "Low literacy, shared phones and weak networks.",
                30,
                (
                    "All three constraints handled convincingly",
                    "Two constraints handled well",
                    "Constraints mentioned, not designed for",
                    "Designed for an office worker",
                ),
            ),
            _criterion(
                "clarity",
                "Visual clarity",
                "Hierarchy, numbers first, legible in the sun.",
                20,
                ("Clear at a glance", "Clear with minor issues", "Cluttered or ambiguous", "Unreadable"),
            ),
            _criterion(
                "iteration",
                "Iteration",
                "Evidence of testing and change.",
                20,
                ("Tested, changed, retested", "Tested and changed", "Tested once, no change", "Untested"),
            ),
        ],
    },
    "peer": {
        "title": "Peer review rubric",
        "criteria": [
            _criterion(
                "specific",
                "Specific",
                "Comments refer to concrete screens and tasks.",
                40,
                ("Every comment is concrete", "Mostly concrete", "Often vague", "Vague throughout"),
            ),
            _criterion(
                "actionable",
                "Actionable",
                "Each problem comes with a suggestion.",
                40,
                ("Clear suggestions", "Some suggestions", "Problems without suggestions", "No suggestions"),
            ),
            _criterion(
                "respect",
                "Respectful",
                "Kind, honest and about the work.",
                20,
                ("Kind and candid", "Kind", "Blunt", "Dismissive"),
            ),
        ],
    },
    "code": {
        "title": "USSD prototype rubric",
        "criteria": [
            _criterion(
                "flow",
                "Flow works",
                "The menu runs end to end, including errors.",
                40,
                ("All paths and errors work", "Main path works", "Partly works", "Does not run"),
            ),
            _criterion(
                "constraints",
                "Respects USSD limits",
                "160 characters, five options, numbering.",
                30,
                ("All screens within limits", "One or two screens over", "Several over", "Ignored"),
            ),
            _criterion(
                "readability",
                "Readable code",
                "Someone else can change the menu.",
                30,
                ("Data-driven and documented", "Clear", "Hard to follow", "Unreadable"),
            ),
        ],
    },
    "pitch": {
        "title": "Presentation rubric",
        "criteria": [
            _criterion(
                "story",
                "Story",
                "One member's story and one number.",
                30,
                ("Memorable and true", "Clear", "Generic", "Missing"),
            ),
            _criterion(
                "evidence",
                "Evidence",
                "Tests, quotes and counts.",
                30,
                ("Strong evidence", "Some evidence", "Anecdotes only", "None"),
            ),
            _criterion(
                "ask",
                "The ask",
                "A concrete, affordable next step.",
                20,
                ("Concrete and affordable", "Concrete", "Vague", "Missing"),
            ),
            _criterion(
                "delivery",
                "Delivery",
                "Audience's language and units; on time.",
                20,
                ("Excellent", "Good", "Hard to follow", "Over time or unclear"),
            ),
        ],
    },
    "research": {
        "title": "Field research rubric",
        "criteria": [
            _criterion(
                "questions",
                "Answerable questions",
                "Local units, recent recall, short interviews.",
                30,
                ("All questions answerable", "Mostly", "Several problem questions", "Unanswerable"),
            ),
            _criterion(
                "consent",
                "Consent and privacy",
                "Informed consent recorded; sensitive data handled.",
                25,
                ("Exemplary", "Adequate", "Incomplete", "Missing"),
            ),
            _criterion(
                "pilot",
                "Pilot and versions",
                "Pilot findings drive version 2.",
                25,
                ("Clear changes from evidence", "Some changes", "Pilot without changes", "No pilot"),
            ),
            _criterion(
                "report",
                "Report",
                "Readable summary for the community.",
                20,
                ("Clear and shared", "Clear", "Hard to read", "Missing"),
            ),
        ],
    },
    "capstone": {
        "title": "Capstone rubric",
        "description": "Capstone work is graded on a stricter scale agreed with the clients.",
        "criteria": [
            _criterion(
                "insight",
                "Insight",
                "Findings that surprise the client and hold up.",
                35,
                ("New and well evidenced", "Evidenced", "Obvious or thin", "Missing"),
            ),
            _criterion(
                "design",
                "Design quality",
                "Fit to users, context and constraints.",
                35,
                ("Excellent fit", "Good fit", "Partial fit", "Poor fit"),
            ),
            _criterion(
                "pilot",
                "Pilot",
                "Real users, real data, honest reporting.",
                30,
                ("Rigorous pilot", "Solid pilot", "Token pilot", "No pilot"),
            ),
        ],
        "grade_scale": {"A": 85, "B": 75, "C": 65, "D": 50},
    },
}

# What graders say, by level.
LEVEL_COMMENTS = {
    "excellent": (
        "Strong work here; the evidence from your field visit shows clearly.",
        "This is exactly what farmers need: simple and honest.",
        "Excellent. I would show this to the cooperative as it is.",
    ),
    "good": (
        "Good, with a couple of rough edges noted on the screens.",
        "Solid. Test the second screen with someone who reads little.",
        "Well done; tighten the wording on the confirmation step.",
    ),
    "developing": (
        "The idea is there, but the link to what farmers told you is weak.",
        "Try replacing the text labels with photos and test again.",
        "This needs another round of testing before it is convincing.",
    ),
    "missing": (
        "I could not find this in your submission.",
        "Please add this part; we can discuss it in office hours.",
    ),
}

STRENGTHS = (
    "Numbers first on the home screen",
    "Uses farmers' own units (sacks, tins)",
    "Clear offline status on every record",
    "Photos instead of text labels",
    "Tested with real farmers",
    "Short, numbered USSD menus",
    "Honest, calm error messages",
    "Consent recorded inside the form",
    "Prices show place, unit and date",
)
IMPROVEMENTS = (
    "Test icons with five farmers before keeping them",
    "Show the net amount after fees",
    "Add a voice prompt for the first screen",
    "Hide income from the shared home screen",
    "Cut the form to under 20 minutes",
    "Explain deductions in the same unit as the price",
    "Add the 'waiting for signal' state",
    "Use the farmers' word for the unit",
)
NEXT_STEPS = (
    "Run a second round of tests with three new farmers",
    "Share the revised screens in the course discussion",
    "Book office hours to discuss the sync messages",
    "Write the SMS version of the same flow",
    "Prepare a one-page summary for the cooperative",
)
FEEDBACK_OPENERS = (
    "Thank you for a thoughtful submission.",
    "You clearly spent time with farmers, and it shows.",
    "A good step forward from your last version.",
    "There is a strong idea here that needs more evidence.",
)
PEER_FEEDBACK = (
    "I tried your flow as if I were selling four sacks and got stuck on the unit.",
    "Your home screen reads fast; I copied the idea of showing totals as numbers.",
    "The SMS version is clever, but the abbreviations would confuse my uncle.",
    "Really liked the photos of real products; maybe add the price next to each.",
    "The offline states are clear. I would make 'waiting' less alarming than red.",
)
