"""Map sheets read back from the PDF: page size, texts, true scale, north arrow."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from pyproj import Transformer
from shapely.geometry import box

from kalixplan.printing.north import meridian_convergence_deg
from kalixplan.printing.paper import Paper, map_layout
from kalixplan.printing.spec import MapSpec
from kalixplan.printing.styles import PARCEL_STYLES
from kalixplan.services.parcels import create_parcel
from kalixplan.store.engine import Project, create_project
from ui.printing.furniture import NORTH_ARROW_SHAFT_MM
from ui.printing.pdf import write_map_pdf

pytestmark = pytest.mark.ui
MM_PER_PT = 25.4 / 72.0


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


def _kalix(epsg: int) -> tuple[float, float]:
    return Transformer.from_crs(4326, epsg, always_xy=True).transform(23.15, 65.85)


def _square_parcel(project: Project, size_m: float = 500.0) -> tuple[float, float, float, float]:
    x, y = _kalix(project.srid)
    square = box(x - size_m / 2, y - size_m / 2, x + size_m / 2, y + size_m / 2)
    with project.session_scope() as s:
        create_parcel(s, {"designation": "Kalix Testet 1:1", "geom": square})
    return square.bounds


def _parcel_paths(pdf: Path, colour: str) -> list[dict]:
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        shapes = page.rects + page.curves
    want = _rgb(colour)
    return [
        s
        for s in shapes
        if s.get("fill")
        and s.get("non_stroking_color") is not None
        and len(s["non_stroking_color"]) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(s["non_stroking_color"], want, strict=True))
    ]


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as pdfplumber extracts it (words with plain spaces)."""
    with pdfplumber.open(pdf) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def _shaft_angle(pdf: Path) -> float:
    """The north arrow's counter-clockwise angle from 'up', measured from its shaft."""
    with pdfplumber.open(pdf) as doc:
        lines = doc.pages[0].lines + doc.pages[0].curves
    shafts = []
    for line in lines:
        pts = line["pts"]
        if len(pts) != 2:
            continue
        (x0, t0), (x1, t1) = pts
        if abs(math.hypot(x1 - x0, t1 - t0) * MM_PER_PT - NORTH_ARROW_SHAFT_MM) < 0.2:
            shafts.append(((x0, t0), (x1, t1)))
    assert len(shafts) == 1, shafts
    (bx, bt), (tx, tt) = shafts[0]  # drawn from the tail to the tip; pdfplumber's y is 'top'
    return math.degrees(math.atan2(-(tx - bx), bt - tt))


def test_a3_landscape_sheet_has_the_size_and_texts(
    project: Project, tmp_path: Path, qapp: object
) -> None:
    bounds = _square_parcel(project)
    out = tmp_path / "map.pdf"
    spec = MapSpec(
        area=bounds,
        paper=Paper.A3,
        landscape=True,
        scale=10_000,
        title="Industrimark vid Kalix",
        subtitle="Provutskrift",
        author="Testaren",
    )
    write_map_pdf(project, spec, out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box_ = reader.pages[0].mediabox
    assert float(box_.width) * MM_PER_PT == pytest.approx(420.0, abs=0.5)
    assert float(box_.height) * MM_PER_PT == pytest.approx(297.0, abs=0.5)
    (text,) = page_texts(out)
    assert "Industrimark vid Kalix" in text
    assert date.today().isoformat() in text
    assert "1:10 000" in text
    assert "SWEREF 99 23 15 (EPSG:3018)" in text
    assert "Testaren" in text
    assert "Tillgänglig" in text  # the legend shows the parcel's status


def test_500_m_parcel_is_50_mm_at_1_10000(project: Project, tmp_path: Path, qapp: object) -> None:
    bounds = _square_parcel(project)
    out = tmp_path / "scale.pdf"
    write_map_pdf(project, MapSpec(area=bounds, scale=10_000), out)
    frame = map_layout(Paper.A3, True).map_frame
    paths = [  # the legend swatch has the same colour; keep what is in the map frame
        p
        for p in _parcel_paths(out, PARCEL_STYLES["available"].fill)
        if p["x1"] * MM_PER_PT < frame.right
    ]
    assert len(paths) == 1
    shape = paths[0]
    width_mm = (shape["x1"] - shape["x0"]) * MM_PER_PT
    height_mm = (shape["bottom"] - shape["top"]) * MM_PER_PT
    assert width_mm == pytest.approx(50.0, rel=0.005)
    assert height_mm == pytest.approx(50.0, rel=0.005)


@pytest.mark.parametrize("epsg", [3006, 3018])
def test_north_arrow_points_to_true_north(epsg: int, tmp_path: Path, qapp: object) -> None:
    project = create_project(str(tmp_path / f"p{epsg}.gpkg"), epsg)
    try:
        bounds = _square_parcel(project)
        out = tmp_path / "north.pdf"
        write_map_pdf(project, MapSpec(area=bounds, scale=10_000), out)
    finally:
        project.close()
    cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
    expected = meridian_convergence_deg(epsg, cx, cy)
    assert _shaft_angle(out) == pytest.approx(expected, abs=0.2)
    if epsg == 3006:
        assert _shaft_angle(out) == pytest.approx(7.4, abs=0.2)


def test_english_portrait_a4_with_parcel_table(
    demo_path: Path, tmp_path: Path, qapp: object
) -> None:
    from kalixplan.services.printing import matching_parcel_ids, parcels_extent
    from kalixplan.store.engine import open_project

    project = open_project(str(demo_path))
    try:
        with project.session_scope() as s:
            ids = matching_parcel_ids(s, {"area_name": "Lägret industriområde"})
            area = parcels_extent(s, ids)
        out = tmp_path / "en.pdf"
        spec = MapSpec(
            area=area,
            paper=Paper.A4,
            landscape=False,
            lang="en",
            title="Lägret",
            parcel_table=True,
            basemap=True,
        )
        write_map_pdf(project, spec, out)
    finally:
        project.close()
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) * MM_PER_PT == pytest.approx(210.0, abs=0.5)
    first, table = page_texts(out)
    assert "Exempeldata / Example data" in first
    assert "Källa: Boverket, Planbestämmelsekatalogen" in first  # land-use codes are shown
    assert "Basemap unavailable" in first  # no tile cache in tests, and no network
    assert "Legend" in first and "Industry" in first
    assert table.count("Kalix Lägret") == len(ids)


def test_printer_output_keeps_true_scale(project: Project, tmp_path: Path, qapp: object) -> None:
    """The printer path (QPrinter, as the dialog's Print… uses) is as true to scale as the PDF."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.pdf import page_layout, paint_map, prepare_map

    bounds = _square_parcel(project)
    job = prepare_map(project, MapSpec(area=bounds, paper=Paper.A4, landscape=True, scale=10_000))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(Paper.A4, True))
    assert paint_map(printer, job) == 1
    del printer
    frame = map_layout(Paper.A4, True).map_frame
    (shape,) = [
        p
        for p in _parcel_paths(out, PARCEL_STYLES["available"].fill)
        if p["x1"] * MM_PER_PT < frame.right
    ]
    assert (shape["x1"] - shape["x0"]) * MM_PER_PT == pytest.approx(50.0, rel=0.005)
