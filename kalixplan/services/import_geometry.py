"""Geometries of an import: checked, repaired and transformed as whole arrays (shapely 2).

Validity is checked in the source CRS (the reason refers to the source's own
coordinates), features are repaired or reported per the chosen policy, then
everything is transformed into the project CRS in one pyproj call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from kalixplan.domain.errors import InvalidGeometry
from kalixplan.geo.checks import repair_polygonal
from kalixplan.geo.crs import transformer


@dataclass
class PreparedGeometries:
    """Geometries ready to store, and per feature what was wrong.

    Attributes:
        geoms: project-CRS geometries; None where a feature cannot be used.
        problems: row index → (category, message) for features that cannot be used as they are.
        repaired: row indices whose polygon was repaired.
        unchanged: per row, True where the stored geometry is the source's own (not
            transformed, flattened or repaired), so the source's WKB still describes it.
    """

    geoms: np.ndarray
    problems: dict[int, tuple[str, str]]
    repaired: list[int]
    unchanged: np.ndarray


def prepare_geometries(
    geoms: np.ndarray,
    *,
    polygons_only: bool,
    repair: bool,
    src_epsg: int | None,
    dst_epsg: int,
    source_name: str,
    what: str,
    promote: bool = True,
) -> PreparedGeometries:
    """Check, repair and transform source geometries.

    Args:
        geoms: shapely geometries in the source CRS (None for a missing one).
        polygons_only: parcels, plans and land-use areas need (multi)polygons.
        repair: repair invalid polygons instead of reporting them.
        src_epsg: the source CRS.
        dst_epsg: the project CRS.
        source_name: the file, for the whole-file refusal.
        what: what is imported ('parcels'), for messages.
        promote: make polygons multipolygons (the stored type); a bulk writer that
            does so itself while encoding (``BulkLoad``) passes False.

    Raises:
        InvalidGeometry: no feature has a usable geometry type (points for parcels).
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    problems: dict[int, tuple[str, str]] = {}
    present = shapely.is_geometry(geoms)
    empty = np.zeros(n, dtype=bool)
    empty[present] = shapely.is_empty(geoms[present])
    for i in np.flatnonzero(~present | empty):
        problems[int(i)] = ("geometry", "has no geometry")
    usable = present & ~empty
    type_ids = np.full(n, -1)
    type_ids[usable] = shapely.get_type_id(geoms[usable])
    type_names = _NAMES_BY_ID[type_ids]  # id -1 (no geometry) picks the last, empty name
    if polygons_only:
        wrong = usable & ~np.isin(type_ids, (3, 6))
        if n and wrong.any() and not (usable & ~wrong).any():
            kinds = ", ".join(sorted({str(t) for t in type_names[wrong]}))
            raise InvalidGeometry(
                f"{source_name} holds {kinds} geometries, but {what} must be polygons; "
                "import it as a reference layer instead, or choose the right layer."
            )
        for i in np.flatnonzero(wrong):
            problems[int(i)] = (
                "geometry",
                f"is a {type_names[i]}, but {what} must be polygons",
            )
        usable &= ~wrong
    geoms = geoms.copy()
    has_z = usable.copy()
    has_z[usable] = shapely.has_z(geoms[usable])
    if has_z.any():  # heights are dropped: the project stores 2D boundaries
        geoms[has_z] = shapely.force_2d(geoms[has_z])
    valid = np.ones(n, dtype=bool)
    valid[usable] = shapely.is_valid(geoms[usable])
    repaired: list[int] = []
    for i in np.flatnonzero(usable & ~valid):
        reason = shapely.is_valid_reason(geoms[i])
        if repair:
            fixed = repair_polygonal(geoms[i]) if polygons_only else shapely.make_valid(geoms[i])
            if fixed.is_empty:
                problems[int(i)] = (
                    "geometry",
                    f"has an invalid geometry ({reason}) that repair empties",
                )
                usable[i] = False
            else:
                geoms[i] = fixed
                repaired.append(int(i))
        else:
            problems[int(i)] = ("invalid_geometry", f"has an invalid geometry ({reason})")
            usable[i] = False
    unchanged = usable & ~has_z
    unchanged[repaired] = False
    if src_epsg is not None and src_epsg != dst_epsg:
        unchanged[:] = False
    out = np.full(n, None, dtype=object)
    if usable.any():
        idx = np.flatnonzero(usable)
        moved = _transform(geoms[usable], src_epsg, dst_epsg)
        finite = np.all(np.isfinite(shapely.bounds(moved)), axis=1)
        for i in idx[~finite]:
            problems[int(i)] = (
                "geometry",
                f"has coordinates that EPSG:{src_epsg} cannot place; check the source CRS",
            )
        usable[idx[~finite]] = False
        moved = moved[finite]
        if promote and polygons_only and len(moved):
            single = shapely.get_type_id(moved) == 3
            if single.any():
                moved[single] = shapely.multipolygons(moved[single][:, None])
                unchanged[idx[finite][single]] = False
        out[usable] = moved
    return PreparedGeometries(out, problems, repaired, unchanged & usable)


# Names of shapely's geometry type ids 0-7, then "" for -1 (no geometry).
_NAMES_BY_ID = np.array(
    [
        "Point",
        "LineString",
        "LinearRing",
        "Polygon",
        "MultiPoint",
        "MultiLineString",
        "MultiPolygon",
        "GeometryCollection",
        "",
    ],
    dtype=object,
)


def _transform(geoms: np.ndarray, src_epsg: int | None, dst_epsg: int) -> np.ndarray:
    if src_epsg is None or src_epsg == dst_epsg:
        return geoms
    tr = transformer(src_epsg, dst_epsg)

    def _tx(coords: np.ndarray) -> np.ndarray:
        x, y = tr.transform(coords[:, 0], coords[:, 1])
        return np.column_stack((x, y))

    return np.asarray(shapely.transform(geoms, _tx), dtype=object)
