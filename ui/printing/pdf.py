"""Map sheets to PDF files and printers: gather the data, then paint the pages.

Gathering (database queries, reprojection, tile look-up) is plain work that
can run on a worker thread; painting takes any paged device (QPdfWriter,
QPrinter for a real printer or the print preview).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from kalixplan.domain.errors import KalixPlanError
from kalixplan.printing.facts import status_label
from kalixplan.printing.labels import fmt_decimal, text
from kalixplan.printing.paper import Paper, Rect, map_layout, page_size_mm
from kalixplan.printing.scale import ground_extent
from kalixplan.printing.spec import MapSpec
from kalixplan.process import gc_paused
from kalixplan.services import outputs
from kalixplan.services.printing import (
    MapContent,
    map_content,
    municipality_name,
    simplified_content,
)
from kalixplan.store.engine import Project
from ui.printing.basemap import BasemapResult, find_tiles
from ui.printing.canvas import Canvas
from ui.printing.logo import Logo, load_logo
from ui.printing.sheet import SheetInfo, render_map_sheet
from ui.printing.table import draw_table, rows_per_page

PDF_DPI = 1200
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.A3: QPageSize.PageSizeId.A3}

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def page_layout(paper: Paper, landscape: bool) -> QPageLayout:
    """A page layout with no margins: the layout maths places everything itself."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        orientation,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def pdf_writer(
    out: Path | QIODevice, paper: Paper, landscape: bool, title: str, author: str = ""
) -> QPdfWriter:
    """A PDF writer whose page is exactly the sheet, at ``PDF_DPI``; title and author go
    into the PDF's document information, where readers and file managers show them."""
    writer = QPdfWriter(out if isinstance(out, QIODevice) else str(out))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(paper, landscape))
    writer.setTitle(title)
    writer.setCreator("KalixPlan")
    if author:
        writer.setAuthor(author)
    return writer


def pdf_buffer() -> QBuffer:
    """An in-memory device for a PDF writer: the file is written by ``save_pdf``.

    QPdfWriter ignores a failing disk (a full disk leaves a cut-off file and no
    error); painting into memory and writing the bytes from Python turns every
    disk problem into an error with its errno.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def save_pdf(buffer: QBuffer, target: Path, pages: int) -> None:
    """Write the painted PDF to ``target`` atomically and read its page count back.

    Raises:
        KalixPlanError: full disk, read-only place, or a PDF that reads back incomplete.
    """
    data = bytes(buffer.data().data())
    buffer.close()
    outputs.write_bytes(target, data, verify=outputs.verify_pdf(pages))


def device_dpi(device: QPagedPaintDevice) -> float:
    """Device units per inch of a paged device."""
    return float(device.logicalDpiX())


@dataclass
class MapJob:
    """Everything needed to paint a map sheet, gathered beforehand."""

    spec: MapSpec
    scale: int
    content: MapContent
    info: SheetInfo
    basemap: BasemapResult | None
    logo: Logo | None = None


def prepare_map(project: Project, spec: MapSpec, today: date | None = None) -> MapJob:
    """Query what the sheet shows and read the logo (no Qt drawing; fine on a worker thread).

    Raises:
        UnreadableLogo: ``spec.logo`` is missing or not a PNG, JPEG or SVG image.
    """
    scale = spec.resolved_scale()
    logo = load_logo(spec.logo) if spec.logo is not None else None
    layout = map_layout(spec.paper, spec.landscape)
    epsg = spec.epsg or project.srid
    extent = ground_extent(spec.centre, layout.map_frame.w, layout.map_frame.h, scale)
    # A county's sheet reads 10⁵ parcels: without the collector's passes over them
    # (main thread only) that takes two thirds of the time (kalixplan.process).
    with gc_paused(), project.read_scope() as session:
        content = map_content(session, extent, spec.lang, epsg=epsg, layers=spec.layers)
        info = SheetInfo(today or date.today(), municipality_name(session))
        if spec.simplify:
            content = simplified_content(content, scale)
    basemap = find_tiles(extent, epsg, scale) if spec.basemap else None
    return MapJob(spec, scale, content, info, basemap, logo)


def paint_map(device: QPagedPaintDevice, job: MapJob, painter: QPainter | None = None) -> int:
    """Paint the map sheet (and the parcel table pages) on ``device``; returns pages."""
    own = painter is None
    painter = painter or QPainter()
    if own and not painter.begin(device):
        raise KalixPlanError(
            "The printout cannot be written there; check the file or printer.",
            sv="Utskriften kan inte skrivas där; kontrollera filen eller skrivaren.",
        )
    with gc_paused():  # a county's sheet draws 10⁵ parcels (kalixplan.process)
        try:
            canvas = Canvas(painter, device_dpi(device))
            spec = job.spec
            layout = map_layout(spec.paper, spec.landscape)
            render_map_sheet(
                canvas, layout, spec, job.content, job.scale, job.info, job.basemap, job.logo
            )
            pages = 1
            if spec.parcel_table and job.content.parcels:
                pages += _parcel_table(device, canvas, job)
        finally:
            if own:
                painter.end()
    return pages


def _parcel_table(device: QPagedPaintDevice, canvas: Canvas, job: MapJob) -> int:
    lang = job.spec.lang
    w, h = page_size_mm(job.spec.paper, job.spec.landscape)
    body = Rect(15.0, 28.0, w - 30.0, h - 43.0)
    per_page = rows_per_page(body.h)
    rows = [
        [
            p.designation,
            p.area_name or "",
            status_label(p.status, lang),
            f"{fmt_decimal(p.area_m2 / 10_000.0, 2, lang)} ha",
            "" if p.price_sek_m2 is None else f"{fmt_decimal(p.price_sek_m2, 0, lang)}",
        ]
        for p in job.content.parcels
    ]
    heads = [
        text("designation", lang),
        text("area_name", lang),
        text("status", lang),
        text("area", lang),
        text("price_m2", lang),
    ]
    pages = 0
    for start in range(0, len(rows), per_page):
        device.newPage()
        canvas.to_mm()
        pages += 1
        canvas.text(
            Rect(15.0, 12.0, w - 30.0, 10.0),
            f"{text('parcels_shown', lang)} – {job.spec.title}",
            14.0,
            bold=True,
        )
        draw_table(
            canvas,
            body,
            heads,
            (3, 3, 2, 1.3, 1.3),
            rows[start : start + per_page],
            frozenset({3, 4}),
        )
    return pages


def write_map_pdf(
    project: Project,
    spec: MapSpec,
    out: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> Path:
    """Print a map sheet to a PDF file, written whole or not at all.

    Args:
        overwrite: replace an existing file (the save dialog has asked); a project
            database is never replaced.

    Raises:
        KalixPlanError: a project or (without ``overwrite``) an existing file as the
            target, a place that cannot be written (full, read-only); ValidationError
            for a bad scale; UnreadableLogo for a logo it cannot use (nothing is
            written then).
    """
    report = progress or (lambda done, total, message: None)
    target = outputs.check_target(out, protect=[project.path], overwrite=overwrite, what="PDF")
    report(0, 2, "gathering")
    job = prepare_map(project, spec)
    if cancelled is not None and cancelled():
        raise KalixPlanError(
            "Printing was cancelled; no file was written.",
            sv="Utskriften avbröts; ingen fil skrevs.",
        )
    report(1, 2, "drawing")
    buffer = pdf_buffer()
    writer = pdf_writer(
        buffer, spec.paper, spec.landscape, spec.title or "KalixPlan", author=spec.author
    )
    pages = paint_map(writer, job)
    del writer  # finishes the PDF
    save_pdf(buffer, target, pages)
    report(2, 2, "done")
    return out
