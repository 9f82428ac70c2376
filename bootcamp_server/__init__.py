"""The central server of Fataplus Bootcamp: OAuth sign-in, access rules, the sync API, blobs, privacy.

Runs on PostgreSQL (central) or SQLite (a facilitator's workshop hub). Stands on the shared core:
``bootcamp_core.models``, ``bootcamp_core.protocol`` and ``bootcamp_core.demo``; never on ``bootcamp_desktop``.
"""
