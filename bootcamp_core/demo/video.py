"""Short lesson videos made at seed time: animated title cards, H.264 in MP4 (PyAV).

A video is a sequence of cards (a title, then key points), each shown for a few seconds over a
slowly growing plant and a progress bar. 640x360, 8 frames per second, yuv420p, H.264 main profile
with ``+faststart``: what QtMultimedia (and every browser) plays. A few tens of kilobytes each.
Encoding is single-threaded and bit-exact, so the same cards always give the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache, lru_cache
from typing import Any

from PIL import Image, ImageDraw

from .images import RGB, font, wrap

WIDTH, HEIGHT, FPS = 640, 360, 8
SECONDS_PER_CARD = 3


@lru_cache(maxsize=4)  # a video's cards come one after another: no need to keep more
def _card(card: str, first: bool, subtitle: str, colour: RGB) -> Image.Image:
    """What stays still while a card is shown: its text, the subtitle and the name. Drawn once per card,
    not once per frame: drawing the text for every frame was a sixth of the time spent making a video."""
    img = Image.new("RGB", (WIDTH, HEIGHT), colour)
    d = ImageDraw.Draw(img)
    size = 34 if first else 28
    for j, line in enumerate(wrap(d, card, size, WIDTH - 200)[:3]):
        d.text((40, 110 + j * (size + 10)), line, font=font(size), fill=(255, 255, 255))
    d.text((40, 60), subtitle, font=font(16), fill=(220, 235, 220))
    d.text((WIDTH - 250, 24), "Fataplus Bootcamp", font=font(16), fill=(255, 255, 255))
    return img


def _frame(cards: tuple[str, ...], subtitle: str, colour: RGB, index: int, total: int) -> Image.Image:
    card = cards[min(index // (FPS * SECONDS_PER_CARD), len(cards) - 1)]
    img = _card(card, card == cards[0], subtitle, colour).copy()
    d = ImageDraw.Draw(img)
    # a plant growing in the corner: stem and leaves appear as the video plays (nothing else is drawn
    # where it grows, so drawing it over the card gives the same pixels as drawing it first)
    grow = index / max(total - 1, 1)
    base_x, base_y = WIDTH - 90, HEIGHT - 50
    top = base_y - int(150 * grow)
    d.line((base_x, base_y, base_x, top), fill=(250, 204, 21), width=6)
    for k in range(int(4 * grow)):
        y = base_y - 30 - k * 32
        side = -1 if k % 2 else 1
        d.ellipse(
            (base_x + side * 8 - 18 + side * 14, y - 10, base_x + side * 8 + 18 + side * 14, y + 10),
            fill=(250, 204, 21),
        )
    d.rectangle((40, HEIGHT - 30, 40 + int((WIDTH - 80) * grow), HEIGHT - 24), fill=(250, 204, 21))
    return img


def _encoder(av: Any) -> str:
    """H.264 (x264, else OpenH264); MPEG-4 Part 2 only if this PyAV build has no H.264 encoder."""
    for name in ("libx264", "libopenh264", "mpeg4"):
        if name in av.codecs_available:
            return name
    raise RuntimeError("PyAV has no usable video encoder (libx264, libopenh264 or mpeg4)")


@cache
def title_card_mp4(cards: tuple[str, ...], subtitle: str, colour: RGB) -> bytes:
    import av  # imported lazily: only the video stage needs it

    total = FPS * SECONDS_PER_CARD * len(cards)
    with tempfile.TemporaryDirectory(prefix="bootcamp-demo-video-") as tmp:
        path = os.path.join(tmp, "lesson.mp4")
        container = av.open(
            path, mode="w", format="mp4", container_options={"movflags": "+faststart", "fflags": "+bitexact"}
        )
        try:
            encoder = _encoder(av)
            stream = container.add_stream(encoder, rate=FPS)
            stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
            stream.codec_context.thread_count = 1
            if encoder == "libx264":
                stream.codec_context.options = {
                    "preset": "medium",
                    "crf": "30",
                    "profile": "main",
                    "threads": "1",
                }
            else:
                stream.codec_context.bit_rate = 300_000
            for i in range(total):
                frame = av.VideoFrame.from_image(_frame(cards, subtitle, colour, i, total))
                for packet in stream.encode(frame):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
        finally:
            container.close()
        with open(path, "rb") as f:
            return f.read()


def duration_seconds(cards: tuple[str, ...]) -> int:
    return SECONDS_PER_CARD * len(cards)
