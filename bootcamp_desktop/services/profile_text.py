"""The profile's free-text fields as a learner types them, to the values ``user_profiles`` stores and back.

``figma: 8, miro 3`` (design tools and a level), ``crops, livestock`` (agricultural domains) and
``monday: 18-21, saturday: 4`` (availability: a window of hours, the seed's shape, or a number of hours).
Every parser reads what it can and never raises; what it cannot read is reported, and what a text cannot
show of a stored value is kept when the text is saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

V = TypeVar("V")
_NUMBER = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() accepts "²", which int() refuses
_HOURS = re.compile(r"([0-9]{1,2})(?:-([0-9]{1,2}))?")
_DASH = re.compile(r"\s*[-\u2013]\s*")  # "18 - 21" and "18–21" both mean 18-21


def _words(part: str) -> list[str]:
    return part.replace(":", " ").split()


def _name(words: list[str]) -> str:
    """The stored form of a name: lower case, words joined by underscores (``Adobe XD`` -> adobe_xd)."""
    return "_".join(words).lower()


def parse_named_values(text: str, value: Callable[[str], V | None]) -> tuple[dict[str, V], list[str]]:
    """Read ``name: value, name value; ...``: items split on commas or semicolons, the last word of an
    item is its value (``value`` turns it into one, or returns None when it is not one) and the words
    before it are the name. Returns what was read and the items that could not be (empty ones are
    ignored); never raises."""
    found: dict[str, V] = {}
    bad: list[str] = []
    for part in text.replace(";", ",").split(","):
        bits = _words(part)
        if not bits:
            continue
        parsed = value(bits[-1]) if len(bits) >= 2 else None
        if parsed is None:
            bad.append(part.strip())
        else:
            found[_name(bits[:-1])] = parsed
    return found, bad


def _level(word: str) -> int | None:
    return int(word) if _NUMBER.fullmatch(word) else None


def parse_tools(text: str) -> dict[str, int]:
    """``figma: 8, miro 3`` -> {"figma": 8, "miro": 3}; a tool without a number is skipped."""
    return parse_named_values(text, _level)[0]


def parse_domains(text: str) -> dict[str, bool]:
    """``crops, Crop management`` -> {"crops": True, "crop_management": True}; names as ``parse_tools``."""
    return {_name(bits): True for part in text.replace(";", ",").split(",") if (bits := _words(part))}


def format_domains(domains: Mapping[str, Any]) -> str:
    """The domains marked true, as ``parse_domains`` reads them; a name it would read differently is
    left out (and kept as it is when the profile is saved)."""
    return ", ".join(k for k, v in domains.items() if v and parse_domains(str(k)) == {k: True})


def merge_domains(stored: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The domains to save: unchanged text keeps ``stored`` exactly; otherwise the named domains
    become true, shown ones no longer named become false, and the others are kept."""
    named, shown = parse_domains(text), parse_domains(format_domains(stored))
    if named == shown:
        return dict(stored)
    out: dict[str, Any] = dict(stored)
    out.update({k: False for k in shown if k not in named})
    out.update(named)
    return out


def _hours(word: str) -> int | list[int] | None:
    """``4`` -> 4 hours; ``18-21`` -> [18, 21], from 18:00 to 21:00 (the seed's shape). Hours 0-24."""
    match = _HOURS.fullmatch(word)
    if match is None:
        return None
    numbers = [int(n) for n in match.groups() if n is not None]
    if any(n > 24 for n in numbers):
        return None
    return numbers if len(numbers) == 2 else numbers[0]


def read_availability(text: str) -> tuple[dict[str, int | list[int]], list[str]]:
    """``monday: 18-21, sat: 4`` -> ({"monday": [18, 21], "sat": 4}, []) and the items that are not
    a day and hours (``mon: lots``)."""
    return parse_named_values(_DASH.sub("-", text), _hours)


def parse_availability(text: str) -> dict[str, int | list[int]]:
    """``mon: 2, sat: 4`` -> {"mon": 2, "sat": 4}; an item that is not a day and hours is skipped."""
    return read_availability(text)[0]


def _hours_text(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and len(value) == 2 and all(_hours_text(n) for n in value):
        return f"{value[0]}-{value[1]}"
    return None


def format_availability(hours: Mapping[str, Any]) -> str:
    """The days and hours ``parse_availability`` reads back exactly; any other entry (another shape,
    a name it would read differently) is left out, and kept as it is when the profile is saved."""
    items = []
    for key, value in hours.items():
        text = _hours_text(value)
        if text is not None and parse_availability(f"{key}: {text}") == {key: value}:
            items.append(f"{key}: {text}")
    return ", ".join(items)


def merge_availability(stored: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The availability to save: unchanged text keeps ``stored`` exactly; otherwise the days in the
    text replace the shown ones, and the entries the text cannot show are kept."""
    typed, shown = parse_availability(text), parse_availability(format_availability(stored))
    if typed == shown:
        return dict(stored)
    return {k: v for k, v in stored.items() if k not in shown} | typed
