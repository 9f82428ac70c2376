"""The adversarial suite's counts: attempts per class, leaks, forbidden writes, server errors. Every test adds
to one ``Tally`` per run; the run prints it at its end and writes it to ``$BOOTCAMP_ADVERSARY_REPORT`` (JSON)
when that is set, so a long campaign leaves its figures behind."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tally:
    attempts: Counter[str] = field(default_factory=Counter)  # class -> attempts
    leaks: list[Any] = field(default_factory=list)  # something read that the oracle forbids
    forbidden_writes: list[Any] = field(default_factory=list)  # a change the oracle forbids
    server_errors: list[Any] = field(default_factory=list)  # (method, url, status)
    outcomes: Counter[str] = field(default_factory=Counter)  # push answers by status/code
    refused_allowed: Counter[str] = field(
        default_factory=Counter
    )  # refused though the oracle allowed (not a fault)

    def as_dict(self) -> dict[str, Any]:
        return {
            "attempts": dict(sorted(self.attempts.items())),
            "total_attempts": sum(self.attempts.values()),
            "leaks": len(self.leaks),
            "forbidden_writes": len(self.forbidden_writes),
            "server_errors": len(self.server_errors),
            "push_outcomes": dict(sorted(self.outcomes.items())),
            "refused_though_allowed": dict(sorted(self.refused_allowed.items())),
            "examples": {
                "leaks": self.leaks[:5],
                "forbidden_writes": self.forbidden_writes[:5],
                "server_errors": self.server_errors[:5],
            },
        }

    def report(self) -> str:
        data = self.as_dict()
        path = os.environ.get("BOOTCAMP_ADVERSARY_REPORT")
        if path:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, default=str)
        lines = ["adversary: attempts per class"]
        lines += [f"  {k:<40} {v:>8}" for k, v in data["attempts"].items()]
        lines.append(f"  {'total':<40} {data['total_attempts']:>8}")
        lines.append(
            f"adversary: leaks {data['leaks']}, forbidden writes {data['forbidden_writes']},"
            f" server errors {data['server_errors']}"
        )
        lines.append(f"adversary: push answers {data['push_outcomes']}")
        if data["refused_though_allowed"]:
            lines.append(f"adversary: refused though the oracle allowed {data['refused_though_allowed']}")
        return "\n".join(lines)


TALLY = Tally()
