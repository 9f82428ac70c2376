"""My design projects: the team and its roles, versioned assets with thumbnails, new versions.

Assets with the same ``file_name`` in a project are versions of one file (1, 2, 3...); uploading a
new version copies the file into the blob store and adds a row with the next version number. The newest
version is not final until someone marks it so (one final version per file). Thumbnails are made with
Pillow from image assets (PNG/JPEG/GIF/WebP) and cached as PNG files in ``<workspace>/thumbnails``;
other files get a drawn card with their type, so every asset shows something.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError
from sqlalchemy.orm import Session

from bootcamp_core.models import Course, DesignAsset, DesignProject, ProjectTeam, User, utcnow
from bootcamp_core.models.blobstore import blob_path, blob_url, import_file, parse_blob_url

from .assignments import register_blob
from .filetypes import FileCheckError, open_image, sniff

THUMB_SIZE = 160
MAX_ASSET_BYTES = 200 * 1048576
ASSET_TYPE_BY_KIND = {
    "png": "image",
    "jpg": "image",
    "gif": "image",
    "webp": "image",
    "pdf": "document",
    "fig": "figma_file",
    "pptx": "presentation",
    "docx": "document",
    "xlsx": "research",
}


class AssetError(ValueError):
    pass


@dataclass(frozen=True)
class ProjectRow:
    project_id: uuid.UUID
    title: str
    course_title: str | None
    status: str | None
    role: str | None


@dataclass(frozen=True)
class TeamMember:
    user_id: uuid.UUID
    name: str
    role: str | None
    active: bool
    contribution: Decimal | None


@dataclass(frozen=True)
class AssetVersion:
    asset_id: uuid.UUID
    file_name: str
    asset_type: str | None
    version: int
    is_final: bool
    url: str
    size_bytes: int | None
    mime_type: str | None
    uploaded_by: str
    created_at: dt.datetime | None
    description: str | None

    @property
    def sha256(self) -> str | None:
        return parse_blob_url(self.url)


@dataclass
class ProjectDetail:
    project_id: uuid.UUID
    title: str
    description: str
    brief: str | None
    course_title: str | None
    project_type: str | None
    status: str | None
    client: str | None
    domain: str | None
    technologies: list[str]
    timeline_weeks: int | None
    deliverables: object
    team: list[TeamMember] = field(default_factory=list)
    assets: list[AssetVersion] = field(default_factory=list)  # newest version of each file first
    is_member: bool = False


def my_projects(session: Session, user_id: uuid.UUID) -> list[ProjectRow]:
    rows = session.execute(
        sa.select(DesignProject, Course.title, ProjectTeam.role)
        .join(ProjectTeam, ProjectTeam.project_id == DesignProject.id)
        .outerjoin(Course, Course.id == DesignProject.course_id)
        .where(ProjectTeam.user_id == user_id)
        .order_by(DesignProject.updated_at.desc().nulls_last(), DesignProject.title)
    ).all()
    return [ProjectRow(p.id, p.title, course, p.status, role) for p, course, role in rows]


def project_detail(session: Session, user_id: uuid.UUID, project_id: uuid.UUID) -> ProjectDetail:
    p = session.get(DesignProject, project_id)
    if p is None:
        raise LookupError("this project is not in the replica")
    course_title = (
        session.scalar(sa.select(Course.title).where(Course.id == p.course_id)) if p.course_id else None
    )
    detail = ProjectDetail(
        p.id,
        p.title,
        p.description,
        p.project_brief,
        course_title,
        p.project_type,
        p.status,
        p.client_organization,
        p.project_domain,
        list(p.technologies or []),
        p.timeline_weeks,
        p.deliverables,
    )
    for member, name in session.execute(
        sa.select(ProjectTeam, User.full_name)
        .join(User, User.id == ProjectTeam.user_id)
        .where(ProjectTeam.project_id == project_id)
        .order_by(ProjectTeam.joined_at)
    ).all():
        detail.team.append(
            TeamMember(
                member.user_id, name, member.role, member.is_active is not False, member.contribution_score
            )
        )
    detail.is_member = any(m.user_id == user_id and m.active for m in detail.team)
    rows = session.execute(
        sa.select(DesignAsset, User.full_name)
        .join(User, User.id == DesignAsset.uploaded_by)
        .where(DesignAsset.project_id == project_id)
        .order_by(DesignAsset.file_name, DesignAsset.version.desc())
    ).all()
    detail.assets = [
        AssetVersion(
            a.id,
            a.file_name,
            a.asset_type,
            a.version or 1,
            bool(a.is_final),
            a.file_url,
            a.file_size_bytes,
            a.mime_type,
            name,
            a.created_at,
            a.description,
        )
        for a, name in rows
    ]
    return detail


def _card(text: str, size: int) -> Image.Image:
    img = Image.new("RGB", (size, size), (236, 240, 243))
    draw = ImageDraw.Draw(img)
    draw.rectangle(
        (size * 0.22, size * 0.12, size * 0.78, size * 0.88),
        fill=(255, 255, 255),
        outline=(148, 163, 184),
        width=2,
    )
    font = ImageFont.load_default(size=max(12, size // 7))
    w = draw.textlength(text, font=font)
    draw.text(((size - w) / 2, size * 0.44), text, fill=(15, 118, 110), font=font)
    return img


def thumbnail(blobs_root: Path, cache_dir: Path, asset: AssetVersion, size: int = THUMB_SIZE) -> Path:
    """A PNG thumbnail of an asset: the picture itself for images, a labelled card otherwise."""
    sha = asset.sha256
    key = sha or uuid.uuid5(uuid.NAMESPACE_URL, asset.url).hex
    target = cache_dir / f"{key}-{size}.png"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    img: Image.Image | None = None
    source = blob_path(blobs_root, sha) if sha else None
    if source is not None and source.is_file() and (asset.mime_type or "").startswith("image/"):
        try:
            with open_image(source) as original:  # refuses decompression bombs before decoding
                original.thumbnail((size, size))
                img = Image.new("RGB", (size, size), (255, 255, 255))
                img.paste(
                    original.convert("RGB"), ((size - original.width) // 2, (size - original.height) // 2)
                )
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            img = None  # not an image after all, or too large to decode: a labelled card instead
    if img is None:
        label = Path(asset.file_name).suffix.lstrip(".").upper() or "FILE"
        if source is not None and not source.is_file():
            label = "…"
        img = _card(label, size)
    tmp = target.with_name(f".{target.name}.tmp")
    img.save(tmp, format="PNG")
    tmp.replace(target)
    return target


def upload_version(
    session: Session,
    blobs_root: Path,
    user_id: uuid.UUID,
    project_id: uuid.UUID,
    source: Path,
    file_name: str | None = None,
    description: str | None = None,
) -> AssetVersion:
    """Add ``source`` as the next version of ``file_name`` (default: the file's own name)."""
    team = session.scalar(
        sa.select(ProjectTeam).where(ProjectTeam.project_id == project_id, ProjectTeam.user_id == user_id)
    )
    if team is None or team.is_active is False:
        raise PermissionError("Only the project's team can upload files.")
    if not source.is_file() or source.stat().st_size == 0:
        raise FileCheckError(f"{source.name} is empty or cannot be read")
    if source.stat().st_size > MAX_ASSET_BYTES:
        raise FileCheckError(f"{source.name} is larger than {MAX_ASSET_BYTES // 1048576} MB")
    kind, mime = sniff(source)
    if kind == "unknown":
        mime = "application/octet-stream"
    elif kind in ("png", "jpg", "gif", "webp"):
        with open_image(source):  # ImageTooLargeError (a FileCheckError) for a decompression bomb
            pass
    name = file_name or source.name
    current = session.scalar(
        sa.select(sa.func.max(DesignAsset.version)).where(
            DesignAsset.project_id == project_id, DesignAsset.file_name == name
        )
    )
    previous = session.scalar(
        sa.select(DesignAsset)
        .where(DesignAsset.project_id == project_id, DesignAsset.file_name == name)
        .order_by(DesignAsset.version.desc())
        .limit(1)
    )
    sha, size = import_file(blobs_root, source)
    register_blob(session, sha, size, mime)
    now = utcnow()
    asset = DesignAsset(
        project_id=project_id,
        uploaded_by=user_id,
        asset_type=previous.asset_type if previous else ASSET_TYPE_BY_KIND.get(kind, "document"),
        file_name=name,
        file_url=blob_url(sha),
        file_size_bytes=size,
        mime_type=mime,
        version=(current or 0) + 1,
        is_final=False,
        description=description or None,
        tags=list(previous.tags or []) if previous else [],
        created_at=now,
        updated_at=now,
    )
    session.add(asset)
    project = session.get(DesignProject, project_id)
    if project is not None:
        project.updated_at = now
    session.flush()
    uploader = session.scalar(sa.select(User.full_name).where(User.id == user_id)) or ""
    return AssetVersion(
        asset.id,
        name,
        asset.asset_type,
        asset.version or 1,
        False,
        asset.file_url,
        size,
        mime,
        uploader,
        now,
        asset.description,
    )


def mark_final(session: Session, user_id: uuid.UUID, asset_id: uuid.UUID) -> None:
    asset = session.get(DesignAsset, asset_id)
    if asset is None:
        raise LookupError("this file is not in the replica")
    team = session.scalar(
        sa.select(ProjectTeam).where(
            ProjectTeam.project_id == asset.project_id, ProjectTeam.user_id == user_id
        )
    )
    if team is None:
        raise PermissionError("Only the project's team can choose the final version.")
    for other in session.scalars(
        sa.select(DesignAsset).where(
            DesignAsset.project_id == asset.project_id,
            DesignAsset.file_name == asset.file_name,
            DesignAsset.is_final.is_(True),
            DesignAsset.id != asset.id,
        )
    ):
        other.is_final = False
    asset.is_final = True
    asset.updated_at = utcnow()
    session.flush()
