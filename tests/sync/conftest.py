"""The sync tests use the session's real server (fixture ``live`` in tests/conftest.py)."""
