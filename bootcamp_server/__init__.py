"""The central server of Fataplus Bootcamp: OAuth sign-in, access rules, the sync API, blobs, privacy.

Runs on PostgreSQL (central) or SQLite (a facilitator's workshop hub). Imports ``bootcamp_desktop.models``,
``bootcamp_desktop.sync.protocol`` and ``bootcamp_desktop.demo`` only; never the client's ui or services.
"""
