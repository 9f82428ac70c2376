"""Reusable widgets of the screens (grading workspace parts, viewers, small helpers)."""
