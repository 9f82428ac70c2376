"""Demo content: a believable Fataplus Product Design Bootcamp, generated deterministically.

Used by ``bootcamp-desktop seed-demo`` (client replica), the app's first start, ``bootcamp-server
seed-demo`` (PostgreSQL or SQLite) and the benchmarks. Imports only ``bootcamp_core.models``, the
standard library and third-party libraries (Pillow, PyAV, fpdf2); never Qt. The JSON and URL
conventions the content follows are documented in ``formats.py``.
"""

from .generate import (
    DEMO_ADMIN_EMAIL,
    DEMO_FACILITATOR_EMAIL,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_LEARNER_EMAIL,
    DEMO_PASSWORD,
    DemoSummary,
    generate_demo,
)

__all__ = [
    "DEMO_ADMIN_EMAIL",
    "DEMO_FACILITATOR_EMAIL",
    "DEMO_INSTRUCTOR_EMAIL",
    "DEMO_LEARNER_EMAIL",
    "DEMO_PASSWORD",
    "DemoSummary",
    "generate_demo",
]
