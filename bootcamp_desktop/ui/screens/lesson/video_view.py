"""A video lesson: QtMultimedia playing the local file, resuming where the learner stopped.

The player is created on first use (not when the window opens). The position is reported through
``sig_position_changed`` every few seconds while playing and when playback stops, so the screen can keep
it (``services.local_state``); ``load(path, resume_ms)`` seeks there once the media is loaded.

Watching to the end (the player's end of media, or the position reaching the duration less
``END_TOLERANCE_MS`` while playing: backends often stop a frame short) emits ``sig_finished`` once per
loaded video; the lesson screen completes the lesson with it.

Where QtMultimedia cannot load (a system without its libraries, such as libpulse), the view says so and
offers to open the lesson's file in the computer's own player instead of failing the whole window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

SAVE_EVERY_MS = 5000
END_TOLERANCE_MS = 1000


def clock(ms: int) -> str:
    s = max(0, ms) // 1000
    return f"{s // 60}:{s % 60:02d}"


class VideoView(QWidget):
    sig_position_changed = Signal(int)  # milliseconds, to remember
    sig_finished = Signal()  # watched to the end (once per loaded video)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoView")
        self.player = None
        self.audio = None
        self._resume_ms = 0
        self._last_saved = 0
        self._finished = False
        self._playing = False
        self.duration_ms = 0
        self.source: Path | None = None
        self.unavailable = multimedia_problem()
        if self.unavailable is None:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video: QWidget = QVideoWidget()
        else:
            self.video = QLabel(
                self.tr(
                    "This computer cannot play video inside the app ({0}). "
                    "Open the lesson's video in your own player instead."
                ).format(self.unavailable)
            )
            self.video.setWordWrap(True)
            self.video.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.video.setObjectName("videoWidget")
        self.video.setAccessibleName(self.tr("Video"))
        self.video.setMinimumHeight(280)
        self.play_button = QPushButton(self.tr("▶ &Play"))
        self.play_button.setObjectName("playButton")
        self.play_button.setAccessibleName(self.tr("Play or pause the video"))
        self.play_button.clicked.connect(self.on_play_button_clicked)
        self.external_button = QPushButton(self.tr("Open in my &video player"))
        self.external_button.setObjectName("openVideoExternally")
        self.external_button.clicked.connect(self.on_external_button_clicked)
        self.external_button.setVisible(self.unavailable is not None)
        self.play_button.setEnabled(self.unavailable is None)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("videoPosition")
        self.slider.setAccessibleName(self.tr("Position in the video"))
        self.slider.sliderMoved.connect(self.on_slider_slider_moved)
        self.slider.setEnabled(self.unavailable is None)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setObjectName("videoTime")
        self.resume_label = QLabel()
        self.resume_label.setObjectName("resumeLabel")
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.external_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addLayout(controls)
        layout.addWidget(self.resume_label)

    def _ensure_player(self) -> bool:
        """Create the player on first use; False where this computer has no QtMultimedia."""
        if self.player is not None:
            return True
        if self.unavailable is not None:
            return False
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self.player.positionChanged.connect(self.on_player_position_changed)
        self.player.durationChanged.connect(self.on_player_duration_changed)
        self.player.mediaStatusChanged.connect(self.on_player_media_status_changed)
        self.player.playbackStateChanged.connect(self.on_player_playback_state_changed)
        return True

    def load(self, path: Path, resume_ms: int = 0) -> None:
        self.source = path
        self._resume_ms = resume_ms
        self._last_saved = resume_ms
        self._finished = False
        self.duration_ms = 0
        if not self._ensure_player():
            return
        assert self.player is not None
        self.resume_label.setText(
            self.tr("Resuming at {0}, where you stopped.").format(clock(resume_ms)) if resume_ms else ""
        )
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def on_external_button_clicked(self) -> None:
        if self.source is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.source)))

    def stop(self) -> None:
        """Stop playback and report where it stopped."""
        if self.player is None or self.source is None:
            return
        position = int(self.player.position())
        self.player.stop()
        if position and not self._finished:
            self.sig_position_changed.emit(position)

    def on_player_media_status_changed(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._resume_ms and self.player is not None:
            self.player.setPosition(self._resume_ms)
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._finish()

    def _finish(self) -> None:
        if not self._finished and self.source is not None:
            self._finished = True
            self.sig_position_changed.emit(0)  # finished: start from the beginning next time
            self.sig_finished.emit()

    def on_player_duration_changed(self, duration: int) -> None:
        self.duration_ms = int(duration)
        self.slider.setRange(0, int(duration))

    def on_player_position_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(int(position))
        self.time_label.setText(f"{clock(position)} / {clock(self.duration_ms)}")
        if self._playing and self.duration_ms > 0 and position >= self.duration_ms - END_TOLERANCE_MS:
            self._finish()
        if not self._finished and abs(position - self._last_saved) >= SAVE_EVERY_MS:
            self._last_saved = position
            self.sig_position_changed.emit(int(position))

    def on_player_playback_state_changed(self, state: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self._playing = playing
        self.play_button.setText(self.tr("❚❚ &Pause") if playing else self.tr("▶ &Play"))
        if not playing and not self._finished and self.player is not None and self.player.position():
            self.sig_position_changed.emit(int(self.player.position()))

    def on_play_button_clicked(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def on_slider_slider_moved(self, value: int) -> None:
        if self.player is not None:
            self.player.setPosition(value)


def multimedia_problem() -> str | None:
    """Why QtMultimedia cannot be used on this computer, or None when it can."""
    try:
        import PySide6.QtMultimedia  # noqa: F401
        import PySide6.QtMultimediaWidgets  # noqa: F401
    except ImportError as exc:
        return str(exc).split(":")[0]  # the library that failed to load
    return None
