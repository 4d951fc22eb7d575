"""The one object the map page may call: clicks, view changes and "ready".

QWebChannel publishes every public slot, signal and property of a registered
object, QObject's own included (``deleteLater``, ``destroyed``,
``objectName``). Two things keep the page from misusing them:

* the channel lives in an isolated JavaScript world (``ApplicationWorld``),
  where only :data:`BRIDGE_SCRIPT` runs; the page's own scripts (and anything
  a user's text could smuggle into them) see neither ``qt`` nor this object and
  reach Python only through seven DOM events the bridge script forwards;
* this object refuses ``DeferredDelete``, so ``deleteLater()`` called through
  the channel does nothing; it is deleted with its widget.

Every argument is checked here, whatever its JavaScript type: ids must be
whole numbers in SQLite's integer range, coordinates finite and within the
globe. Anything else is dropped (and logged), never converted.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QFile, QIODevice, QObject, Slot
from PySide6.QtWebEngineCore import QWebEngineScript

log = logging.getLogger(__name__)

BRIDGE_NAME = "kalixBridge"
# The DOM event the page dispatches (detail: {call: <slot name>, args: [...]}),
# and the attribute and event by which the bridge script says it is connected.
CALL_EVENT = "kalix-bridge-call"
READY_ATTRIBUTE = "data-kalix-bridge"
READY_EVENT = "kalix-bridge-ready"
WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld

_ID_MAX = 2**63 - 1

# Runs in the isolated world after qwebchannel.js: the only code that holds the channel.
_FORWARDER = """
(function () {
  "use strict";
  var CALLS = {ready: 0, parcelClicked: 1, planClicked: 1, pointClicked: 2, viewChanged: 0,
               hover: 2, viewNeeds: 5};
  new QWebChannel(qt.webChannelTransport, function (channel) {
    var bridge = channel.objects.%(name)s;
    document.addEventListener("%(call)s", function (event) {
      var d = event.detail;
      if (!d || typeof d.call !== "string" || !Object.prototype.hasOwnProperty.call(CALLS, d.call)) {
        return;
      }
      var args = Array.isArray(d.args) ? d.args : [];
      if (args.length !== CALLS[d.call]) { return; }
      for (var i = 0; i < args.length; i += 1) {
        if (typeof args[i] !== "number" || !isFinite(args[i])) { return; }
      }
      bridge[d.call].apply(bridge, args);
    });
    function announce() {
      document.documentElement.setAttribute("%(attr)s", "ready");
      document.dispatchEvent(new CustomEvent("%(ready)s"));
    }
    if (document.documentElement) { announce(); }
    else { document.addEventListener("DOMContentLoaded", announce); }
  });
}());
"""


def _qwebchannel_js() -> str:
    source = QFile(":/qtwebchannel/qwebchannel.js")
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("qwebchannel.js is missing from the Qt resources.")
    try:
        return bytes(source.readAll().data()).decode("utf-8")
    finally:
        source.close()


def bridge_script() -> QWebEngineScript:
    """The isolated-world script that connects the channel and forwards the page's events."""
    script = QWebEngineScript()
    script.setName("kalix-bridge")
    script.setWorldId(WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setRunsOnSubFrames(False)
    forwarder = _FORWARDER % {
        "name": BRIDGE_NAME,
        "call": CALL_EVENT,
        "attr": READY_ATTRIBUTE,
        "ready": READY_EVENT,
    }
    script.setSourceCode(_qwebchannel_js() + "\n" + forwarder)
    return script


def page_id(value: Any) -> int | None:
    """A row id from the page: a whole number 1 … 2⁶³−1, else None (bools and text too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int) and 1 <= value <= _ID_MAX:
        return value
    return None


def page_coordinate(value: Any, limit: float) -> float | None:
    """A latitude (limit 90) or longitude (limit 180) from the page, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    if math.isfinite(number) and -limit <= number <= limit:
        return number
    return None


class MapBridge(QObject):
    """Receives the page's calls, checks them and forwards them to plain Python callbacks."""

    def __init__(
        self,
        parent: QObject,
        *,
        on_ready: Callable[[], None],
        on_parcel: Callable[[int], None],
        on_plan: Callable[[int], None],
        on_point: Callable[[float, float], None],
        on_view: Callable[[], None],
        on_hover: Callable[[float, float], None] | None = None,
        on_view_needs: Callable[[tuple[float, float, float, float], int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_ready = on_ready
        self._on_parcel = on_parcel
        self._on_plan = on_plan
        self._on_point = on_point
        self._on_view = on_view
        self._on_hover = on_hover
        self._on_view_needs = on_view_needs
        self.refused = 0  # calls dropped for bad arguments (for tests and logs)

    def event(self, event: QEvent) -> bool:
        """Ignore ``deleteLater()``: the channel offers it to the page; the widget owns us."""
        if event.type() == QEvent.Type.DeferredDelete:
            log.warning("map page asked to delete the bridge; ignored")
            return True
        return super().event(event)

    def _refuse(self, slot: str, *args: Any) -> None:
        self.refused += 1
        log.warning("map page: %s%r refused", slot, args)

    @Slot()
    def ready(self) -> None:
        """The page has drawn its layers and connected the channel."""
        self._on_ready()

    @Slot("QVariant")
    def parcelClicked(self, parcel_id: Any) -> None:
        """A parcel was clicked."""
        checked = page_id(parcel_id)
        if checked is None:
            self._refuse("parcelClicked", parcel_id)
        else:
            self._on_parcel(checked)

    @Slot("QVariant")
    def planClicked(self, plan_id: Any) -> None:
        """A plan boundary was clicked."""
        checked = page_id(plan_id)
        if checked is None:
            self._refuse("planClicked", plan_id)
        else:
            self._on_plan(checked)

    @Slot("QVariant", "QVariant")
    def pointClicked(self, lat: Any, lng: Any) -> None:
        """The ground was clicked at (lat, lng) in EPSG:4326."""
        checked_lat, checked_lng = page_coordinate(lat, 90.0), page_coordinate(lng, 180.0)
        if checked_lat is None or checked_lng is None:
            self._refuse("pointClicked", lat, lng)
        else:
            self._on_point(checked_lat, checked_lng)

    @Slot()
    def viewChanged(self) -> None:
        """The map was panned or zoomed."""
        self._on_view()

    @Slot("QVariant", "QVariant")
    def hover(self, lat: Any, lng: Any) -> None:
        """The mouse is at (lat, lng) over a tiled layer: which parcel is there?"""
        checked_lat, checked_lng = page_coordinate(lat, 90.0), page_coordinate(lng, 180.0)
        if checked_lat is None or checked_lng is None:
            self._refuse("hover", lat, lng)
        elif self._on_hover is not None:
            self._on_hover(checked_lat, checked_lng)

    @Slot("QVariant", "QVariant", "QVariant", "QVariant", "QVariant")
    def viewNeeds(self, west: Any, south: Any, east: Any, north: Any, zoom: Any) -> None:
        """The view now shows (west, south, east, north) at ``zoom``: labels for it."""
        box = (
            page_coordinate(west, 360.0),
            page_coordinate(south, 90.0),
            page_coordinate(east, 360.0),
            page_coordinate(north, 90.0),
        )
        level = page_coordinate(zoom, 30.0)
        if any(v is None for v in box) or level is None or level < 0:
            self._refuse("viewNeeds", west, south, east, north, zoom)
        elif self._on_view_needs is not None:
            self._on_view_needs((box[0], box[1], box[2], box[3]), int(level))  # type: ignore[arg-type]
