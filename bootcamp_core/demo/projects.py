"""Design projects: one project per learner, pair or team that reached the project's module, with team
roles and versioned design assets (version 1, 2, 3 of the same file; the last one final)."""

from __future__ import annotations

import datetime as dt
import string
import uuid
from dataclasses import dataclass
from decimal import Decimal

from bootcamp_core.models import DesignAsset, DesignProject, ProjectTeam
from bootcamp_core.models.enums import TEAM_ROLE

from .activity import EnrolInfo
from .catalogue import CourseInfo
from .context import Cover, Ctx
from .media import Media
from .people import Member
from .people_data import TEAM_NAMES
from .spec import ProjectSpec

INDIVIDUAL_SHARE = 0.4  # individual projects are optional: not every learner opens one
ALNUM = string.ascii_letters + string.digits


@dataclass
class ProjectInfo:
    id: uuid.UUID
    course: CourseInfo
    spec: ProjectSpec
    members: list[Member]
    created_at: dt.datetime
    status: str


class ProjectBuilder:
    def __init__(self, ctx: Ctx, media: Media) -> None:
        self.ctx = ctx
        self.media = media
        self.open_status = Cover(ctx.rng, ("planning", "in_progress", "review"), (20, 55, 25))
        self.done_status = Cover(ctx.rng, ("completed", "archived"), (70, 30))
        self.roles = Cover(ctx.rng, TEAM_ROLE[1:], (35, 25, 15, 25))
        self.projects: list[ProjectInfo] = []

    def build(self, courses: list[CourseInfo], enrolments: list[EnrolInfo]) -> list[ProjectInfo]:
        ctx = self.ctx
        for n, course in enumerate(courses):
            for spec in course.spec.projects:
                start = next(
                    les.index for les in course.lessons if les.module_id == course.module_ids[spec.module]
                )
                eligible = [
                    e
                    for e in enrolments
                    if e.course is course and e.position >= start and e.status != "enrolled"
                ]
                eligible.sort(key=lambda e: e.member.key != "aina")  # the demo learner first
                for group in self._groups(spec, eligible):
                    self._project(course, spec, group)
                    ctx.sink.checkpoint()
            ctx.report("projects", (n + 1) / len(courses))
        return self.projects

    def _groups(self, spec: ProjectSpec, eligible: list[EnrolInfo]) -> list[list[EnrolInfo]]:
        rng = self.ctx.rng
        if spec.project_type == "individual":
            scripted = ("aina", "tiana")
            return [[e] for e in eligible if e.member.key in scripted or rng.random() < INDIVIDUAL_SHARE]
        head, rest = eligible[:1], eligible[1:]
        rng.shuffle(rest)
        eligible = head + rest
        groups, i = [], 0
        while i < len(eligible):
            size = 2 if spec.project_type == "pair" else rng.choice((3, 3, 4))
            groups.append(eligible[i : i + size])
            i += size
        return groups

    def _project(self, course: CourseInfo, spec: ProjectSpec, group: list[EnrolInfo]) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        members = [e.member for e in group]
        created = ctx.round(max(e.enrolled_at for e in group) + dt.timedelta(days=rng.uniform(1, 5)))
        created = min(created, ctx.now - dt.timedelta(days=1))
        if any(e.status in ("dropped", "suspended") for e in group) and len(group) == 1:
            status = self.done_status.take("archived")  # abandoned by its only member
        elif all(e.status == "completed" for e in group):
            status = self.done_status.pick()
        else:
            status = self.open_status.pick()
        if spec.project_type == "team":
            title = f"{spec.title} (Team {TEAM_NAMES[len(self.projects) % len(TEAM_NAMES)]})"
        elif spec.project_type == "pair":
            title = f"{spec.title} ({' & '.join(m.full_name.split()[0] for m in members)})"
        else:
            title = f"{spec.title}: {members[0].full_name}"
        pid = ctx.ids.at(created)
        updated = ctx.between(created, ctx.now - dt.timedelta(hours=3))
        ctx.sink.add(
            DesignProject,
            {
                "id": pid,
                "title": title[:255],
                "description": spec.description,
                "project_brief": spec.brief,
                "course_id": course.id,
                "module_id": course.module_ids[spec.module],
                "project_type": spec.project_type,
                "max_team_size": {"individual": 1, "pair": 2, "team": 4}[spec.project_type],
                "client_organization": spec.client,
                "project_domain": spec.domain,
                "technologies": list(spec.technologies),
                "deliverables": {
                    "items": [
                        {
                            "name": name,
                            "format": fmt,
                            "due_week": spec.weeks * (i + 1) // len(spec.deliverables),
                        }
                        for i, (name, fmt) in enumerate(spec.deliverables)
                    ],
                    "presentation": True,
                },
                "timeline_weeks": spec.weeks,
                "status": status,
                "created_by": members[0].id,
                "created_at": created,
                "updated_at": updated,
            },
        )
        for i, enrolment in enumerate(group):
            joined = created if i == 0 else ctx.round(created + dt.timedelta(hours=rng.uniform(1, 48)))
            ctx.sink.add(
                ProjectTeam,
                {
                    "id": ctx.ids.at(joined),
                    "project_id": pid,
                    "user_id": enrolment.member.id,
                    "role": "lead_designer" if i == 0 else self.roles.pick(),
                    "joined_at": joined,
                    "is_active": enrolment.status not in ("dropped", "suspended"),
                    "contribution_score": None
                    if len(group) == 1
                    else Decimal(str(round(rng.uniform(2.5, 5.0), 2))).quantize(Decimal("0.01")),
                },
            )
        info = ProjectInfo(pid, course, spec, members, created, status)
        self.projects.append(info)
        self._assets(info, updated)

    def _assets(self, project: ProjectInfo, until: dt.datetime) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        stage = {"planning": 0, "in_progress": 1, "review": 2, "completed": 3, "archived": 3}[project.status]
        plan: list[tuple[str, str, int]] = [("document", "Brief back", 1 + (stage > 0))]
        if stage >= 1:
            plan += [("image", screen, min(3, stage + 1)) for screen in project.spec.screens[: 1 + stage]]
            plan += [("research", "Research notes", 1 + (stage >= 2)), ("figma_file", "Design file", 1)]
        if stage >= 2:
            plan += [
                ("prototype", "Clickable prototype", stage - 1),
                ("presentation", "Pitch deck", stage - 1),
            ]
        figma_key = "".join(ctx.choice(ALNUM) for _ in range(22))
        span = max(until - project.created_at, dt.timedelta(hours=1))
        for kind, label, versions in plan:
            for version in range(1, versions + 1):
                at = ctx.round(project.created_at + span * (version / (versions + 1)) * rng.uniform(0.8, 1.0))
                final = version == versions and (stage >= 2 or kind == "document")
                uploader = ctx.choice(project.members)
                if kind in ("figma_file", "prototype"):
                    url = f"https://www.figma.com/{'file' if kind == 'figma_file' else 'proto'}/{figma_key}/"
                    file_name, size, mime, key = f"{label}.fig", None, "application/vnd.figma", figma_key
                    url += label.lower().replace(" ", "-")
                else:
                    blob = self.media.asset(
                        kind,
                        f"{project.spec.title}: {label}" if kind != "image" else label,
                        version,
                        project.course.spec,
                    )
                    ext = "png" if kind == "image" else "pdf"
                    file_name = f"{label.lower().replace(' ', '-')}.{ext}"
                    url, size, mime, key = blob.url, blob.size, blob.mime_type, None
                ctx.sink.add(
                    DesignAsset,
                    {
                        "id": ctx.ids.at(at),
                        "project_id": project.id,
                        "uploaded_by": uploader.id,
                        "asset_type": kind,
                        "file_name": file_name,
                        "file_url": url,
                        "file_size_bytes": size,
                        "mime_type": mime,
                        "version": version,
                        "is_final": final,
                        "description": f"{label}, version {version}" + (" (final)" if final else ""),
                        "tags": [project.spec.domain, kind.replace("_", "-")],
                        "figma_file_key": key,
                        "created_at": at,
                        "updated_at": at,
                    },
                )
