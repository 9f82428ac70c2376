"""Cyclic garbage is collected on the GUI thread only, as Anki does.

Left automatic, Python's collector runs in whichever thread happens to allocate; when it frees a Qt
object there (a widget caught in a reference cycle, collected while a worker thread renders a PDF or a
thumbnail), PySide crashes. So automatic collection is off while the window runs, and a timer collects
the young generations every two seconds and everything every minute, on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 2000, full_every: int = 30) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._full_every = full_every
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()

    def on_timer_timeout(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % self._full_every == 0 else 1)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
