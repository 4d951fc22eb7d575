"""Export the map as one interactive, self-contained HTML file (to mail or put on the web).

Leaflet, the page's script and styles and Leaflet's images are inlined by
``build_map_html(..., inline_assets=True)``; the only thing such a file loads
from the internet is the basemap's tiles (and with the basemap 'none',
nothing). Every user text goes into the page as JSON data, which the page
escapes before showing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kalixplan.domain.errors import KalixPlanError
from kalixplan.maps.page import Basemap, build_map_html
from kalixplan.services import outputs
from kalixplan.services.map_data import map_data
from kalixplan.store.engine import Project
from ui.output_errors import show_output_error
from ui.workers import Cancelled, Progress, run_in_background


def export_interactive_html(
    project: Project,
    out: Path,
    basemap: Basemap,
    lang: str = "sv",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the whole map as one HTML file, whole or not at all.

    Args:
        overwrite: replace an existing file (never a project database).

    Raises:
        KalixPlanError: a refused target, the file cannot be written (full disk,
            read-only place), or the export was cancelled.
    """
    report = progress or (lambda done, total, message: None)
    target = outputs.check_target(out, protect=[project.path], overwrite=overwrite, what="map")
    report(0, 2, "gathering")
    with project.read_scope() as session:
        data = map_data(session, project.srid, lang=lang)
    if cancelled is not None and cancelled():
        raise KalixPlanError(
            "The export was cancelled; no file was written.",
            sv="Exporten avbröts; ingen fil skrevs.",
        )
    report(1, 2, "writing")
    html = build_map_html(data, basemap=basemap, inline_assets=True)
    payload = html.encode("utf-8")
    outputs.write_bytes(target, payload, verify=outputs.verify_size(len(payload)))
    report(2, 2, "done")
    return out


def export_html_with_dialog(
    parent: QWidget, project: Project, basemap: Basemap, lang: str = "sv"
) -> None:
    """'Export interactive HTML…': ask for a file name, then export in the background."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HtmlExport", "Export interactive HTML"),
        "",
        QCoreApplication.translate("HtmlExport", "Web page (*.html)"),
    )
    if not name:
        return
    out = Path(name if name.lower().endswith((".html", ".htm")) else name + ".html")
    run_in_background(
        parent,
        QCoreApplication.translate("HtmlExport", "Exporting the map"),
        # The file dialog has asked before replacing a file; a project is still refused.
        lambda progress, cancelled: export_interactive_html(
            project, out, basemap, lang, progress, cancelled, overwrite=True
        ),
        lambda path: None,
        lambda exc: show_output_error(
            parent, exc, QCoreApplication.translate("HtmlExport", "Export interactive HTML")
        ),
    )
