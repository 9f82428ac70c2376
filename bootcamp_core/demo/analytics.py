"""Learning analytics events (emitted by the other builders as things happen) and platform metrics."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from decimal import Decimal
from typing import Any

from bootcamp_core.models import LearningAnalytics, PlatformMetric

from .context import Ctx
from .people import Member

CLIENT_VERSIONS = ("0.1.0", "0.1.0", "0.0.9")
DESKTOPS = (
    ("laptop", "Windows 10"),
    ("laptop", "Windows 11"),
    ("desktop", "Windows 10"),
    ("laptop", "Ubuntu 22.04"),
    ("laptop", "macOS 14"),
)
WEB = (
    ("mobile", "Android 12", "Chrome Mobile 120"),
    ("mobile", "Android 10", "Opera Mini 72"),
    ("tablet", "Android 13", "Chrome 121"),
    ("desktop", "Windows 10", "Firefox 122"),
)
METRICS = (
    "daily_active_users",
    "new_enrollments",
    "lesson_completions",
    "course_completions",
    "submissions_received",
    "forum_posts",
    "avg_session_minutes",
    "offline_sessions_share",
)


class Analytics:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self._devices: dict[uuid.UUID, list[tuple[str, dict[str, Any], str]]] = {}
        self.daily: Counter[tuple[dt.date, str]] = Counter()

    def _device(self, member: Member) -> tuple[str, dict[str, Any], str]:
        devices = self._devices.get(member.id)
        if devices is None:
            ctx, rng = self.ctx, self.ctx.rng
            devices = []
            for _ in range(rng.choice((1, 1, 2))):
                if rng.random() < 0.7:
                    kind, os_name = ctx.choice(DESKTOPS)
                    info = {
                        "client": "bootcamp-desktop",
                        "version": ctx.choice(CLIENT_VERSIONS),
                        "os": os_name,
                    }
                else:
                    kind, os_name, browser = ctx.choice(WEB)
                    info = {"client": "web", "version": "2026.1", "os": os_name, "browser": browser}
                if rng.random() < 0.02:
                    ip = f"2c0f:fe38:{rng.randrange(0x10000):x}::{rng.randrange(0x10000):x}"
                else:
                    prefix = ctx.choice(member.country.ip_prefixes)  # two octets of an operator's range
                    ip = f"{prefix}{rng.randrange(256)}.{rng.randrange(1, 255)}"
                devices.append((kind, info, ip))
            self._devices[member.id] = devices
        return devices[0] if len(devices) == 1 or self.ctx.rng.random() < 0.7 else devices[-1]

    def emit(
        self,
        member: Member,
        event_type: str,
        at: dt.datetime,
        *,
        course_id: uuid.UUID | None = None,
        module_id: uuid.UUID | None = None,
        lesson_id: uuid.UUID | None = None,
        data: dict[str, Any] | None = None,
        minutes: int | None = None,
    ) -> None:
        kind, info, ip = self._device(member)
        if data and data.get("offline") and info["client"] == "web":
            data = {**data, "offline": False}  # only the desktop app works offline
        self.ctx.sink.add(
            LearningAnalytics,
            {
                "id": self.ctx.ids.at(at),
                "user_id": member.id,
                "course_id": course_id,
                "module_id": module_id,
                "lesson_id": lesson_id,
                "event_type": event_type,
                "event_data": data or {},
                "session_duration_minutes": minutes,
                "device_type": kind,
                "browser_info": info,
                "ip_address": ip,
                "timestamp": at,
            },
        )
        self.daily[(at.date(), event_type)] += 1

    def platform_metrics(self, days: int = 60) -> None:
        """One row per day and metric over the last ``days`` days, from the events where they exist."""
        ctx, rng = self.ctx, self.ctx.rng
        by_type = {
            "new_enrollments": "lesson_started",
            "lesson_completions": "lesson_completed",
            "submissions_received": "assignment_submitted",
            "forum_posts": "forum_post",
        }
        scale = max(ctx.learners, 12)
        for back in range(days, 0, -1):
            day = ctx.today - dt.timedelta(days=back)
            weekday_factor = 0.6 if day.weekday() >= 5 else 1.0
            created = dt.datetime.combine(day, dt.time(23, 50), tzinfo=dt.UTC)  # computed as the day closes
            for metric in METRICS:
                if metric in by_type:
                    value: float = self.daily[(day, by_type[metric])]
                    if metric == "new_enrollments":
                        value = round(value / 8 + rng.random() * scale / 200)
                elif metric == "daily_active_users":
                    value = round(scale * rng.uniform(0.18, 0.32) * weekday_factor)
                elif metric == "course_completions":
                    value = round(rng.random() * scale / 60)
                elif metric == "avg_session_minutes":
                    value = round(rng.uniform(14, 32), 2)
                else:
                    value = round(rng.uniform(35, 60), 2)  # percent of sessions started offline
                meta: dict[str, Any] = {"source": "demo", "window": "day"}
                if metric == "daily_active_users":
                    meta["by_client"] = {"desktop": round(value * 0.7), "web": value - round(value * 0.7)}
                if metric == "offline_sessions_share":
                    meta["unit"] = "percent"
                ctx.sink.add(
                    PlatformMetric,
                    {
                        "id": ctx.ids.at(created),
                        "metric_date": day,
                        "metric_type": metric,
                        "metric_value": Decimal(str(value)).quantize(Decimal("0.01")),
                        "metadata_": meta,
                        "created_at": created,
                    },
                )
