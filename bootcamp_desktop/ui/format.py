"""Formatting for display: times in the user's timezone (stored in UTC), sizes, durations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from bootcamp_desktop.services.profile import zone
from bootcamp_desktop.services.progress import shown_percent

from .i18n import current_language

# Decimal units, as the data budget and the download sizes are counted (1 MB = 1000 kB).
UNITS = (
    QT_TRANSLATE_NOOP("format", "B"),
    QT_TRANSLATE_NOOP("format", "kB"),
    QT_TRANSLATE_NOOP("format", "MB"),
    QT_TRANSLATE_NOOP("format", "GB"),
)


def plural(translated: str, n: int) -> str:
    """A count's words from ``translate(..., n)``: the catalogues give each language's plural forms; English,
    which has no catalogue, gets its source back ('%n day(s)', %n already replaced), made singular or plural."""
    return translated.replace("(s)", "" if n == 1 else "s")


def local(value: dt.datetime | None, tz: str) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone(tz))


def when(value: dt.datetime | None, tz: str | None, *, with_time: bool = True, with_year: bool = True) -> str:
    """A timestamp as the user reads it, in their timezone: '30 Nov 2026, 00:00' ('30 Nov 00:00' in a
    compact column without the year)."""
    shown = local(value, tz or "UTC")
    if shown is None:
        return ""
    month = shown.strftime("%b")
    if current_language() != "en":  # the interface language's month; the same 24-hour clock everywhere
        month = QLocale(current_language()).monthName(shown.month, QLocale.FormatType.ShortFormat)
    if not with_year:
        return f"{shown.day} {month} {shown:%H:%M}" if with_time else f"{shown.day} {month}"
    day = f"{shown.day} {month} {shown.year}"
    return f"{day}, {shown:%H:%M}" if with_time else day


def relative(value: dt.datetime | None, now: dt.datetime | None = None) -> str:
    if value is None:
        return ""
    now = now or dt.datetime.now(dt.UTC)
    delta = value - now
    days = delta.total_seconds() / 86400
    if abs(days) < 1:
        hours = round(delta.total_seconds() / 3600)
        if hours == 0:
            return QCoreApplication.translate("format", "now")
        if hours > 0:
            return QCoreApplication.translate("format", "in {0} h").format(hours)
        return QCoreApplication.translate("format", "{0} h ago").format(-hours)
    n = round(abs(days))
    if days > 0:
        return plural(QCoreApplication.translate("format", "in %n day(s)", "", n), n)
    return plural(QCoreApplication.translate("format", "%n day(s) ago", "", n), n)


def ago(value: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """How long ago something happened, in the interface language: 'just now', '5 min ago', '3 days ago'."""
    if value is None:
        return QCoreApplication.translate("format", "never")
    now = now or dt.datetime.now(dt.UTC)
    value, now = (v if v.tzinfo else v.replace(tzinfo=dt.UTC) for v in (value, now))
    seconds = int((now - value).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("format", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("format", "{0} min ago").format(seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("format", "{0} h ago").format(seconds // 3600)
    return plural(
        QCoreApplication.translate("format", "%n day(s) ago", "", seconds // 86400), seconds // 86400
    )


def size(n: int | None) -> str:
    if n is None:
        return ""
    value = float(n)
    for unit in UNITS:
        if value < 1000 or unit == "GB":
            shown = QCoreApplication.translate("format", unit)  # one unit style per language: MB, Mo
            return f"{value:.0f} {shown}" if unit == "B" else f"{value:.1f} {shown}"
        value /= 1000
    return f"{n} B"


def minutes(n: int | None) -> str:
    if not n:
        return ""
    if n < 60:
        return QCoreApplication.translate("format", "{0} min").format(n)
    return QCoreApplication.translate("format", "{0} h {1:02d} min").format(n // 60, n % 60)


def percent(value: Decimal | float | None) -> str:
    """A progress value or score as a whole percentage, by the one rounding rule (``shown_percent``)."""
    if value is None:
        return ""
    return f"{shown_percent(value)}%"
