"""Timestamps are stored in UTC and shown in the signed-in user's timezone (``users.timezone``)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@cache
def zone(name: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def local(value: dt.datetime, tz_name: str | None) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone(tz_name))


def format_local(value: dt.datetime | None, tz_name: str | None, fmt: str = "%d %b %Y, %H:%M") -> str:
    return "" if value is None else local(value, tz_name).strftime(fmt)


def format_day(value: dt.datetime | None, tz_name: str | None) -> str:
    return format_local(value, tz_name, "%d %b %Y")
