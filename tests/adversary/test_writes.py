"""Generated pushes of every table × column × foreign-key target × op, as each role, over HTTP: after each
batch the whole database is compared with what it was and every change judged by the write oracle
(``write_oracle.py``); the rows in the answers must be as the read oracle lets the caller read them; no 5xx.

The sweep is systematic (every column of every table, on rows the attacker reads and one they do not);
Hypothesis then draws mutations at random, several to a batch. ``BOOTCAMP_ADVERSARY_EXAMPLES`` (default 15 per
role) sets how many batches it draws: a long campaign is
``BOOTCAMP_ADVERSARY_EXAMPLES=200 pytest tests/adversary`` (docs/security.md, "The adversarial suite")."""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bootcamp_core.models import uuid7
from bootcamp_core.protocol import registry

from .campaign import Campaign
from .conftest import ROLES, Arena
from .generate import COUNTERS, META, UNKNOWN, mutation, new_row, sweep
from .tally import TALLY

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

EXAMPLES = int(os.environ.get("BOOTCAMP_ADVERSARY_EXAMPLES", "15"))
FULL = EXAMPLES > 15  # a long campaign sweeps every candidate value of every column too
BATCH = 60
TABLES = [
    t for t in os.environ.get("BOOTCAMP_ADVERSARY_TABLES", "").split(",") if t
]  # to look at a few closely


@pytest.mark.parametrize("role", ROLES)
def test_the_sweep_changes_nothing_the_oracle_forbids(arena: Arena, role: str) -> None:
    campaign = Campaign(arena, role)
    pushed = 0
    for table in TABLES or registry():
        attempts = list(sweep(campaign.pools, table, FULL))
        for i in range(0, len(attempts), BATCH):
            campaign.push(attempts[i : i + BATCH])
        pushed += len(attempts)
    assert not campaign.problems, campaign.problems[:5]
    assert pushed > (3000 if FULL else 800) or TABLES
    assert not TALLY.server_errors, TALLY.server_errors[:5]


def _draw(data: st.DataObject, campaign: Campaign) -> tuple[str, dict[str, Any]]:
    pools = campaign.pools
    table = data.draw(st.sampled_from(sorted(registry())))
    op = data.draw(st.sampled_from(("update", "update", "insert", "delete")))
    columns = [c for c in registry()[table].columns if c not in META]
    if op == "insert":
        template = new_row(pools, table)
        row_id = data.draw(
            st.one_of(st.just(str(uuid7())), st.sampled_from(pools.targets(table) or [UNKNOWN]))
        )
    else:
        template = {}
        row_id = data.draw(st.sampled_from(pools.visible[table] + pools.hidden[table] + [UNKNOWN]))
    change = dict(template)
    for column in (
        data.draw(st.lists(st.sampled_from(columns), max_size=4, unique=True)) if op != "delete" else []
    ):
        change[column] = data.draw(
            st.one_of(
                st.sampled_from(pools.candidates(table, column)),
                st.text(max_size=12) if registry()[table].columns[column].kind == "str" else st.nothing(),
                st.integers(-5, 10**6) if registry()[table].columns[column].kind == "int" else st.nothing(),
            )
        )
    inc = (
        {c: data.draw(st.integers(-3, 5)) for c in columns if c in COUNTERS and data.draw(st.booleans())}
        if op == "update"
        else {}
    )
    return f"random {op}", mutation(table, op, row_id, change, inc)


@pytest.mark.parametrize("role", ROLES)
def test_random_pushes_change_nothing_the_oracle_forbids(arena: Arena, role: str) -> None:
    campaign = Campaign(arena, role)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def attack(data: st.DataObject) -> None:
        batch = [_draw(data, campaign) for _ in range(data.draw(st.integers(1, 6)))]
        campaign.push(batch)

    attack()
    assert not campaign.problems, campaign.problems[:5]
    assert not TALLY.server_errors, TALLY.server_errors[:5]
