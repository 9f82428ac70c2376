"""The replicas' network: ``tests.sync.proxy.LinkProxy`` (an asyncio TCP proxy) in front of the server,
calm or stormy. Every replica reaches the server through it (the server's OAuth issuer is its address).

In a storm the link is slow (a rural 256 kbit/s with latency) and each new connection draws from the
seeded random stream whether it is cut, and after how many bytes up or down, as a link drops mid-request
or mid-answer. ``calm()`` heals it: no more cuts, full speed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.sync.proxy import LinkProxy


@dataclass
class Weather:
    proxy: LinkProxy
    rng: random.Random
    storms: int = 0
    _cut_before: int = 0  # cuts counted before the last heal (healing forgets the connections' budgets)

    @property
    def url(self) -> str:
        return self.proxy.url

    def reset(self, rng: random.Random, target_port: int) -> None:
        self.calm()
        self.rng, self.storms, self._cut_before = rng, 0, 0
        self.proxy.target_port = target_port
        with self.proxy._lock:
            self.proxy.connections.clear()

    def storm(self) -> None:
        self.storms += 1
        # A sync's answers are small (a few kB; a 304 is a few hundred bytes): budgets of that size cut them.
        down = {n: self.rng.randint(0, 6_000) if self.rng.random() < 0.35 else None for n in range(10_000)}
        up = {n: self.rng.randint(0, 3_000) if self.rng.random() < 0.15 else None for n in range(10_000)}
        self.proxy.cut_policy, self.proxy.up_cut_policy = down.get, up.get
        self.proxy.throttle(32_000 * self.rng.choice((1, 4, 16)), self.rng.uniform(0.0, 0.05))

    def calm(self) -> None:
        self._cut_before += self._cut_now()  # healing clears the budgets the count reads: count them first
        self.proxy.heal()
        self.proxy.throttle(None)

    @property
    def connections(self) -> int:
        return len(self.proxy.connections)

    @property
    def cuts(self) -> int:
        """Connections cut since ``reset``: those counted at each heal, and those cut since."""
        return self._cut_before + self._cut_now()

    def _cut_now(self) -> int:
        with self.proxy._lock:
            return sum(
                1
                for c in self.proxy.connections
                if (c.budget_down is not None and c.down >= c.budget_down)
                or (c.budget_up is not None and c.up >= c.budget_up)
            )
