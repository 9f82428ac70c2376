"""Formatting for display: times in the user's timezone (stored in UTC), sizes, durations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from bootcamp_desktop.services.profile import zone
from bootcamp_desktop.services.progress import shown_percent


def tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def local(value: dt.datetime | None, tz: str) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone(tz))


def when(value: dt.datetime | None, tz: str, *, with_time: bool = True) -> str:
    """A timestamp as the user reads it, in their timezone: '30 Nov 2026, 00:00'."""
    shown = local(value, tz)
    if shown is None:
        return ""
    return shown.strftime("%d %b %Y, %H:%M" if with_time else "%d %b %Y").lstrip("0")


def relative(value: dt.datetime | None, now: dt.datetime | None = None) -> str:
    if value is None:
        return ""
    now = now or dt.datetime.now(dt.UTC)
    delta = value - now
    days = delta.total_seconds() / 86400
    if abs(days) < 1:
        hours = round(delta.total_seconds() / 3600)
        if hours == 0:
            return tr("now")
        return tr("in {0} h").format(hours) if hours > 0 else tr("{0} h ago").format(-hours)
    n = round(abs(days))
    return tr("in {0} days").format(n) if days > 0 else tr("{0} days ago").format(n)


def size(n: int | None) -> str:
    if n is None:
        return ""
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"


def minutes(n: int | None) -> str:
    if not n:
        return ""
    if n < 60:
        return tr("{0} min").format(n)
    return tr("{0} h {1:02d} min").format(n // 60, n % 60)


def percent(value: Decimal | float | None) -> str:
    """A progress value or score as a whole percentage, by the one rounding rule (``shown_percent``)."""
    if value is None:
        return ""
    return f"{shown_percent(value)}%"
