"""Runs one seed's history: replicas as processes, edits, syncs killed at random points, a stormy proxy,
pushes at the same moment; then the link heals and every outbox drains."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.journeys.replica import ROOT, Replica

KILL_STAGES = ("authenticate", "push", "pull", "apply", "blobs")


@dataclass
class Figures:
    writes: int = 0
    syncs: int = 0
    killed: int = 0
    failed: int = 0  # syncs that ended in an error (a cut connection) without being killed
    concurrent_pushes: int = 0
    heal_rounds: int = 0
    decisions: list[str] = field(default_factory=list)


@dataclass
class Person:
    replica: Replica
    role: str  # learner or staff

    @property
    def name(self) -> str:
        return self.replica.name


class Run:
    """One worker process: its stdout is read as it comes, so the harness can kill it at a given stage."""

    def __init__(self, person: Person, mode: str, seed: str, extra: dict[str, str]) -> None:
        r = person.replica
        env = r.env(mode, r.home / "unused.json", {})
        env.update(
            {
                "HISTORY_MODE": mode,
                "HISTORY_REPLICA": r.name,
                "HISTORY_SEED": seed,
                "HISTORY_ROLE": person.role,
                "BOOTCAMP_PASSPHRASE": env.get("BOOTCAMP_PASSPHRASE", ""),
                **extra,
            }
        )
        self.person = person
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.history.worker"],
            cwd=ROOT,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.stages: list[tuple[str, float]] = []
        self.result: dict[str, Any] | None = None
        self.edited = threading.Event()
        self.kill_at: tuple[str, float] | None = None
        self.killed = False
        self.err = ""
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            line = line.rstrip("\n")
            if line == "EDITED":
                self.edited.set()
            elif line.startswith("STAGE "):
                stage = line[6:]
                self.stages.append((stage, time.monotonic()))
                if self.kill_at is not None and stage == self.kill_at[0]:
                    threading.Timer(self.kill_at[1], self._kill).start()
            elif line.startswith("RESULT "):
                self.result = json.loads(line[7:])
        self.edited.set()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.err = self.proc.stderr.read()

    def _kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)  # the laptop's battery dies mid-sync
            self.killed = True

    def go(self) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write("go\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass  # the worker has ended already: ``wait`` says why

    def wait(self) -> dict[str, Any] | None:
        self.proc.wait(timeout=600)
        time.sleep(0.05)  # the reader thread takes the last line
        if not self.killed and (self.proc.returncode != 0 or self.result is None):
            raise AssertionError(
                f"{self.person.name}: worker failed ({self.proc.returncode})\n{self.err[-4000:]}"
            )
        return self.result

    def push_interval(self) -> tuple[float, float] | None:
        names = [s for s, _ in self.stages]
        if "push" not in names:
            return None
        i = names.index("push")
        end = self.stages[i + 1][1] if i + 1 < len(self.stages) else time.monotonic()
        return self.stages[i][1], end


def overlapping(intervals: list[tuple[float, float]]) -> int:
    """How many pushes ran while another replica's push was running."""
    return sum(
        1
        for i, a in enumerate(intervals)
        if any(j != i and a[0] < b[1] and b[0] < a[1] for j, b in enumerate(intervals))
    )


def play_round(people: list[Person], rng: random.Random, number: int, figures: Figures) -> None:
    runs = []
    for p in people:
        edits = rng.randint(1, 6)
        runs.append(
            Run(
                p,
                "round",
                f"{rng.random()}",
                {"HISTORY_EDITS": str(edits), "HISTORY_TAG": f"{p.name}.{number}"},
            )
        )
    for run in runs:
        run.edited.wait(300)
        if rng.random() < 0.4:
            run.kill_at = (rng.choice(KILL_STAGES), rng.uniform(0.0, 0.4))
    together = rng.random() < 0.6
    for run in runs:
        run.go()
        if not together:
            run.wait()
    results = [run.wait() for run in runs]
    figures.syncs += len(runs)
    figures.killed += sum(run.killed for run in runs)
    for _run, result in zip(runs, results, strict=True):
        if result is not None:
            figures.writes += result.get("edits", 0)
            if not result["sync"]["ok"]:
                figures.failed += 1
    figures.concurrent_pushes += overlapping([iv for run in runs if (iv := run.push_interval()) is not None])


def heal(
    people: list[Person], rng: random.Random, figures: Figures, max_rounds: int, cells: list[list[str]]
) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The link is calm: every replica decides its problems and syncs, all at once, round after round, until
    two rounds in a row end with every outbox empty (the second brings everyone the first's last pushes).
    A drained replica then compares itself with the server (``worker.verify``). Returns the replicas whose
    outbox had not drained within ``max_rounds``, and each replica's last verification."""
    drained: dict[str, dict[str, Any]] = {}
    quiet = 0
    for number in range(1, max_rounds + 1):
        runs = [Run(p, "heal", f"{rng.random()}", {"HISTORY_CELLS": json.dumps(cells)}) for p in people]
        for run in runs:
            run.go()
        drained = {}
        for run in runs:
            result = run.wait()
            assert result is not None
            figures.decisions += result.get("decisions", [])
            if result["sync"]["ok"] and not result["outbox"] and not result["problems"]:
                drained[run.person.name] = result["verified"]
        figures.heal_rounds = number
        quiet = quiet + 1 if len(drained) == len(people) else 0
        if quiet == 2:
            return [], drained
    return [p.name for p in people if p.name not in drained] or ["(the last pushes were not pulled)"], drained


def histories(people: list[Person]) -> list[dict[str, Any]]:
    entries = []
    for p in people:
        path = p.replica.home / "history.jsonl"
        if path.exists():
            entries += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return entries


def people_for(base: Path, server_url: str) -> list[Person]:
    from tests.journeys.conftest import SECOND_INSTRUCTOR, WORKSHOP_INSTRUCTOR  # noqa: F401

    learner, classmate = "aina.rakoto@demo.fataplus.example", "efua.agyeman@demo.fataplus.example"
    grader2 = "hery.andrianina@demo.fataplus.example"  # also teaches the workshop course
    return [
        Person(Replica(name, email, base / name, server_url, keyring="none"), role)
        for name, email, role in (
            ("aina-laptop", learner, "learner"),
            ("aina-school", learner, "learner"),
            ("efua", classmate, "learner"),
            ("moussa", WORKSHOP_INSTRUCTOR, "staff"),
            ("hery", grader2, "staff"),
        )
    ]
