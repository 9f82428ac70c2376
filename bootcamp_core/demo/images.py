"""Pictures drawn with Pillow at seed time: wireframes, diagrams, avatars, paper sketches.

Every function is pure (same arguments, same bytes) and cached, so a run draws each picture once and
repeated runs in one process cost nothing. Text uses Pillow's bundled font, so the bytes do not depend
on the fonts installed on the machine.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from functools import cache

from PIL import Image, ImageDraw, ImageFont

RGB = tuple[int, int, int]
INK = (31, 41, 55)
GREY = (156, 163, 175)
LIGHT = (229, 231, 235)
PAPER = (250, 248, 240)
GREEN = (22, 101, 52)


@cache
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def png_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def text_width(draw: ImageDraw.ImageDraw, text: str, size: int) -> float:
    return draw.textlength(text, font=font(size))


def wrap(draw: ImageDraw.ImageDraw, text: str, size: int, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(draw, candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


ROWS = {
    "Market prices": [
        "Rice G1  1,850 Ar/kg",
        "Rice G2  1,600 Ar/kg",
        "Beans  2,400 Ar/kg",
        "Maize  900 Ar/kg",
    ],
    "Post a harvest": ["Crop: maize", "Quantity: 10 sacks", "Price: 32,000 KSh", "Pickup: Friday"],
    "Farm diary": ["Seed bought  -45,000", "Weeding (3 days)  -18,000", "Sold 4 sacks  +120,000", "Balance"],
    "Field survey form": [
        "Plot size (days to plough)",
        "Crops last season",
        "Compost used?",
        "Photo of plot",
    ],
    "Sync status": ["Saved on this phone  3", "Waiting for signal  2", "Sent  14", "Confirmed  11"],
    "Group order": [
        "Millet seed  12 members",
        "NPK fertiliser  8 members",
        "Total  412,000 CFA",
        "Pay by Friday",
    ],
}


@cache
def wireframe_png(title: str, variant: int, fidelity: int, accent: RGB = GREEN) -> bytes:
    """A phone-sized wireframe; ``fidelity`` 1 (sketch) to 3 (coloured, labelled)."""
    w, h = 360, 720
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    fill = accent if fidelity >= 3 else (LIGHT if fidelity == 2 else None)
    d.rounded_rectangle((6, 6, w - 7, h - 7), radius=36, outline=INK, width=4)
    d.rectangle((24, 40, w - 25, 100), fill=fill, outline=INK, width=2)
    d.text((40, 58), title, font=font(22), fill=(255, 255, 255) if fidelity >= 3 else INK)
    rows = ROWS.get(title, [f"{title} item {i + 1}" for i in range(4)])
    layout = variant % 3
    y = 124
    if layout == 0:  # list with icons
        for i, label in enumerate(rows):
            d.rounded_rectangle((24, y, w - 25, y + 86), radius=10, outline=GREY, width=2)
            d.ellipse((36, y + 18, 86, y + 68), outline=INK, width=2, fill=fill if i == 0 else None)
            if fidelity >= 2:
                d.text((100, y + 30), label, font=font(17), fill=INK)
            else:
                d.line((100, y + 36, 300, y + 36), fill=GREY, width=6)
            y += 100
    elif layout == 1:  # big picture buttons
        for i in range(4):
            x0, y0 = 24 + (i % 2) * 162, y + (i // 2) * 190
            d.rounded_rectangle(
                (x0, y0, x0 + 150, y0 + 176), radius=16, outline=INK, width=3, fill=fill if i == 0 else None
            )
            d.ellipse((x0 + 45, y0 + 30, x0 + 105, y0 + 90), outline=INK, width=2)
            if fidelity >= 2:
                d.text((x0 + 12, y0 + 120), rows[i].split("  ")[0][:16], font=font(16), fill=INK)
        y += 390
    else:  # form
        for label in rows:
            d.text((28, y), label if fidelity >= 2 else "", font=font(16), fill=INK)
            d.rounded_rectangle((24, y + 24, w - 25, y + 70), radius=8, outline=GREY, width=2)
            y += 96
    d.rounded_rectangle((24, h - 130, w - 25, h - 70), radius=14, outline=INK, width=3, fill=fill)
    d.text(
        (w // 2 - 30, h - 112),
        "Save" if fidelity >= 2 else "",
        font=font(22),
        fill=(255, 255, 255) if fidelity >= 3 else INK,
    )
    d.text((24, h - 50), f"v{fidelity}", font=font(14), fill=GREY)
    return png_bytes(img)


@cache
def flow_png(title: str, steps: tuple[str, ...], accent: RGB = GREEN) -> bytes:
    """Boxes joined by arrows, left to right, with a title."""
    w, h = 1040, 360
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((40, 28), title, font=font(30), fill=INK)
    n = len(steps)
    box_w = (w - 80 - (n - 1) * 50) // n
    for i, step in enumerate(steps):
        x0 = 40 + i * (box_w + 50)
        d.rounded_rectangle(
            (x0, 120, x0 + box_w, 280),
            radius=18,
            outline=accent,
            width=4,
            fill=(240, 253, 244) if i % 2 == 0 else (255, 251, 235),
        )
        for j, line in enumerate(wrap(d, step, 20, box_w - 24)[:4]):
            d.text((x0 + 12, 140 + j * 28), line, font=font(20), fill=INK)
        if i < n - 1:
            ax = x0 + box_w + 6
            d.line((ax, 200, ax + 36, 200), fill=INK, width=4)
            d.polygon([(ax + 38, 200), (ax + 26, 190), (ax + 26, 210)], fill=INK)
    return png_bytes(img)


@cache
def calendar_png(title: str, bands: tuple[tuple[str, int, int], ...], accent: RGB = GREEN) -> bytes:
    """Twelve months and coloured bands of activities (name, first month, last month; 1-based)."""
    w, h = 1040, 120 + 70 * len(bands)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((40, 24), title, font=font(28), fill=INK)
    col = (w - 280) / 12
    for m, name in enumerate("JFMAMJJASOND"):
        d.text((260 + m * col + col / 2 - 6, 76), name, font=font(18), fill=GREY)
    palette = [accent, (180, 83, 9), (30, 64, 175), (126, 34, 206), (190, 18, 60)]
    for i, (name, first, last) in enumerate(bands):
        y = 110 + i * 70
        d.text((40, y + 14), name, font=font(18), fill=INK)
        d.rounded_rectangle(
            (260 + (first - 1) * col, y + 8, 260 + last * col - 4, y + 48),
            radius=10,
            fill=palette[i % len(palette)],
        )
    return png_bytes(img)


def _glyph(d: ImageDraw.ImageDraw, kind: str, cx: int, cy: int, colour: RGB) -> None:
    """A simple pictogram in a 100 px circle: text lines, a sack, a map pin, a person, coins, or a word."""
    if kind == "text":
        for i, w in enumerate((56, 44, 50)):
            d.line((cx - 28, cy - 18 + i * 18, cx - 28 + w, cy - 18 + i * 18), fill=colour, width=5)
    elif kind == "sack":
        d.polygon(
            [(cx - 22, cy - 26), (cx + 22, cy - 26), (cx + 32, cy + 30), (cx - 32, cy + 30)], fill=colour
        )
        d.line((cx - 14, cy - 32, cx + 14, cy - 32), fill=colour, width=6)
    elif kind == "pin":
        d.ellipse((cx - 22, cy - 34, cx + 22, cy + 10), fill=colour)
        d.polygon([(cx - 18, cy - 2), (cx + 18, cy - 2), (cx, cy + 34)], fill=colour)
        d.ellipse((cx - 8, cy - 20, cx + 8, cy - 4), fill=(255, 255, 255))
    elif kind == "person":
        d.ellipse((cx - 14, cy - 36, cx + 14, cy - 8), fill=colour)
        d.pieslice((cx - 30, cy - 4, cx + 30, cy + 56), 180, 360, fill=colour)
    elif kind == "coins":
        for i in range(3):
            d.ellipse(
                (cx - 26, cy + 14 - i * 14, cx + 26, cy + 34 - i * 14), fill=colour, outline=(255, 255, 255)
            )
    else:
        w = text_width(d, kind, 40)
        d.text((cx - w / 2, cy - 24), kind, font=font(40), fill=colour)


@cache
def cards_png(title: str, cards: tuple[str, ...], accent: RGB = GREEN, glyphs: tuple[str, ...] = ()) -> bytes:
    """Side-by-side panels with a pictogram and a caption each (comparisons, sorting exercises)."""
    w, h = 1040, 420
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((40, 24), title, font=font(28), fill=INK)
    n = len(cards)
    cw = (w - 80 - (n - 1) * 30) // n
    for i, caption in enumerate(cards):
        x0 = 40 + i * (cw + 30)
        d.rounded_rectangle((x0, 90, x0 + cw, 380), radius=16, outline=GREY, width=3)
        d.ellipse((x0 + cw // 2 - 50, 120, x0 + cw // 2 + 50, 220), outline=accent, width=5)
        if i < len(glyphs):
            _glyph(d, glyphs[i], x0 + cw // 2, 170, accent)
        for j, line in enumerate(wrap(d, caption, 20, cw - 30)[:4]):
            d.text((x0 + 15, 250 + j * 28), line, font=font(20), fill=INK)
    return png_bytes(img)


@cache
def avatar_png(initials: str, colour: RGB) -> bytes:
    img = Image.new("RGB", (128, 128), colour)
    d = ImageDraw.Draw(img)
    tw = text_width(d, initials, 52)
    d.text(((128 - tw) / 2, 34), initials, font=font(52), fill=(255, 255, 255))
    return png_bytes(img)


@cache
def paper_sketch_png(title: str, variant: int) -> bytes:
    """A photo-like picture of a hand-drawn paper prototype on a table."""
    rng = random.Random(f"{title}:{variant}")
    img = Image.new("RGB", (800, 600), (161, 120, 84))
    d = ImageDraw.Draw(img)
    for k in range(3):
        x0, y0 = 60 + k * 240, 70 + rng.randint(-10, 10)
        d.rectangle((x0, y0, x0 + 200, y0 + 400), fill=PAPER)
        for _ in range(6):
            y = y0 + rng.randint(40, 380)
            d.line((x0 + 15, y, x0 + rng.randint(90, 185), y + rng.randint(-3, 3)), fill=INK, width=3)
        d.rectangle((x0 + 20, y0 + 320, x0 + 180, y0 + 370), outline=INK, width=3)
    d.text((60, 520), title, font=font(26), fill=PAPER)
    return png_bytes(img)


@cache
def certificate_background_png(primary: RGB, secondary: RGB) -> bytes:
    w, h = 1123, 794  # A4 landscape at 96 dpi
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((20, 20, w - 21, h - 21), outline=primary, width=10)
    d.rectangle((42, 42, w - 43, h - 43), outline=secondary, width=2)
    for i in range(9):  # a row of leaves along the bottom
        cx = 120 + i * 110
        d.ellipse((cx - 30, h - 120, cx + 30, h - 80), fill=primary)
        d.line((cx, h - 80, cx, h - 60), fill=secondary, width=3)
    return png_bytes(img)


def hex_colour(rgb: RGB) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


# Illustrations that lesson Markdown and exercises refer to as "(image:<key>)".
ILLUSTRATIONS: dict[str, Callable[[], bytes]] = {
    "interview-flow": lambda: flow_png(
        "From field visit to insight",
        (
            "Introductions via the cooperative",
            "Walk the farm together",
            "See the real records",
            "Write up the same day",
            "Observed / said / meant",
        ),
    ),
    "season-calendar": lambda: calendar_png(
        "The maize season (long rains, Kenya)",
        (
            ("Land preparation", 2, 3),
            ("Planting", 3, 4),
            ("Weeding", 4, 6),
            ("Harvest and sale", 7, 9),
            ("School fees due", 1, 1),
        ),
    ),
    "low-literacy": lambda: cards_png(
        "Three ways to say 'sold 4 sacks'",
        (
            "Text only: 'Sale recorded: 4 units'",
            "Icon and word: sack + 'Sold'",
            "Photo and number: 4 sacks, 120,000 Ar",
        ),
        glyphs=("text", "sack", "4"),
    ),
    "offline-states": lambda: flow_png(
        "The four states of an offline record",
        ("Saved on this phone", "Waiting for signal", "Sent", "Confirmed"),
    ),
    "pesticide-log": lambda: wireframe_png("Pesticide log", 2, 2),
    "value-chain": lambda: flow_png(
        "How a sack of beans reaches the city",
        ("Farmer, Meru", "Collector with truck", "Wholesaler, Nairobi", "Market stall", "Family dinner"),
    ),
    "price-board": lambda: wireframe_png("Market prices", 0, 3, (180, 83, 9)),
    "ussd-flow": lambda: flow_png(
        "Posting a harvest by USSD",
        ("Dial *384*12#", "1 Sell", "Choose crop", "Enter sacks", "Confirm, SMS receipt"),
        (180, 83, 9),
    ),
    "form-before-after": lambda: cards_png(
        "A form question, before and after",
        ("Before: 'Plot size (ha)'", "After: 'Days to plough the plot'", "Or: walk the boundary with GPS"),
        (30, 64, 175),
        ("ha", "7 d", "pin"),
    ),
    "consent-cards": lambda: cards_png(
        "Which of these needs consent?",
        ("Photo with children", "GPS of the homestead", "Crops grown", "Household income"),
        (30, 64, 175),
        ("person", "pin", "sack", "coins"),
    ),
    "pilot-loop": lambda: flow_png(
        "The pilot loop",
        ("Draft form v1", "Pilot 5 households", "Debrief", "Fix: form v1.1", "Pilot again"),
        (30, 64, 175),
    ),
    "paper-to-phone": lambda: paper_sketch_png("Paper to phone: a farm diary", 1),
}
