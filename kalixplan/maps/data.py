"""What the map shows: features in EPSG:4326, rounded, with plain-text properties.

The map page only ever sees the data built here. Geometries are transformed
from the project CRS to longitude/latitude in one vectorised call and rounded
to 6 decimals (about 0.1 m north-south and 0.05 m east-west at 65.85° N), which
keeps the page small without moving anything a planner could see. Properties
hold the raw text users typed; the page writes it with ``textContent`` and
the JSON embedding (:func:`payload_json`) escapes ``<``, ``>`` and ``&`` so no
text can end the data block or become markup.

This module knows nothing of services: it builds from any objects that have
the attributes of the service rows (``ParcelRow``, ``PlanRow``, ``LandUseRow``,
reference features), so ``kalixplan.maps`` stays below the services layer.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

from kalixplan.geo.crs import crs_from_epsg
from kalixplan.maps.style import LANGUAGES

DISPLAY_EPSG = 4326
DECIMALS = 6
# Kalix centre: where an empty project opens.
DEFAULT_BOUNDS = (23.10, 65.82, 23.22, 65.88)


class ParcelLike(Protocol):
    """The attributes of a parcel row the map shows."""

    @property
    def id(self) -> int: ...
    @property
    def designation(self) -> str: ...
    @property
    def area_name(self) -> str | None: ...
    @property
    def owner(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def price_sek_m2(self) -> float | None: ...
    @property
    def land_use(self) -> str | None: ...
    @property
    def plan(self) -> str | None: ...
    @property
    def power_mw(self) -> float | None: ...
    @property
    def notes(self) -> str | None: ...
    @property
    def area_m2(self) -> float: ...
    @property
    def geom(self) -> BaseGeometry | None: ...


class PlanLike(Protocol):
    """The attributes of a plan row the map shows."""

    @property
    def id(self) -> int: ...
    @property
    def designation(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def implementation_ends(self) -> date | None: ...
    @property
    def geom(self) -> BaseGeometry | None: ...


class LandUseLike(Protocol):
    """The attributes of a land-use row the map shows."""

    @property
    def id(self) -> int: ...
    @property
    def plan_id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def max_height_m(self) -> float | None: ...
    @property
    def geom(self) -> BaseGeometry | None: ...


class ReferenceFeatureLike(Protocol):
    """The attributes of a reference feature row the map shows."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str | None: ...
    @property
    def geom(self) -> BaseGeometry | None: ...


@dataclass(frozen=True)
class MapFeature:
    """One feature on the map: id, geometry in EPSG:4326, plain-text properties."""

    id: int
    geom: BaseGeometry
    props: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReferenceLayerData:
    """A reference layer: its name (user text), kind, and features."""

    id: int
    name: str
    kind: str
    features: tuple[MapFeature, ...]


@dataclass(frozen=True)
class MapData:
    """Everything the map page shows, in EPSG:4326.

    ``srid`` is the project CRS the data came from (clicks are transformed
    back into it); ``bounds`` is (west, south, east, north) to open on.
    """

    srid: int
    parcels: tuple[MapFeature, ...] = ()
    plans: tuple[MapFeature, ...] = ()
    land_use: tuple[MapFeature, ...] = ()
    reference: tuple[ReferenceLayerData, ...] = ()
    lang: str = "sv"
    bounds: tuple[float, float, float, float] = DEFAULT_BOUNDS
    # Layers the page draws as tiles from the application (``kalixplan.maps.tiles``):
    # {"parcels": {...} | None, "reference": [{...}]}, set by the map widget.
    tiled: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"Map language must be one of {LANGUAGES}, not {self.lang!r}.")


_LOCAL = threading.local()


def thread_transformer(src_epsg: int, dst_epsg: int) -> Transformer:
    """An always-x/y transformer owned by the calling thread.

    pyproj transformers must not be shared between threads (a shared one
    crashes when the map data is built on a worker thread), so each thread
    keeps its own.
    """
    cache: dict[tuple[int, int], Transformer] = _LOCAL.__dict__.setdefault("transformers", {})
    key = (src_epsg, dst_epsg)
    if key not in cache:
        crs_from_epsg(src_epsg)  # raises UnknownCrs with a clear message
        crs_from_epsg(dst_epsg)
        cache[key] = Transformer.from_crs(f"EPSG:{src_epsg}", f"EPSG:{dst_epsg}", always_xy=True)
    return cache[key]


def to_display(geoms: Sequence[BaseGeometry | None], srid: int) -> list[BaseGeometry | None]:
    """Geometries from the project CRS to rounded EPSG:4326, all in one transform call."""
    arr = np.array(list(geoms), dtype=object)
    if len(arr) == 0:
        return []
    present = np.array([g is not None and not g.is_empty for g in arr], dtype=bool)
    out: list[BaseGeometry | None] = [None] * len(arr)
    if not present.any():
        return out
    tr = thread_transformer(srid, DISPLAY_EPSG)

    def _tx(coords: np.ndarray) -> np.ndarray:
        lon, lat = tr.transform(coords[:, 0], coords[:, 1])
        return np.round(np.column_stack((lon, lat)), DECIMALS)

    moved = shapely.transform(arr[present], _tx)
    for index, geom in zip(np.flatnonzero(present), moved, strict=True):
        out[int(index)] = geom
    return out


def _num(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(float(value), digits)


def parcel_props(row: ParcelLike) -> dict[str, Any]:
    """The properties of a parcel the page shows (raw text; escaped by the page)."""
    return {
        "designation": row.designation,
        "area_name": row.area_name,
        "owner": row.owner,
        "status": row.status,
        "area_ha": round(row.area_m2 / 10_000.0, 2),
        "land_use": row.land_use,
        "plan": row.plan,
        "price_sek_m2": _num(row.price_sek_m2),
        "power_mw": _num(row.power_mw),
        "notes": row.notes,
        # Outlined anew outside KalixPlan, not recomputed yet: the page says so, not a number.
        "stale": bool(getattr(row, "facts_stale", False)),
    }


def parcel_features(rows: Sequence[ParcelLike], srid: int) -> list[MapFeature]:
    """Map features of parcels; parcels without a boundary are left out."""
    geoms = to_display([r.geom for r in rows], srid)
    return [
        MapFeature(r.id, g, parcel_props(r))
        for r, g in zip(rows, geoms, strict=True)
        if g is not None
    ]


def plan_features(rows: Sequence[PlanLike], srid: int) -> list[MapFeature]:
    """Map features of detailed plans (their boundaries)."""
    geoms = to_display([r.geom for r in rows], srid)
    return [
        MapFeature(
            r.id,
            g,
            {
                "designation": r.designation,
                "name": r.name,
                "status": r.status,
                "implementation_ends": (
                    r.implementation_ends.isoformat() if r.implementation_ends else None
                ),
            },
        )
        for r, g in zip(rows, geoms, strict=True)
        if g is not None
    ]


def land_use_features(
    rows: Sequence[LandUseLike], srid: int, plan_designations: Mapping[int, str]
) -> list[MapFeature]:
    """Map features of land-use areas, coloured by their Boverket code."""
    geoms = to_display([r.geom for r in rows], srid)
    return [
        MapFeature(
            r.id,
            g,
            {
                "code": r.code,
                "plan": plan_designations.get(r.plan_id),
                "max_height_m": _num(r.max_height_m, 1),
            },
        )
        for r, g in zip(rows, geoms, strict=True)
        if g is not None
    ]


def reference_layer(
    layer_id: int, name: str, kind: str, rows: Sequence[ReferenceFeatureLike], srid: int
) -> ReferenceLayerData:
    """A reference layer with its features in EPSG:4326."""
    geoms = to_display([r.geom for r in rows], srid)
    features = tuple(
        MapFeature(r.id, g, {"name": r.name})
        for r, g in zip(rows, geoms, strict=True)
        if g is not None
    )
    return ReferenceLayerData(layer_id, name, kind, features)


def bounds_of(*groups: Iterable[MapFeature]) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the first non-empty group, or Kalix centre."""
    for group in groups:
        geoms = [f.geom for f in group]
        if geoms:
            west, south, east, north = shapely.total_bounds(np.array(geoms, dtype=object))
            return (float(west), float(south), float(east), float(north))
    return DEFAULT_BOUNDS


# Inside a <script> block "</script>" or "<!--" would end or confuse it; the
# JSON escapes below make such text inert while JSON.parse restores it exactly.
# (Chained str.replace: str.translate is ten times slower on a page of 10 000 parcels.)
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def safe_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` block and a JS source string."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES:
        text = text.replace(char, escape)
    return text


def features_json(features: Sequence[MapFeature]) -> str:
    """Features as script-safe JSON columns ``{"id": [...], "p": [...], "g": [...]}``.

    Columns keep the page small and let ids and properties be serialised in
    one ``json.dumps`` call each; geometries are GeoJSON from shapely's
    vectorised writer.
    """
    if not features:
        return '{"id":[],"p":[],"g":[]}'
    geometries = shapely.to_geojson(np.array([f.geom for f in features], dtype=object))
    ids = safe_json([int(f.id) for f in features])
    props = safe_json([dict(f.props) for f in features])
    return f'{{"id":{ids},"p":{props},"g":[{",".join(geometries)}]}}'


def payload_json(data: MapData, extra: Mapping[str, Any]) -> str:
    """The whole page payload as script-safe JSON: data plus ``extra`` settings."""
    reference = ",".join(
        f'{{"id":{int(layer.id)},"name":{safe_json(layer.name)},"kind":{safe_json(layer.kind)},'
        f'"features":{features_json(layer.features)}}}'
        for layer in data.reference
    )
    head = safe_json(
        {
            **extra,
            "lang": data.lang,
            "srid": data.srid,
            "bounds": data.bounds,
            "tiled": dict(data.tiled),
        }
    )
    return (
        head[:-1] + f',"parcels":{features_json(data.parcels)}'
        f',"plans":{features_json(data.plans)}'
        f',"land_use":{features_json(data.land_use)}'
        f',"reference":[{reference}]}}'
    )
