"""Is this where the file says it is? Coordinates checked against the stated CRS.

A file that declares the wrong reference system still transforms without an error:
longitude/latitude read as SWEREF 99 23 15 land a few metres from the projection's
origin in the Gulf of Guinea, SWEREF 99 TM read as a local zone lands hundreds of
kilometres east of Sweden, and Swedish survey convention (x = northing) read as
x = easting lands in the ocean. Each feature's bounding box is therefore checked
against the area of use of the stated CRS (EPSG's own extent, with a margin) before
anything is written; when features fall outside, the likely cause is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely

from kalixplan.domain.language import format_plain
from kalixplan.geo.crs import SWEDISH_CRS, crs_from_epsg, crs_name, transformer
from kalixplan.geo.source import Reason

# Degrees added around a CRS's area of use: a local zone is used a little beyond its
# strip (a municipality straddling two zones keeps one), and TM covers all of Sweden.
MARGIN_DEG = 1.5


@lru_cache(maxsize=1)
def _candidates() -> tuple[int, ...]:
    """The Swedish projected systems a mistaken file most likely uses instead (made when
    a file is found misplaced, not when every import loads this module)."""
    return tuple(e for e in SWEDISH_CRS if crs_from_epsg(e).is_projected)


# How many outside features are examined to name the cause.
_SAMPLE = 200


@dataclass(frozen=True)
class Misplaced:
    """Features outside the stated CRS's area, and the likely cause.

    Attributes:
        rows: indices (into the checked array) of the features outside.
        cause: a clause naming the likely cause ("the coordinates look like ..."),
            or None when unclear; its Swedish as ``cause.sv``.
        fix: what to do, e.g. "import with --src-crs 4326"; its Swedish as ``fix.sv``.
        suggested_epsg: the CRS the coordinates fit, when one does.
    """

    rows: np.ndarray
    cause: Reason | None
    fix: Reason
    suggested_epsg: int | None


@lru_cache(maxsize=64)
def area_of_use(epsg: int) -> tuple[float, float, float, float]:
    """(west, south, east, north) in degrees, widened by the margin."""
    area = crs_from_epsg(epsg).area_of_use
    if area is None:  # no extent recorded: the whole world
        return (-180.0, -90.0, 180.0, 90.0)
    return (
        max(-180.0, area.west - MARGIN_DEG),
        max(-90.0, area.south - MARGIN_DEG),
        min(180.0, area.east + MARGIN_DEG),
        min(90.0, area.north + MARGIN_DEG),
    )


def _inside(x: np.ndarray, y: np.ndarray, epsg: int) -> np.ndarray:
    """Per point, True where (x, y) in ``epsg`` lies inside its area of use."""
    if len(x) == 0:
        return np.zeros(0, dtype=bool)
    with np.errstate(all="ignore"):
        if crs_from_epsg(epsg).is_geographic:
            lon, lat = x, y
        else:
            lon, lat = transformer(epsg, 4326).transform(x, y, errcheck=False)
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        west, south, east, north = area_of_use(epsg)
        return (
            np.isfinite(lon)
            & np.isfinite(lat)
            & (lon >= west)
            & (lon <= east)
            & (lat >= south)
            & (lat <= north)
        )


def misplaced(geoms: np.ndarray, epsg: int, project_epsg: int | None = None) -> Misplaced | None:
    """The features whose bounding box leaves the area of use of ``epsg``, or None.

    Both corners of each box must lie inside, so a polygon covering the globe is
    caught as well as one far away.

    Args:
        geoms: shapely geometries (non-empty) in the source CRS.
        epsg: the CRS the source states or the user gave.
        project_epsg: the project's CRS, preferred when several local zones fit.
    """
    if len(geoms) == 0:
        return None
    bounds = shapely.bounds(geoms)
    minx, miny, maxx, maxy = bounds.T
    ok = _inside(minx, miny, epsg) & _inside(maxx, maxy, epsg)
    rows = np.flatnonzero(~ok)
    if len(rows) == 0:
        return None
    sample = rows[:_SAMPLE]
    cx = (minx[sample] + maxx[sample]) / 2
    cy = (miny[sample] + maxy[sample]) / 2
    cause, fix, suggested = _diagnose(cx, cy, epsg, project_epsg)
    return Misplaced(rows, cause, fix, suggested)


def _diagnose(
    x: np.ndarray, y: np.ndarray, epsg: int, project_epsg: int | None
) -> tuple[Reason | None, Reason, int | None]:
    stated = f"EPSG:{epsg} ({crs_name(epsg)})"
    finite = np.isfinite(x) & np.isfinite(y)
    if not finite.all() or (np.abs(x) > 1e9).any() or (np.abs(y) > 1e9).any():
        return (
            Reason(
                "the coordinates are far beyond any map (such as 1e300)",
                "koordinaterna ligger långt utanför varje karta (som 1e300)",
            ),
            Reason(
                "check the source file; these coordinates cannot be anywhere on Earth",
                "kontrollera källfilen; de här koordinaterna kan inte ligga någonstans på jorden",
            ),
            None,
        )
    geographic = crs_from_epsg(epsg).is_geographic
    if not geographic and (np.abs(x) <= 180).all() and (np.abs(y) <= 90).all():
        if _inside(x, y, 4326).all() or _inside(y, x, 4326).all():
            return (
                Reason(
                    f"the coordinates look like longitude/latitude in degrees, not {stated}",
                    f"koordinaterna ser ut som longitud/latitud i grader, inte {stated}",
                ),
                Reason(
                    "import with --src-crs 4326 (WGS 84), or choose WGS 84 in the wizard",
                    "importera med --src-crs 4326 (WGS 84), eller välj WGS 84 i importguiden",
                ),
                4326,
            )
    if _inside(y, x, epsg).all():
        return (
            Reason(
                f"x and y look swapped for {stated} (x holds the northing, as in Swedish "
                "survey convention)",
                f"x och y ser ut att ha bytt plats för {stated} (x är den nordliga "
                "koordinaten, som i svensk lantmäteripraxis)",
            ),
            Reason(
                "swap the coordinate columns (map x to the easting) or correct the source",
                "byt plats på koordinatkolumnerna (koppla x till den östliga koordinaten) "
                "eller rätta källan",
            ),
            None,
        )
    fits = [e for e in _candidates() if e != epsg and _inside(x, y, e).all()]
    if 3006 in fits:
        return (
            Reason(
                f"the coordinates look like SWEREF 99 TM (EPSG:3006), not {stated}",
                f"koordinaterna ser ut som SWEREF 99 TM (EPSG:3006), inte {stated}",
            ),
            Reason(
                "import with --src-crs 3006, or choose SWEREF 99 TM in the wizard",
                "importera med --src-crs 3006, eller välj SWEREF 99 TM i importguiden",
            ),
            3006,
        )
    if fits:
        best = project_epsg if project_epsg in fits else fits[0]
        several = len(fits) > 1
        zones = "a SWEREF 99 local zone" if several else crs_name(best)
        zones_sv = "en lokal SWEREF 99-zon" if several else crs_name(best)
        return (
            Reason(
                f"the coordinates look like {zones} (x near 150 000), not {stated}",
                f"koordinaterna ser ut som {zones_sv} (x nära 150 000), inte {stated}",
            ),
            Reason(
                f"import with --src-crs {best} ({crs_name(best)}) if that is the zone the "
                "file was made in",
                f"importera med --src-crs {best} ({crs_name(best)}) om det är den zon "
                "filen gjordes i",
            ),
            best,
        )
    if geographic and not (np.abs(x) <= 180).all():
        return (
            Reason(
                f"the coordinates look projected (metres), although the file states {stated}",
                f"koordinaterna ser projicerade ut (meter), fast filen anger {stated}",
            ),
            Reason(
                "give the file's real CRS with --src-crs, e.g. 3006 for SWEREF 99 TM",
                "ange filens verkliga koordinatsystem med --src-crs, t.ex. 3006 för SWEREF 99 TM",
            ),
            None,
        )
    return (
        None,
        Reason(
            "check the source CRS (--src-crs) and the coordinates",
            "kontrollera källans koordinatsystem (--src-crs) och koordinaterna",
        ),
        None,
    )


def describe_place(m: Misplaced, epsg: int, *, project: bool = False) -> Reason:
    """What a refused feature is told (with its Swedish); ``project``: the check was the
    project's area."""
    west, south, east, north = area_of_use(epsg)
    where = f"{west:.1f}–{east:.1f}° E, {south:.1f}–{north:.1f}° N"
    w, s, e, n = (format_plain(v, 1, "sv") for v in (west, south, east, north))
    where_sv = f"{w}–{e}° Ö, {s}–{n}° N"
    base = (
        f"lies outside the project's area ({where}, the extent of its CRS EPSG:{epsg})"
        if project
        else f"lies outside the area EPSG:{epsg} ({crs_name(epsg)}) is meant for ({where})"
    )
    base_sv = (
        f"ligger utanför projektets område ({where_sv}, utbredningen för dess "
        f"koordinatsystem EPSG:{epsg})"
        if project
        else f"ligger utanför området som EPSG:{epsg} ({crs_name(epsg)}) är avsett för ({where_sv})"
    )
    if m.cause:
        return Reason(f"{base}: {m.cause}; {m.fix}", f"{base_sv}: {m.cause.sv}; {m.fix.sv}")
    return Reason(f"{base}; {m.fix}", f"{base_sv}; {m.fix.sv}")
