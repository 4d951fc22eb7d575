"""Coordinate reference systems: the Swedish ones and transformations between them."""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np
from pyproj import CRS, Proj, Transformer
from pyproj.exceptions import CRSError
from shapely import transform
from shapely.geometry.base import BaseGeometry

from kalixplan.domain.choices import DEFAULT_PROJECT_EPSG  # noqa: F401 - re-exported
from kalixplan.domain.errors import UnknownCrs

# SWEREF 99 TM and its local zones (Lantmäteriet allows EPSG:3006-3018).
SWEDISH_CRS: dict[int, str] = {
    3006: "SWEREF 99 TM",
    3007: "SWEREF 99 12 00",
    3008: "SWEREF 99 13 30",
    3009: "SWEREF 99 15 00",
    3010: "SWEREF 99 16 30",
    3011: "SWEREF 99 18 00",
    3012: "SWEREF 99 14 15",
    3013: "SWEREF 99 15 45",
    3014: "SWEREF 99 17 15",
    3015: "SWEREF 99 18 45",
    3016: "SWEREF 99 20 15",
    3017: "SWEREF 99 21 45",
    3018: "SWEREF 99 23 15",
    4326: "WGS 84",
    4619: "SWEREF99 (geographic)",
    3021: "RT90 2.5 gon V",
}


@lru_cache(maxsize=64)
def crs_from_epsg(epsg: int) -> CRS:
    """Return the pyproj CRS for an EPSG code.

    Raises:
        UnknownCrs: the code is not in the EPSG database.
    """
    try:
        return CRS.from_epsg(epsg)
    except CRSError as exc:
        raise UnknownCrs(
            f"EPSG:{epsg} is not a known coordinate reference system; "
            "use for example 3006 (SWEREF 99 TM) or 3018 (SWEREF 99 23 15).",
            sv=f"EPSG:{epsg} är inget känt koordinatsystem; "
            "använd till exempel 3006 (SWEREF 99 TM) eller 3018 (SWEREF 99 23 15).",
        ) from exc


def check_project_crs(epsg: int) -> CRS:
    """A project CRS must be projected and in metres (areas and print scales rely on it)."""
    crs = crs_from_epsg(epsg)
    if not crs.is_projected:
        raise UnknownCrs(
            f"EPSG:{epsg} ({crs.name}) is not a projected system; a project needs one in "
            "metres such as 3006 or 3018.",
            sv=f"EPSG:{epsg} ({crs.name}) är inget projicerat system; ett projekt behöver "
            "ett i meter, till exempel 3006 eller 3018.",
        )
    return crs


def crs_name(epsg: int) -> str:
    """Human name of a CRS, e.g. 'SWEREF 99 23 15'."""
    return SWEDISH_CRS.get(epsg) or crs_from_epsg(epsg).name


_PER_THREAD = threading.local()


def transformer(src_epsg: int, dst_epsg: int) -> Transformer:
    """An always-x/y (east, north; lon, lat) transformer between two EPSG codes.

    Transformers are not thread-safe, so each thread keeps its own cache.
    """
    crs_from_epsg(src_epsg)  # a clear UnknownCrs for codes that do not exist
    crs_from_epsg(dst_epsg)
    return cached_transformer(f"EPSG:{src_epsg}", f"EPSG:{dst_epsg}")


def cached_transformer(src: str, dst: str) -> Transformer:
    """A per-thread cached always-x/y transformer between two CRS definitions."""
    cache: dict[tuple[str, str], Transformer] = _PER_THREAD.__dict__.setdefault("cache", {})
    found = cache.get((src, dst))
    if found is None:
        found = cache[(src, dst)] = Transformer.from_crs(src, dst, always_xy=True)
    return found


def reproject(geom: BaseGeometry, src_epsg: int, dst_epsg: int) -> BaseGeometry:
    """Transform a shapely geometry between two EPSG codes (see ``reproject_all``)."""
    if src_epsg == dst_epsg:
        return geom
    tr = transformer(src_epsg, dst_epsg)

    def _tx(coords: np.ndarray) -> np.ndarray:
        x, y = tr.transform(coords[:, 0], coords[:, 1])
        return np.column_stack((x, y))

    return transform(geom, _tx)  # type: ignore[no-any-return]


def reproject_all(geoms: np.ndarray, src_epsg: int, dst_epsg: int) -> np.ndarray:
    """An array of shapely geometries between two EPSG codes, in one vectorised call."""
    return reproject(geoms, src_epsg, dst_epsg)  # type: ignore[arg-type, return-value]


def cached_proj(epsg: int) -> Proj:
    """A per-thread cached projection of a projected EPSG CRS (for scale factors)."""
    cache: dict[int, Proj] = _PER_THREAD.__dict__.setdefault("projs", {})
    found = cache.get(epsg)
    if found is None:
        found = cache[epsg] = Proj(crs_from_epsg(epsg))
    return found
