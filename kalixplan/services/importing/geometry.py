"""Geometries of an import: checked, repaired and transformed as whole arrays (shapely 2).

Validity is checked in the source CRS (the reason refers to the source's own
coordinates), features are repaired or reported per the chosen policy, then
everything is transformed into the project CRS in one pyproj call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from kalixplan.domain.errors import InvalidGeometry, MisplacedSource
from kalixplan.domain.language import format_number
from kalixplan.geo.checks import repair_polygonal
from kalixplan.geo.crs import crs_name, transformer
from kalixplan.geo.municipality import MARGIN_M
from kalixplan.geo.plausibility import describe_place, misplaced
from kalixplan.geo.source import Reason

# The largest area a single feature of a kind may have (m²): an industrial parcel of
# 100 km² is a mistake (the largest Swedish industrial sites are a few km²).
MAX_AREA_M2 = {"parcels": 100e6}
# The smallest polygon anything may be: below a square metre it is a unit mistake.
MIN_AREA_M2 = 1.0
# What is imported (``what``) in Swedish: (the plural, one of them).
_WHAT_SV = {
    "parcels": ("fastigheter", "en fastighet"),
    "plans": ("detaljplaner", "en detaljplan"),
    "land-use areas": ("användningsområden", "ett användningsområde"),
    "reference": ("referensobjekt", "ett referensobjekt"),
}


@dataclass
class PreparedGeometries:
    """Geometries ready to store, and per feature what was wrong.

    Attributes:
        geoms: project-CRS geometries; None where a feature cannot be used.
        problems: row index → (category, message) for features that cannot be used as they
            are; each message is a :class:`Reason`, with its Swedish.
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
    stated_crs: bool = False,
    area: tuple[str, BaseGeometry] | None = None,
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
        stated_crs: ``src_epsg`` is what the file states (so a fix needs --override-crs).
        area: the project's municipality (name, area with its margin, project CRS);
            features wholly outside it are refused (``geo.municipality``).
        promote: make polygons multipolygons (the stored type); a bulk writer that
            does so itself while encoding (``BulkLoad``) passes False.

    Raises:
        InvalidGeometry: no feature has a usable geometry type (points for parcels).
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    what_sv = _WHAT_SV.get(what, (what, what))[0]
    problems: dict[int, tuple[str, str]] = {}
    present = shapely.is_geometry(geoms)
    empty = np.zeros(n, dtype=bool)
    empty[present] = shapely.is_empty(geoms[present])
    for i in np.flatnonzero(~present | empty):
        problems[int(i)] = ("geometry", Reason("has no geometry", "saknar geometri"))
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
                "import it as a reference layer instead, or choose the right layer.",
                sv=f"{source_name} innehåller geometrier av typen {kinds}, men {what_sv} måste "
                "vara polygoner; importera den som referensskikt i stället, eller välj rätt "
                "lager.",
            )
        for i in np.flatnonzero(wrong):
            problems[int(i)] = (
                "geometry",
                Reason(
                    f"is a {type_names[i]}, but {what} must be polygons",
                    f"är en {type_names[i]}, men {what_sv} måste vara polygoner",
                ),
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
                    Reason(
                        f"has an invalid geometry ({reason}) that repair empties",
                        f"har en ogiltig geometri ({reason}) som blir tom när den lagas",
                    ),
                )
                usable[i] = False
            else:
                geoms[i] = fixed
                repaired.append(int(i))
        else:
            problems[int(i)] = (
                "invalid_geometry",
                Reason(
                    f"has an invalid geometry ({reason})", f"har en ogiltig geometri ({reason})"
                ),
            )
            usable[i] = False
    if src_epsg is not None and usable.any():
        _check_place(geoms, usable, problems, src_epsg, dst_epsg, source_name, what, stated_crs)
        if area is not None and usable.any():
            _check_municipality(
                geoms, usable, problems, src_epsg, dst_epsg, source_name, what, area
            )
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
                Reason(
                    f"has coordinates that EPSG:{src_epsg} cannot place; check the source CRS",
                    f"har koordinater som EPSG:{src_epsg} inte kan placera; kontrollera "
                    "källans koordinatsystem",
                ),
            )
        usable[idx[~finite]] = False
        moved = moved[finite]
        if polygons_only and len(moved):
            _check_size(moved, idx[finite], usable, problems, what)
            keep = usable[idx[finite]]
            moved = moved[keep]
        if promote and polygons_only and len(moved):
            single = shapely.get_type_id(moved) == 3
            if single.any():
                moved[single] = shapely.multipolygons(moved[single][:, None])
                unchanged[idx[finite][keep][single]] = False
        out[usable] = moved
    return PreparedGeometries(out, problems, repaired, unchanged & usable)


def _check_place(
    geoms: np.ndarray,
    usable: np.ndarray,
    problems: dict[int, tuple[str, str]],
    src_epsg: int,
    dst_epsg: int,
    source_name: str,
    what: str,
    stated_crs: bool = False,
) -> None:
    """Features outside the stated CRS's area of use become problems; a file whose
    every feature is outside is refused whole with the likely cause and, where one
    fits, the CRS to read it in (``MisplacedSource.suggested_epsg``)."""
    # First the stated CRS's own area (where the cause can be named), then the
    # project's: data of another country in its own correct CRS is no parcel of ours.
    # Reference layers may reach beyond the project's zone (a county's road network).
    checks = (src_epsg, dst_epsg) if what != "reference" else (src_epsg,)
    for epsg in dict.fromkeys(checks):
        idx = np.flatnonzero(usable)
        found = misplaced(geoms[idx], epsg, dst_epsg) if epsg == src_epsg else None
        if epsg != src_epsg:
            found = misplaced(_to(geoms[idx], src_epsg, epsg), epsg, dst_epsg)
        if found is None:
            continue
        if stated_crs and epsg == src_epsg:
            found = replace(found, fix=_overriding(found.fix))
        rows = idx[found.rows]
        place = f"EPSG:{epsg} ({crs_name(epsg)})"
        if len(rows) == len(idx):
            own = epsg == src_epsg
            where = f"where {place} places things" if own else f"in the project's area ({place})"
            where_sv = f"inom området för {place}" if own else f"inom projektets område ({place})"
            several = len(idx) > 1
            lead = (
                f"none of its {len(idx)} {what} lies {where}"
                if several
                else f"its only feature does not lie {where}"
            )
            lead_sv = (
                f"ingen av dess {len(idx)} {_WHAT_SV.get(what, (what, what))[0]} ligger {where_sv}"
                if several
                else f"dess enda objekt ligger inte {where_sv}"
            )
            cause = f": {found.cause}" if found.cause else ""
            cause_sv = f": {found.cause.sv}" if found.cause else ""
            raise MisplacedSource(
                f"{source_name}: {lead}{cause}; nothing was imported: {found.fix}.",
                sv=f"{source_name}: {lead_sv}{cause_sv}; ingenting importerades: {found.fix.sv}.",
                suggested_epsg=found.suggested_epsg if own else None,
            )
        message = describe_place(found, epsg, project=epsg != src_epsg)
        for i in rows:
            problems[int(i)] = ("geometry", message)
        usable[rows] = False


_SRC_CRS = re.compile(r"--src-crs (\d+)")
_SRC_CRS_ALONE = re.compile(r"--src-crs(?= ?,)")


def _check_municipality(
    geoms: np.ndarray,
    usable: np.ndarray,
    problems: dict[int, tuple[str, str]],
    src_epsg: int,
    dst_epsg: int,
    source_name: str,
    what: str,
    area: tuple[str, BaseGeometry],
) -> None:
    """Features wholly outside the project's municipality (with its margin) become
    problems; a file with none inside is refused whole. Issue "Hostile and awkward
    input", 2: "against the project's area (the municipality, with a margin)"."""
    name, shape_ = area
    idx = np.flatnonzero(usable)
    if src_epsg == dst_epsg:
        boxes = shapely.box(*shapely.bounds(geoms[idx]).T)
    else:
        boxes = _to(geoms[idx], src_epsg, dst_epsg)
    with np.errstate(all="ignore"):
        outside = ~shapely.intersects(shape_, boxes)
    rows = idx[outside]
    if len(rows) == 0:
        return
    km = format_number(MARGIN_M / 1000, 0, "en")
    if len(rows) == len(idx):
        what_sv = _WHAT_SV.get(what, (what, what))[0]
        raise InvalidGeometry(
            f"{source_name}: none of its {what} lies in {name} kommun, the project's "
            f"municipality, or within {km} km of it; nothing was imported: check that the "
            "file is the right one and its coordinate system, or import it into the "
            "project of its own municipality.",
            sv=f"{source_name}: ingen av dess {what_sv} ligger i {name} kommun, projektets "
            f"kommun, eller inom {km} km från den; ingenting importerades: kontrollera att "
            "det är rätt fil och dess koordinatsystem, eller importera den i projektet för "
            "sin egen kommun.",
        )
    reason = Reason(
        f"lies outside {name} kommun, the project's municipality (more than {km} km from "
        "it); check its coordinates",
        f"ligger utanför {name} kommun, projektets kommun (mer än {km} km därifrån); "
        "kontrollera dess koordinater",
    )
    for i in rows:
        problems[int(i)] = ("geometry", reason)
    usable[rows] = False


def _overriding(fix: Reason) -> Reason:
    """``fix`` for a file that states its CRS: ``--src-crs`` alone is refused there (it
    differs from what the file says), so the command the user is told adds
    ``--override-crs``."""

    def mend(text: str) -> str:
        text = _SRC_CRS.sub(r"--src-crs \1 --override-crs", text)
        return _SRC_CRS_ALONE.sub("--src-crs --override-crs", text)

    return Reason(mend(fix), mend(fix.sv or fix))


def _to(geoms: np.ndarray, src_epsg: int, dst_epsg: int) -> np.ndarray:
    """Bounding boxes of ``geoms`` moved to ``dst_epsg`` (enough for the area check)."""
    with np.errstate(all="ignore"):
        boxes = shapely.box(*shapely.bounds(geoms).T)
        return _transform(shapely.segmentize(boxes, _box_step(boxes)), src_epsg, dst_epsg)


def _box_step(boxes: np.ndarray) -> np.ndarray:
    """A segment length that gives each box edge a few vertices (curved edges after
    the transformation are then followed well enough)."""
    b = shapely.bounds(boxes)
    size = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
    return np.where(np.isfinite(size) & (size > 0), size / 4, 1.0)


def _check_size(
    moved: np.ndarray,
    rows: np.ndarray,
    usable: np.ndarray,
    problems: dict[int, tuple[str, str]],
    what: str,
) -> None:
    """Polygons under a square metre, or larger than a feature of this kind can be."""
    areas = shapely.area(moved)
    largest = MAX_AREA_M2.get(what)
    one_sv = _WHAT_SV.get(what, (what, what))[1]
    for k in np.flatnonzero(areas < MIN_AREA_M2):
        size = f"{areas[k]:.2g}"
        problems[int(rows[k])] = (
            "geometry",
            Reason(
                f"measures {size} m², less than a square metre; check the coordinates' "
                "unit (metres) and the source CRS",
                f"mäter {size.replace('.', ',')} m², mindre än en kvadratmeter; kontrollera "
                "koordinaternas enhet (meter) och källans koordinatsystem",
            ),
        )
        usable[rows[k]] = False
    if largest is not None:
        for k in np.flatnonzero(areas > largest):
            km2 = areas[k] / 1e6
            problems[int(rows[k])] = (
                "geometry",
                Reason(
                    f"measures {km2:,.0f} km², more than any one of the {what} can "
                    "be; check the outline and the source CRS",
                    f"mäter {format_number(km2, 0, 'sv')} km², mer än {one_sv} kan vara; "
                    "kontrollera gränsen och källans koordinatsystem",
                ),
            )
            usable[rows[k]] = False


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
