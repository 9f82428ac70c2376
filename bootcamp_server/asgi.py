"""ASGI entry for several workers (``bootcamp-server serve --workers N``): settings from the environment."""

from .app import create_app, settle_heap
from .settings import Settings

app = create_app(Settings.from_env())
settle_heap()
