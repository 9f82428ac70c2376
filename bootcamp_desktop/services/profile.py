"""The learner's profile: the seed's ``users`` and ``user_profiles`` fields, languages and timezone.

``users.timezone`` is an IANA name (checked with ``zoneinfo``); every time the app shows is converted
from UTC to it. ``users.language_preferences`` lists the languages the learner reads, most preferred
first (ISO 639-1 codes); the app's own interface language is a setting of this computer
(``settings.json``), chosen among the catalogues the app ships.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zoneinfo
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from bootcamp_core.models import User, UserProfile, utcnow
from bootcamp_core.models.enums import DESIGN_EXPERIENCE_LEVEL, LEARNING_STYLE

UI_LANGUAGES = {"en": "English", "fr": "Français", "mg": "Malagasy"}
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
URL_FIELDS = ("avatar_url", "portfolio_url", "linkedin_url", "github_url")


class ProfileError(ValueError):
    pass


@dataclass
class ProfileData:
    full_name: str = ""
    email: str = ""
    bio: str = ""
    avatar_url: str = ""
    country: str = ""
    region: str = ""
    city: str = ""
    current_role: str = ""
    experience_years: int | None = None
    industry: str = ""
    design_experience_level: str | None = None
    farming_experience: bool = False
    agribusiness_role: str = ""
    language_preferences: list[str] = field(default_factory=list)
    timezone: str = "UTC"
    portfolio_url: str = ""
    linkedin_url: str = ""
    github_url: str = ""
    design_tools_proficiency: dict[str, int] = field(default_factory=dict)
    agricultural_domains: dict[str, bool] = field(default_factory=dict)
    learning_goals: list[str] = field(default_factory=list)
    preferred_learning_style: str | None = None
    availability_hours: dict[str, Any] = field(default_factory=dict)
    mentorship_availability: bool = False


@cache
def timezones() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


def zone(name: str | None) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def user_timezone(session: Session, user_id: uuid.UUID | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return (user.timezone if user else None) or "UTC"


def load_profile(session: Session, user_id: uuid.UUID) -> ProfileData:
    user = session.get(User, user_id)
    if user is None:
        raise LookupError("this user is not in the replica")
    profile = user.profile
    loc, bg, ag = user.location or {}, user.professional_background or {}, user.agricultural_experience or {}
    data = ProfileData(
        full_name=user.full_name,
        email=user.email,
        bio=user.bio or "",
        avatar_url=user.avatar_url or "",
        country=str(loc.get("country") or ""),
        region=str(loc.get("region") or ""),
        city=str(loc.get("city") or ""),
        current_role=str(bg.get("current_role") or ""),
        experience_years=bg.get("experience_years"),
        industry=str(bg.get("industry") or ""),
        design_experience_level=user.design_experience_level,
        farming_experience=bool(ag.get("farming_experience")),
        agribusiness_role=str(ag.get("agribusiness_role") or ""),
        language_preferences=list(user.language_preferences or []),
        timezone=user.timezone or "UTC",
    )
    if profile is not None:
        data.portfolio_url, data.linkedin_url = profile.portfolio_url or "", profile.linkedin_url or ""
        data.github_url = profile.github_url or ""
        data.design_tools_proficiency = dict(profile.design_tools_proficiency or {})
        data.agricultural_domains = dict(profile.agricultural_domains or {})
        data.learning_goals = list(profile.learning_goals or [])
        data.preferred_learning_style = profile.preferred_learning_style
        data.availability_hours = dict(profile.availability_hours or {})
        data.mentorship_availability = bool(profile.mentorship_availability)
    return data


def validate(data: ProfileData) -> None:
    if not data.full_name.strip():
        raise ProfileError("Your name cannot be empty.")
    if len(data.full_name) > 255:
        raise ProfileError("Your name is longer than 255 characters.")
    if data.timezone not in timezones():
        raise ProfileError(f"'{data.timezone}' is not a known timezone (for example Indian/Antananarivo).")
    for code in data.language_preferences:
        if not LANGUAGE_CODE.match(code):
            raise ProfileError(f"'{code}' is not a language code (use two letters, like mg, fr or en).")
    for name in URL_FIELDS:
        value = getattr(data, name).strip()
        if value and not value.startswith(
            ("https://", "http://", "blob:sha256:" if name == "avatar_url" else "https://")
        ):
            raise ProfileError(f"'{value}' is not a web address (it must start with https://).")
    if data.design_experience_level not in (None, *DESIGN_EXPERIENCE_LEVEL):
        raise ProfileError("unknown design experience level")
    if data.preferred_learning_style not in (None, *LEARNING_STYLE):
        raise ProfileError("unknown learning style")
    if data.experience_years is not None and not 0 <= data.experience_years <= 80:
        raise ProfileError("Years of experience must be between 0 and 80.")
    for tool, level in data.design_tools_proficiency.items():
        if not isinstance(level, int) or not 0 <= level <= 10:
            raise ProfileError(f"Rate {tool} from 0 to 10.")


def _merged(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any] | None:
    """Keep keys this form does not show; drop emptied ones."""
    out = dict(old or {})
    for key, value in new.items():
        if value in ("", None):
            out.pop(key, None)
        else:
            out[key] = value
    return out or None


def save_profile(session: Session, user_id: uuid.UUID, data: ProfileData) -> list[str]:
    """Validate and store the profile; returns the names of the fields that changed."""
    validate(data)
    before = load_profile(session, user_id)
    changed = [
        f.name
        for f in fields(ProfileData)
        if getattr(before, f.name) != getattr(data, f.name) and f.name != "email"
    ]
    if not changed:
        return []
    user = session.get(User, user_id)
    assert user is not None
    now = utcnow()
    user.full_name, user.bio, user.avatar_url = (
        data.full_name.strip(),
        data.bio.strip() or None,
        data.avatar_url.strip() or None,
    )
    location = _merged(
        user.location,
        {"country": data.country.strip(), "region": data.region.strip(), "city": data.city.strip()},
    )
    if location != user.location:
        user.location = location
    background = _merged(
        user.professional_background,
        {
            "current_role": data.current_role.strip(),
            "experience_years": data.experience_years,
            "industry": data.industry.strip(),
        },
    )
    if background != user.professional_background:
        user.professional_background = background
    agri = _merged(
        user.agricultural_experience,
        {"farming_experience": data.farming_experience, "agribusiness_role": data.agribusiness_role.strip()},
    )
    if agri != user.agricultural_experience:
        user.agricultural_experience = agri
    user.design_experience_level = data.design_experience_level
    if list(user.language_preferences or []) != data.language_preferences:
        user.language_preferences = list(data.language_preferences)
    user.timezone = data.timezone
    user.updated_at = now
    profile = user.profile
    if profile is None:
        profile = UserProfile(user_id=user_id, created_at=now)
        session.add(profile)
    profile.portfolio_url = data.portfolio_url.strip() or None
    profile.linkedin_url = data.linkedin_url.strip() or None
    profile.github_url = data.github_url.strip() or None
    if (profile.design_tools_proficiency or {}) != data.design_tools_proficiency:
        profile.design_tools_proficiency = dict(data.design_tools_proficiency) or None
    if (profile.agricultural_domains or {}) != data.agricultural_domains:
        profile.agricultural_domains = dict(data.agricultural_domains) or None
    if list(profile.learning_goals or []) != data.learning_goals:
        profile.learning_goals = [g for g in data.learning_goals if g.strip()]
    profile.preferred_learning_style = data.preferred_learning_style
    if (profile.availability_hours or {}) != data.availability_hours:
        profile.availability_hours = dict(data.availability_hours) or None
    profile.mentorship_availability = data.mentorship_availability
    profile.updated_at = now
    session.flush()
    return changed
