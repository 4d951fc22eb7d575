"""GML geometry of plan documents as shapely polygons in the project CRS.

Plan-drafting systems that export SS 637040 write each border once, as a line of
its own (plangräns, användningsgräns, egenskapsgräns), and build the areas on both
sides of it from references: a ``gml:Ring`` whose ``gml:curveMember`` elements point
with ``xlink:href="#id"`` to the shared lines. GDAL's GML reader does not assemble
such surfaces (such a file gives "holds no layers"), so this module does: the
references are resolved inside the document, the pieces joined into closed rings
(shapely's ``line_merge``, ``polygonize`` where three borders meet in one point),
and holes cut from the exterior. Inline ``gml:Polygon``, ``gml:Surface`` (patches) and
``gml:MultiSurface`` are read as well. Elements are matched by local name, so GML 2,
3.1 and 3.2 and any application-schema prefix read the same.

Written by hand because no well-kept library resolves GML topology references
(OGR's GML driver reads inline geometry only; GMLAS does not build rings either).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Polygon
from shapely.geometry.base import BaseGeometry

from kalixplan.domain.errors import UnknownCrs
from kalixplan.geo.crs import crs_name, transformer
from kalixplan.services.ns_detaljplan.spec import PLAN_CRS

SURFACES = frozenset(
    {"Polygon", "Surface", "MultiSurface", "MultiPolygon", "CompositeSurface", "PolygonPatch"}
)
CURVES = frozenset(
    {
        "LineString",
        "LinearRing",
        "Ring",
        "Curve",
        "OrientableCurve",
        "CompositeCurve",
        "MultiCurve",
        "MultiLineString",
        "LineStringSegment",
    }
)
# Curved segments would need densifying, which changes areas: refused by name.
_ARCS = frozenset({"Arc", "ArcString", "ArcByCenterPoint", "Circle", "CircleByCenterPoint"})
GEOMETRIES = SURFACES | CURVES | _ARCS | {"Point", "MultiPoint", "Envelope", "Box"}
# Elements that hold a line by reference (gml:Ring, gml:OrientableCurve, GML 3.2).
_MEMBERS = frozenset({"curveMember", "curveMembers", "baseCurve", "lineStringMember", "member"})
_DECIMALS = 3  # a millimetre in SWEREF 99 metres
_GRID_M = 0.001
_EPSG = (
    re.compile(r"EPSG(?::[\d.]*)?::?(\d+)$", re.I),  # EPSG:3006, urn:ogc:def:crs:EPSG::3006
    re.compile(r"/EPSG/[^/]*/(\d+)$", re.I),  # http://www.opengis.net/def/crs/EPSG/0/3006
    re.compile(r"epsg\.xml#(\d+)$", re.I),  # http://www.opengis.net/gml/srs/epsg.xml#3006
)
# SWEREF 99 northings in Sweden (6.1-7.7 million m) can never be eastings (< 1 million).
_NORTHING_FLOOR = 5_000_000.0


class Unbuildable(Exception):
    """A geometry that cannot be built; the message completes "area X …".

    Attributes:
        sv: the same clause in Swedish, completing "användningsområdet X …".
    """

    def __init__(self, message: str, sv: str) -> None:
        super().__init__(message)
        self.sv = sv

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.sv))


def local(tag: object) -> str:
    """An element's name without namespace ('{http://…/gml/3.2}Polygon' → 'Polygon')."""
    return str(tag).rsplit("}", 1)[-1]


def attribute(el: ET.Element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (gml:id, xlink:href)."""
    for key, value in el.attrib.items():
        if local(key) == name:
            return value
    return None


def epsg_of_srs_name(srs_name: str) -> int | None:
    """The EPSG code in any of GML's spellings of a CRS, or None."""
    for pattern in _EPSG:
        found = pattern.search(srs_name.strip())
        if found:
            return int(found.group(1))
    return None


class GeometryBuilder:
    """Builds polygons of one parsed document, in the project CRS.

    Args:
        root: the document's root element.
        by_id: every element with a gml:id, by that id.
        srid: the project CRS (EPSG code) to build in.
    """

    def __init__(self, root: ET.Element, by_id: dict[str, ET.Element], srid: int) -> None:
        self.by_id = by_id
        self.srid = srid
        self.parent = {child: parent for parent in root.iter() for child in parent}
        self.default_srs = next(
            (el.get("srsName") for el in root.iter() if el.get("srsName")), None
        )

    # --- references and coordinates ---------------------------------------------------

    def resolve(self, el: ET.Element, seen: frozenset[str] = frozenset()) -> ET.Element:
        """The element an ``xlink:href="#id"`` points to (``el`` itself without one)."""
        href = attribute(el, "href")
        if href is None:
            return el
        key = href.strip().removeprefix("#")
        if key in seen:
            raise Unbuildable(
                f"refers round a circle through #{key}",
                f"hänvisar runt i en cirkel genom #{key}",
            )
        target = self.by_id.get(key)
        if target is None:
            raise Unbuildable(
                f"refers to boundary {href}, which the file does not hold",
                f"hänvisar till gränsen {href}, som inte finns i filen",
            )
        return self.resolve(target, seen | {key})

    def inherited(self, el: ET.Element, name: str) -> str | None:
        """An attribute (srsName, srsDimension) of the element or its nearest ancestor."""
        node: ET.Element | None = el
        while node is not None:
            value = node.get(name)
            if value:
                return value
            node = self.parent.get(node)
        return None

    def epsg(self, el: ET.Element) -> int:
        """The CRS stated on the element or an ancestor (or first in the file)."""
        srs = self.inherited(el, "srsName") or self.default_srs
        if srs is None:
            raise UnknownCrs(
                "does not say which coordinate system it uses (no srsName)",
                sv="anger inte vilket koordinatsystem som används (inget srsName)",
            )
        code = epsg_of_srs_name(srs)
        # NS Detaljplan 4.1 koordinatsystemPlan: SWEREF 99 TM or one of its local zones.
        if code not in PLAN_CRS:
            raise UnknownCrs(
                f"is in coordinate system '{srs}', not SWEREF 99 (EPSG:3006-3018)",
                sv=f"har koordinatsystemet '{srs}', inte SWEREF 99 (EPSG:3006-3018)",
            )
        return code

    def coordinates(self, el: ET.Element) -> np.ndarray:
        """The (x, y) points of a posList/pos/coordinates holder, in the project CRS."""
        pairs: list[list[float]] = []
        for child in el:
            name = local(child.tag)
            if name == "posList":
                dims = int(self.inherited(child, "srsDimension") or 2)
                numbers = _numbers(child.text, name)
                if dims < 2 or len(numbers) % dims:
                    raise Unbuildable(
                        f"has a gml:posList of {len(numbers)} numbers in {dims}D",
                        f"har en gml:posList med {len(numbers)} tal i {dims}D",
                    )
                pairs += [numbers[i : i + 2] for i in range(0, len(numbers), dims)]
            elif name == "pos":
                pairs.append(_numbers(child.text, name)[:2])
            elif name == "coordinates":  # GML 2: "x,y x,y"
                cs, ts = child.get("cs") or ",", child.get("ts") or " "
                for text in (child.text or "").split(ts if ts.strip() else None):
                    pairs.append(_numbers(text.replace(cs, " "), name)[:2])
        if len(pairs) < 2 or any(len(pair) != 2 for pair in pairs):
            raise Unbuildable(
                f"has a gml:{local(el.tag)} without two whole points",
                f"har en gml:{local(el.tag)} utan två hela punkter",
            )
        # Shared vertices written with other rounding still meet: a millimetre grid in
        # the file's own metres, before the transformation keeps equal points equal.
        xy = np.round(np.array(pairs, dtype=float), _DECIMALS)
        src = self.epsg(el)
        # EPSG orders 3006-3018 northing first and GML 3.2 follows that with URN names,
        # while many exporters write easting first: the values decide.
        if np.all(xy[:, 0] > _NORTHING_FLOOR):
            xy = xy[:, ::-1]
        if src != self.srid:
            x, y = transformer(src, self.srid).transform(xy[:, 0], xy[:, 1])
            xy = np.column_stack((x, y))
        if not np.isfinite(xy).all():
            raise Unbuildable(
                f"has points that {crs_name(src)} cannot place",
                f"har punkter som {crs_name(src)} inte kan placera",
            )
        return xy

    # --- curves -------------------------------------------------------------------------

    def lines(self, el: ET.Element) -> Iterator[LineString]:
        """The line pieces of a curve, a curve member, or a boundary feature."""
        target = self.resolve(el)
        name = local(target.tag)
        if target is not el and name not in GEOMETRIES and local(el.tag) not in _MEMBERS:
            return  # a boundary feature's link to its plan or provision, not a line
        if name in _ARCS:
            raise Unbuildable(
                f"has a curved segment (gml:{name}); export arcs as lines",
                f"har ett kurvsegment (gml:{name}); exportera bågar som linjer",
            )
        if name in ("LineString", "LinearRing", "LineStringSegment"):
            yield LineString(self.coordinates(target))
        elif name in SURFACES or name in ("Point", "MultiPoint"):
            raise Unbuildable(
                f"has a {name} where a boundary line belongs",
                f"har en {name} där en gränslinje ska vara",
            )
        else:  # Curve/segments, Ring/curveMember, a boundary feature and its properties
            for child in target:
                if local(child.tag) not in ("boundedBy", "name", "description"):
                    yield from self.lines(child)

    def ring_area(self, holder: ET.Element) -> BaseGeometry:
        """The area inside an exterior or interior (its LinearRing or its Ring of members)."""
        pieces = [line for child in holder for line in self.lines(child)]
        if not pieces:
            raise Unbuildable(
                f"has an empty gml:{local(holder.tag)}",
                f"har en tom gml:{local(holder.tag)}",
            )
        ends = Counter(end for piece in pieces for end in _ends(piece))
        loose = sorted(point for point, n in ends.items() if n % 2)
        if loose:
            x, y = loose[0]
            raise Unbuildable(
                f"has a ring that does not close: its boundary ends at ({x:.3f}, {y:.3f})",
                f"har en ring som inte sluter sig: dess gräns slutar i ({x:.3f}, {y:.3f})",
            )
        merged = shapely.line_merge(MultiLineString(pieces))
        if isinstance(merged, LineString) and merged.is_closed and len(merged.coords) >= 4:
            return Polygon(merged.coords)
        # Several loops, or three borders meeting in one point: the faces they enclose.
        faces = shapely.polygonize(list(getattr(merged, "geoms", [merged])))
        if faces.is_empty:
            raise Unbuildable(
                "has a ring that encloses no area", "har en ring som inte omsluter någon yta"
            )
        return shapely.union_all(list(faces.geoms))

    # --- surfaces -----------------------------------------------------------------------

    def polygon(self, el: ET.Element) -> BaseGeometry:
        """A Polygon or PolygonPatch: the exterior with its interiors cut out."""
        shell: BaseGeometry | None = None
        holes: list[BaseGeometry] = []
        for child in el:
            name = local(child.tag)
            if name in ("exterior", "outerBoundaryIs"):
                shell = self.ring_area(child)
            elif name in ("interior", "innerBoundaryIs"):
                holes.append(self.ring_area(child))
        if shell is None:
            raise Unbuildable(
                f"has a gml:{local(el.tag)} without an exterior",
                f"har en gml:{local(el.tag)} utan yttre ring (exterior)",
            )
        for hole in holes:
            if not shell.buffer(_GRID_M).contains(hole):
                raise Unbuildable(
                    "has a hole (gml:interior) outside its exterior",
                    "har ett hål (gml:interior) utanför sin yttre ring",
                )
        return shell.difference(shapely.union_all(holes)) if holes else shell

    def surface(self, el: ET.Element) -> BaseGeometry:
        """Any GML surface (or a property or reference holding one) as polygons."""
        el = self.resolve(el)
        name = local(el.tag)
        if name in ("Polygon", "PolygonPatch"):
            return self.polygon(el)
        parts = [self.surface(child) for child in el if self.holds_surface(child)]
        if not parts:
            raise Unbuildable(
                f"has a {name} without any polygon", f"har en {name} utan någon polygon"
            )
        return shapely.union_all(parts)

    def holds_surface(self, el: ET.Element) -> bool:
        """Whether an element is, holds or refers to a surface (a feature's area)."""
        try:
            el = self.resolve(el)
        except Unbuildable:
            return local(el.tag).endswith(("Member", "Members", "patches"))
        name = local(el.tag)
        if name in SURFACES:
            return True
        if name in GEOMETRIES or attribute(el, "id") is not None:
            return False  # a line or point, or another feature
        return any(self.holds_surface(child) for child in el)

    def area_of(self, feature: ET.Element) -> BaseGeometry | None:
        """The polygons of a feature's own surface properties (None: it has none)."""
        parts = [self.surface(child) for child in feature if self.holds_surface(child)]
        return shapely.union_all(parts) if parts else None


def _numbers(text: str | None, where: str) -> list[float]:
    try:
        return [float(v) for v in (text or "").split()]
    except ValueError:
        raise Unbuildable(
            f"has a gml:{where} that is not numbers ({(text or '')[:40]!r})",
            f"har en gml:{where} som inte består av tal ({(text or '')[:40]!r})",
        ) from None


def _ends(line: LineString) -> list[tuple[float, float]]:
    """The two ends of an open line (none for a closed one)."""
    if line.is_closed:
        return []
    return [(x, y) for x, y in (line.coords[0], line.coords[-1])]
