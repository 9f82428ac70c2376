"""Access control: who may read and write which rows of which table (``rules``) and which of their columns
(``columns``), decided from the user's platform roles, course staff membership and relation to the row
(``principal``, ``relations``); what a pull sends (``visibility``) and whether a push may write
(``writes.judge_write``). PostgreSQL row-level security (``schema/rls.py``) backs it up for personal tables."""

from .columns import COLUMNS, readable_columns, shown
from .principal import Principal, load_principal
from .relations import Relations
from .rules import RULES, Decision, can
from .writes import judge_write

__all__ = [
    "COLUMNS",
    "RULES",
    "Decision",
    "Principal",
    "Relations",
    "can",
    "judge_write",
    "load_principal",
    "readable_columns",
    "shown",
]
