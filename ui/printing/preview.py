"""The print dialog's preview: the map sheet as a PDF viewer shows it, sharp at every zoom.

The sheet is painted (``preview_image.render_sheet_image``) into an image of exactly
the pixels the view shows (the sheet's size on screen × the device pixel ratio), on a
worker thread: a full A3 sheet with 10 000 parcels takes about half a second to paint
at any resolution, too long for the UI thread. After zooming or resizing, the previous
image is shown scaled until the new one is painted (debounced).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.app.failures import failure_of
from kalixplan.domain.errors import KalixPlanError
from kalixplan.printing.paper import Paper, page_size_mm
from ui.printing.pdf import MapJob
from ui.printing.preview_image import render_sheet_image
from ui.printing.zoom import (
    PAGE_MARGIN_PX,
    Fit,
    RenderTarget,
    Zoom,
    clamp_zoom,
    logical_px_per_mm,
    page_px,
    render_target,
    zoom_step,
)
from ui.workers import run_in_background

RENDER_DEBOUNCE_MS = 200
DESK_COLOUR = "#9e9e9e"
WHEEL_NOTCH = 120  # angleDelta of one mouse-wheel click


class SheetView(QWidget):
    """White paper with a shadow on the grey desk, and the latest image drawn to fit it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.page = QRect(PAGE_MARGIN_PX, PAGE_MARGIN_PX, 1, 1)

    def set_page_size(self, width: int, height: int) -> None:
        """Make the sheet ``width`` × ``height`` logical pixels."""
        self.page = QRect(PAGE_MARGIN_PX, PAGE_MARGIN_PX, width, height)
        self.setFixedSize(width + 2 * PAGE_MARGIN_PX, height + 2 * PAGE_MARGIN_PX)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint only the exposed part; an image of another size is scaled smoothly."""
        painter = QPainter(self)
        page = self.page
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 70))
        painter.fillRect(page, Qt.GlobalColor.white)
        exposed = event.rect().intersected(page)
        if self.image is not None and not exposed.isEmpty():
            sx = self.image.width() / page.width()
            sy = self.image.height() / page.height()
            source = QRectF(
                (exposed.x() - page.x()) * sx,
                (exposed.y() - page.y()) * sy,
                exposed.width() * sx,
                exposed.height() * sy,
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(QRectF(exposed), self.image, source)
        painter.end()


class PrintPreviewWidget(QWidget):
    """A zoomable, scrollable preview of a map sheet, painted at the resolution it is shown.

    "Fit page" is the default; "Fit width", 100 % (true size) and zoom in/out by buttons,
    Ctrl+wheel and Ctrl+plus/minus. Drag the sheet to move it when it is larger than the view.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: MapJob | None = None
        self.zoom = Zoom()
        self._page_mm = page_size_mm(Paper.A3, True)
        self._px_per_mm = 1.0
        self._target: RenderTarget | None = None  # what the shown image was painted for
        self._rendering = False
        self._wheel = 0
        self._drag: tuple[QPointF, int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)
        self._build()
        self._relayout()

    def _build(self) -> None:
        self.fit_page_button = self._button(self.tr("Fit page"), self.fit_page, checkable=True)
        self.fit_width_button = self._button(self.tr("Fit width"), self.fit_width, checkable=True)
        self.true_size_button = self._button("100 %", self.true_size, checkable=True)
        self.true_size_button.setToolTip(
            self.tr("True size: a millimetre of the sheet is a millimetre on the screen")
        )
        self.zoom_out_button = self._button("\u2212", self.zoom_out)
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl + mouse wheel)"))
        self.zoom_in_button = self._button("+", self.zoom_in)
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl + mouse wheel)"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fit_page_button, self.fit_width_button, self.true_size_button):
            tools.addWidget(widget)
        tools.addSpacing(12)
        for control in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            tools.addWidget(control)
        tools.addStretch(1)
        self.view = SheetView()
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.view)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setMinimumSize(520, 380)
        viewport = self.scroller.viewport()
        palette = viewport.palette()
        palette.setColor(viewport.backgroundRole(), QColor(DESK_COLOUR))
        viewport.setPalette(palette)
        viewport.setAutoFillBackground(True)
        for watched in (self.scroller, viewport, self.view):
            watched.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(tools)
        outer.addWidget(self.scroller, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda zoom=slot: zoom())

    @staticmethod
    def _button(label: str, slot: Callable[[], None], *, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(label)
        button.setCheckable(checkable)
        button.clicked.connect(lambda: slot())
        return button

    # What is shown

    def image(self) -> QImage | None:
        """The image on show (device pixels), None before the first sheet."""
        return self.view.image

    def zoom_factor(self) -> float:
        """The sheet's size on screen as a factor of its true size."""
        return self._px_per_mm / self.true_px_per_mm()

    def true_px_per_mm(self) -> float:
        """Logical pixels per millimetre of this screen (its physical resolution)."""
        screen = self.screen()
        dpi = screen.physicalDotsPerInch()
        if not 40.0 <= dpi <= 1000.0:  # no or nonsensical size reported by the monitor
            dpi = screen.logicalDotsPerInch()
        return dpi / 25.4

    def target_for(self, page_mm: tuple[float, float]) -> RenderTarget:
        """The image a sheet of ``page_mm`` needs at the current zoom and view size."""
        k = self._px_per_mm_for(page_mm)
        return render_target(page_mm, page_px(page_mm, k), self.devicePixelRatioF())

    def show_sheet(self, job: MapJob, image: QImage, target: RenderTarget) -> None:
        """Show a newly gathered sheet; it is painted again if the view changed meanwhile."""
        self.job = job
        self._page_mm = page_size_mm(job.spec.paper, job.spec.landscape)
        self._relayout()
        self._show_image(image, target)
        self.schedule_render()

    # Zooming

    def fit_page(self) -> None:
        """Show the whole sheet."""
        self.set_zoom(Zoom(Fit.PAGE))

    def fit_width(self) -> None:
        """Make the sheet as wide as the view."""
        self.set_zoom(Zoom(Fit.WIDTH))

    def true_size(self) -> None:
        """Show the sheet at its printed size (100 %)."""
        self.set_zoom(Zoom(None, 1.0))

    def zoom_in(self, anchor: QPoint | None = None) -> None:
        """One zoom step larger, keeping the point under ``anchor`` (view pixels) in place."""
        self.set_zoom(Zoom(None, zoom_step(self.zoom_factor(), up=True)), anchor)

    def zoom_out(self, anchor: QPoint | None = None) -> None:
        """One zoom step smaller, keeping the point under ``anchor`` (view pixels) in place."""
        self.set_zoom(Zoom(None, zoom_step(self.zoom_factor(), up=False)), anchor)

    def set_zoom(self, zoom: Zoom, anchor: QPoint | None = None) -> None:
        """Show the sheet at ``zoom``; the sheet point under ``anchor`` stays where it is."""
        if zoom.fit is None:
            zoom = Zoom(None, clamp_zoom(zoom.factor))
        viewport = self.scroller.viewport()
        if anchor is None:
            anchor = viewport.rect().center()
        on_sheet = self.view.mapFrom(viewport, anchor) - self.view.page.topLeft()
        fx = on_sheet.x() / self.view.page.width()
        fy = on_sheet.y() / self.view.page.height()
        self.zoom = zoom
        self._relayout()
        page = self.view.page
        h, v = self.scroller.horizontalScrollBar(), self.scroller.verticalScrollBar()
        h.setValue(round(page.x() + fx * page.width() - anchor.x()))
        v.setValue(round(page.y() + fy * page.height() - anchor.y()))
        self.schedule_render()

    def _px_per_mm_for(self, page_mm: tuple[float, float]) -> float:
        viewport = self.scroller.maximumViewportSize()
        if not self.isVisible():  # not laid out yet: plan for the smallest view
            viewport = viewport.expandedTo(self.scroller.minimumSize())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return logical_px_per_mm(
            self.zoom,
            page_mm,
            (viewport.width(), viewport.height()),
            self.true_px_per_mm(),
            bar,
        )

    def _relayout(self) -> None:
        self._px_per_mm = self._px_per_mm_for(self._page_mm)
        self.view.set_page_size(*page_px(self._page_mm, self._px_per_mm))
        self.fit_page_button.setChecked(self.zoom.fit is Fit.PAGE)
        self.fit_width_button.setChecked(self.zoom.fit is Fit.WIDTH)
        self.true_size_button.setChecked(self.zoom == Zoom(None, 1.0))
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %")
        self._set_hand()

    def _set_hand(self) -> None:
        room = self.scroller.maximumViewportSize()
        movable = self.view.width() > room.width() or self.view.height() > room.height()
        self.view.setCursor(
            Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor
        )

    # Painting in the background

    def wanted(self) -> RenderTarget | None:
        """The image the view needs now; None without a sheet."""
        return None if self.job is None else self.target_for(self._page_mm)

    def is_current(self) -> bool:
        """True when the image on show is the one the view needs and none is being painted."""
        return not self._rendering and not self._timer.isActive() and self.wanted() == self._target

    def schedule_render(self) -> None:
        """Paint the sheet again shortly after the last zoom or resize, if it needs to be."""
        if self.job is not None and self.wanted() != self._target:
            self._timer.start()

    def _render(self) -> None:
        job, target = self.job, self.wanted()
        if job is None or target is None or target == self._target:
            return
        if self._rendering:
            return  # one at a time: the finished one schedules the next
        self._rendering = True
        run_in_background(
            self,
            "",  # no progress dialog, so no title
            lambda progress, cancelled: render_sheet_image(job, target),
            lambda image: self._rendered(job, target, image),
            self._render_failed,
            show_progress=False,
        )

    def _rendered(self, job: MapJob, target: RenderTarget, image: QImage) -> None:
        self._rendering = False
        if not shiboken6.isValid(self):
            return  # the dialog was closed meanwhile
        if job is self.job and target == self.wanted():
            self._show_image(image, target)
        self.schedule_render()  # the view moved on meanwhile: a newer image is due

    def _render_failed(self, exc: BaseException) -> None:
        self._rendering = False
        if not isinstance(exc, KalixPlanError):
            failure_of(exc)  # a bug: logged with its traceback; the last image stays shown

    def _show_image(self, image: QImage, target: RenderTarget) -> None:
        self.view.image = image
        self._target = target
        self.view.update()

    # Mouse, wheel and resizing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel zooms, dragging the sheet moves it, a new view size re-fits it."""
        kind = event.type()
        if watched is self.scroller and kind == QEvent.Type.Resize:
            if self.zoom.fit is not None:
                self._relayout()
            self.schedule_render()
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._wheel_zoom(watched, event)
                return True
        elif watched is self.view and isinstance(event, QMouseEvent):
            return self._drag_event(kind, event)
        return super().eventFilter(watched, event)

    def _wheel_zoom(self, watched: QObject, event: QWheelEvent) -> None:
        viewport = self.scroller.viewport()
        pos = event.position().toPoint()
        anchor = self.view.mapTo(viewport, pos) if watched is self.view else pos
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_NOTCH:  # touchpads send many small steps
            up = self._wheel > 0
            self._wheel -= WHEEL_NOTCH if up else -WHEEL_NOTCH
            (self.zoom_in if up else self.zoom_out)(anchor)
        event.accept()

    def _drag_event(self, kind: QEvent.Type, event: QMouseEvent) -> bool:
        h, v = self.scroller.horizontalScrollBar(), self.scroller.verticalScrollBar()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.globalPosition(), h.value(), v.value())
            self.view.setCursor(Qt.CursorShape.ClosedHandCursor)
            return True
        if kind == QEvent.Type.MouseMove and self._drag is not None:
            start, x, y = self._drag
            moved = event.globalPosition() - start
            h.setValue(round(x - moved.x()))
            v.setValue(round(y - moved.y()))
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._drag is not None:
            self._drag = None
            self._set_hand()
            return True
        return False

    def event(self, event: QEvent) -> bool:
        """A new device pixel ratio (the window moved to another screen) needs a new image."""
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._relayout()
            self.schedule_render()
        return super().event(event)

    def sizeHint(self) -> QSize:
        """Room for a readable A3 sheet."""
        return QSize(760, 560)
