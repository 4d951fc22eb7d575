"""The print preview: painted at the size it is shown, zoomable, legible, the newest result wins."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kalixplan.printing.paper import page_size_mm
from kalixplan.store.engine import Project, open_project
from ui.printing import dialog as dialog_module
from ui.printing import preview as preview_module
from ui.printing.dialog import PrintDialog
from ui.printing.pdf import paint_map, pdf_writer
from ui.printing.preview_image import render_sheet_image
from ui.printing.zoom import (
    MAX_IMAGE_PIXELS,
    PAGE_MARGIN_PX,
    Fit,
    Zoom,
    logical_px_per_mm,
    render_target,
    zoom_step,
)

pytestmark = pytest.mark.ui


def drawing() -> str:
    """The dialog's "drawing the preview" state, in whatever language an earlier test chose."""
    return QCoreApplication.translate("PrintDialog", "Drawing the preview…")


def new_dialog(project: Project, tmp_path: Path) -> PrintDialog:
    """A print dialog with settings of its own (no remembered logo)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return PrintDialog(project, settings=settings)


@pytest.fixture
def dialog(demo_path: Path, tmp_path: Path, qtbot: Any) -> Iterator[PrintDialog]:
    """The print dialog on the demo, A3 landscape, shown and with its first preview drawn."""
    project = open_project(str(demo_path))
    dlg = new_dialog(project, tmp_path)
    qtbot.addWidget(dlg)
    dlg.resize(1200, 800)
    dlg.show()
    qtbot.waitExposed(dlg)
    settle(qtbot, dlg)
    yield dlg
    project.close()


def settle(qtbot: Any, dlg: PrintDialog) -> QImage:
    """Wait until the sheet is gathered and the image on show is the one the view needs."""
    qtbot.waitUntil(
        lambda: dlg.job is not None and dlg.status.text() != drawing() and dlg.preview.is_current(),
        timeout=15_000,
    )
    image = dlg.preview.image()
    assert image is not None
    return image


def test_zoom_steps_fits_and_the_pixel_budget() -> None:
    assert zoom_step(0.53, up=True) == 0.67 and zoom_step(1.0, up=True) == 1.25
    assert zoom_step(1.0, up=False) == 0.75 and zoom_step(0.995, up=False) == 0.75
    assert zoom_step(4.0, up=True) == 4.0 and zoom_step(0.25, up=False) == 0.25
    a3 = (420.0, 297.0)
    room = 2 * PAGE_MARGIN_PX
    page = logical_px_per_mm(Zoom(Fit.PAGE), a3, (1000, 600), 3.78, 15)
    assert page == pytest.approx((600 - room) / 297)  # the height limits
    width = logical_px_per_mm(Zoom(Fit.WIDTH), a3, (1000, 600), 3.78, 15)
    assert width == pytest.approx((1000 - room - 15) / 420)  # room for the scroll bar it needs
    assert logical_px_per_mm(Zoom(None, 2.0), a3, (1000, 600), 3.78, 15) == 2 * 3.78
    sharp = render_target(a3, (1000, 707), 2.0)  # a high-DPI screen: twice the pixels
    assert (sharp.width, sharp.height) == (2000, 1414)
    assert sharp.dpi == pytest.approx(2000 / 420 * 25.4)
    huge = render_target(a3, (20_000, 14_143), 2.0)
    assert huge.width * huge.height <= MAX_IMAGE_PIXELS
    assert huge.width / huge.height == pytest.approx(420 / 297, rel=1e-3)


def test_the_image_follows_the_view_and_the_zoom(dialog: PrintDialog, qtbot: Any) -> None:
    preview = dialog.preview
    dpr = preview.devicePixelRatioF()
    # Fit page: the sheet fills the view on its limiting side, painted pixel for pixel.
    image = settle(qtbot, dialog)
    assert preview.zoom.fit is Fit.PAGE and preview.fit_page_button.isChecked()
    view = preview.scroller.viewport().size()
    slack_w = view.width() - image.width() / dpr
    slack_h = view.height() - image.height() / dpr
    assert min(slack_w, slack_h) <= 2 * PAGE_MARGIN_PX + 1 and slack_w >= 0 and slack_h >= 0
    assert image.width() / image.height() == pytest.approx(420 / 297, rel=0.01)
    # A larger window paints a larger image.
    dialog.resize(1500, 1000)
    qtbot.waitUntil(lambda: preview.is_current() and preview.image().width() > image.width())
    # 100 %: one millimetre of the sheet is the screen's DPI / 25.4 pixels.
    preview.true_size_button.click()
    true_size = settle(qtbot, dialog)
    dpi = preview.screen().physicalDotsPerInch()
    assert true_size.width() / dpr / 420.0 == pytest.approx(dpi / 25.4, abs=0.005)
    assert preview.zoom_label.text() == "100 %" and preview.true_size_button.isChecked()
    # Zoom in: until the new image is painted the old one is shown, scaled.
    preview.zoom_in_button.click()
    assert preview.image() is true_size and not preview.is_current()
    assert preview.view.page.width() == pytest.approx(1.25 * true_size.width() / dpr, abs=1)
    preview.zoom_in_button.click()
    preview.zoom_in_button.click()
    double = settle(qtbot, dialog)
    assert preview.zoom_label.text() == "200 %"
    assert double.width() == pytest.approx(2 * true_size.width(), abs=2)
    assert double.height() == pytest.approx(2 * true_size.height(), abs=2)
    preview.zoom_out_button.click()
    assert preview.zoom_label.text() == "150 %"
    preview.fit_width_button.click()
    fitted = settle(qtbot, dialog)
    room = preview.scroller.maximumViewportSize().width() - 2 * PAGE_MARGIN_PX
    assert fitted.width() / dpr <= room and fitted.width() / dpr >= room - 20  # a scroll bar


def test_ctrl_wheel_zooms_at_the_pointer_and_dragging_moves_the_sheet(
    dialog: PrintDialog, qtbot: Any
) -> None:
    preview = dialog.preview
    preview.set_zoom(Zoom(None, 2.0))
    settle(qtbot, dialog)
    viewport = preview.scroller.viewport()
    h, v = preview.scroller.horizontalScrollBar(), preview.scroller.verticalScrollBar()
    assert h.maximum() > 0 and v.maximum() > 0  # zoomed past the view: it scrolls
    pointer = QPoint(100, 120)

    def sheet_point() -> tuple[float, float]:
        at = preview.view.mapFrom(viewport, pointer) - preview.view.page.topLeft()
        return at.x() / preview.view.page.width(), at.y() / preview.view.page.height()

    before = sheet_point()
    wheel = QWheelEvent(
        QPointF(pointer),
        QPointF(viewport.mapToGlobal(pointer)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert preview.zoom_label.text() == "300 %"
    dialog.activateWindow()
    preview.scroller.setFocus()
    QTest.keyClick(preview.scroller, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_label.text() == "200 %"  # Ctrl+minus
    QTest.keyClick(preview.scroller, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_label.text() == "300 %"
    assert sheet_point() == pytest.approx(before, abs=0.002)  # the point stayed under the pointer
    x0, y0 = h.value(), v.value()
    view = preview.view
    start = view.mapFrom(viewport, QPoint(300, 300))

    def mouse(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(view.mapToGlobal(at)),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view, event)

    left = Qt.MouseButton.LeftButton
    mouse(QEvent.Type.MouseButtonPress, start, left)
    mouse(QEvent.Type.MouseMove, start + QPoint(-40, -30), left)
    mouse(QEvent.Type.MouseButtonRelease, start + QPoint(-40, -30), Qt.MouseButton.NoButton)
    assert (h.value(), v.value()) == (x0 + 40, y0 + 30)


def _grey(image: QImage) -> np.ndarray:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return rows[:, : grey.width()].astype(float)


def _similarity(reference: np.ndarray, image: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """Correlation of the two images in ``box`` (x0, y0, x1, y1), best over 1-pixel shifts."""
    x0, y0, x1, y1 = box
    a = reference[y0:y1, x0:x1] - reference[y0:y1, x0:x1].mean()
    best = -1.0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            b = image[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
            b = b - b.mean()
            best = max(best, float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum() + 1e-9)))
    return best


def test_text_in_the_preview_reads_as_in_the_pdf(
    dialog: PrintDialog, qtbot: Any, tmp_path: Path
) -> None:
    """At 100 % every word matches the PDF page rendered by pdftoppm at the same resolution."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    dialog.preview.true_size_button.click()
    preview = settle(qtbot, dialog)
    job = dialog.job
    assert job is not None
    pdf = tmp_path / "sheet.pdf"
    writer = pdf_writer(pdf, job.spec.paper, job.spec.landscape, "preview")
    paint_map(writer, job)  # the very sheet the preview shows
    del writer
    w, h = preview.width(), preview.height()
    dpi = w / page_size_mm(job.spec.paper, job.spec.landscape)[0] * 25.4
    # The PDF's page is a little larger (whole points), so crop rather than scale to fit:
    # text of this size must be compared at the same resolution to a fraction of a pixel.
    crop = ["-x", "0", "-y", "0", "-W", str(w), "-H", str(h)]
    out = str(tmp_path / "reference")
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-r", f"{dpi:.4f}", *crop, str(pdf), out], check=True
    )
    reference = _grey(QImage(str(tmp_path / "reference.png")))
    shown = _grey(preview)
    assert reference.shape == shown.shape
    assert np.abs(reference - shown).mean() < 3.0  # of 255, over the whole sheet
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        k = dpi / 72.0  # pixels per PDF point
        words = page.extract_words()
    boxes = {
        i: (int(t["x0"] * k), int(t["top"] * k), int(t["x1"] * k) + 1, int(t["bottom"] * k) + 1)
        for i, t in enumerate(words)
    }
    scores = np.array([_similarity(reference, shown, b) for b in boxes.values()])
    assert len(words) > 100 and np.median(scores) > 0.95 and scores.min() > 0.5
    # The scale bar's numbers (the words just below "Skala") are dark and match in place.
    scale = next(t for t in words if t["text"] == "Skala")
    mm = 72 / 25.4  # PDF points
    bar = [
        i
        for i, t in enumerate(words)
        if scale["bottom"] < t["top"] < scale["bottom"] + 6 * mm and t["x0"] > scale["x0"] - 3 * mm
    ]
    assert words[bar[0]]["text"] == "0" and words[bar[-1]]["text"].endswith("m")
    for i in bar:
        x0, y0, x1, y1 = boxes[i]
        assert shown[y0:y1, x0:x1].min() < 100 and scores[i] > 0.6
    # The measure tells: the old 40 dpi preview, enlarged to this size, reads far worse.
    old = render_sheet_image(job, render_target(page_size_mm(job.spec.paper, True), (661, 468), 1))
    blurred = _grey(old.scaled(w, h, mode=Qt.TransformationMode.SmoothTransformation))
    old_scores = np.array([_similarity(reference, blurred, b) for b in boxes.values()])
    assert np.median(old_scores) < 0.8 and old_scores[bar].max() < 0.6


class Recorder:
    """``run_in_background`` stood in for: remembers the work, runs nothing by itself."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, Any, Any]] = []

    def __call__(self, parent: Any, title: str, work: Any, on_done: Any, on_error: Any, **kw: Any):  # type: ignore[no-untyped-def]
        self.calls.append((work, on_done, on_error))

    def finish(self, n: int) -> None:
        work, on_done, _ = self.calls[n]
        on_done(work(lambda *a: None, lambda: False))


Held = tuple[Project, Recorder, Recorder]


@pytest.fixture
def held(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    """The demo, with the dialog's sheets and the preview's images run only when a test says."""
    sheets, images = Recorder(), Recorder()
    monkeypatch.setattr(dialog_module, "run_in_background", sheets)
    monkeypatch.setattr(preview_module, "run_in_background", images)
    project = open_project(str(demo_path))
    yield project, sheets, images
    project.close()


def test_a_newer_change_drops_an_older_result(held: Held, qtbot: Any, tmp_path: Path) -> None:
    project, sheets, images = held
    dlg = new_dialog(project, tmp_path)
    qtbot.addWidget(dlg)
    dlg.title.setText("Old")
    dlg.refresh_preview()
    assert dlg.status.text() == drawing()
    dlg.title.setText("New")
    dlg.refresh_preview()
    sheets.finish(1)
    sheets.finish(0)  # late: the older sheet must not replace the newer one
    assert dlg.job is not None and dlg.job.spec.title == "New"
    newest = dlg.preview.image()
    assert dlg.status.text() != drawing()
    # The preview's own repaints: one for a zoom that was zoomed past is dropped.
    preview = dlg.preview
    preview.set_zoom(Zoom(None, 1.0))
    qtbot.waitUntil(lambda: len(images.calls) == 1)
    preview.set_zoom(Zoom(None, 0.5))
    images.finish(0)
    assert preview.image() is newest and not preview.is_current()
    qtbot.waitUntil(lambda: len(images.calls) == 2)
    images.finish(1)
    assert preview.image() is not newest and preview.is_current()
    # A repaint of a sheet that has since been replaced is dropped too.
    preview.set_zoom(Zoom(None, 1.0))
    qtbot.waitUntil(lambda: len(images.calls) == 3)
    dlg.refresh_preview()
    sheets.finish(-1)  # the newest (the debounce timer may have asked for one meanwhile)
    replaced = preview.image()
    images.finish(2)
    assert preview.image() is replaced


def test_closing_the_dialog_while_it_paints_is_quiet(
    held: Held, qtbot: Any, tmp_path: Path
) -> None:
    project, sheets, images = held
    dlg = new_dialog(project, tmp_path)
    dlg.refresh_preview()
    sheets.finish(-1)
    dlg.preview.set_zoom(Zoom(None, 1.0))
    qtbot.waitUntil(lambda: len(images.calls) == 1)
    dlg.refresh_preview()
    shiboken6.delete(dlg)  # closed (WA_DeleteOnClose) while both are being painted
    images.finish(0)
    sheets.finish(-1)
