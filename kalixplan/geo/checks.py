"""Geometry checks and repair: what a parcel or plan boundary must be."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from kalixplan.domain.errors import InvalidGeometry


def as_multipolygon(
    geom: BaseGeometry | None,
    what: str,
    *,
    repair: bool = False,
    what_sv: str | None = None,
) -> MultiPolygon:
    """Check that ``geom`` is a valid, non-empty (multi)polygon and return it as a MultiPolygon.

    Args:
        geom: the geometry.
        what: names the feature in the error, e.g. "Parcel 'Kalix 1:2'".
        repair: fix an invalid polygon with ``make_valid`` instead of refusing it.
        what_sv: the same in Swedish, e.g. "Fastigheten 'Kalix 1:2'" (None: made from
            ``what`` where it starts with Parcel, Plan or Land-use area).

    Raises:
        InvalidGeometry: missing, empty, not polygonal, or invalid (with the reason).
    """
    sv = what_sv or swedish_label(what)
    if geom is None or geom.is_empty:
        raise InvalidGeometry(
            f"{what} has no geometry; draw or import its boundary.",
            sv=f"{sv} saknar geometri; rita eller importera dess gräns.",
        )
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise InvalidGeometry(
            f"{what} has a {geom.geom_type}, but a boundary must be a polygon.",
            sv=f"{sv} har en {geom.geom_type}, men en gräns måste vara en polygon.",
        )
    if not geom.is_valid:
        if not repair:
            reason = explain_validity(geom)
            raise InvalidGeometry(
                f"{what} has an invalid polygon ({reason}); repair it or correct the source.",
                sv=f"{sv} har en ogiltig polygon ({reason}); laga den eller rätta källan.",
            )
        geom = repair_polygonal(geom)
        if geom.is_empty:
            raise InvalidGeometry(
                f"{what} has nothing left after repair.",
                sv=f"{sv} har ingenting kvar efter lagningen.",
            )
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    return geom  # type: ignore[return-value]


# The labels callers name features by, and their Swedish (definite form).
_LABELS_SV = (
    ("Parcel ", "Fastigheten "),
    ("parcel ", "fastigheten "),
    ("Plan ", "Planen "),
    ("plan ", "planen "),
    ("Land-use area ", "Användningsområdet "),
    ("land-use area ", "användningsområdet "),
)


def swedish_label(what: str) -> str:
    """``what`` ("Parcel 'Kalix 1:2'") in Swedish ("Fastigheten 'Kalix 1:2'"); a label
    of another form is kept as it is."""
    for en, sv in _LABELS_SV:
        if what.startswith(en):
            return sv + what[len(en) :]
    return what


def repair_polygonal(geom: BaseGeometry) -> BaseGeometry:
    """``make_valid`` keeping only the polygonal parts (lines from spikes are dropped)."""
    fixed = shapely.make_valid(geom)
    if fixed.geom_type in ("Polygon", "MultiPolygon"):
        return fixed
    parts = [g for g in getattr(fixed, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    polys: list[Polygon] = []
    for part in parts:
        polys.extend(part.geoms if isinstance(part, MultiPolygon) else [part])
    return MultiPolygon(polys)


def as_multipolygons(
    geoms: np.ndarray, labels: list[str], labels_sv: list[str] | None = None
) -> np.ndarray:
    """Vectorised ``as_multipolygon`` for bulk paths: check all, wrap polygons.

    ``labels_sv`` names the features in Swedish (None: made from ``labels``).

    Raises:
        InvalidGeometry: naming the first bad feature and the reason.
    """
    geoms = np.asarray(geoms, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    types = shapely.get_type_id(geoms)
    polygonal = (types == 3) | (types == 6)
    valid = shapely.is_valid(geoms)
    bad = np.flatnonzero(missing | ~polygonal | ~valid)
    if len(bad):
        i = int(bad[0])
        what_sv = labels_sv[i] if labels_sv is not None else None
        as_multipolygon(geoms[i], labels[i], what_sv=what_sv)  # raises with the precise reason
    single = types == 3
    if single.any():
        geoms = geoms.copy()
        geoms[single] = shapely.multipolygons(geoms[single][:, None])
    return geoms
