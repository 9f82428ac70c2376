"""Access control: who may read and write which rows of which table (``rules``), decided from the
user's platform roles and course staff membership (``principal``, ``relations``), and what a pull sends
(``visibility``). PostgreSQL row-level security (``schema/rls.py``) backs it up for personal tables."""

from .principal import Principal, load_principal
from .relations import Relations
from .rules import RULES, Decision, can, check_columns

__all__ = ["RULES", "Decision", "Principal", "Relations", "can", "check_columns", "load_principal"]
