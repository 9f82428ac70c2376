"""One attacker's campaign of pushes: each batch is pushed over HTTP, the database compared with what it was
(``dbstate``), every change judged by the write oracle, the answers' rows by the read oracle, and the rows the
batch changed put back, so every batch starts from the same bootcamp."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from bootcamp_core.protocol import registry

from . import dbstate
from .client import Attacker
from .conftest import Arena
from .generate import Pools
from .oracle import ReadOracle
from .tally import TALLY
from .write_oracle import WriteOracle


def _write_oracle(s: Any, read: ReadOracle) -> WriteOracle:
    me = read.me
    roles = set(
        s.execute(sa.text("SELECT role::text FROM user_roles WHERE user_id = :me"), {"me": me}).scalars()
    )
    staff = {
        str(c): r
        for c, r in s.execute(
            sa.text("SELECT course_id, staff_role::text FROM course_staff WHERE user_id = :me"), {"me": me}
        ).all()
    }
    return WriteOracle(read, roles, staff)


class Campaign:
    def __init__(self, arena: Arena, role: str) -> None:
        self.arena = arena
        self.role = role
        self.who: Attacker = arena.attackers[role]
        with arena.sdb.owner() as s:
            self.read = ReadOracle(s, self.who.user_id)
            self.write = _write_oracle(s, self.read)
            self.baseline = dbstate.full_rows(s)
            self.print = dbstate.fingerprint(s)
        every_blob = {
            sha
            for rows in self.read.rows.values()
            for row in rows.values()
            for sha in re.findall(r"blob:sha256:([0-9a-f]{64})", str(row))
        }
        self.pools = Pools(self.read, every_blob)
        self.problems: list[Any] = []

    def push(self, batch: list[tuple[str, dict[str, Any]]]) -> None:
        """Push ``batch`` ((class, mutation), each its own transaction) and judge what it did."""
        with self.arena.sdb.owner() as s:  # each mutation on the version the row has now
            for _, m in batch:
                t = registry()[m["table"]].table
                m["base_version"] = (
                    s.execute(sa.select(t.c.sync_version).where(t.c.id == m["row_id"])).scalar() or 0
                )
        r = self.who.push(*(m for _, m in batch))
        for cls, m in batch:
            TALLY.attempts[f"write: {m['table']} {cls}"] += 1
        assert r.status_code < 500, r.text
        if r.status_code != 200:
            TALLY.outcomes[f"http {r.status_code}"] += len(batch)
            self.problems.append(("the batch was refused whole", r.status_code, r.text[:300]))
            return
        with self.arena.sdb.owner() as s:
            diff = dbstate.changed(self.print, dbstate.fingerprint(s))
            after = {t: dbstate.wire_rows(s, t, ids) for t, ids in diff.items()}
        self._answers(batch, r.json()["results"], diff)
        if diff:
            changes = {(t, i): (self._before(t, i), after[t].get(i)) for t, ids in diff.items() for i in ids}
            deletes = {(m["table"], m["row_id"]) for _, m in batch if m["op"] == "delete"}
            wrong = self.write.judge(changes, deletes)
            if wrong:  # a change may rest on another of the batch (an enrolment, then work in that course)
                with self.arena.sdb.owner() as s:
                    wrong = _write_oracle(s, ReadOracle(s, self.who.user_id)).judge(
                        {k: changes[k] for k in {(t, i) for t, i, *_ in wrong}}, deletes
                    )
            for w in wrong:
                culprits = [m for _, m in batch if m["table"] == w[0] and m["row_id"] == w[1]] or [
                    m for _, m in batch if m["table"] == w[0]
                ]
                TALLY.forbidden_writes.append((self.role, *w, culprits[:3]))
                self.problems.append(("forbidden write", self.role, *w, culprits[:3]))
            with self.arena.sdb.owner() as s:
                dbstate.restore(s, self.baseline, diff)
            with self.arena.sdb.owner() as s:
                left = dbstate.changed(self.print, dbstate.fingerprint(s))
            assert not left, f"the bootcamp was not put back: {left}"

    def _before(self, table: str, row_id: str) -> dict[str, Any] | None:
        row = self.read.rows[table].get(row_id)
        if row is None:
            return None
        spec = registry()[table]
        if spec.secret:
            full = self.baseline[table][row_id]
            row = {**row, "<secret>": repr([full[c] for c in sorted(spec.secret)])}
        return row

    def _answers(
        self,
        batch: list[tuple[str, dict[str, Any]]],
        results: list[dict[str, Any]],
        diff: dict[str, set[str]],
    ) -> None:
        assert len(results) == len(batch)
        for (_, m), result in zip(batch, results, strict=True):
            TALLY.outcomes[result["status"] + (f" {result['code']}" if result.get("code") else "")] += 1
            row = result.get("row")
            if row is None:
                continue
            TALLY.attempts["read: push answer rows"] += 1
            table, row_id = m["table"], row.get("id")
            if row_id not in self.read.rows[table]:  # a row the batch created
                continue
            if row_id not in self.read.visible[table] and not (table == "users" and row_id == self.read.me):
                leak = ("push answer", self.role, table, row_id, "a row the oracle does not let through")
            else:  # the row may be in any state the batch passed through: what the oracle conceals stays concealed
                real = self.read.rows[table][row_id]
                want = self.read.expect(table, real)
                wrong = {
                    c: (row.get(c), want[c]) for c in want if want[c] != real[c] and row.get(c) != want[c]
                }
                extra = set(row) - set(want)
                if not wrong and not extra:
                    continue
                leak = ("push answer", self.role, table, row_id, wrong, sorted(extra))
            TALLY.leaks.append(leak)
            self.problems.append(leak)
