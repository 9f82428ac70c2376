"""What every part of the generator shares: randomness, ids, the clock, the blob store and the row sink.

Determinism: everything random comes from ``random.Random`` instances seeded from ``seed``; ids are
UUIDv7-shaped values whose 48-bit timestamp is the row's own creation time (derived from ``today``,
never from the clock) and whose 74 random bits come from a dedicated ``Random``. So the same
``seed``, ``learners`` and ``today`` give the same rows, ids included.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Base

from .blobs import BlobStore

T = TypeVar("T")
UTC = dt.UTC
FLUSH_ROWS = 20_000


class Ids:
    """UUIDv7-shaped ids: the timestamp is the row's time, the random bits come from ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def at(self, when: dt.datetime) -> uuid.UUID:
        ms = int(when.timestamp() * 1000) & ((1 << 48) - 1)
        rand = self._rng.getrandbits(74)
        value = (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1))
        return uuid.UUID(int=value)

    def random4(self) -> uuid.UUID:
        """A UUIDv4-shaped value (for ids of other systems, such as ``fataplus_user_id``)."""
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)


class Cover:
    """Draws from ``values`` so that each value comes out at least once, as early as possible.

    The demo must show every enum value even with few learners: the first draws go through the values
    in a shuffled order, later ones follow ``weights``.
    """

    def __init__(self, rng: random.Random, values: Sequence[T], weights: Sequence[float] | None = None):
        self._rng = rng
        self._values = list(values)
        self._weights = list(weights) if weights else None
        self._pending = list(values)
        rng.shuffle(self._pending)

    def pick(self) -> T:
        if self._pending:
            return self._pending.pop()
        return self._rng.choices(self._values, self._weights)[0]

    @property
    def pending(self) -> bool:
        """True while some value has not come out yet."""
        return bool(self._pending)

    def take(self, value: T) -> T:
        """Record that ``value`` was used (by a scripted row), so it is not forced again."""
        if value in self._pending:
            self._pending.remove(value)
        return value


class Sink:
    """Buffers rows per model and inserts them in foreign-key order with bulk ``INSERT``s."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counts: Counter[str] = Counter()
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._models: dict[str, type[Base]] = {}
        self._order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        self._buffered = 0

    def add(self, model: type[Base], row: dict[str, Any]) -> dict[str, Any]:
        name = model.__table__.name
        self._models[name] = model
        self._buffers.setdefault(name, []).append(row)
        self.counts[name] += 1
        self._buffered += 1
        return row

    def checkpoint(self) -> None:
        """Flush if enough rows are buffered. Call only where every buffered row's parents are buffered
        or inserted (between learners, threads, projects), never halfway through a parent and its children."""
        if self._buffered >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        for name in sorted(self._buffers, key=self._order.__getitem__):
            rows = self._buffers[name]
            if rows:
                self.session.execute(sa.insert(self._models[name]).execution_options(render_nulls=True), rows)
        self._buffers = {}
        self._buffered = 0


class Ctx:
    """The state shared by the builders of one run."""

    def __init__(
        self,
        session: Session,
        *,
        seed: int,
        learners: int,
        today: dt.date,
        store: BlobStore,
        progress: Callable[[str, float], None] | None,
    ) -> None:
        self.seed = seed
        self.learners = learners
        self.today = today
        self.rng = random.Random(f"fataplus-demo:{seed}")
        self.ids = Ids(random.Random(f"fataplus-demo-ids:{seed}"))
        # "Now" is the start of ``today`` in UTC: everything that already happened lies before it.
        self.now = dt.datetime.combine(today, dt.time(0, 0), tzinfo=UTC)
        self.store = store
        self.sink = Sink(session)
        self._progress = progress
        self.lookup: dict[str, Any] = {}  # things later stages need from earlier ones

    def report(self, stage: str, fraction: float) -> None:
        if self._progress is not None:
            self._progress(stage, max(0.0, min(1.0, fraction)))

    # -- time ------------------------------------------------------------------------------------------
    def days_ago(self, days: float, *, jitter_hours: float = 0.0) -> dt.datetime:
        """A moment ``days`` before now, on a plausible minute (working hours in East Africa)."""
        base = self.now - dt.timedelta(days=days)
        if jitter_hours:
            base += dt.timedelta(hours=self.rng.uniform(-jitter_hours, jitter_hours))
        return self.round(min(base, self.now - dt.timedelta(minutes=5)))

    def days_ahead(self, days: float, hour: int = 21) -> dt.datetime:
        """A deadline ``days`` from now, at ``hour`` UTC (midnight in East Africa)."""
        return dt.datetime.combine(self.today + dt.timedelta(days=days), dt.time(hour, 0), tzinfo=UTC)

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.datetime:
        if end <= start:
            return self.round(start)
        return self.round(start + (end - start) * self.rng.random())

    @staticmethod
    def round(moment: dt.datetime) -> dt.datetime:
        return moment.replace(microsecond=0)

    def choice(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def sample(self, items: Sequence[T] | Iterable[T], k: int) -> list[T]:
        items = list(items)
        return self.rng.sample(items, min(k, len(items)))
