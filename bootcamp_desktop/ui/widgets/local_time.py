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


def format_local(value: dt.datetime | None, tz_name: str | None, *, with_year: bool = True) -> str:
    """As every time in the app is shown (``format.when``): the user's timezone, the interface language."""
    from .. import format as fmt

    return fmt.when(value, tz_name, with_year=with_year)


def format_day(value: dt.datetime | None, tz_name: str | None) -> str:
    from .. import format as fmt

    return fmt.when(value, tz_name, with_time=False)
