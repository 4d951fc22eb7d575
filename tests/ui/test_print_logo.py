"""The logo: an image in the PDF's logo box, kept in proportion; a broken file is one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from shapely.geometry import box
from ui_pages import filled_with

from kalixplan.printing.logo import LOGO_BOX_H_MM, LOGO_MAX_W_MM, UnreadableLogo
from kalixplan.printing.paper import Paper, map_layout
from kalixplan.printing.spec import MapSpec
from kalixplan.services.parcels import create_parcel
from kalixplan.store.engine import Project, create_project
from ui.printing.pdf import write_map_pdf

pytestmark = pytest.mark.ui
MM = 25.4 / 72.0
ROOT = Path(__file__).resolve().parents[2]
SVG_BLUE = "#14468c"


def _raster_logo(path: Path, width: int, height: int, fmt: str) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 3, height, QColor("#14468c"))
    painter.fillRect(width // 3, height // 4, width // 2, height // 2, QColor("#f0c828"))
    painter.end()
    assert image.save(str(path), fmt)
    return path


def _svg_logo(path: Path) -> Path:
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 160" width="120" height="160">'
        f'<rect x="0" y="0" width="120" height="160" fill="{SVG_BLUE}"/>'
        '<path d="M30 40 H90 L60 110 Z" fill="#f0c828"/></svg>'
    )
    return path


@pytest.fixture
def small_project(tmp_path: Path) -> Project:
    project = create_project(str(tmp_path / "logo.gpkg"), 3018)
    with project.session_scope() as s:
        square = box(150_000, 7_302_000, 150_400, 7_302_400)
        create_parcel(s, {"designation": "Kalix Testet 1:1", "geom": square})
    yield project  # type: ignore[misc]
    project.close()


def _spec(paper: Paper, landscape: bool, logo: Path | None) -> MapSpec:
    return MapSpec(
        area=(150_000, 7_302_000, 150_400, 7_302_400),
        paper=paper,
        landscape=landscape,
        scale=5_000,
        logo=logo,
    )


def _image_xobjects(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image XObject of the first page (masks left out)."""
    page = PdfReader(pdf).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    sizes = []
    for ref in xobjects.values():
        obj = ref.get_object()
        if obj["/Subtype"] == "/Image" and obj.get("/ColorSpace") != "/DeviceGray":
            sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def _logo_box(paper: Paper, landscape: bool) -> tuple[float, float, float, float]:
    """The logo box (x0, top, x1, bottom in mm): at the panel's top-left, 16 mm tall."""
    panel = map_layout(paper, landscape).panel
    return panel.x, panel.y, panel.x + LOGO_MAX_W_MM, panel.y + LOGO_BOX_H_MM


def _inside(inner: tuple[float, ...], outer: tuple[float, ...], tol: float = 0.05) -> bool:
    return (
        inner[0] >= outer[0] - tol
        and inner[1] >= outer[1] - tol
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


@pytest.mark.parametrize(
    ("paper", "landscape", "size", "fmt"),
    [(Paper.A3, True, (900, 300), "PNG"), (Paper.A4, False, (300, 400), "JPEG")],
)
def test_raster_logo_is_an_image_in_the_logo_box(
    paper: Paper,
    landscape: bool,
    size: tuple[int, int],
    fmt: str,
    small_project: Project,
    tmp_path: Path,
    qapp: object,
) -> None:
    logo = _raster_logo(tmp_path / f"logo.{fmt.lower()}", *size, fmt)
    out = tmp_path / "map.pdf"
    write_map_pdf(small_project, _spec(paper, landscape, logo), out)
    assert _image_xobjects(out) == [size]
    with pdfplumber.open(out) as doc:
        page = doc.pages[0]
        (image,) = page.images
        text = page.extract_text()
    placed = (image["x0"] * MM, image["top"] * MM, image["x1"] * MM, image["bottom"] * MM)
    w, h = placed[2] - placed[0], placed[3] - placed[1]
    assert w / h == pytest.approx(size[0] / size[1], rel=0.005)
    assert _inside(placed, _logo_box(paper, landscape))
    assert max(w / LOGO_MAX_W_MM, h / LOGO_BOX_H_MM) == pytest.approx(1.0, abs=0.01)  # fills it
    assert "Kommunens logotyp" not in text  # the image replaces the placeholder


def test_svg_logo_is_drawn_as_vectors_in_the_logo_box(
    small_project: Project, tmp_path: Path, qapp: object
) -> None:
    out = tmp_path / "svg.pdf"
    write_map_pdf(small_project, _spec(Paper.A3, True, _svg_logo(tmp_path / "l.svg")), out)
    with pdfplumber.open(out) as doc:
        shapes = filled_with(doc.pages[0], SVG_BLUE)
    (rect,) = shapes
    placed = (rect["x0"] * MM, rect["top"] * MM, rect["x1"] * MM, rect["bottom"] * MM)
    assert (placed[2] - placed[0]) / (placed[3] - placed[1]) == pytest.approx(0.75, rel=0.005)
    assert placed[3] - placed[1] == pytest.approx(LOGO_BOX_H_MM, abs=0.05)
    assert _inside(placed, _logo_box(Paper.A3, True))
    assert _image_xobjects(out) == []


def test_no_logo_keeps_the_placeholder(
    small_project: Project, tmp_path: Path, qapp: object
) -> None:
    out = tmp_path / "plain.pdf"
    write_map_pdf(small_project, _spec(Paper.A4, False, None), out)
    assert _image_xobjects(out) == []
    with pdfplumber.open(out) as doc:
        assert "Kommunens" in doc.pages[0].extract_text()


def test_a_huge_logo_is_scaled_down_before_it_goes_into_the_pdf(
    small_project: Project, tmp_path: Path, qapp: object
) -> None:
    logo = _raster_logo(tmp_path / "big.png", 4000, 2000, "PNG")
    out = tmp_path / "big.pdf"
    write_map_pdf(small_project, _spec(Paper.A4, True, logo), out)
    ((w, h),) = _image_xobjects(out)
    assert w == 945 and h in (472, 473)  # 40 mm at 600 dpi, same proportions


def test_a_broken_logo_stops_the_print_with_one_sentence(
    small_project: Project, tmp_path: Path, qapp: object
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really an image" * 10)
    out = tmp_path / "none.pdf"
    with pytest.raises(UnreadableLogo) as caught:
        write_map_pdf(small_project, _spec(Paper.A4, False, broken), out)
    assert str(caught.value) == (
        f"The logo file '{broken}' is damaged or not a readable PNG image; "
        "choose another file, or print without a logo."
    )
    assert not out.exists()
    write_map_pdf(small_project, _spec(Paper.A4, False, None), out)  # and without it, it prints
    assert out.exists()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "print", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )


def test_cli_logo_and_grid_options(demo_path: Path, tmp_path: Path, qapp: object) -> None:
    logo = _raster_logo(tmp_path / "logo.png", 600, 200, "PNG")
    out = tmp_path / "cli.pdf"
    base = ["--db", str(demo_path), "--where", "area_name=Lägret industriområde", "--paper", "A4"]
    done = _cli(*base, "--out", str(out), "--logo", str(logo))
    assert done.returncode == 0, done.stderr
    assert _image_xobjects(out) == [(600, 200)]
    with pdfplumber.open(out) as doc:
        assert "Koordinatmarkeringar" in doc.pages[0].extract_text()  # on by default
    plain = tmp_path / "plain.pdf"
    done = _cli(*base, "--out", str(plain), "--no-grid")
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(plain) as doc:
        text = doc.pages[0].extract_text()
    assert "Koordinatmarkeringar" not in text and "Kommunens" in text
    pages = tmp_path / "pages.pdf"
    done = _cli(*base, "--out", str(pages), "--prospectus", "--logo", str(logo))
    assert done.returncode == 0, done.stderr
    assert _image_xobjects(pages) == [(600, 200)]  # the cover's header


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (None, "does not exist"),
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "is damaged or not a readable PNG image"),
        (b"<html>not a logo</html>", "is not a PNG, JPEG or SVG image"),
    ],
)
def test_cli_wrong_logo_is_exit_2_and_one_line(
    content: bytes | None, why: str, demo_path: Path, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    out = tmp_path / "x.pdf"
    done = _cli("--db", str(demo_path), "--out", str(out), "--logo", str(logo))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and why in lines[0] and str(logo) in lines[0], done.stderr
    assert not out.exists()


def test_dialog_remembers_the_logo_and_refuses_a_broken_one(
    demo_path: Path,
    tmp_path: Path,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kalixplan.store.engine import open_project
    from ui.printing.dialog import PrintDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    logo = _raster_logo(tmp_path / "logo.png", 600, 200, "PNG")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 cut short")
    project = open_project(str(demo_path))
    try:
        dialog = PrintDialog(project, selected_ids=[1], settings=settings)
        qtbot.addWidget(dialog)
        assert dialog.grid.isChecked() and dialog.spec().grid
        assert dialog.spec().logo is None
        assert dialog.logo.set_logo(logo)
        assert dialog.spec().logo == logo
        assert not dialog.logo.set_logo(broken)  # refused; the good one stays
        assert warnings == [  # the window speaks Swedish
            f"Logotypfilen '{broken}' är skadad eller ingen läsbar JPEG-bild; "
            "välj en annan fil, eller skriv ut utan logotyp."
        ]
        assert dialog.spec().logo == logo
        dialog.grid.setChecked(False)
        assert not dialog.spec().grid
        qtbot.waitUntil(
            lambda: dialog.job is not None and dialog.job.logo is not None, timeout=5000
        )
        # Next time the dialog opens with the same logo; gone since, the sheet prints without it.
        again = PrintDialog(project, selected_ids=[1], settings=settings)
        qtbot.addWidget(again)
        assert again.logo.path == logo and again.spec().logo == logo
        logo.unlink()
        assert again.spec().logo is None
        assert "finns inte" in again.logo.problem.text()  # the window speaks Swedish
        third = PrintDialog(project, selected_ids=[1], settings=settings)
        qtbot.addWidget(third)
        assert third.logo.path is None and not third.logo.problem.isHidden()
        qtbot.waitUntil(lambda: third.job is not None, timeout=5000)
        assert third.job is not None and third.job.logo is None
        out = tmp_path / "dialog.pdf"
        write_map_pdf(project, third.spec(), out)
        assert _image_xobjects(out) == []
    finally:
        project.close()
