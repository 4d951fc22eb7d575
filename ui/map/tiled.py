"""The map widget's side of tiled layers: building them, and keeping them true.

When a project has more parcels (or a reference layer more features) than the
threshold, :func:`build_tiled` makes the layers' indexes while the page is built,
and :class:`TiledMap` then does for the tiles what the page does for GeoJSON
parcels: it answers the mouse (the parcel under it, for the tooltip and a click),
draws the selection, applies the table's filter, repaints the tiles an edit or an
undo touched and sends the legend its counts, and sends the labels of the view.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from kalixplan.domain.language import format_number
from kalixplan.domain.rows import ParcelRow
from kalixplan.maps.data import (
    DISPLAY_EPSG,
    features_json,
    parcel_features,
    safe_json,
    thread_transformer,
)
from kalixplan.maps.tiles import (
    LayerIndex,
    boxes_to_mercator,
    from_mercator,
    next_step_tiles,
    resolution,
    to_mercator,
)
from kalixplan.services.map_data import MapParcel, map_parcels
from kalixplan.services.map_tiles import (
    STATUS_NAMES,
    count_parcels_with_shape,
    count_reference_features,
    parcel_index,
    parcel_shapes,
    reference_index,
    reference_names,
    reference_shapes,
    status_codes,
)
from kalixplan.services.reference import list_reference_layers
from kalixplan.store.engine import Project
from ui.map.tiles import (
    DEFAULT_THRESHOLD,
    TiledLayer,
    TileService,
    parcel_style,
    reference_style,
    selection_style,
)

# A selection up to this size comes back as shapes; a bigger one as a tile layer.
SELECTION_AS_SHAPES = 2_000
LABELS_MAX = 250
PARCEL_LABELS_MIN_ZOOM = 15
REFERENCE_LABELS_MIN_ZOOM = 16
LABEL_MIN_PX = 24.0


def tile_threshold() -> int:
    """Features above which a layer is tiled (``KALIXPLAN_MAP_TILES_ABOVE``, default 5 000)."""
    text = os.environ.get("KALIXPLAN_MAP_TILES_ABOVE", "")
    return int(text) if text.strip().isdigit() else DEFAULT_THRESHOLD


@dataclass(frozen=True)
class TiledPlan:
    """What :func:`build_tiled` decided and made (on the map's worker thread)."""

    service: TileService | None
    tiled_parcels: bool
    tiled_layers: frozenset[int]

    def page_data(self) -> dict[str, Any]:
        """The page's ``data.tiled`` block."""
        if self.service is None:
            return {}
        service = self.service
        parcels = service.layers.get("parcels")
        block: dict[str, Any] = {"parcels": None, "reference": []}
        if parcels is not None:
            block["parcels"] = {
                "url": service.url_template("parcels"),
                "selection": service.url_template("selection"),
                "version": parcels.version,
                "counts": parcels.index.counts(STATUS_NAMES),
                "total": len(parcels.index),
            }
        for name, layer in service.layers.items():
            if name.startswith("ref"):
                block["reference"].append(
                    {
                        "id": int(name[3:]),
                        "name": layer.title,
                        "kind": layer.kind,
                        "url": service.url_template(name),
                        "version": layer.version,
                    }
                )
        return block

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the tiled parcels, if any."""
        if self.service is None or "parcels" not in self.service.layers:
            return None
        return self.service.layers["parcels"].index.extent()


def build_tiled(project: Project, session: Any, threshold: int | None = None) -> TiledPlan:
    """Decide which layers are tiled and read their indexes (in the page's read scope)."""
    limit = tile_threshold() if threshold is None else threshold
    srid = project.srid
    tiled_parcels = count_parcels_with_shape(session) > limit
    counts = count_reference_features(session)
    tiled_layers = frozenset(lid for lid, n in counts.items() if n > limit)
    if not tiled_parcels and not tiled_layers:
        return TiledPlan(None, False, frozenset())
    service = TileService(project)
    if tiled_parcels:
        index = parcel_index(session, srid)
        service.add(TiledLayer("parcels", index, parcel_style(), parcel_shapes))
        selection = TiledLayer("selection", index, selection_style(), parcel_shapes)
        selection.only = np.zeros(len(index), dtype=bool)
        service.add(selection)
    for layer in list_reference_layers(session):
        if layer.id not in tiled_layers:
            continue
        layer_id = layer.id

        def read(s: Any, box: Any, srid_: int, wanted: np.ndarray, lid: int = layer_id) -> Any:
            return reference_shapes(s, lid, box, srid_, wanted)

        tiled = TiledLayer(
            f"ref{layer.id}",
            reference_index(session, srid, layer.id),
            reference_style(layer.kind),
            read,
            title=layer.name,
            kind=layer.kind,
        )
        service.add(tiled)
    return TiledPlan(service, tiled_parcels, tiled_layers)


def _lonlat_box(box: tuple[float, float, float, float] | None) -> list[float] | None:
    if box is None:
        return None
    lon, lat = from_mercator(np.array([box[0], box[2]]), np.array([box[1], box[3]]))
    return [float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1])]


def _union(
    a: tuple[float, float, float, float] | None, b: tuple[float, float, float, float] | None
) -> tuple[float, float, float, float] | None:
    if a is None:
        return b
    if b is None:
        return a
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


class TiledMap:
    """Keeps the page's tiled layers in step with the project and answers the mouse."""

    def __init__(
        self,
        service: TileService,
        run: Callable[[str], None],
        lang: Callable[[], str],
        prefetch: Callable[[Sequence[tuple[str, int, int, int]]], None] | None = None,
        drop_prefetch: Callable[[], None] | None = None,
    ) -> None:
        self.service = service
        self._prefetch = prefetch
        self._drop_prefetch = drop_prefetch
        self.srid = service.srid
        self._run = run
        self._lang = lang
        self.selected: list[int] = []
        self.hovered: int | None = None
        self.labels: list[dict[str, Any]] = []
        self.hover_answers = 0  # answered hover requests (tests)

    @property
    def parcels(self) -> TiledLayer | None:
        """The parcels' tiled layer (None: parcels are GeoJSON)."""
        return self.service.layers.get("parcels")

    @property
    def index(self) -> LayerIndex | None:
        """The parcels' index."""
        layer = self.parcels
        return None if layer is None else layer.index

    # ---- reading rows ------------------------------------------------------------------
    def _rows(self, ids: Sequence[int]) -> list[MapParcel]:
        if not ids:
            return []
        with self.service.project.read_scope() as session:
            return map_parcels(session, ids)

    def parcel_at(self, lat: float, lng: float) -> MapParcel | None:
        """The shown parcel under (lat, lng), the smallest where several overlap."""
        index = self.index
        if index is None:
            return None
        mx, my = to_mercator(np.array([lng]), np.array([lat]))
        candidates = index.under(float(mx[0]), float(my[0]), 0.0)[:64]
        if not len(candidates):
            return None
        x, y = thread_transformer(DISPLAY_EPSG, self.srid).transform(lng, lat)
        hits = [
            row
            for row in self._rows([int(i) for i in candidates])
            if row.geom is not None and shapely.intersects_xy(row.geom, x, y)
        ]
        if not hits:
            return None
        return min(hits, key=lambda row: row.geom.area if row.geom is not None else 0.0)

    # ---- the page's questions ----------------------------------------------------------
    def hover(self, lat: float, lng: float) -> None:
        """Show the tooltip and outline of the parcel under the mouse (or none)."""
        row = self.parcel_at(lat, lng)
        self.hover_answers += 1
        if row is None:
            if self.hovered is not None:
                self.hovered = None
                self._run("kalix.tiles.hover(null)")
            return
        self.hovered = row.id
        columns = features_json(parcel_features([row], self.srid))
        self._run(f"kalix.tiles.hover({columns}, [{lat!r}, {lng!r}])")

    def view_needs(self, box: tuple[float, float, float, float], zoom: int) -> None:
        """Send the labels of the view: parcels from zoom 15, reference features from 16."""
        west, south, east, north = box
        mx, my = to_mercator(np.array([west, east]), np.array([south, north]))
        view = (float(mx[0]), float(my[0]), float(mx[1]), float(my[1]))
        res = resolution(zoom)
        lang = self._lang()
        labels: list[dict[str, Any]] = []
        index = self.index
        if index is not None and zoom >= PARCEL_LABELS_MIN_ZOOM:
            ids = index.in_view(view, LABEL_MIN_PX, res, LABELS_MAX)
            for row in self._rows([int(i) for i in ids]):
                if row.geom is None:
                    continue
                labels.append(
                    self._label(
                        row.geom,
                        [row.designation, f"{format_number(row.area_m2 / 10_000, 1, lang)} ha"],
                        "parcel",
                    )
                )
        if zoom >= REFERENCE_LABELS_MIN_ZOOM:
            for name, layer in self.service.layers.items():
                if not name.startswith("ref") or len(labels) >= LABELS_MAX:
                    continue
                ids = layer.index.in_view(view, LABEL_MIN_PX, res, LABELS_MAX - len(labels))
                with self.service.project.read_scope() as session:
                    found = reference_names(session, [int(i) for i in ids])
                for _id, text, geom in found:
                    if text and geom is not None:
                        labels.append(self._label(geom, [text], "reference"))
        self.labels = labels
        self._run(f"kalix.tiles.labels({safe_json(labels)})")
        if self._prefetch is not None:
            self._prefetch(self.next_steps(view, zoom))

    def next_steps(
        self, view: tuple[float, float, float, float], zoom: int
    ) -> list[tuple[str, int, int, int]]:
        """Tiles of every drawn layer a next pan or zoom will want (``next_step_tiles``)."""
        layers = [name for name in self.service.layers if name != "selection"]
        return [(name, *tile) for tile in next_step_tiles(view, zoom) for name in layers]

    def _label(self, geom: Any, lines: list[str], kind: str) -> dict[str, Any]:
        point = shapely.point_on_surface(geom)
        lng, lat = thread_transformer(self.srid, DISPLAY_EPSG).transform(point.x, point.y)
        return {
            "lat": round(float(lat), 7),
            "lng": round(float(lng), 7),
            "lines": lines,
            "kind": kind,
        }

    # ---- the application's changes --------------------------------------------------------
    def _changed(self, region: tuple[float, float, float, float] | None) -> None:
        layer = self.parcels
        if layer is None:
            return
        if self._drop_prefetch is not None:
            self._drop_prefetch()  # the painters first repaint what the view shows
        self.service.forget("parcels", region)
        self.service.forget("selection", region)
        layer.version += 1
        self._refresh_selection_mask()
        counts = safe_json(layer.index.counts(STATUS_NAMES))
        box = json.dumps(_lonlat_box(region))
        self._run(
            f"kalix.tilesChanged({layer.version}, {box}, {counts}, {layer.index.shown_count()})"
        )
        self._run("kalix.tiles.viewChanged()")

    def update_parcels(self, rows: Sequence[ParcelRow]) -> None:
        """Parcels were written (an edit, undo, import): update the index, repaint around them."""
        index = self.index
        if index is None or not rows:
            return
        old = index.box_of(r.id for r in rows)
        shaped = [r for r in rows if r.geom is not None and not r.geom.is_empty]
        gone = [r.id for r in rows if r.geom is None or r.geom.is_empty]
        new = None
        if shaped:
            bounds = shapely.bounds(np.array([r.geom for r in shaped], dtype=object))
            boxes = boxes_to_mercator(
                self.srid, bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3]
            )
            index.upsert(
                np.array([r.id for r in shaped], dtype=np.int64),
                status_codes([r.status for r in shaped]),
                boxes,
            )
            new = (
                float(boxes[:, 0].min()),
                float(boxes[:, 1].min()),
                float(boxes[:, 2].max()),
                float(boxes[:, 3].max()),
            )
        if gone:
            index.remove(gone)
        self._changed(_union(old, new))
        if set(self.selected) & {r.id for r in rows}:
            self.select(self.selected, zoom=False)

    def remove_parcels(self, ids: Sequence[int]) -> None:
        """Parcels were deleted."""
        index = self.index
        if index is None:
            return
        region = index.box_of(ids)
        index.remove(ids)
        gone = set(int(i) for i in ids)
        if gone & set(self.selected):
            self.selected = [i for i in self.selected if i not in gone]
            self.select(self.selected, zoom=False)
        self._changed(region)

    def set_visible(self, ids: set[int] | None) -> None:
        """The table's filter: only these parcels are drawn and counted (None: all)."""
        index = self.index
        if index is None:
            return
        index.set_filter(ids)
        self._changed(None)

    def _refresh_selection_mask(self) -> None:
        selection = self.service.layers.get("selection")
        index = self.index
        if selection is None or index is None:
            return
        many = len(self.selected) > SELECTION_AS_SHAPES
        selection.only = index.mask_of(self.selected) if many else np.zeros(len(index), bool)

    def select(self, ids: Sequence[int], zoom: bool = True) -> None:
        """Highlight these parcels; zoom to them when ``zoom``."""
        index = self.index
        if index is None:
            return
        present = index.mask_of(ids)
        self.selected = [int(i) for i in index.ids[present]]
        region = index.box_of(self.selected) if self.selected else None
        bounds = json.dumps(_lonlat_box(region))
        zoom_to = "kalix.zoomTo" if zoom and region is not None else "null"
        selection = self.service.layers["selection"]
        if len(self.selected) <= SELECTION_AS_SHAPES:
            rows = self._rows(self.selected)
            columns = features_json(parcel_features(rows, self.srid))
            self._refresh_selection_mask()
            self._run(
                f"kalix.tiles.select({columns}, {json.dumps(self.selected)}, "
                f"{len(self.selected)}, {bounds}, {zoom_to}, null)"
            )
            return
        self._refresh_selection_mask()
        self.service.forget("selection")
        selection.version += 1
        self._run(
            f'kalix.tiles.select({{"id":[],"p":[],"g":[]}}, [], {len(self.selected)}, '
            f"{bounds}, {zoom_to}, {selection.version})"
        )
