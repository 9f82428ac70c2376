"""Lesson texts, quizzes and exercises of the workshop, the capstone and the draft elective."""

from .spec import multi, single

PAPER = """\
# Paper prototypes in the field

A paper prototype costs nothing, survives rain in a plastic sleeve, needs no battery and invites
criticism: nobody is afraid to tell you a pencil sketch is wrong.

![From sketch to tested screen](image:paper-to-phone)

## What you need
- Index cards or A6 paper, one screen per card, drawn at phone size.
- A marker for the screen, a pencil for notes, sticky notes for pop-ups and keyboards.
- A printed phone frame so the cards feel like a phone in the hand.

## Making it
1. Draw the **happy path** first: the five or six screens of the main task.
2. Write real content: real crop names, real prices, the farmer's language.
3. Add the screens for the things that go wrong: no signal, wrong entry, low battery.

## Playing the computer
One person plays the phone: when the farmer taps, they swap the card. Stay silent; the moments when
the farmer hesitates are your findings.
"""

FIVE_FARMERS = """\
# Five-farmer usability tests

Five participants find most of the usability problems in a design. In a village, five tests fit in
a morning if you plan them around the farm work.

## Plan
- Recruit through the cooperative; offer a small thank-you (airtime or a snack), not cash that
  changes who comes.
- Two tasks per session, written as situations: *"You sold four sacks to Rakoto today. Record it."*
- One facilitator, one note-taker, and the farmer holding the prototype.

## Measure
- Did they finish the task without help?
- Where did they hesitate or go back?
- What did they say while doing it?

## Report
One page: the three biggest problems, the evidence for each (quotes, counts) and what you will change.
"""

BRIEF = """\
# Reading a client brief

A capstone brief comes from a real organisation with real constraints. Before you design anything,
read it three times: once for the goal, once for the constraints, once for what is missing.

## Questions to ask the client
1. Who are the users, and who are the *people affected* who will never open the app?
2. What happens today without the product, and what does it cost?
3. What must not change (existing payment channels, cooperative rules, data already collected)?
4. How will we know in six months whether it worked?

## Constraints worth writing down
- Phones and networks in the target area; languages and literacy.
- The client's capacity to maintain the product after the bootcamp.
- Budget for SMS, USSD sessions and data.

Write the answers in a one-page **brief back** and send it to the client before the research sprint.
"""

VOICE = """\
# Why voice, and when not

Voice interfaces let farmers who prefer to listen use a service in their own language: recorded
prompts, spoken menus (IVR) and voice notes instead of typing.

## Good fits
- Advice and alerts: weather, pest outbreaks, market days.
- Reporting problems: a voice note with a photo of the sick plant.

## Poor fits
- Long lists (prices of twenty products): listeners forget the first item.
- Anything private in a shared space.

*This course is in preparation.*
"""

EXERCISE_PAPER = (
    single(
        "e1",
        "The farmer hesitates on the 'Record sale' card. What do you do?",
        [
            "Explain the button",
            "Stay silent and note where they hesitate",
            "Redraw the card at once",
            "Move to the next task",
        ],
        1,
        "Hesitations are findings; helping hides them.",
    ),
)

QUIZ_LAUNCH = (
    multi(
        "q1",
        "Which belong in a launch-readiness check for an agricultural service?",
        [
            "Support in the users' language",
            "A plan for the first harvest season",
            "A budget for SMS and USSD",
            "A logo in ten colours",
        ],
        [0, 1, 2],
        "Support, seasonality and running costs decide whether a launch survives.",
    ),
    single(
        "q2",
        "Who should confirm the brief back?",
        ["The client", "Your instructor only", "Nobody", "The app store"],
        0,
        "The client confirms that you understood the goal and the constraints.",
    ),
)
