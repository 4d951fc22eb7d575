"""Prospectus sheets (objektblad): a cover, an index and one A4 page per parcel.

Each parcel page has its map at a fitting scale with the parcel outlined, a
scale bar, a north arrow to true north, and its facts in seven sections. The
same map machinery as the map sheet draws it.

This module gathers what the prospectus shows (``prepare_prospectus``, fine on
a worker thread) and puts its pages together into a document; each page is
drawn by ``ui.printing.prospectus_pages``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter

from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.language import Lang
from kalixplan.printing.labels import text
from kalixplan.printing.paper import Paper
from kalixplan.printing.scale import OVERVIEW_SCALES, extent_centre, fitting_scale, ground_extent
from kalixplan.services import outputs
from kalixplan.services.printing import (
    map_content,
    municipality_name,
    parcels_extent,
    prospectus_sheets,
)
from kalixplan.store.engine import Project
from ui.printing.canvas import Canvas
from ui.printing.logo import load_logo
from ui.printing.pdf import Cancelled, Progress, device_dpi, pdf_buffer, pdf_writer, save_pdf
from ui.printing.prospectus_pages import (
    COVER_MAP,
    INDEX_BODY,
    INDEX_ROW_MM,
    SITE_MAP,
    ProspectusJob,
    SitePage,
    draw_cover,
    draw_index,
    draw_site,
)
from ui.printing.table import rows_per_page


def prepare_prospectus(
    project: Project,
    ids: list[int],
    lang: Lang,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    logo: Path | None = None,
) -> ProspectusJob:
    """Gather the facts and maps of the parcels (no drawing; fine on a worker thread).

    Raises:
        KalixPlanError: no parcels, a parcel without a boundary, or cancelled;
            UnreadableLogo for a logo it cannot use.
    """
    if not ids:
        raise KalixPlanError(
            "No parcels to print; check the --where condition or the selection.",
            sv="Inga fastigheter att skriva ut; kontrollera villkoret i --where eller urvalet.",
        )
    mark = load_logo(logo) if logo is not None else None
    report = progress or (lambda done, total, message: None)
    epsg = project.srid
    with project.read_scope() as session:
        sheets = prospectus_sheets(session, ids, lang)
        pages: list[SitePage] = []
        for n, sheet in enumerate(sheets):
            if cancelled is not None and cancelled():
                raise KalixPlanError(
                    "Printing was cancelled; no file was written.",
                    sv="Utskriften avbröts; ingen fil skrevs.",
                )
            report(n, len(sheets), sheet.parcel.designation)
            if sheet.parcel.geom is None:
                raise KalixPlanError(
                    f"Parcel '{sheet.parcel.designation}' has no boundary; draw one first.",
                    sv=f"Fastigheten '{sheet.parcel.designation}' saknar gräns; rita en först.",
                )
            bounds = sheet.parcel.geom.bounds
            scale = fitting_scale(bounds, SITE_MAP.w, SITE_MAP.h, padding=0.45)
            extent = ground_extent(extent_centre(bounds), SITE_MAP.w, SITE_MAP.h, scale)
            pages.append(SitePage(sheet, map_content(session, extent, lang, epsg=epsg), scale))
        all_ext = parcels_extent(session, ids, epsg)
        cover_scale = fitting_scale(
            all_ext, COVER_MAP.w, COVER_MAP.h, padding=0.05, scales=OVERVIEW_SCALES
        )
        cover_ext = ground_extent(extent_centre(all_ext), COVER_MAP.w, COVER_MAP.h, cover_scale)
        cover = map_content(session, cover_ext, lang, epsg=epsg)
        name = municipality_name(session)
    example = cover.example_data or any(p.sheet.example_data for p in pages)
    return ProspectusJob(
        lang, today or date.today(), name, example, pages, cover, cover_scale, mark
    )


def paint_prospectus(device: QPagedPaintDevice, job: ProspectusJob) -> int:
    """Paint cover, index and parcel pages; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise KalixPlanError(
            "The prospectus cannot be written there; check the file or printer.",
            sv="Prospektet kan inte skrivas där; kontrollera filen eller skrivaren.",
        )
    try:
        canvas = Canvas(painter, device_dpi(device))
        total = 1 + job.index_pages + len(job.pages)
        draw_cover(canvas, job, total)
        per = rows_per_page(INDEX_BODY.h, INDEX_ROW_MM)
        for i in range(job.index_pages):
            device.newPage()
            canvas.to_mm()
            draw_index(canvas, job, job.pages[i * per : (i + 1) * per], i * per, 2 + i, total)
        for n, page in enumerate(job.pages):
            device.newPage()
            canvas.to_mm()
            draw_site(canvas, job, page, job.first_site_page() + n, total)
    finally:
        painter.end()
    return total


def write_prospectus_pdf(
    project: Project,
    ids: list[int],
    lang: Lang,
    out: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    logo: Path | None = None,
    overwrite: bool = False,
) -> int:
    """Write the prospectus of the parcels to a PDF; returns the page count.

    The PDF is written whole or not at all and its pages are counted back
    (``save_pdf``); a project is never replaced, another file only with ``overwrite``.

    Raises:
        KalixPlanError: a refused target, a full or read-only place, no parcels, cancel.
    """
    target = outputs.check_target(out, protect=[project.path], overwrite=overwrite, what="PDF")
    job = prepare_prospectus(project, ids, lang, progress=progress, cancelled=cancelled, logo=logo)
    buffer = pdf_buffer()
    writer = pdf_writer(buffer, Paper.A4, False, text("prospectus", lang))
    pages = paint_prospectus(writer, job)
    del writer  # finishes the PDF
    save_pdf(buffer, target, pages)
    return pages
