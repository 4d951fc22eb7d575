"""The print dialog: its settings become a MapSpec, the preview draws, the PDF comes out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kalixplan.printing.paper import Paper
from kalixplan.store.engine import open_project
from ui.printing.dialog import PrintDialog
from ui.printing.pdf import write_map_pdf

pytestmark = pytest.mark.ui


def test_dialog_settings_preview_and_pdf(demo_path: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = open_project(str(demo_path))
    try:
        dialog = PrintDialog(project, selected_ids=[1, 2])
        qtbot.addWidget(dialog)
        dialog.paper.setCurrentText("A4")
        dialog.orientation.setCurrentIndex(1)  # portrait
        dialog.scale.setCurrentIndex(dialog.scale.findData(5000))
        dialog.title.setText("Möte med investerare")
        dialog.lang.setCurrentIndex(1)
        spec = dialog.spec()
        assert spec.paper is Paper.A4 and not spec.landscape
        assert spec.scale == 5000 and spec.lang == "en"
        assert spec.highlight_ids == frozenset({1, 2})
        dialog.scale.setEditText("1:12 500")
        assert dialog.spec().scale == 12_500
        qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.scale == 12_500, timeout=5000)
        image = dialog.preview.image()
        assert image is not None and image.height() > image.width()  # portrait page
        dialog.scale.setEditText("1:400")
        dialog.refresh_preview()
        assert "1:500 000" in dialog.status.text()  # the out-of-range message says the limits
        out = tmp_path / "dialog.pdf"
        dialog.scale.setCurrentIndex(dialog.scale.findData(5000))
        write_map_pdf(project, dialog.spec(), out)
        width_mm = float(PdfReader(out).pages[0].mediabox.width) * 25.4 / 72
        assert width_mm == pytest.approx(210.0, abs=0.5)
    finally:
        project.close()


def test_the_pdf_carries_title_and_author_and_the_dialog_suggests_a_name(
    demo_path: Path,
    tmp_path: Path,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """Issue "The desktop application as a planner meets it", 4: the save dialog suggested
    no file name; the PDF's author field stayed empty although filled in."""
    from PySide6.QtWidgets import QFileDialog

    project = open_project(str(demo_path))
    try:
        dialog = PrintDialog(project, selected_ids=[1])
        qtbot.addWidget(dialog)
        dialog.title.setText("Ledig mark / Bredviken")
        dialog.author.setText("Näringslivskontoret, Kalix kommun")
        offered: list[str] = []

        def ask(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
            offered.append(suggested)
            return "", ""  # the user cancels: nothing is written

        monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
        dialog.save_pdf()
        assert len(offered) == 1
        suggested = Path(offered[0])
        assert suggested.parent == demo_path.parent and suggested.suffix == ".pdf"
        assert suggested.name.startswith("Ledig mark _ Bredviken 20")
        out = tmp_path / "meta.pdf"
        write_map_pdf(project, dialog.spec(), out)
        meta = PdfReader(out).metadata
        assert meta is not None
        assert meta.author == "Näringslivskontoret, Kalix kommun"
        assert meta.title == "Ledig mark / Bredviken"
    finally:
        project.close()


def test_the_print_dialog_writes_the_prospectus_of_the_selected_parcels(
    demo_path: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The menu says "map or prospectus": the dialog writes both (issue "The desktop
    application as a planner meets it", 4); the PDF is read back and its pages counted."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    project = open_project(str(demo_path))
    try:
        empty = PrintDialog(project)
        qtbot.addWidget(empty)
        assert not empty.prospectus_button.isEnabled()  # nothing selected: nothing to describe
        dialog = PrintDialog(project, selected_ids=[1, 2])
        qtbot.addWidget(dialog)
        dialog.show()
        out = tmp_path / "objektblad.pdf"
        offered: list[str] = []

        def ask(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
            offered.append(suggested)
            return str(out), "PDF (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
        qtbot.mouseClick(dialog.prospectus_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "objektblad.pdf" in dialog.status.text(), timeout=30_000)
        assert Path(offered[0]).name == "objektblad.pdf"
        pages = PdfReader(out).pages
        text = " ".join(" ".join(page.extract_text().split()) for page in pages)
        with project.read_scope() as session:
            from kalixplan.services.parcels import get_parcel

            names = [get_parcel(session, i).designation for i in (1, 2)]
        assert all(name in text for name in names)
        assert f"({len(pages)} " in dialog.status.text() and len(pages) >= 3  # cover, index, sites
    finally:
        project.close()


def test_whole_municipality_fits_the_boundary_on_a3(demo_path: Path, qtbot: Any) -> None:
    """Issue 11, 4: "Whole municipality" prints the boundary and every parcel on one sheet."""
    from kalixplan.services.printing import municipality_extent

    project = open_project(str(demo_path))
    try:
        dialog = PrintDialog(project, selected_ids=[1])
        qtbot.addWidget(dialog)
        dialog.orientation.setCurrentIndex(1)  # portrait, to see the box choose landscape
        dialog.whole.setChecked(True)
        assert not dialog.extent_from.isEnabled() and not dialog.overview.isEnabled()
        spec = dialog.spec()
        with project.read_scope() as session:
            assert spec.area == municipality_extent(session)
        assert spec.landscape and spec.scale is None and not spec.overview
        assert spec.resolved_scale() == 300_000
        qtbot.waitUntil(
            lambda: dialog.job is not None and dialog.job.scale == 300_000, timeout=10_000
        )
        assert "1:300 000" in dialog.status.text()
        with project.read_scope() as session:
            from kalixplan.services.printing import matching_parcel_ids

            assert len(dialog.job.content.parcels) == len(matching_parcel_ids(session, {}))
        dialog.whole.setChecked(False)
        assert dialog.extent_from.isEnabled() and dialog.spec().overview
    finally:
        project.close()
