"""The central server of Fataplus Bootcamp: OAuth sign-in, access rules, the sync API, blobs, privacy.

Runs on PostgreSQL (central) or SQLite (a facilitator's workshop hub). Imports ``bootcamp_core.models``,
``bootcamp_core.protocol`` and ``bootcamp_core.demo`` only; never the client's ui or services.
"""
