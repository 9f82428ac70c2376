"""What the desktop app and the server share: the data model and its migrations (``models``), opening a
database (``models.db``), the sync protocol both ends speak (``protocol``: tables, codec, merge rules,
checksums) and the demo bootcamp either can seed (``demo``).

Imports neither ``bootcamp_desktop`` nor ``bootcamp_server``, and never Qt (pyproject.toml's
import-linter contracts).
"""
