"""Presentation mode: entering, stepping through a tour, and leaving the window as it was.

The main window lends its map (``MapWidget``) to the presentation window and takes it
back on leaving: one QtWebEngine page in memory, no second load (docs/ui.md,
"Presentation mode"). While it is lent, the window's own reactions to map clicks are
disconnected (a click must not change the register's selection or open a form behind
the presentation), the tour's parcels carry only what a visitor may see (no owner or
notes; no price unless chosen) and only they are shown. Leaving puts every one of
those back: the map in its place, the page's view (centre and zoom), selection,
visible set, the parcels' own properties, and the window's click handling. The main
window itself (geometry, state, docks, filters) is never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from kalixplan.app.changes import Changes, Kind
from kalixplan.domain.language import check_lang
from kalixplan.services.actors import list_actors
from kalixplan.services.parcels import ParcelFilter, search_parcels
from kalixplan.services.presentation import (
    Tour,
    TourChoice,
    available_parcels,
    build_tour,
    presentation_areas,
    visitor_row,
)
from ui.i18n import current_language
from ui.presentation.setup_dialog import PresentationSetupDialog
from ui.presentation.view import PresentationView
from ui.window_shell import WindowShell

_KEY = Qt.Key
NEXT_KEYS = frozenset({_KEY.Key_Right, _KEY.Key_Down, _KEY.Key_PageDown, _KEY.Key_Space})
PREVIOUS_KEYS = frozenset({_KEY.Key_Left, _KEY.Key_Up, _KEY.Key_PageUp, _KEY.Key_Backspace})
LEAVE_KEYS = frozenset({_KEY.Key_Escape, _KEY.Key_F11})
_ALL_KEYS = NEXT_KEYS | PREVIOUS_KEYS | LEAVE_KEYS | {_KEY.Key_Home, _KEY.Key_End, _KEY.Key_L}

# The page's view, asked before the map is lent and set again when it is back.
_VIEW_STATE = (
    "(function(){var c = kalix.map.getCenter();"
    " return {lat: c.lat, lng: c.lng, zoom: kalix.map.getZoom(), selected: kalix.selected()};})()"
)
# A zoom animation ends on a CSS transition; a page that draws no frames (lent to a window
# the compositor has not shown yet) never ends it, and Leaflet 1.9 then keeps the old
# zoom. Finish any such animation before the next view change (Leaflet's own handler).
_SETTLE = (
    "(function(m){ if (m._animatingZoom) { m._onZoomTransitionEnd(); } m.stop(); })(kalix.map)"
)
# Waiting for the page to take the size of its new place: 50 ms steps, at most 3 s.
_SIZE_POLL_MS, _SIZE_POLLS = 50, 60


@dataclass
class _Lent:
    """What is changed while the map is lent, to be put back on leaving."""

    layout: QBoxLayout
    index: int
    stretch: int
    placeholder: QLabel
    view_state: dict[str, Any]
    zoom_factor: float
    connections: list[tuple[SignalInstance, Callable[..., Any]]] = field(default_factory=list)


class PresentationMode(QObject):
    """Presentation mode of a main window (View ▸ Presentation mode, F11).

    Signals:
        entered(): the presentation shows its first step, the map sized and zoomed.
        left(): the window is back as it was (map view, selection, filters).
        stepChanged(int): the step shown (0 is the overview).
    """

    entered = Signal()
    left = Signal()
    stepChanged = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self.view: PresentationView | None = None
        self.setup: PresentationSetupDialog | None = None
        self.tour: Tour | None = None
        self.choice = TourChoice()
        self.step = 0
        self._lent: _Lent | None = None
        self._key_widgets: list[QWidget] = []
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.start)
        window.menu_view.addSeparator()
        window.menu_view.addAction(self.action)
        window.project_opened.connect(lambda project: self.action.setEnabled(project is not None))
        self.retranslate()

    @property
    def active(self) -> bool:
        """The presentation is on."""
        return self._lent is not None

    # --- starting ----------------------------------------------------------------------
    def start(self) -> PresentationSetupDialog | None:
        """Ask which tour to show (areas or an actor, prices or not), then present it."""
        if self.window.project is None or self.active:
            return None
        workspace = self.window.workspace
        dialog = PresentationSetupDialog(
            workspace.query(presentation_areas),
            workspace.query(list_actors),
            self.window,
            self.choice,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.enter(dialog.choice()))
        self.setup = dialog
        dialog.open()
        return dialog

    def enter(self, choice: TourChoice) -> None:
        """Present ``choice`` full screen in the application's language."""
        if self.window.project is None or self.active:
            return
        self.choice = choice
        self.tour = self._build()
        self.step = 0
        # The page's view first: the map leaves its place only after it was read.
        self.window.map.evaluate_json(_VIEW_STATE, self._lend_map)

    def _build(self) -> Tour:
        lang = check_lang(current_language())
        return self.window.workspace.query(build_tour, self.choice, lang)

    def _lend_map(self, view_state: dict[str, Any]) -> None:
        window, map_widget = self.window, self.window.map
        home = map_widget.parentWidget()
        layout = home.layout() if home is not None else None
        if not isinstance(layout, QBoxLayout) or self.tour is None:
            return
        index = layout.indexOf(map_widget)
        placeholder = QLabel(
            self.tr("Presentation mode is on; Esc in the presentation brings the map back.")
        )
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lent = _Lent(
            layout,
            index,
            layout.stretch(index),
            placeholder,
            view_state,
            map_widget.view.zoomFactor(),
        )
        layout.insertWidget(index, placeholder, lent.stretch)
        view = PresentationView()
        view.map_layout.addWidget(map_widget)
        self.view, self._lent = view, lent
        # The window's reactions to clicks on its map wait until the map is back.
        for signal, slot in (
            (map_widget.parcelClicked, window.parcels.map_clicked),
            (map_widget.planClicked, window.plans.map_clicked),
            (map_widget.pointClicked, window.project_actions.what_applies),
        ):
            signal.disconnect(slot)
            lent.connections.append((signal, slot))
        map_widget.parcelClicked.connect(self._site_clicked)
        map_widget.mapReady.connect(self._map_reloaded)
        window.workspace.changed.connect(self._data_changed)
        view.languageChanged.connect(self._relanguage)
        view.closing.connect(self.leave)
        view.resized.connect(self._map_type)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._watch_keys()
        view.setGeometry(window.screen().geometry())
        view.show_step(self.tour, 0)
        view.showFullScreen()
        view.activateWindow()
        view.setFocus()
        self._when_sized(self._presented)

    def _map_type(self) -> None:
        """The map's legend, labels and scale grow with the projector (1 at 768 lines)."""
        if self.view is not None:
            factor = max(1.0, min(1.5, self.view.height() / 768))
            self.window.map.view.setZoomFactor(round(factor, 2))
            # Another size (the window moved to the projector): the step zoomed again.
            self._when_sized(self._zoom_to_step)

    def _presented(self) -> None:
        self._apply_map()
        self.window.map.flush(self.entered.emit)

    # --- the tour ----------------------------------------------------------------------
    def go(self, step: int) -> None:
        """Show step ``step`` (0: the overview; clamped to the tour)."""
        if self.tour is None or self.view is None:
            return
        step = max(0, min(step, self.tour.steps - 1))
        self.step = step
        self.view.show_step(self.tour, step)
        self._zoom_to_step()
        self.stepChanged.emit(step)

    def next(self) -> None:
        """The next site."""
        self.go(self.step + 1)

    def previous(self) -> None:
        """The site before (or the overview)."""
        self.go(self.step - 1)

    def _zoom_to_step(self) -> None:
        if self.tour is None:
            return
        ids = list(self.tour.ids) if self.step == 0 else [self.tour.ids[self.step - 1]]
        self.window.map.evaluate(_SETTLE, _ignore)
        self.window.map.select_parcels(ids, zoom=bool(ids))

    def _apply_map(self) -> None:
        """Only the tour's sites on the map, as a visitor may see them, the step zoomed."""
        if self.tour is None:
            return
        ids = self.tour.ids
        rows = self.window.workspace.query(available_parcels, ids)
        show_prices = self.tour.show_prices
        self.window.map.update_parcels([visitor_row(r, show_prices) for r in rows])
        self.window.map.set_visible_parcels(set(ids))
        self._zoom_to_step()

    def _site_clicked(self, parcel_id: int) -> None:
        if self.tour is not None and parcel_id in self.tour.ids:
            self.go(self.tour.ids.index(parcel_id) + 1)

    def _map_reloaded(self) -> None:
        # The page was rebuilt (language, layers): it shows the project's own data again,
        # perhaps in a new widget that takes the keys.
        self._watch_keys()
        self._apply_map()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PROJECT):
            self.leave()
            return
        if not changes.touches(Kind.PARCELS) and not changes.everything(Kind.PLANS):
            return
        self._rebuild()

    def _relanguage(self) -> None:
        if self.tour is not None and self.tour.lang != current_language():
            self._rebuild()

    def _rebuild(self) -> None:
        """The tour read again (a save, another language); the same site stays shown."""
        if self.tour is None or self.view is None:
            return
        current = self.tour.ids[self.step - 1] if self.step > 0 else None
        self.tour = self._build()
        step = self.tour.ids.index(current) + 1 if current in self.tour.ids else 0
        self._apply_map()
        self.go(step if current is not None else 0)

    # --- keys: every key of a clicker, wherever the focus is in the presentation ---------
    def _watch_keys(self) -> None:
        """Hear the keys on the window and on the map's widgets (the page takes the focus
        when clicked). Per widget: an application-wide Python event filter crashes
        PySide6 6.11 together with QtWebEngine (measured here)."""
        if self.view is None:
            return
        widgets = [self.view, *self.window.map.findChildren(QWidget)]
        for widget in widgets:
            if widget not in self._key_widgets:
                widget.installEventFilter(self)
                self._key_widgets.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if self.view is None or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.view or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key not in _ALL_KEYS or extra != Qt.KeyboardModifier.NoModifier:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self._key(key)
        return True

    def _key(self, key: Qt.Key) -> None:
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == _KEY.Key_Home:
            self.go(0)
        elif key == _KEY.Key_End:
            self.go(self.tour.steps - 1 if self.tour else 0)
        elif key == _KEY.Key_L:
            self.window.set_language("en" if current_language() == "sv" else "sv")
        elif key in LEAVE_KEYS:
            QTimer.singleShot(0, self.leave)  # not inside the key event of the closing window

    # --- leaving -----------------------------------------------------------------------
    def leave(self) -> None:
        """Back to the window exactly as it was."""
        lent, view = self._lent, self.view
        if lent is None or view is None:
            return
        self._lent = None
        for widget in self._key_widgets:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._key_widgets = []
        window, map_widget = self.window, self.window.map
        map_widget.parcelClicked.disconnect(self._site_clicked)
        map_widget.mapReady.disconnect(self._map_reloaded)
        window.workspace.changed.disconnect(self._data_changed)
        for signal, slot in lent.connections:
            signal.connect(slot)
        view.closing.disconnect(self.leave)
        view.resized.disconnect(self._map_type)
        map_widget.view.setZoomFactor(lent.zoom_factor)
        lent.layout.removeWidget(lent.placeholder)
        lent.placeholder.deleteLater()
        lent.layout.insertWidget(lent.index, map_widget, lent.stretch)
        map_widget.show()
        view.hide()
        view.deleteLater()
        self.view = None
        ids = self.tour.ids if self.tour is not None else ()
        self.tour = None
        # The parcels' own properties, the window's visible set and the page's selection.
        if ids:
            rows = window.workspace.query(search_parcels, ParcelFilter(ids=frozenset(ids)))
            map_widget.update_parcels(rows)
        map_widget.select_parcels([], zoom=False)
        map_widget.set_visible_parcels(None)
        window.parcels.restore_map_state()
        selected = [int(i) for i in lent.view_state.get("selected") or []]
        map_widget.select_parcels(selected, zoom=False)
        window.activateWindow()
        window.raise_()
        state = lent.view_state
        self._when_sized(lambda: self._restore_view(state))

    def _restore_view(self, state: dict[str, Any]) -> None:
        lat, lng, zoom = (float(state["lat"]), float(state["lng"]), float(state["zoom"]))
        self.window.map.evaluate(_SETTLE, _ignore)
        self.window.map.evaluate(
            f"kalix.map.setView([{lat!r}, {lng!r}], {zoom!r}, {{animate: false}}); 0",
            lambda _result: self.left.emit(),
        )

    def _when_sized(self, then: Callable[[], None], polls: int = _SIZE_POLLS) -> None:
        """Call ``then`` once the page has the size of its (new) place, Leaflet told so."""
        map_widget = self.window.map

        def check(size: Any) -> None:
            if not shiboken6.isValid(map_widget):
                return
            view = map_widget.view
            factor = view.zoomFactor() or 1.0
            want = (view.width() / factor, view.height() / factor)
            sized = isinstance(size, list) and all(
                abs(float(a) - b) <= 1.0 for a, b in zip(size, want, strict=False)
            )
            if sized or polls <= 0:
                # Leaflet learns of a resize one animation frame late; tell it now, keeping
                # the centre, so a zoom or a setView that follows uses the new size.
                map_widget.evaluate("kalix.map.invalidateSize({pan: true}); 0", lambda _r: then())
            else:
                QTimer.singleShot(_SIZE_POLL_MS, lambda: self._when_sized(then, polls - 1))

        map_widget.evaluate_json("[window.innerWidth, window.innerHeight]", check)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        """The action's text in the current language."""
        self.action.setText(self.tr("Presentation &mode…"))
        self.action.setToolTip(
            self.tr("Show available land full screen to a visitor, site by site (F11)")
        )


def _ignore(_result: object) -> None:
    """A page call whose answer is not needed."""
