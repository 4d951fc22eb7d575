"""The dashboard as a one-page A4 PDF (``kalixplan report`` and the dashboard's Export)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from kalixplan.domain.errors import KalixPlanError
from kalixplan.services import outputs
from kalixplan.services.dashboard import DashboardData, compute_dashboard
from kalixplan.services.printing import is_example_project
from kalixplan.store.engine import Project
from ui.dashboard.painter import paint_dashboard
from ui.dashboard.texts import t

MARGIN_PT = 28.0  # about 10 mm: inside what office printers can print
BODY_PT = 8.5


def project_label(project: Project) -> str:
    """A short name of the project for headings: the file name or the database name."""
    if project.path is not None:
        return project.path.name
    return project.engine.url.database or "PostGIS"


def has_example_data(project: Project) -> bool:
    """True when the project holds invented demo rows (marked on every printout)."""
    with project.read_scope() as session:
        return is_example_project(session)


def write_dashboard_pdf(
    data: DashboardData,
    out: Path,
    lang: str,
    project_name: str = "",
    example_data: bool = False,
    *,
    overwrite: bool = False,
    protect: Iterable[str | Path | None] = (),
) -> None:
    """Paint ``data`` on one A4 portrait page into ``out``, written whole or not at all.

    Args:
        overwrite: replace an existing file that is not a project.
        protect: the open project database(s), never written over.

    Raises:
        KalixPlanError: a refused target, or the file cannot be written (full disk,
            read-only place); nothing is written then.
    """
    target = outputs.check_target(out, protect=protect, overwrite=overwrite, what="report")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(t("title", lang))
    writer.setCreator("KalixPlan")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise KalixPlanError(
            f"Cannot draw the report for {out}; nothing was written.",
            sv=f"Rapporten för {out} kan inte ritas; ingenting skrevs.",
        )
    try:
        # One logical unit = one point, so the layout reads in paper units.
        scale = writer.resolution() / 72.0
        painter.scale(scale, scale)
        page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
        rect = QRectF(
            MARGIN_PT, MARGIN_PT, page.width() - 2 * MARGIN_PT, page.height() - 2 * MARGIN_PT
        )
        paint_dashboard(painter, rect, data, lang, BODY_PT, project_name, example_data)
    finally:
        painter.end()
    del writer
    pdf = bytes(buffer.data().data())
    buffer.close()
    outputs.write_bytes(target, pdf, verify=outputs.verify_pdf(1))


def write_report(
    project: Project, out: Path, lang: str = "sv", *, overwrite: bool = False
) -> DashboardData:
    """Compute the dashboard of ``project`` and write it as a one-page PDF."""
    outputs.check_target(out, protect=[project.path], overwrite=overwrite, what="report")
    with project.read_scope() as session:
        data = compute_dashboard(session)
    write_dashboard_pdf(
        data,
        out,
        lang,
        project_label(project),
        has_example_data(project),
        overwrite=overwrite,
        protect=[project.path],
    )
    return data
