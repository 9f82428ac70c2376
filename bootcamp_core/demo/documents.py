"""PDFs (fpdf2) and small text files made at seed time: guides, templates, reports, slide decks, code.

Pure and cached like ``images``; the PDF creation date is fixed so the bytes are reproducible.
fpdf2's core fonts are Latin-1 only, so text is folded to Latin-1 first.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from fpdf import FPDF

from .images import RGB

FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_FOLD = str.maketrans(
    {
        "\u2014": "-",
        "\u2013": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u2192": "->",
    }
)


def latin1(text: str) -> str:
    return text.translate(_FOLD).encode("latin-1", "replace").decode("latin-1")


def _pdf(orientation: str = "P", fmt: str | tuple[float, float] = "A4") -> FPDF:
    pdf = FPDF(orientation=orientation, unit="mm", format=fmt)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Fataplus Bootcamp demo content")
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def _header(pdf: FPDF, title: str, subtitle: str, colour: RGB) -> None:
    pdf.set_fill_color(*colour)
    pdf.rect(0, 0, pdf.w, 28, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 18)
    pdf.set_xy(12, 7)
    pdf.cell(0, 9, latin1(title))
    pdf.set_font("helvetica", "", 10)
    pdf.set_xy(12, 17)
    pdf.cell(0, 6, latin1(subtitle))
    pdf.set_text_color(31, 41, 55)
    pdf.set_xy(12, 36)


@cache
def document_pdf(
    title: str, subtitle: str, sections: tuple[tuple[str, tuple[str, ...]], ...], colour: RGB = (22, 101, 52)
) -> bytes:
    """A guide, checklist or report: headed sections of bullet points."""
    pdf = _pdf()
    pdf.set_title(latin1(title))
    pdf.add_page()
    _header(pdf, title, subtitle, colour)
    for heading, lines in sections:
        pdf.set_font("helvetica", "B", 13)
        pdf.set_x(12)
        pdf.cell(0, 9, latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 11)
        for line in lines:
            pdf.set_x(16)
            pdf.multi_cell(pdf.w - 32, 6, latin1(f"- {line}"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_auto_page_break(False)
    pdf.set_y(-20)
    pdf.set_font("helvetica", "I", 8)
    pdf.cell(0, 6, "Fataplus Product Design Bootcamp - demo material", align="C")
    return bytes(pdf.output())


@cache
def template_pdf(
    title: str, subtitle: str, columns: tuple[str, ...], rows: int = 12, colour: RGB = (22, 101, 52)
) -> bytes:
    """A printable grid to fill in by hand (landscape)."""
    pdf = _pdf("L")
    pdf.set_title(latin1(title))
    pdf.add_page()
    _header(pdf, title, subtitle, colour)
    width = (pdf.w - 24) / len(columns)
    pdf.set_font("helvetica", "B", 10)
    pdf.set_fill_color(236, 253, 245)
    pdf.set_x(12)
    for col in columns:
        pdf.cell(width, 10, latin1(col), border=1, fill=True)
    pdf.ln()
    for _ in range(rows):
        pdf.set_x(12)
        for _col in columns:
            pdf.cell(width, 11, "", border=1)
        pdf.ln()
    return bytes(pdf.output())


@cache
def slides_pdf(title: str, slides: tuple[tuple[str, tuple[str, ...]], ...], colour: RGB) -> bytes:
    """A 16:9 slide deck: a title slide, then one slide per (heading, bullets)."""
    pdf = _pdf("L", (190.5, 338.7))
    pdf.set_auto_page_break(False)
    pdf.set_title(latin1(title))
    pdf.add_page()
    pdf.set_fill_color(*colour)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 32)
    pdf.set_xy(20, 70)
    pdf.multi_cell(pdf.w - 40, 14, latin1(title))
    for heading, bullets in slides:
        pdf.add_page()
        pdf.set_fill_color(*colour)
        pdf.rect(0, 0, 8, pdf.h, style="F")
        pdf.set_text_color(31, 41, 55)
        pdf.set_font("helvetica", "B", 40)
        pdf.set_xy(24, 22)
        pdf.cell(0, 18, latin1(heading))
        pdf.set_font("helvetica", "", 28)
        pdf.set_xy(24, 60)
        for bullet in bullets:
            pdf.set_x(24)
            pdf.multi_cell(pdf.w - 48, 16, latin1(f"- {bullet}"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


USSD_MENU_PY = '''\
"""A simulated USSD menu for posting a harvest (run: python ussd_menu.py)."""

MENU = {
    "start": (
        "Welcome to Mavuno Market\\n1 Sell harvest\\n2 Today's prices\\n3 My account",
        {"1": "crop", "2": "prices"},
    ),
    "crop": ("Choose crop\\n1 Maize\\n2 Beans\\n3 Rice", {"1": "qty", "2": "qty", "3": "qty"}),
    "qty": ("Enter number of 90 kg sacks", {}),
    "prices": ("Maize 3,200 KSh/sack\\nBeans 9,000 KSh/sack\\n0 Back", {"0": "start"}),
}


def screen(state: str) -> str:
    text = MENU[state][0]
    assert len(text) <= 160, f"{state} is too long for USSD"
    return text


def run() -> None:
    state = "start"
    while True:
        print(screen(state))
        choice = input("> ").strip()
        if state == "qty" and choice.isdigit():
            print(f"Sell {choice} sacks? 1 Yes 2 No")
            if input("> ").strip() == "1":
                print("Posted. You will receive an SMS receipt.")
            return
        state = MENU[state][1].get(choice, state)


if __name__ == "__main__":
    run()
'''

README_MD = """\
# Mavuno Market USSD prototype

Simulates the harvest-posting menu in a terminal. Every screen stays under 160 characters and
offers at most five numbered options. Run `python ussd_menu.py`.

Tested with three farmers in Nakuru on a basic phone emulator; the confirmation screen was added
after two of them posted the wrong quantity.
"""
