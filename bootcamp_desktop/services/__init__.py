"""Use cases the UI calls (enrol, submit, grade, review, certify, ...): plain Python, no Qt.

Each operation takes a session (or the ``Database``) and plain arguments, does its work in one
transaction together with its outbox entry, and returns what changed.
"""
