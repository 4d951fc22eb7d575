"""The print preview's image: a map sheet painted at screen resolution, laid out as in the PDF.

Text is measured at the PDF's resolution (``PDF_DPI``) and the painter is scaled
down to the image, so widths, line breaks and label positions are those of the PDF
and the image matches what a PDF viewer shows of the printed file. Measured at the
resolution of the image itself, hinted fonts came out narrower on screen, and a
title or legend entry could wrap differently from the printout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from kalixplan.printing.paper import map_layout
from ui.printing.canvas import Canvas
from ui.printing.pdf import PDF_DPI, MapJob
from ui.printing.sheet import render_map_sheet
from ui.printing.zoom import RenderTarget


def _set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def render_sheet_image(job: MapJob, target: RenderTarget) -> QImage:
    """The map sheet of ``job`` (its first page) painted into an image (fine on a worker thread)."""
    image = QImage(target.width, target.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    _set_dpi(image, PDF_DPI)  # fonts measure as on the PDF page
    painter = QPainter(image)
    try:
        shrink = target.dpi / PDF_DPI
        painter.scale(shrink, shrink)
        spec = job.spec
        render_map_sheet(
            Canvas(painter, PDF_DPI),
            map_layout(spec.paper, spec.landscape),
            spec,
            job.content,
            job.scale,
            job.info,
            job.basemap,
            job.logo,
        )
    finally:
        painter.end()
    _set_dpi(image, target.dpi)
    return image
