"""Lesson texts, quizzes and exercises of "Designing a Farm-Management App"."""

from .spec import multi, short, single

INTERVIEWING = """\
# Interviewing farmers where they work

A farm-management app is only as good as the questions its designers asked before drawing a
single screen. The most useful questions are asked **on the farm**, not in an office: the shed,
the rice paddy and the market stall remind people of the details they would never mention in a
meeting room.

![From field visit to insight](image:interview-flow)

## Before you go
- Ask the cooperative or the extension officer to introduce you. A stranger with a notebook is
  often taken for a tax collector or a buyer.
- Plan visits around the farming calendar. Nobody wants to talk during planting or harvest.
- Prepare **five open questions**, not twenty closed ones. "Walk me through last Tuesday" beats
  "How often do you record expenses?".
- Bring a translator who knows farming vocabulary, not only the language.

## During the visit
1. Start with the farm, not the app: *"Show me where you keep track of what you spent."*
2. Ask to see the real artefacts: school exercise books, receipts, the calendar on the wall,
   the WhatsApp group with the buyer.
3. Watch who holds the phone. In many households the phone belongs to a son, a daughter or the
   whole family, and the person who farms is not the person who types.
4. Note the words people use. If farmers say *"sacks"* and not *"kilograms"*, so should your app.

## After the visit
Write up your notes **the same day**. Separate what you *saw* from what you were *told* and from
what you *think it means*. Three columns are enough:

| Observed | Said | Interpretation |
|---|---|---|
| Expenses written on the back of seed packets | "I know my costs" | Records exist but are scattered |

> Farmers are experts in their own work. Your job is to learn from that expertise, not to
> check whether they use the "right" method.
"""

SEASON = """\
# A season in the life of a maize farmer

Before designing features, map the year. Farm work is seasonal, and so is the attention a
farmer can give to an app. A feature that is vital in March may be irrelevant in July.

![The maize season, month by month](image:season-calendar)

## Four moments that matter
- **Land preparation and input buying.** Cash is short, prices of seed and fertiliser change
  every week, and decisions are made with neighbours. Good moment for price comparison and
  group ordering.
- **Planting.** Days are long and phones stay in pockets. Anything you ask for now must take
  less than a minute, ideally a single tap or a voice note.
- **Growing season.** Pests, weather and weeding. Farmers want alerts and advice, and they
  are willing to record what they observe if it helps them get help.
- **Harvest and sale.** Money arrives, debts are paid, and records of quantities and prices
  finally matter. This is when a farm diary proves its value, or is abandoned.

## Design consequences
1. Build **seasonal home screens**: the first screen should change with the calendar.
2. Keep data entry **forgiving**: an expense entered three weeks late is still valuable.
3. Design for **gaps**: people stop using the app for weeks and come back. Welcome them back
   with a summary, never with a pile of overdue reminders.

Different crops and regions have different calendars. Rice in the Alaotra basin, vanilla in
Sava and dairy around Antsirabe each need their own map; draw it with farmers, not for them.
"""

LOW_LITERACY = """\
# Icons, numbers and voice: designing for low literacy

Many excellent farmers read slowly or not at all, and many read a different language from the
one the app was written in. Designing for them makes the app better for everyone.

![Three ways to say "sold 4 sacks"](image:low-literacy)

## Principles
- **Numbers travel further than words.** Many people who struggle with text read numbers and
  prices confidently. Put the number first: *4 sacks - 120,000 Ar*.
- **Pair every icon with a word and test it.** An icon of a tractor may mean "equipment",
  "hire a tractor" or "transport". Test each icon with five farmers before you keep it.
- **Use photos of local things.** A photo of the local maize variety in a sack is recognised
  faster than a generic clip-art cob.
- **Offer voice.** A play button next to each instruction, recorded by a local voice, lets
  people hear what they cannot read. Voice notes are a good input method too.
- **Avoid free text fields.** Offer choices, steppers and pictures; keep free text optional.

## Shared and borrowed phones
Phones are often shared by a household. Do not assume one phone equals one person:
- let several farmers use one phone with a simple profile switch and a PIN, not a password;
- never show someone's debts or income on the home screen where others can see them;
- keep the app small, because storage is shared with photos and music.

## Test it
Run a **task-based test**: ask a farmer to record a sale without help and count the taps and the
hesitations. Every hesitation is a design problem, never a user problem.
"""

OFFLINE_FORMS = """\
# Offline-first forms: saving, waiting, sending

In rural areas, the network comes and goes. An offline-first form treats the phone as the
place where data lives, and the network as a way to share it later.

![The four states of an offline record](image:offline-states)

## Four states, always visible
1. **Saved on this phone.** The record is safe even if the battery dies.
2. **Waiting for signal.** The app will send it by itself; nothing to do.
3. **Sent.** The server has it.
4. **Confirmed.** Someone (the cooperative, the buyer) has seen or accepted it.

Show these states with an icon *and* a word, next to each record, not in a hidden settings page.

## Rules of thumb
- Save on every field change. Never lose what a person typed because a call came in.
- Never block on the network. "Submit" means "queue", and the queue is visible.
- Keep messages calm and honest: *"Saved. Will send when there is signal."* rather than an error.
- Let people fix a mistake before it is sent, and tell them clearly when it is too late.
- When two people changed the same record, show both versions and let a person decide.

## SMS as a fallback
Where data connections are rare but SMS works, a compact SMS can carry the essentials: a code,
a quantity, a date. Design the SMS format together with the form so a record sent by SMS and a
record sent by data look the same on the server.
"""

CRITIQUE = """\
# Running a design critique with farmers

A critique is a structured conversation about a design, not a vote on whether people like it.
With farmers it works best when it is concrete: print the screens, put them on the table, and
ask people to act out a real task.

## A 45-minute format
1. **Context (5 min).** Explain what the design is for and what you want to learn.
2. **Walkthrough (15 min).** A farmer uses the paper screens to record last week's sale while
   you stay silent and take notes.
3. **Questions (15 min).** "What did you expect here?" rather than "Do you like it?".
4. **Priorities (10 min).** Each participant puts three beans on the problems that matter most.

## Giving feedback to classmates
- Describe what you see before you judge it.
- Tie each comment to a user and a task: *"A farmer who cannot read 'Expense' will not find..."*
- Suggest, do not redesign. One concrete suggestion per problem is plenty.
"""

QUIZ_RESEARCH = (
    single(
        "q1",
        "Which opening question is most likely to give you rich, reliable stories?",
        [
            "How often do you record expenses?",
            "Walk me through what you did last Tuesday.",
            "Would you use an app to record expenses?",
            "Do you think records are important?",
        ],
        1,
        "Open questions about a concrete recent day give facts, not opinions or polite yeses.",
    ),
    multi(
        "q2",
        "Which artefacts are worth asking to see during a farm visit?",
        [
            "Exercise books with notes",
            "Receipts from the input shop",
            "The farmer's bank PIN",
            "The WhatsApp group with the buyer",
        ],
        [0, 1, 3],
        "Real artefacts show existing habits; credentials are never part of research.",
    ),
    single(
        "q3",
        "Farmers in a village call the unit they sell in a 'sack'. What should the app say?",
        [
            "Kilogram, because it is standard",
            "Sack, with the kilogram equivalent shown alongside",
            "Unit",
            "Let each farmer type their own word",
        ],
        1,
        "Use the farmers' vocabulary and show the conversion, so records stay comparable.",
    ),
    short(
        "q4",
        "Name the column in your notes for what you saw with your own eyes.",
        ["observed", "observation", "observations", "seen"],
        "Keep what you observed apart from what you were told and from your interpretation.",
    ),
)

QUIZ_OFFLINE = (
    single(
        "q1",
        "A farmer presses 'Send' with no signal. What should happen?",
        [
            "Show an error and keep the form open",
            "Queue the record and say it will be sent later",
            "Discard the form",
            "Ask the farmer to try again later",
        ],
        1,
        "Submit means queue: the record is safe and the app sends it when it can.",
    ),
    multi(
        "q2",
        "Which states should every offline record show?",
        ["Saved on this phone", "Waiting for signal", "Sent", "Encrypted with AES-256"],
        [0, 1, 2],
        "People need to know where their data is; the cipher is not their concern.",
    ),
    single(
        "q3",
        "Two people edited the same harvest record while offline. What is best?",
        [
            "Keep the last one that synced",
            "Keep the first one",
            "Show both and let a person decide",
            "Delete both",
        ],
        2,
        "Conflicting human edits should be visible and resolved by a person.",
    ),
    short(
        "q4",
        "Which channel often works when mobile data does not, and can carry a compact record?",
        ["sms", "text message", "text messages", "ussd"],
        "SMS (and USSD) reach basic phones and work on weak networks.",
    ),
)

EXERCISE_PESTICIDE = (
    multi(
        "e1",
        "Look at the pesticide log screen. Which problems would a low-literacy user face?",
        [
            "The dose is written only in words",
            "Product names are shown only as text",
            "The date picker is a free text field",
            "The screen has a large 'Save' button",
        ],
        [0, 1, 2],
        "Words-only doses, text-only products and free-text dates all rely on reading.",
    ),
    single(
        "e2",
        "What is the best way to let a farmer enter the product used?",
        [
            "A free text field",
            "A list of product photos from the local agro-dealer",
            "A barcode scanner only",
            "A dropdown of chemical names",
        ],
        1,
        "Photos of the packages farmers actually buy are recognised without reading.",
    ),
)

EXERCISE_SYNC = (
    single(
        "e1",
        "The record is on the phone and there is no network. Which message fits?",
        [
            "Error: network unavailable",
            "Saved. Will send when there is signal.",
            "Sync failed (code 503)",
            "Please connect to Wi-Fi",
        ],
        1,
        "Calm and honest: the record is safe and nothing is required from the farmer.",
    ),
    single(
        "e2",
        "The cooperative accepted the record. Which state is it in?",
        ["Saved on this phone", "Waiting for signal", "Sent", "Confirmed"],
        3,
        "Confirmed means someone on the other side has seen or accepted it.",
    ),
)
