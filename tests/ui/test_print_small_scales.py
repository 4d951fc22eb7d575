"""Printing from 1:500 to 1:500 000, read back from real PDFs and images.

The scale bar and a big parcel are measured from the PDF's vector paths at
1:250 000 and 1:500 000 (as ``test_print_map`` measures 50 mm at 1:10 000);
the whole-municipality sheet of the demo is printed by the command line and
measured the same way; simplification is compared pixel by pixel with the
unsimplified sheet, and no parcel may go missing.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
import shapely
from pypdf import PdfReader
from pyproj import Transformer
from shapely.geometry import Polygon, box

from kalixplan.printing.paper import Paper, map_layout
from kalixplan.printing.spec import MapSpec, municipality_spec
from kalixplan.printing.styles import PARCEL_STYLES
from kalixplan.services.parcels import bulk_insert_parcels, create_parcel
from kalixplan.store.engine import Project, create_project, open_project
from ui.printing.pdf import prepare_map, write_map_pdf

pytestmark = pytest.mark.ui
MM_PER_PT = 25.4 / 72.0
ROOT = Path(__file__).resolve().parents[2]
BAR_HEIGHT_MM = 2.0  # ui/printing/furniture.draw_scale_bar


def _kalix(epsg: int) -> tuple[float, float]:
    return Transformer.from_crs(4326, epsg, always_xy=True).transform(23.15, 65.85)


def _rgb(hex_colour: str) -> tuple[float, ...]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255.0 for i in (0, 2, 4))


def _same_colour(shape: dict, colour: str) -> bool:
    got = shape.get("non_stroking_color")
    return (
        isinstance(got, (tuple, list))
        and len(got) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(got, _rgb(colour), strict=True))
    )


def _stated(pdf: Path) -> tuple[int, float]:
    """The scale the sheet states and the ground length (m) its bar's last label names."""
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    scale = int(re.search(r"1:(\d{1,3}(?: \d{3})*) \(A", text).group(1).replace(" ", ""))
    number, unit = re.search(r"^0 (?:[\d,]+ )*([\d,]+) ?(k?m)$", text, re.MULTILINE).groups()
    metres = float(number.replace(",", ".")) * (1000.0 if unit == "km" else 1.0)
    return scale, metres


def _bar_length_mm(pdf: Path, frame_right_mm: float) -> float:
    """The scale bar's printed length: its black and white segments, end to end."""
    with pdfplumber.open(pdf) as doc:
        rects = doc.pages[0].rects
    segments = [
        r
        for r in rects
        if abs((r["bottom"] - r["top"]) * MM_PER_PT - BAR_HEIGHT_MM) < 0.05
        and r["x0"] * MM_PER_PT > frame_right_mm
    ]
    assert len(segments) >= 2, segments
    assert len({round(r["top"], 2) for r in segments}) == 1  # one bar, one row
    return (max(r["x1"] for r in segments) - min(r["x0"] for r in segments)) * MM_PER_PT


@pytest.mark.parametrize(
    ("scale", "side_m", "expected_mm"), [(250_000, 25_000, 100.0), (500_000, 25_000, 50.0)]
)
def test_scale_bar_and_a_parcel_are_true_at_small_scales(
    scale: int, side_m: float, expected_mm: float, tmp_path: Path, qapp: object
) -> None:
    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    try:
        x, y = _kalix(3018)
        square = box(x - side_m / 2, y - side_m / 2, x + side_m / 2, y + side_m / 2)
        with project.session_scope() as s:
            create_parcel(s, {"designation": "Kalix Stort 1:1", "geom": square})
        out = tmp_path / "small.pdf"
        write_map_pdf(project, MapSpec(area=square.bounds, scale=scale), out)
    finally:
        project.close()
    frame = map_layout(Paper.A3, True).map_frame
    stated, ground_m = _stated(out)
    assert stated == scale
    bar_mm = _bar_length_mm(out, frame.right)
    assert bar_mm == pytest.approx(ground_m * 1000.0 / scale, rel=0.005)
    with pdfplumber.open(out) as doc:
        shapes = doc.pages[0].rects + doc.pages[0].curves
    (parcel,) = [
        p
        for p in shapes
        if _same_colour(p, PARCEL_STYLES["available"].fill) and p["x1"] * MM_PER_PT < frame.right
    ]
    assert (parcel["x1"] - parcel["x0"]) * MM_PER_PT == pytest.approx(expected_mm, rel=0.005)
    assert (parcel["bottom"] - parcel["top"]) * MM_PER_PT == pytest.approx(expected_mm, rel=0.005)


def test_1_500_prints_metres_and_a_fine_grid(
    project: Project, tmp_path: Path, qapp: object
) -> None:
    x, y = _kalix(project.srid)
    square = box(x - 20, y - 20, x + 20, y + 20)
    with project.session_scope() as s:
        create_parcel(s, {"designation": "Kalix Litet 1:1", "geom": square})
    out = tmp_path / "large.pdf"
    write_map_pdf(project, MapSpec(area=square.bounds, scale=500), out)
    scale, ground_m = _stated(out)
    assert scale == 500 and ground_m < 100.0  # '0 10 20 m'
    frame = map_layout(Paper.A3, True).map_frame
    assert _bar_length_mm(out, frame.right) == pytest.approx(ground_m * 2.0, rel=0.005)
    with pdfplumber.open(out) as doc:
        text = doc.pages[0].extract_text()
    assert "var 20:e meter" in text  # coordinate ticks every 20 m


def test_whole_municipality_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kommunen.pdf"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "print",
            "--db",
            str(demo_path),
            "--out",
            str(out),
            "--overview",
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) * MM_PER_PT == pytest.approx(420.0, abs=0.5)  # A3 landscape
    scale, ground_m = _stated(out)
    assert scale == 300_000
    frame = map_layout(Paper.A3, True).map_frame
    assert _bar_length_mm(out, frame.right) == pytest.approx(ground_m * 1000.0 / scale, rel=0.005)
    with pdfplumber.open(out) as doc:
        pdf_page = doc.pages[0]
        text = pdf_page.extract_text()
        shapes = pdf_page.rects + pdf_page.curves
    assert "Hela kommunen" in text and "Teckenförklaring" in text and "N Skala" in text
    project = open_project(str(demo_path))
    try:
        with project.read_scope() as s:
            from kalixplan.services.printing import matching_parcel_ids

            parcels = len(matching_parcel_ids(s, {}))
    finally:
        project.close()
    assert f"Printed {parcels} parcels" in done.stdout
    in_frame = [
        p
        for p in shapes
        if p["x1"] * MM_PER_PT < frame.right
        and (p["x1"] - p["x0"]) * MM_PER_PT < 5.0  # not a reference area of the same blue
        and any(_same_colour(p, style.fill) for style in PARCEL_STYLES.values())
    ]
    assert len(in_frame) == parcels  # every parcel is on the sheet in its status colour
    # Those under 0.8 mm across are marks of that size (generalise.MIN_PARCEL_MM).
    assert all(max(p["x1"] - p["x0"], p["bottom"] - p["top"]) * MM_PER_PT >= 0.79 for p in in_frame)
    # No designation is printed at this scale: parcels are a few hundred metres across.
    assert not re.search(r"\b\d+:\d+\b", text.replace("1:300 000", ""))


def test_whole_municipality_spec_fits_kalix_on_a3_and_a4(demo_path: Path) -> None:
    from kalixplan.services.printing import municipality_extent

    project = open_project(str(demo_path))
    try:
        with project.read_scope() as s:
            area = municipality_extent(s)
    finally:
        project.close()
    assert 55_000 < area[2] - area[0] < 65_000 and 60_000 < area[3] - area[1] < 75_000
    a3 = municipality_spec(area, Paper.A3)
    assert a3.landscape and a3.resolved_scale() == 300_000 and not a3.overview
    assert municipality_spec(area, Paper.A4).resolved_scale() == 400_000
    portrait = municipality_spec(area, Paper.A3, landscape=False, scale=250_000)
    assert not portrait.landscape and portrait.resolved_scale() == 250_000


def _jagged(cx: float, cy: float, radius: float, n: int, seed: int) -> Polygon:
    """A parcel with a surveyed-looking boundary: many vertices, small wiggles."""
    rng = np.random.default_rng(seed)
    angles = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = radius * (1.0 + 0.002 * rng.standard_normal(n))
    return Polygon(np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)]))


def _image(job: object) -> np.ndarray:
    from ui.printing.preview_image import render_sheet_image
    from ui.printing.zoom import RenderTarget

    dpi = 200.0
    target = RenderTarget(round(420 / 25.4 * dpi), round(297 / 25.4 * dpi), dpi)
    image = render_sheet_image(job, target)  # type: ignore[arg-type]
    ptr = image.constBits()
    array = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
    return array[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].copy()


def test_simplification_at_1_250000_changes_no_pixel_a_reader_sees(
    tmp_path: Path, qapp: object
) -> None:
    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    x0, y0 = _kalix(3018)
    statuses = list(PARCEL_STYLES)
    records = []
    for i in range(12):
        for j in range(10):
            big = (i + j) % 3 == 0
            records.append(
                {
                    "designation": f"Kalix Test {i}:{j}",
                    "status": statuses[(i + j) % len(statuses)],
                    # Big parcels of 400-800 vertices, and small ones that become marks.
                    "geom": _jagged(
                        x0 - 25_000 + i * 4_500,
                        y0 - 20_000 + j * 4_500,
                        1_500.0 if big else 60.0,
                        800 if big else 400,
                        i * 100 + j,
                    ),
                }
            )
    with project.session_scope() as s:
        bulk_insert_parcels(s, records)
    try:
        area = (x0 - 26_000, y0 - 21_000, x0 + 26_000, y0 + 25_000)
        spec = MapSpec(area=area, scale=250_000, grid=False, overview=False)
        simple = prepare_map(project, spec)
        full = prepare_map(project, MapSpec(**{**spec.__dict__, "simplify": False}))
    finally:
        project.close()
    assert len(simple.content.parcels) == len(full.content.parcels) == len(records)
    assert all(not p.geom.is_empty and p.geom.is_valid for p in simple.content.parcels)
    # Parcels printed as marks are drawn from their box: their outline is not simplified
    # (nor drawn). The ones drawn as shapes carry far fewer vertices.
    from kalixplan.printing.generalise import needs_mark

    drawn = [not needs_mark(p.geom.bounds, 250_000) for p in full.content.parcels]
    assert 0 < sum(drawn) < len(drawn)
    before = sum(
        shapely.get_num_coordinates(p.geom)
        for p, d in zip(full.content.parcels, drawn, strict=True)
        if d
    )
    after = sum(
        shapely.get_num_coordinates(p.geom)
        for p, d in zip(simple.content.parcels, drawn, strict=True)
        if d
    )
    assert after < before / 4  # far fewer vertices to draw
    a, b = _image(simple).astype(int), _image(full).astype(int)
    diff = np.abs(a - b).max(axis=2)
    # 0.05 mm is a third of a pixel at 200 dpi: antialiased edges shift a shade, no more.
    assert (diff > 64).mean() < 0.0005, (diff > 64).mean()
    assert diff.mean() < 0.1, diff.mean()


def test_a_sheet_of_many_parcels_draws_them_a_status_at_a_time_unchanged(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue "The map and the printouts at county scale", 4/5: above ``BULK_PARCELS``
    parcels the sheet draws one path per status (shapes and marks) instead of one per
    parcel. What a reader sees is the same: the two drawings of 3 000 parcels at
    1:20 000 (shapes) and 1:100 000 (marks) differ by no more than antialiasing."""
    import ui.printing.mapframe as mapframe

    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    x0, y0 = _kalix(3018)
    statuses = list(PARCEL_STYLES)
    records = [
        {
            "designation": f"Kalix Many {i}:{j}",
            "status": statuses[(i * 7 + j) % len(statuses)],
            "geom": box(
                x0 + i * 120, y0 + j * 120, x0 + i * 120 + 70 + (i % 4) * 10, y0 + j * 120 + 60
            ),
        }
        for i in range(60)
        for j in range(50)
    ]
    with project.session_scope() as s:
        bulk_insert_parcels(s, records)
    try:
        area = (x0 - 100, y0 - 100, x0 + 60 * 120 + 100, y0 + 50 * 120 + 100)
        for scale in (20_000, 100_000):
            spec = MapSpec(area=area, scale=scale, grid=False, overview=False)
            job = prepare_map(project, spec)
            assert len(job.content.parcels) > mapframe.BULK_PARCELS
            at_once = _image(job).astype(int)
            monkeypatch.setattr(mapframe, "BULK_PARCELS", 10_000)
            one_by_one = _image(job).astype(int)
            monkeypatch.setattr(mapframe, "BULK_PARCELS", 2_000)
            diff = np.abs(at_once - one_by_one).max(axis=2)
            assert diff.mean() < 0.5 and (diff > 64).mean() < 0.002, (scale, diff.mean())
            # ... and it is a drawing: the parcels cover a good part of the sheet. (Their
            # colours are those of the one-by-one drawing the other tests check.)
            assert (np.abs(at_once - 255).max(axis=2) > 30).mean() > 0.02
    finally:
        project.close()


def _plots(x0: float, y0: float, across: int, up: int) -> list[tuple[str, Polygon, dict]]:
    """A property map's features: a grid of 100 m plots named "Kalix Plot i:j"."""
    return [
        (
            f"Kalix Plot {i}:{j}",
            box(x0 + i * 100, y0 + j * 100, x0 + i * 100 + 100, y0 + j * 100 + 100),
            {},
        )
        for i in range(across)
        for j in range(up)
    ]


def test_a_property_map_prints_under_the_parcels_and_as_a_tint_at_small_scales(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue "The map and the printouts at county scale", 3/4: a property map (reference
    kind 'property', fastighetsindelning) of 3 000 plots prints as hairlines under the
    parcels, one path for the whole layer, the same as feature by feature; at 1:300 000,
    where its 100 m plots are 0.3 mm apart, it is a light tint, not solid grey."""
    import ui.printing.mapframe as mapframe
    from kalixplan.services.reference import create_reference_layer
    from ui.printing.mapframe import GroundToPaper

    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    x0, y0 = _kalix(3018)
    plots = _plots(x0, y0, 60, 50)
    parcel = box(x0 + 1010, y0 + 1010, x0 + 1390, y0 + 1390)  # plot lines cross it at 1100…1300
    with project.session_scope() as s:
        create_reference_layer(s, "Fastighetsindelning", "property", plots)
        bulk_insert_parcels(
            s, [{"designation": "Kalix Stor 1:1", "status": "available", "geom": parcel}]
        )
    dpi = 200.0

    def pixel(job: object, x: float, y: float) -> tuple[int, int]:
        layout = map_layout(job.spec.paper, job.spec.landscape)  # type: ignore[attr-defined]
        tx = GroundToPaper(layout.map_frame, job.content.extent, job.scale)  # type: ignore[attr-defined]
        mx, my = tx.point(x, y)
        return round(my / 25.4 * dpi), round(mx / 25.4 * dpi)

    try:
        spec = MapSpec(area=tuple(parcel.bounds), scale=10_000, grid=False, overview=False)
        job = prepare_map(project, spec)
        assert len([r for r in job.content.references if r.kind == "property"]) > 500
        monkeypatch.setattr(mapframe, "BULK_PARCELS", 500)  # the plots in view: one path
        at_once = _image(job).astype(int)
        monkeypatch.setattr(mapframe, "BULK_PARCELS", 10_000)
        one_by_one = _image(job).astype(int)
        monkeypatch.setattr(mapframe, "BULK_PARCELS", 2_000)
        diff = np.abs(at_once - one_by_one).max(axis=2)
        assert diff.mean() < 0.5 and (diff > 64).mean() < 0.002, diff.mean()
        # A plot line in open ground is drawn grey; where it crosses the parcel, the parcel
        # covers it: the pixel on the line is the parcel's own fill.
        line_open = at_once[pixel(job, x0 + 2000, y0 + 2050)]
        assert line_open.max() < 235, line_open
        inside_on_line = at_once[pixel(job, x0 + 1200, y0 + 1250)]
        inside_off_line = at_once[pixel(job, x0 + 1250, y0 + 1250)]
        assert np.abs(inside_on_line - inside_off_line).max() <= 8, (
            inside_on_line,
            inside_off_line,
        )
        fill = np.array(_rgb(PARCEL_STYLES["available"].fill)[::-1]) * 255  # the image is BGR
        assert np.abs(inside_off_line - fill).max() < 12, (inside_off_line, fill)

        overview = prepare_map(
            project,
            MapSpec(area=(x0, y0, x0 + 6000, y0 + 5000), scale=300_000, grid=False, overview=False),
        )
        tint = _image(overview).astype(int)
        r0, c0 = pixel(overview, x0 + 300, y0 + 4700)
        r1, c1 = pixel(overview, x0 + 5700, y0 + 300)
        block = tint[r0:r1, c0:c1]
        assert block.size and 205 < block.mean() < 250, block.mean()  # light, yet visible
    finally:
        project.close()


def test_a_property_maps_plots_are_named_where_the_name_fits_and_no_parcel_covers_it(
    tmp_path: Path, qapp: object
) -> None:
    """Issue "The map and the printouts at county scale", 3: a property map's designations
    are printed inside their plots at large scales (100 m plots at 1:2 000), never over a
    parcel (the plots lie under the parcels), and not at all where they cannot fit."""
    from kalixplan.services.reference import create_reference_layer

    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    x0, y0 = _kalix(3018)
    plots = _plots(x0, y0, 30, 30)
    parcel = box(x0 + 1010, y0 + 1010, x0 + 1390, y0 + 1390)  # covers plots 11:11 … 12:12
    with project.session_scope() as s:
        create_reference_layer(s, "Fastighetsindelning", "property", plots)
        bulk_insert_parcels(
            s, [{"designation": "Kalix Stor 1:1", "status": "available", "geom": parcel}]
        )
    try:
        named: dict[int, set[str]] = {}
        for scale in (2_000, 10_000):
            out = tmp_path / f"sheet_{scale}.pdf"
            spec = MapSpec(area=tuple(parcel.bounds), scale=scale, grid=False, overview=False)
            write_map_pdf(project, spec, out)
            text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
            named[scale] = {" ".join(line.split()) for line in text.splitlines()}
        assert "Kalix Plot 14:12" in named[2_000]  # open ground beside the parcel
        assert "Kalix Plot 9:9" in named[2_000]
        for covered in ("Kalix Plot 11:11", "Kalix Plot 12:12", "Kalix Plot 11:12"):
            assert covered not in named[2_000]
        assert not [n for n in named[10_000] if "Kalix Plot" in n]  # 10 mm plots: too small
    finally:
        project.close()
