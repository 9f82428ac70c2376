"""Fataplus Bootcamp Desktop."""

# The app's version, as pyproject.toml says (tests/test_dependencies.py keeps them equal): what updates are
# compared with, also in the frozen app, where the package's metadata is not bundled.
__version__ = "0.1.0"
