"""The logo on map and prospectus sheets: load a PNG, JPEG or SVG file, draw it or the placeholder.

A raster logo goes into the PDF as one image, scaled down beforehand to what
600 dpi needs at its largest printed size (a 5 000-pixel logo would otherwise
be carried whole into every PDF). An SVG logo stays vector graphics.

The chosen file is remembered per user in QSettings, not in the project: a
path is a property of one computer, while a project database may be a PostGIS
server or a GeoPackage shared with colleagues on other computers, where that
path means nothing (and a logo is not planning data for the change log).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from kalixplan.domain.language import Lang
from kalixplan.printing.labels import text
from kalixplan.printing.logo import (
    LOGO_BOX_H_MM,
    LOGO_MAX_W_MM,
    UnreadableLogo,
    fit_logo,
    logo_kind,
)
from kalixplan.printing.paper import Rect
from ui.printing.canvas import Align, Canvas, qrect

LOGO_DPI = 600
SETTINGS_KEY = "print/logo"


@dataclass(frozen=True)
class Logo:
    """A decoded logo: a raster image, or the bytes of an SVG drawing.

    Attributes:
        path: the file it came from.
        width, height: its natural size (pixels or SVG units), for its proportions.
        image: the raster image; None for SVG.
        svg: the SVG document; empty for a raster image.
    """

    path: Path
    width: float
    height: float
    image: QImage | None = None
    svg: bytes = b""


def load_logo(path: str | Path) -> Logo:
    """Read and decode a logo file (fine on a worker thread).

    Raises:
        UnreadableLogo: the file is missing or not a PNG, JPEG or SVG image it can draw.
    """
    path = Path(path)
    kind = logo_kind(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise UnreadableLogo(
            f"The logo file '{path}' cannot be read; choose a PNG, JPEG or SVG file, "
            "or print without a logo.",
            sv=f"Logotypfilen '{path}' kan inte läsas; välj en PNG-, JPEG- eller SVG-fil, "
            "eller skriv ut utan logotyp.",
        ) from None
    broken = UnreadableLogo(
        f"The logo file '{path}' is damaged or not a readable {kind.upper()} image; "
        "choose another file, or print without a logo.",
        sv=f"Logotypfilen '{path}' är skadad eller ingen läsbar {kind.upper()}-bild; "
        "välj en annan fil, eller skriv ut utan logotyp.",
    )
    if kind == "svg":
        renderer = QSvgRenderer(QByteArray(data))
        size = renderer.viewBoxF().size() if renderer.isValid() else None
        if size is None or size.isEmpty():
            raise broken
        return Logo(path, size.width(), size.height(), svg=data)
    image = QImage.fromData(data)
    if image.isNull() or image.width() == 0 or image.height() == 0:
        raise broken
    width, height = image.width(), image.height()
    # The most pixels the logo can use: its largest box at LOGO_DPI.
    need = round(max(LOGO_MAX_W_MM, LOGO_BOX_H_MM) / 25.4 * LOGO_DPI)
    if max(width, height) > need:
        image = image.scaled(
            QSize(need, need),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return Logo(path, float(width), float(height), image=image)


def draw_logo(canvas: Canvas, box: Rect, logo: Logo) -> Rect:
    """Draw the logo as large as fits in ``box``, keeping its proportions; returns where."""
    where = fit_logo(box, logo.width, logo.height)
    p = canvas.painter
    p.save()
    p.setRenderHint(p.RenderHint.SmoothPixmapTransform, True)
    if logo.image is not None:
        p.drawImage(qrect(where), logo.image)
    else:
        QSvgRenderer(QByteArray(logo.svg)).render(p, QRectF(qrect(where)))
    p.restore()
    return where


def draw_placeholder(canvas: Canvas, x: float, y: float, lang: Lang, fill: str) -> Rect:
    """The labelled square that stands in for a logo nobody has chosen; returns it."""
    square = Rect(x, y, LOGO_BOX_H_MM, LOGO_BOX_H_MM)
    canvas.box(square, fill, "#90a4ae", 0.25)
    canvas.text(
        square.inset(0.8),
        text("logo_placeholder", lang),
        5.0,
        colour="#607d8b",
        align=Align.AlignCenter,
    )
    return square


def remembered_logo(store: QSettings) -> Path | None:
    """The logo file the user chose last time, if any (it may have gone since)."""
    value = store.value(SETTINGS_KEY, "")
    return Path(str(value)) if value else None


def remember_logo(store: QSettings, path: Path | None) -> None:
    """Remember the chosen logo file (None forgets it)."""
    store.setValue(SETTINGS_KEY, str(path) if path else "")
    store.sync()
