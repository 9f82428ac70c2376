"""The app's colours, light and dark, as named tokens; and the contrast they are held to.

Every colour the interface shows comes from here (through ``ui/style/theme.py``): the Qt palette's roles,
the tones a label or a table cell takes ("muted", "danger", ...), the notices, the charts. No screen writes
a colour of its own. ``docs/visual-design.md`` explains the choices; ``scripts/contrast_table.py`` writes
its contrast table, and ``tests/ui/test_visual_design.py`` keeps the two equal.

Plain data and arithmetic (no Qt), so the contrast checks run anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

THEMES = ("light", "dark")

# token: (light, dark)
COLOURS: dict[str, tuple[str, str]] = {
    # surfaces
    "window": ("#f3f4f6", "#1c2026"),  # the window behind everything
    "base": ("#ffffff", "#13161b"),  # fields, lists, tables, the reading surface
    "alt_base": ("#f2f5f4", "#1a1f25"),  # every other row
    "button": ("#e9ecef", "#2a3038"),
    "line": ("#c4cbd3", "#4a535e"),  # borders, separators
    "nav": ("#e7ece9", "#161a1f"),  # the navigation column
    # text
    "ink": ("#1a2027", "#e5e9ee"),  # body text
    "muted": ("#4b5563", "#aab3be"),  # secondary text: hints, dates, who and when
    "heading": ("#065f46", "#6ee7b7"),  # lesson headings
    "link": ("#0f766e", "#5eead4"),
    "tag": ("#0f766e", "#5eead4"),
    # the brand's emerald, as the highlight and the primary action
    "accent": ("#047857", "#34d399"),
    "on_accent": ("#ffffff", "#06281d"),  # text on the accent (dark themes put dark text on a light accent)
    # meanings
    "success": ("#047857", "#4ade80"),
    "warning": ("#92400e", "#fbbf24"),
    "danger": ("#b91c1c", "#fca5a5"),
    "info": ("#1d4ed8", "#93c5fd"),
    "revision": ("#7e22ce", "#d8b4fe"),  # a revision was asked for
    "caution": ("#c2410c", "#fdba74"),  # grade D
    # notices (an inline message under a form): background, text, border
    "info_bg": ("#ecfdf5", "#0d2b22"),
    "info_ink": ("#065f46", "#a7f3d0"),
    "info_line": ("#a7f3d0", "#1f6b53"),
    "error_bg": ("#fef2f2", "#3a1417"),
    "error_ink": ("#991b1b", "#fecaca"),
    "error_line": ("#fecaca", "#8a2c2c"),
    "offline_bg": ("#eff6ff", "#11213d"),
    "offline_ink": ("#1e3a8a", "#bfdbfe"),
    "offline_line": ("#bfdbfe", "#2d4f86"),
    # a rubric level chosen / hovered / resting, and the card of the criterion in hand
    "choice": ("#1d4ed8", "#93c5fd"),
    "on_choice": ("#ffffff", "#0b1730"),
    "choice_hover": ("#e0e7ff", "#273552"),
    "card": ("#f9fafb", "#1f242b"),
    "card_current": ("#f3f7ff", "#1d2635"),
    # a projector wants black on white whatever the theme
    "slide": ("#ffffff", "#ffffff"),
    "slide_ink": ("#111827", "#111827"),
    "slide_muted": ("#4b5563", "#4b5563"),
    "slide_title": ("#047857", "#047857"),
    "slide_frame": ("#1f2937", "#4a535e"),
    "placeholder_bg": ("#f1f5f9", "#262c34"),  # where a picture could not be shown
}

# Chart series, in order: each at least 3:1 against the chart's background (WCAG 1.4.11, non-text).
SERIES: dict[str, tuple[str, ...]] = {
    "light": ("#047857", "#1d4ed8", "#b45309", "#b91c1c", "#7e22ce", "#0e7490", "#4b5563"),
    "dark": ("#34d399", "#60a5fa", "#fbbf24", "#f87171", "#c084fc", "#22d3ee", "#9ca3af"),
}

# (text, background, least ratio): every pair the interface puts together. 4.5 for text (WCAG 2.2 AA 1.4.3),
# 3.0 for what is not text (borders that carry meaning, chart series, focus: 1.4.11).
TEXT = 4.5
GRAPHIC = 3.0
PAIRS: tuple[tuple[str, str, float], ...] = (
    *(
        (fg, bg, TEXT)
        for fg in (
            "ink",
            "muted",
            "link",
            "tag",
            "success",
            "warning",
            "danger",
            "info",
            "revision",
            "caution",
        )
        for bg in ("window", "base", "alt_base")
    ),
    ("heading", "base", TEXT),
    ("ink", "button", TEXT),
    ("ink", "nav", TEXT),
    ("muted", "nav", TEXT),
    ("ink", "card", TEXT),
    ("muted", "card", TEXT),
    ("ink", "card_current", TEXT),
    ("ink", "choice_hover", TEXT),
    ("on_accent", "accent", TEXT),
    ("on_choice", "choice", TEXT),
    ("info_ink", "info_bg", TEXT),
    ("error_ink", "error_bg", TEXT),
    ("offline_ink", "offline_bg", TEXT),
    ("danger", "error_bg", TEXT),
    ("muted", "placeholder_bg", TEXT),
    ("slide_ink", "slide", TEXT),
    ("slide_muted", "slide", TEXT),
    ("slide_title", "slide", TEXT),
    ("accent", "base", GRAPHIC),
    ("accent", "window", GRAPHIC),
    ("choice", "card", GRAPHIC),
)


@dataclass(frozen=True)
class Palette:
    theme: str
    colours: dict[str, str]
    series: tuple[str, ...]

    def __getitem__(self, token: str) -> str:
        return self.colours[token]


def palette(theme: str) -> Palette:
    if theme not in THEMES:
        raise ValueError(f"no theme {theme!r}: {', '.join(THEMES)}")
    i = THEMES.index(theme)
    return Palette(theme, {token: pair[i] for token, pair in COLOURS.items()}, SERIES[theme])


def luminance(hex_colour: str) -> float:
    """WCAG 2.2 relative luminance of ``#rrggbb``."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast_table() -> str:
    """The Markdown table of every pair in both themes (docs/visual-design.md holds it)."""
    light, dark = palette("light"), palette("dark")
    rows = ["| text | on | needs | light | dark |", "|---|---|---|---|---|"]
    for fg, bg, need in PAIRS:
        rows.append(
            f"| `{fg}` | `{bg}` | {need:g} | {light[fg]} on {light[bg]}: **{contrast(light[fg], light[bg]):.2f}** "
            f"| {dark[fg]} on {dark[bg]}: **{contrast(dark[fg], dark[bg]):.2f}** |"
        )
    for theme in THEMES:
        p = palette(theme)
        ratios = ", ".join(f"{c} {contrast(c, p['base']):.2f}" for c in p.series)
        rows.append(
            f"| chart series ({theme}) | `base` | {GRAPHIC:g} | {ratios} | |"
            if theme == "light"
            else f"| chart series ({theme}) | `base` | {GRAPHIC:g} | | {ratios} |"
        )
    return "\n".join(rows)


def failures() -> list[str]:
    found = []
    for theme in THEMES:
        p = palette(theme)
        for fg, bg, need in PAIRS:
            ratio = contrast(p[fg], p[bg])
            if ratio < need:
                found.append(f"{theme}: {fg} {p[fg]} on {bg} {p[bg]} = {ratio:.2f} < {need}")
        for c in p.series:
            if contrast(c, p["base"]) < GRAPHIC:
                found.append(
                    f"{theme}: series {c} on base {p['base']} = {contrast(c, p['base']):.2f} < {GRAPHIC}"
                )
    return found
