"""Users, their profiles and roles, and their (token-free) integration rows."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass

from bootcamp_core.models import (
    ExternalServiceToken,
    FataplusIntegration,
    User,
    UserProfile,
    UserRole,
)
from bootcamp_core.models.enums import DESIGN_EXPERIENCE_LEVEL, LEARNING_STYLE, SYNC_STATUS

from . import people_data as pd
from .context import Cover, Ctx
from .images import avatar_png

AVATAR_COLOURS = ((22, 101, 52), (180, 83, 9), (30, 64, 175), (126, 34, 206), (15, 118, 110), (190, 18, 60))
AVATARS_FOR_LEARNERS = 24


@dataclass
class Member:
    id: uuid.UUID
    key: str
    full_name: str
    country: pd.Country
    created_at: dt.datetime
    roles: tuple[str, ...]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", "-")


def _initials(name: str) -> str:
    parts = name.split()
    return (parts[0][0] + parts[-1][0]).upper()


class PeopleBuilder:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        rng = ctx.rng
        self.levels = Cover(rng, DESIGN_EXPERIENCE_LEVEL, (40, 40, 15, 5))
        self.styles = Cover(rng, LEARNING_STYLE, (40, 15, 25, 20))
        self.sync = Cover(rng, SYNC_STATUS, (80, 12, 8))
        self.emails: set[str] = set()
        self.admin_id: uuid.UUID | None = None

    def build(self) -> tuple[dict[str, Member], list[Member]]:
        ctx = self.ctx
        staff: dict[str, Member] = {}
        for i, person in enumerate(pd.STAFF):
            created = ctx.days_ago(420 - i * 7, jitter_hours=6)
            staff[person.key] = self._person(person, created, avatar=True)
        learners = [self._person(pd.DEMO_LEARNER, ctx.days_ago(240, jitter_hours=4), avatar=True)]
        if ctx.learners > 1:
            staff["tiana"] = learner = self._person(pd.ALUMNA, ctx.days_ago(380, jitter_hours=4), avatar=True)
            learners.append(learner)
        countries = pd.COUNTRIES
        weights = [c.weight for c in countries]
        while len(learners) < ctx.learners:
            country = ctx.rng.choices(countries, weights)[0]
            first, last = ctx.choice(country.first_names), ctx.choice(country.last_names)
            person = pd.Person(
                key=f"learner{len(learners)}",
                full_name=f"{first} {last}",
                email=self._email(first, last),
                country=country.code,
                city=ctx.rng.randrange(len(country.cities)),
                roles=("learner",),
                design_level=self.levels.pick(),
                role_title="",
                bio="",
                years=0,
                industry="",
            )
            created = ctx.days_ago(ctx.rng.uniform(125, 230), jitter_hours=10)
            learners.append(self._person(person, created, avatar=len(learners) < AVATARS_FOR_LEARNERS))
        return staff, learners

    def _email(self, first: str, last: str) -> str:
        base = f"{_ascii(first)}.{_ascii(last)}"
        email, n = f"{base}@{pd.DEMO_DOMAIN}", 1
        while email in self.emails:
            n += 1
            email = f"{base}{n}@{pd.DEMO_DOMAIN}"
        return email

    def _person(self, person: pd.Person, created: dt.datetime, *, avatar: bool) -> Member:
        ctx, rng = self.ctx, self.ctx.rng
        self.emails.add(person.email)
        country = pd.COUNTRY_BY_CODE[person.country]
        city, region = country.cities[person.city]
        uid = ctx.ids.at(created)
        if "admin" in person.roles:
            self.admin_id = uid
        level = self.levels.take(person.design_level)
        title, industry = (
            (person.role_title, person.industry) if person.role_title else ctx.choice(pd.JOB_TITLES)
        )
        years = person.years or rng.randint(0, 12)
        farming = rng.random() < 0.6
        crops = ctx.sample(country.crops, rng.randint(1, 3))
        langs = list(country.languages)
        if "en" not in langs and rng.random() < 0.5:
            langs.append("en")
        avatar_url = None
        if avatar:
            colour = AVATAR_COLOURS[len(self.emails) % len(AVATAR_COLOURS)]
            avatar_url = ctx.store.put(avatar_png(_initials(person.full_name), colour), "image/png").url
        active = (
            person.key in ("aina", "tiana") or not person.key.startswith("learner") or rng.random() > 0.03
        )
        ctx.sink.add(
            User,
            {
                "id": uid,
                "fataplus_user_id": ctx.ids.random4(),
                "email": person.email,
                "full_name": person.full_name,
                "avatar_url": avatar_url,
                "bio": person.bio or f"{title} in {city}. Interested in {', '.join(crops)}.",
                "location": {
                    "country": country.name,
                    "country_code": country.code,
                    "region": region,
                    "city": city,
                },
                "professional_background": {
                    "current_role": title,
                    "experience_years": years,
                    "industry": industry,
                },
                "design_experience_level": level,
                "agricultural_experience": {
                    "farming_experience": farming,
                    "years_farming": rng.randint(1, 20) if farming else 0,
                    "agribusiness_role": ctx.choice(pd.AGRI_ROLES),
                    "crops": crops,
                    "farm_size_ha": round(rng.uniform(0.3, 4.0), 1) if farming else None,
                },
                "language_preferences": langs,
                "timezone": country.timezone,
                "created_at": created,
                "updated_at": ctx.between(created, ctx.now - dt.timedelta(days=2)),
                "is_active": active,
                "last_login_at": ctx.days_ago(rng.uniform(0.1, 20))
                if active
                else ctx.days_ago(rng.uniform(60, 100)),
            },
        )
        self._profile(uid, person, created, crops)
        for role in person.roles:
            ctx.sink.add(
                UserRole,
                {
                    "id": ctx.ids.at(created),
                    "user_id": uid,
                    "role": role,
                    "granted_by": None if "admin" in person.roles else self.admin_id,
                    "created_at": created,
                },
            )
        self._integrations(uid, person, created)
        return Member(uid, person.key, person.full_name, country, created, person.roles)

    def _profile(self, uid: uuid.UUID, person: pd.Person, created: dt.datetime, crops: list[str]) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        slug = person.email.split("@")[0].replace(".", "-")
        evening = [18, 21] if rng.random() < 0.6 else [6, 8]
        days = ctx.sample(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), rng.randint(2, 5)
        )
        ctx.sink.add(
            UserProfile,
            {
                "id": ctx.ids.at(created),
                "user_id": uid,
                "portfolio_url": f"https://www.behance.net/{slug}" if rng.random() < 0.5 else None,
                "linkedin_url": f"https://www.linkedin.com/in/{slug}" if rng.random() < 0.7 else None,
                "github_url": f"https://github.com/{slug}" if rng.random() < 0.3 else None,
                "design_tools_proficiency": {
                    t: rng.randint(1, 10) for t in ctx.sample(pd.TOOLS, rng.randint(2, 4))
                },
                "agricultural_domains": {d: rng.random() < 0.45 for d in pd.DOMAINS},
                "learning_goals": ctx.sample(pd.GOALS, rng.randint(1, 3)),
                "preferred_learning_style": self.styles.pick(),
                "availability_hours": {day: evening for day in sorted(days)},
                "mentorship_availability": "instructor" in person.roles or rng.random() < 0.15,
                "created_at": created,
                "updated_at": ctx.between(created, ctx.now - dt.timedelta(days=1)),
            },
        )

    def _integrations(self, uid: uuid.UUID, person: pd.Person, created: dt.datetime) -> None:
        """Link to the Fataplus platform and external services: metadata only, tokens stay NULL."""
        ctx, rng = self.ctx, self.ctx.rng
        status = self.sync.take("active") if person.key == "aina" else self.sync.pick()
        last_sync = ctx.days_ago(rng.uniform(0.1, 3) if status == "active" else rng.uniform(5, 40))
        errors = None
        if status == "error":
            errors = [
                f"{last_sync:%Y-%m-%dT%H:%MZ} 401 refresh token expired; sign in again",
                f"{last_sync - dt.timedelta(hours=6):%Y-%m-%dT%H:%MZ} timeout contacting api.fataplus",
            ]
        ctx.sink.add(
            FataplusIntegration,
            {
                "id": ctx.ids.at(created),
                "user_id": uid,
                "fataplus_user_id": ctx.ids.random4(),
                "access_token": None,
                "refresh_token": None,
                "token_expires_at": last_sync + dt.timedelta(days=30) if status == "active" else None,
                "last_sync_at": last_sync,
                "sync_status": status,
                "sync_errors": errors,
                "created_at": created,
                "updated_at": last_sync,
            },
        )
        handle = person.email.split("@")[0].replace(".", "-")
        for service, share in (("figma", 0.6), ("linkedin", 0.35), ("github", 0.2)):
            if person.key != "aina" and rng.random() >= share:
                continue
            service_user = str(rng.randint(10**9, 10**10)) if service == "figma" else handle
            ctx.sink.add(
                ExternalServiceToken,
                {
                    "id": ctx.ids.at(created),
                    "user_id": uid,
                    "service_name": service,
                    "access_token": None,
                    "refresh_token": None,
                    "token_expires_at": ctx.days_ahead(rng.randint(5, 80)) if service != "github" else None,
                    "service_user_id": service_user,
                    "is_active": rng.random() > 0.1,
                    "created_at": created,
                    "updated_at": created,
                },
            )
