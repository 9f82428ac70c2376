"""Lesson texts, quizzes and exercises of "A Produce Marketplace for Smallholders"."""

from .spec import multi, short, single

MIDDLEMEN = """\
# Middlemen, trust and the farm-gate price

Most smallholders sell at the **farm gate**: a collector arrives with a truck, weighs the
harvest and pays cash. Apps that promise to "cut out the middleman" often fail because they
misunderstand what the middleman does.

![How a sack of beans reaches the city](image:value-chain)

## What a collector really provides
- **Cash, today.** School fees and debts do not wait for a bank transfer next week.
- **Transport.** A truck, fuel and a driver who knows the roads in the rainy season.
- **Credit.** Many collectors advance seed or cash before planting and are repaid in produce.
- **Risk.** The collector carries the risk that the city price falls before the truck arrives.

## Where farmers lose out
- They rarely know the price in the city market on the day they sell.
- Scales are not always accurate, and farmers cannot check them.
- Grades (quality classes) are decided by the buyer alone.

## Design opportunities
1. **Price information before the sale**, so farmers can negotiate.
2. **Trusted weighing**: a cooperative scale, a photo of the reading, a shared record.
3. **Grouped sales**: a cooperative selling 40 tonnes negotiates better than 200 farmers alone.
4. **Keep collectors in the loop.** A marketplace that makes collectors' work easier is adopted
   faster than one that tries to replace them.
"""

PRICING = """\
# Showing prices farmers can trust

A price is only useful if farmers believe it. Transparency is a design problem: where the price
comes from, when it was recorded and what exactly it refers to must be visible at a glance.

![A price board that answers the farmer's questions](image:price-board)

## Every price needs four things
1. **The product and grade**: *rice, grade 1 (vary makalioka)*, not just "rice".
2. **The place**: farm gate in Ambatondrazaka is not the wholesale market in Antananarivo.
3. **The unit**: per kilogram, per sack of 50 kg, per *kapoaka* (the tin used at markets).
4. **The date and source**: *"recorded today at 7:00 by the cooperative"*.

## Show change, not only level
Farmers decide *when* to sell. An arrow and the price a week ago say more than a chart:
`1,850 Ar/kg (up from 1,700 last week)`.

## Fairness signals
- Show the **range** of prices paid, not only the average.
- Explain **deductions** (transport, cooperative fee) in the same unit as the price.
- Let farmers **report** a price they were offered; show how many reports a number is based on.

## Beware of false precision
A price with two decimals looks scientific and is usually wrong. Round to what people trade in,
and say how old the information is.
"""

MOBILE_MONEY = """\
# Mobile money and SMS fallbacks

In much of East and West Africa, mobile money (M-Pesa, MVola, Orange Money, MTN MoMo) is how
farmers are paid. A marketplace must fit into these payment habits rather than invent new ones.

![Posting a harvest by USSD](image:ussd-flow)

## Designing the payment moment
- Show the **net amount** the farmer will receive, after fees, before they accept.
- Use the name that appears on the farmer's phone for the payer, so the SMS receipt matches.
- Never ask for a mobile money PIN inside your app. The operator's own prompt must do that.

## When there is no smartphone
A large share of farmers use basic phones. Two channels reach them:
- **USSD** menus (*\\*384\\*12#*): interactive, free for the user on many networks, but sessions
  time out after a short time, so menus must be short and numbered.
- **SMS** keywords: `SELL MAIZE 10 SACKS` sent to a short code; good for alerts and simple
  posts, but hard to correct when mistyped.

## Rules for USSD menus
1. At most five options per screen; the most common first.
2. Numbers, not letters, to choose.
3. Confirm with a summary before committing: *"Sell 10 sacks maize at 32,000 KSh? 1 Yes 2 No"*.
4. Send an SMS receipt after every transaction so the farmer has a record.
"""

PITCH = """\
# Telling the story to a cooperative board

Cooperative boards decide whether hundreds of members will try your marketplace. They are
farmers themselves, elected by their neighbours, and careful with their members' money.

## Structure of a ten-minute pitch
1. **The member's problem**, told through one member's story and one number.
2. **What changes** for that member with your service, shown on paper screens.
3. **What it costs** the cooperative and each member, in their currency and units.
4. **What could go wrong** and how you will handle it: no network, wrong prices, disputes.
5. **The ask**: a pilot with 20 members for one season.

Bring printed screens, speak the board's language, and leave time for questions: the questions
are where trust is built.
"""

QUIZ_CHAIN = (
    single(
        "q1",
        "Why do many farmers keep selling to a collector at the farm gate?",
        [
            "They do not know other buyers exist",
            "Collectors provide cash, transport and credit",
            "It is required by law",
            "Collectors always pay the highest price",
        ],
        1,
        "Collectors bundle services farmers need; a marketplace must offer them too.",
    ),
    multi(
        "q2",
        "Which pieces of information make a price trustworthy?",
        ["The place it refers to", "The unit", "The date and source", "Two decimal places"],
        [0, 1, 2],
        "Place, unit, date and source; false precision reduces trust.",
    ),
    short(
        "q3",
        "What do we call the point where a collector buys directly from the farm?",
        ["farm gate", "farm-gate", "the farm gate"],
        "The farm-gate price is usually the lowest in the chain.",
    ),
)

EXERCISE_BOARD = (
    single(
        "e1",
        "The board shows 'Rice 1,850'. What is missing for a farmer to trust it?",
        ["A chart", "Grade, place, unit and date", "The price in dollars", "Nothing"],
        1,
        "Without grade, place, unit and date, the number cannot be compared with an offer.",
    ),
    single(
        "e2",
        "A farmer is offered 1,600 Ar/kg at the farm gate; the board says 1,850 Ar/kg at the "
        "Antananarivo wholesale market. What should the board also show?",
        [
            "Transport cost per kg to the market",
            "The weather",
            "The collector's phone number",
            "A discount code",
        ],
        0,
        "Deductions in the same unit let the farmer compare like with like.",
    ),
)

QUIZ_FINAL = (
    single(
        "q1",
        "A USSD session times out. Which design choice helps most?",
        ["Longer menus", "Short numbered menus with a confirmation summary", "Free text input", "Images"],
        1,
        "Short numbered menus finish before the timeout.",
    ),
    single(
        "q2",
        "Where should a mobile money PIN be entered?",
        [
            "In your app's payment screen",
            "In the operator's own prompt",
            "In an SMS to your short code",
            "Nowhere",
        ],
        1,
        "Only the operator should ever ask for the PIN.",
    ),
    multi(
        "q3",
        "What belongs in a pitch to a cooperative board?",
        [
            "One member's story and one number",
            "The costs in local units",
            "Risks and how you handle them",
            "Your company's valuation",
        ],
        [0, 1, 2],
        "Boards care about members, costs and risks.",
    ),
)
