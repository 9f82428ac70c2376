"""``generate_demo``: fill a database with a believable bootcamp, deterministically.

Stages (reported through ``progress(stage, fraction)``): people, catalogue, activity, reviews,
projects, community, certificates, metrics, blobs. Rows go in with bulk INSERTs in foreign-key order;
the caller owns the transaction (``with db.write() as s: generate_demo(s, blobs_dir=...)``). Run it on
an empty database: the demo's unique values (emails, slugs, certificate numbers) would collide with an
earlier run's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from .activity import ActivityBuilder
from .analytics import Analytics
from .blobs import BlobStore
from .catalogue import build_catalogue
from .certificates import CertificateBuilder
from .community import CommunityBuilder
from .context import Ctx
from .grading import Grader
from .media import Media
from .people import PeopleBuilder
from .people_data import (
    DEMO_ADMIN_EMAIL,
    DEMO_FACILITATOR_EMAIL,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_LEARNER_EMAIL,
    DEMO_PASSWORD,
)
from .projects import ProjectBuilder
from .submissions import Submissions

__all__ = [
    "DEMO_ADMIN_EMAIL",
    "DEMO_FACILITATOR_EMAIL",
    "DEMO_INSTRUCTOR_EMAIL",
    "DEMO_LEARNER_EMAIL",
    "DEMO_PASSWORD",
    "DemoSummary",
    "generate_demo",
]


@dataclass
class DemoSummary:
    counts: dict[str, int]  # rows inserted per table (blobs included)
    learner_id: uuid.UUID
    instructor_id: uuid.UUID
    facilitator_id: uuid.UUID
    admin_id: uuid.UUID
    course_ids: dict[str, uuid.UUID]  # slug -> id, in catalogue order (the draft course last)
    blob_bytes: int
    blob_count: int
    staff_ids: dict[str, uuid.UUID] = field(default_factory=dict)  # every staff member by short key

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def generate_demo(
    session: Session,
    *,
    blobs_dir: Path,
    seed: int = 1,
    learners: int = 12,
    today: dt.date | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> DemoSummary:
    """Insert the demo bootcamp into ``session``'s database and its files into ``blobs_dir``.

    ``learners`` counts every learner, the demo learner included (at least 1; every enum value shows
    from about 12 on, the default). ``today`` anchors every date (default: the current UTC date):
    events lie before it, upcoming deadlines after it. The same ``seed``, ``learners`` and ``today``
    give the same rows and the same blobs (with the same versions of Pillow, PyAV and fpdf2).
    ``learners=2000`` makes about 300,000 rows.
    """
    if learners < 1:
        raise ValueError("learners must be at least 1 (the demo learner)")
    today = today or dt.datetime.now(dt.UTC).date()
    store = BlobStore(Path(blobs_dir))
    ctx = Ctx(session, seed=seed, learners=learners, today=today, store=store, progress=progress)
    media = Media(store)
    analytics = Analytics(ctx)

    ctx.report("people", 0.0)
    people = PeopleBuilder(ctx)
    staff, learner_members = people.build()
    ctx.report("people", 1.0)

    courses = build_catalogue(ctx, media, staff)
    ctx.sink.flush()

    grader = Grader(ctx)
    submissions = Submissions(ctx, media, analytics, grader)
    enrolments = ActivityBuilder(ctx, courses, analytics, submissions).build(learner_members)
    ctx.report("reviews", 0.0)
    submissions.peer_reviews()
    ctx.report("reviews", 1.0)

    published = [c for c in courses if c.spec.published]
    projects = ProjectBuilder(ctx, media).build(published, enrolments)
    CommunityBuilder(ctx, analytics).build(published, enrolments, projects)

    ctx.report("certificates", 0.0)
    certs = CertificateBuilder(ctx)
    certs.templates()
    issuer = {c.id: c.instructors[0].full_name for c in courses}
    certs.issue(submissions.certificates, submissions.points, issuer)
    ctx.report("certificates", 1.0)

    ctx.report("metrics", 0.0)
    analytics.platform_metrics()
    ctx.sink.flush()
    ctx.report("metrics", 1.0)

    ctx.report("blobs", 0.0)
    inserted = store.insert_rows(session, ctx.now - dt.timedelta(days=1))
    ctx.report("blobs", 1.0)

    counts = dict(sorted(ctx.sink.counts.items()))
    counts["blobs"] = inserted
    by_email = {m.key: m for m in staff.values()}
    return DemoSummary(
        counts=counts,
        learner_id=learner_members[0].id,
        instructor_id=by_email["wanjiru"].id,
        facilitator_id=by_email["hery"].id,
        admin_id=by_email["admin"].id,
        course_ids={c.spec.slug: c.id for c in courses},
        blob_bytes=store.total_bytes,
        blob_count=len(store.blobs),
        staff_ids={key: m.id for key, m in staff.items()},
    )
