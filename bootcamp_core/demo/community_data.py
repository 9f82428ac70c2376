"""Discussion threads of the demo: what learners ask and how instructors and classmates answer.

A reply is (parent, who, text, is_solution): ``parent`` is the index of an earlier reply in the same
thread (None for a top-level reply); ``who`` is ``learner`` (a classmate), ``author`` (the thread's
author), ``instructor`` or ``facilitator``.
"""

from __future__ import annotations

from dataclasses import dataclass

Reply = tuple[int | None, str, str, bool]


@dataclass(frozen=True)
class Thread:
    course: str  # course code
    type: str  # discussion_type
    title: str
    content: str
    replies: tuple[Reply, ...]
    lesson: str | None = None  # lesson title, for lesson threads
    module: int | None = None  # module_order, for module threads
    by: str = "learner"  # who starts it
    pinned: bool = False


THREADS: tuple[Thread, ...] = (
    Thread(
        "FMA",
        "general",
        "Welcome! Introduce yourself and the farm you know best",
        "Tell us where you are, which crops or animals you know, and what you hope to design. "
        "I'll start: I grew up with dairy cows near Nyeri and have designed farm apps for ten years.",
        (
            (None, "learner", "Salama from Antsirabe! My family grows rice and potatoes.", False),
            (
                None,
                "learner",
                "Hello from Kaolack. Groundnuts and millet; I want to build a marketplace.",
                False,
            ),
            (
                1,
                "facilitator",
                "Welcome! There is a workshop in Antsirabe next month if you can join.",
                False,
            ),
        ),
        by="instructor",
        pinned=True,
    ),
    Thread(
        "FMA",
        "question",
        "How do you interview a farmer who is busy in the field?",
        "I went to a farm last Saturday and the farmer kept working while I asked questions. Should I "
        "come back another day or is it fine to interview while they work?",
        (
            (
                None,
                "learner",
                "I walked along and helped carry seedlings. People talk more when their hands are busy.",
                False,
            ),
            (
                None,
                "instructor",
                (
                    "Working alongside is often the best interview: you see the real task. "
                    "Ask short questions, and book a sit-down follow-up for the details."
                ),
                True,
            ),
            (1, "author", "Thank you, I'll offer to help next time.", False),
        ),
        lesson="Interviewing farmers where they work",
    ),
    Thread(
        "FMA",
        "question",
        "Icons for 'expense' that farmers understand?",
        "In my tests nobody understood a wallet icon. What worked for you?",
        (
            (None, "learner", "A hand giving banknotes worked for 4 of 5 people in Kisumu.", False),
            (0, "learner", "Same in Ibadan, but we added the word and a minus sign.", False),
            (1, "author", "Did anyone test a photo instead of an icon?", False),
            (
                2,
                "instructor",
                "Photos of real local banknotes tested best in our dairy app. Keep the word.",
                True,
            ),
        ),
        lesson="Icons, numbers and voice: designing for low literacy",
    ),
    Thread(
        "FMA",
        "clarification",
        "Assignment: must we show the profile switch on all three screens?",
        "The brief mentions a second farmer switching profile. Is one screen enough?",
        ((None, "instructor", "One screen is enough, but show where the switch is reachable from.", False),),
        module=2,
    ),
    Thread(
        "FMA",
        "showcase",
        "My farm diary v2 after testing with my aunt",
        "Numbers first, photo buttons, PIN profiles. Feedback welcome!",
        (
            (None, "learner", "The home screen reads very fast. Where do debts go?", False),
            (0, "author", "Behind the PIN, never on the home screen.", False),
            (
                None,
                "instructor",
                "Lovely iteration. Show the before/after side by side in your rationale.",
                False,
            ),
        ),
    ),
    Thread(
        "FMA",
        "feedback",
        "The offline states lesson changed how I see our app",
        "We show a red error when there is no signal. Farmers thought their data was lost. Fixing it now.",
        ((None, "learner", "We had the same problem; 'Waiting for signal' in grey fixed it.", False),),
        lesson="Offline-first forms: saving, waiting, sending",
    ),
    Thread(
        "PMS",
        "question",
        "How do we get reliable daily prices for the board?",
        "Who records prices in your area? Our cooperative has no one to do it every morning.",
        (
            (None, "learner", "In Meru the market committee posts prices in a WhatsApp group at 7am.", False),
            (0, "learner", "We pay a market agent in airtime to send an SMS with five prices.", False),
            (
                None,
                "instructor",
                (
                    "Start with one trusted source and show its name and time. Add more later; "
                    "a board with one honest price beats ten guesses."
                ),
                True,
            ),
        ),
        lesson="Showing prices farmers can trust",
    ),
    Thread(
        "PMS",
        "question",
        "USSD session timeout: how long do we really have?",
        "My menu has four levels; testers timed out on the last screen.",
        (
            (
                None,
                "instructor",
                (
                    "Plan for about 120 seconds per session on most networks, less on some. "
                    "Cut a level or move the price list to an SMS."
                ),
                True,
            ),
            (0, "author", "Moved prices to SMS, three levels now, no timeouts.", False),
        ),
        lesson="Mobile money and SMS fallbacks",
    ),
    Thread(
        "PMS",
        "general",
        "Cooperative pitch practice session on Thursday",
        "Bring your deck; we will play a cooperative board and ask hard questions.",
        (
            (None, "learner", "Can we join by phone? No video where I am.", False),
            (0, "facilitator", "Yes, dial-in details will be posted here on Wednesday.", False),
        ),
        by="instructor",
        module=4,
    ),
    Thread(
        "FDC",
        "question",
        "Plot size when farmers do not know hectares",
        "Walking the boundary with GPS takes too long on big plots. Alternatives?",
        (
            (
                None,
                "learner",
                "We ask 'how many days to plough with oxen' and calibrate on ten plots.",
                False,
            ),
            (
                None,
                "instructor",
                "Days of ploughing plus GPS on a subsample works well; document the conversion.",
                True,
            ),
        ),
        lesson="Designing survey forms that survive the field",
    ),
    Thread(
        "FDC",
        "clarification",
        "Does the pilot have to be with farmers outside the sample?",
        "Our sample is one village; the next village is far.",
        ((None, "instructor", "Ideally yes. If impossible, pilot with households you then exclude.", False),),
        lesson="Pilot, fix, pilot again",
    ),
    Thread(
        "FDC",
        "feedback",
        "Consent read aloud in Amharic made a difference",
        "People asked real questions about who sees the data. Two declined photos, which is fine.",
        (
            (None, "learner", "Did you record consent in the form or on paper?", False),
            (0, "author", "In the form, with the enumerator's name and the time.", False),
        ),
    ),
    Thread(
        "RPW",
        "showcase",
        "Photos from the Antsirabe workshop",
        "Twelve prototypes, five farmers each, and a lot of sticky notes. Thank you all!",
        ((None, "learner", "Best day of the bootcamp so far.", False),),
        by="facilitator",
    ),
    Thread(
        "CAP",
        "question",
        "How many interviews are enough for the research sprint?",
        "Our client wants 20; we have two weeks.",
        (
            (
                None,
                "instructor",
                (
                    "Six to eight per user group, then look for repetition. Agree this with the "
                    "client in your brief back."
                ),
                True,
            ),
        ),
        module=2,
    ),
)

PROJECT_THREADS = (
    (
        "Feedback on our v2 screens",
        "feedback",
        "We uploaded v2 of the main screens. What would you change before the next test?",
        (
            (None, "learner", "The price is hard to find; make it the biggest number.", False),
            (0, "author", "Agreed, moving it to the top.", False),
            (None, "instructor", "Good progress. Test the SMS version too.", False),
        ),
    ),
    (
        "Test plan for next week",
        "general",
        "Proposed: five farmers, two tasks, Tuesday at the cooperative office.",
        (
            (None, "learner", "I can take notes. Who brings the printed screens?", False),
            (0, "author", "I will print them tonight.", False),
        ),
    ),
)
