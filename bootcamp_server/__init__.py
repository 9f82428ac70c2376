"""The central server of Fataplus Bootcamp: OAuth sign-in, access rules, the sync API, blobs, privacy.

Runs on PostgreSQL (central) or SQLite (a facilitator's workshop hub). Stands on the shared core
(``bootcamp_core.models``, ``bootcamp_core.protocol``, ``bootcamp_core.demo``), never on the desktop app.
"""
