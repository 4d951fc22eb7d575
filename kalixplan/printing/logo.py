"""The municipality's logo on printouts: which files are accepted and where the image goes.

A logo is a PNG, JPEG or SVG file. This module checks a file before anything
is printed (so a wrong path is one clear sentence, not a half-written PDF) and
fits the image into its box keeping its proportions; decoding and drawing are
the renderer's job.
"""

from __future__ import annotations

from pathlib import Path

from kalixplan.domain.errors import KalixPlanError
from kalixplan.printing.paper import Rect

LOGO_SUFFIXES: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".svg")
# The logo box: as tall as the placeholder square, and wide enough that a
# typical wide municipal logo (coat of arms beside the name) stays legible.
LOGO_BOX_H_MM = 16.0
LOGO_MAX_W_MM = 40.0

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


class UnreadableLogo(KalixPlanError):
    """A logo file that is missing or is not a PNG, JPEG or SVG image."""


def _unreadable(path: Path, why: str, why_sv: str) -> UnreadableLogo:
    return UnreadableLogo(
        f"The logo file '{path}' {why}; choose a PNG, JPEG or SVG file, or print without a logo.",
        sv=f"Logotypfilen '{path}' {why_sv}; välj en PNG-, JPEG- eller SVG-fil, eller skriv ut "
        "utan logotyp.",
    )


def logo_kind(path: str | Path) -> str:
    """'png', 'jpeg' or 'svg' for a readable logo file, judged by its first bytes.

    Raises:
        UnreadableLogo: the file is missing, cannot be read, or is not one of the three.
    """
    path = Path(path)
    if not path.is_file():
        raise _unreadable(path, "does not exist", "finns inte")
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise _unreadable(
            path, "is not an image the printout can use", "är ingen bild som utskriften kan använda"
        )
    try:
        with path.open("rb") as f:
            head = f.read(65_536)  # an SVG may open with a long comment or DOCTYPE
    except OSError:
        raise _unreadable(path, "cannot be read", "går inte att läsa") from None
    if head.startswith(_PNG):
        return "png"
    if head.startswith(_JPEG):
        return "jpeg"
    if b"<svg" in head.lower():
        return "svg"
    raise _unreadable(
        path, "is not a PNG, JPEG or SVG image", "är ingen PNG-, JPEG- eller SVG-bild"
    )


def fit_logo(box: Rect, width: float, height: float) -> Rect:
    """The largest rectangle of ``width``:``height`` in ``box``, at its left, centred vertically.

    Raises:
        ValueError: a size that is not positive.
    """
    if width <= 0 or height <= 0:
        raise ValueError("a logo needs a positive width and height")
    k = min(box.w / width, box.h / height)
    w, h = width * k, height * k
    return Rect(box.x, box.y + (box.h - h) / 2.0, w, h)


def logo_box(x: float, y: float, room_w: float) -> Rect:
    """The box a chosen logo is fitted into, at (x, y) with ``room_w`` mm to spare beside it.

    At most half the room, so the municipality's name keeps space next to it.
    """
    return Rect(x, y, max(LOGO_BOX_H_MM, min(LOGO_MAX_W_MM, room_w / 2.0)), LOGO_BOX_H_MM)
