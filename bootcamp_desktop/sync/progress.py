"""Progress events of a sync: the stage name, how far, and a message, for a log, a bar or a test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

STAGES = ("authenticate", "push", "pull", "apply", "blobs", "cleanup")


@dataclass(frozen=True)
class ProgressEvent:
    stage: str
    done: int = 0
    total: int | None = None
    message: str = ""


ProgressCallback = Callable[[ProgressEvent], None]


def ignore(_event: ProgressEvent) -> None:
    return None
