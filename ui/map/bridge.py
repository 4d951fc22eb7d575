"""The one object the map page may call: clicks, view changes and "ready".

Only these five slots are exposed through QWebChannel; the widget's own
methods and signals stay out of the page's reach. Arguments from the page are
checked before they are passed on, since the page shows text users typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot


class MapBridge(QObject):
    """Receives the page's calls and forwards them to plain Python callbacks."""

    def __init__(
        self,
        parent: QObject,
        *,
        on_ready: Callable[[], None],
        on_parcel: Callable[[int], None],
        on_plan: Callable[[int], None],
        on_point: Callable[[float, float], None],
        on_view: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._on_ready = on_ready
        self._on_parcel = on_parcel
        self._on_plan = on_plan
        self._on_point = on_point
        self._on_view = on_view

    @Slot()
    def ready(self) -> None:
        """The page has drawn its layers and connected the channel."""
        self._on_ready()

    @Slot(int)
    def parcelClicked(self, parcel_id: int) -> None:
        """A parcel was clicked."""
        self._on_parcel(int(parcel_id))

    @Slot(int)
    def planClicked(self, plan_id: int) -> None:
        """A plan boundary was clicked."""
        self._on_plan(int(plan_id))

    @Slot(float, float)
    def pointClicked(self, lat: float, lng: float) -> None:
        """The ground was clicked at (lat, lng) in EPSG:4326."""
        if math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90:
            self._on_point(float(lat), float(lng))

    @Slot()
    def viewChanged(self) -> None:
        """The map was panned or zoomed."""
        self._on_view()
