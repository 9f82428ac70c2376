"""Navigation between screens: a screen asks (``sig_<thing>_requested``), the window answers.

Screens never import one another. A screen that wants the learner to go somewhere emits, for example,
``sig_lesson_requested(lesson_id)``; ``connect_routes`` connects every such signal of every screen to the
window's ``open_<thing>`` method. Showing a screen calls its ``on_shown()`` (when it has one), so what it
shows is fresh after changes made elsewhere.
"""

from __future__ import annotations

from typing import Any

ROUTES = {
    "sig_lesson_requested": "open_lesson",
    "sig_course_requested": "open_course",
    "sig_assignment_requested": "open_assignment",
    "sig_catalogue_course_requested": "open_catalogue_course",
    "sig_screen_requested": "show_screen",
}


def connect_routes(window: Any) -> None:
    for widget in window.screens.values():
        for signal_name, method_name in ROUTES.items():
            signal = getattr(widget, signal_name, None)
            method = getattr(window, method_name, None)
            if signal is not None and method is not None:
                signal.connect(method)
    if not getattr(window, "_routes_connected", False):
        window.stack.currentChanged.connect(lambda index: _shown(window, index))
        window._routes_connected = True


def _shown(window: Any, index: int) -> None:
    widget = window.stack.widget(index)
    hook = getattr(widget, "on_shown", None)
    if callable(hook):
        hook()
