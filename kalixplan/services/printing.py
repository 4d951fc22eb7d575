"""What a printout shows: the features in a map extent, its legend, a parcel's facts.

Qt-free: the renderer in ``ui/printing`` draws what these functions return.
Geometries come back in the print CRS (the project CRS unless another
projected CRS is asked for); queries use the spatial index of the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any, NamedTuple

from shapely.geometry.base import BaseGeometry
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import NotFound
from kalixplan.domain.language import Lang
from kalixplan.domain.rows import ParcelRow, PlanRow
from kalixplan.geo.crs import check_project_crs, reproject, reproject_all, transformer
from kalixplan.printing.facts import Section, prospectus_sections
from kalixplan.printing.generalise import (
    MIN_PARCEL_MM,
    PARCEL_LABEL_MM,
    paper_sides,
    simplify_geometries,
)
from kalixplan.printing.legend import LegendEntry, legend_entries
from kalixplan.printing.scale import Extent
from kalixplan.printing.spec import LayerChoice
from kalixplan.printing.styles import reference_style
from kalixplan.services.export.layers import layer_frame
from kalixplan.services.parcels import get_parcel
from kalixplan.services.plans import get_plan
from kalixplan.services.provisions import provisions_on
from kalixplan.store.models import (
    DetailedPlan,
    LandUseArea,
    Parcel,
    ProjectSetting,
    ReferenceFeature,
    ReferenceLayer,
)
from kalixplan.store.spatial import bbox_filter
from kalixplan.store.types import decode_stored, project_srid, stored_geometry


class PrintParcel(NamedTuple):
    """A parcel as printed.

    A named tuple, not a frozen dataclass: a county sheet makes 10⁵ of them, and a
    tuple is made in a tenth of the time (the dataclass sets each field through
    ``object.__setattr__``).
    """

    id: int
    designation: str
    area_name: str | None
    status: str
    area_m2: float
    price_sek_m2: float | None
    land_use: str | None
    geom: BaseGeometry
    anchor: tuple[float, float] | None = None  # where its label goes; None: a point on it


@dataclass(frozen=True)
class PrintArea:
    """A plan or land-use area as printed: ``label`` is a designation or a Boverket code."""

    label: str
    geom: BaseGeometry
    anchor: tuple[float, float] | None = None  # where its label goes; None: a point on it


class PrintReference(NamedTuple):
    """A reference feature as printed (a named tuple: a property map puts 10⁵ on a sheet)."""

    kind: str
    layer: str
    name: str | None
    geom: BaseGeometry


@dataclass(frozen=True)
class MapContent:
    """Everything a map frame shows, in the print CRS.

    Attributes:
        epsg: the print CRS.
        extent: the ground extent of the frame.
        parcels, plans, land_uses, references: the features meeting the extent.
        legend: entries for what is visible, in reading order.
        example_data: the project holds invented example data.
        boundary: the municipal boundary (for an overview map), if there is one.
        attributions: data credits to print.
    """

    epsg: int
    extent: Extent
    parcels: list[PrintParcel] = field(default_factory=list)
    plans: list[PrintArea] = field(default_factory=list)
    land_uses: list[PrintArea] = field(default_factory=list)
    references: list[PrintReference] = field(default_factory=list)
    legend: list[LegendEntry] = field(default_factory=list)
    example_data: bool = False
    boundary: BaseGeometry | None = None
    attributions: list[str] = field(default_factory=list)


BOVERKET_CREDIT = "Källa: Boverket, Planbestämmelsekatalogen"


def _srid(session: Session) -> int:
    return project_srid(session.get_bind().dialect)


def _to_project_bbox(extent: Extent, epsg: int, srid: int) -> Extent:
    if epsg == srid:
        return extent
    minx, miny, maxx, maxy = extent
    return transformer(epsg, srid).transform_bounds(minx, miny, maxx, maxy, densify_pts=21)


def _visible(geom: BaseGeometry | None, frame: BaseGeometry) -> bool:
    return geom is not None and not geom.is_empty and geom.intersects(frame)


def map_content(
    session: Session,
    extent: Extent,
    lang: Lang,
    *,
    epsg: int | None = None,
    layers: LayerChoice | None = None,
) -> MapContent:
    """The features that meet ``extent`` (in ``epsg``, default the project CRS).

    The legend lists only what really intersects the frame, not what merely
    has a bounding box touching it.
    """
    from shapely.geometry import box

    srid = _srid(session)
    epsg = epsg or srid
    check_project_crs(epsg)
    layers = layers or LayerChoice()
    bbox = _to_project_bbox(extent, epsg, srid)
    frame = box(*extent)
    dialect = session.get_bind().dialect

    def geom_in(g: BaseGeometry | None) -> BaseGeometry | None:
        return None if g is None else reproject(g, srid, epsg)

    content = MapContent(
        epsg=epsg,
        extent=extent,
        example_data=is_example_project(session),
        boundary=municipal_boundary(session, epsg),
    )
    if layers.land_use:
        rows = session.execute(
            select(LandUseArea.code, LandUseArea.geom).where(
                bbox_filter(LandUseArea.__table__, bbox, dialect)
            )
        )
        for code, geom in rows:
            g = geom_in(geom)
            if g is not None and _visible(g, frame):
                content.land_uses.append(PrintArea(code, g))
    if layers.plans:
        rows = session.execute(
            select(DetailedPlan.designation, DetailedPlan.geom)
            .where(bbox_filter(DetailedPlan.__table__, bbox, dialect))
            .order_by(DetailedPlan.designation)
        )
        for designation, geom in rows:
            g = geom_in(geom)
            if g is not None and _visible(g, frame):
                content.plans.append(PrintArea(designation, g))
    if layers.parcels:
        content.parcels.extend(_parcels(session, bbox, srid, epsg, frame))
    content.references.extend(_references(session, bbox, srid, epsg, frame, layers))
    content.legend.extend(
        legend_entries(
            lang,
            statuses={p.status for p in content.parcels},
            land_uses={a.label for a in content.land_uses},
            plans_visible=bool(content.plans),
            reference_layers={(r.kind, r.layer) for r in content.references},
        )
    )
    if content.land_uses:
        content.attributions.append(BOVERKET_CREDIT)
    content.attributions.extend(
        sorted({_credit(s) for s in _sources(session, content.references)} - {""})
    )
    return content


def simplified_content(content: MapContent, scale: float) -> MapContent:
    """``content`` with every drawn geometry simplified for 1:``scale``.

    The tolerance is a fraction of the thinnest printed line (see
    ``kalixplan.printing.generalise``); every feature is kept, in the same order.
    Labels keep the anchor of the unsimplified shape: a point on the surface can
    jump when a vertex goes, and a label that moves is something a reader sees.
    """

    def areas(items: list[PrintArea]) -> list[PrintArea]:
        geoms = simplify_geometries([a.geom for a in items], scale)
        anchors = label_anchors([a.geom for a in items])
        return [
            replace(a, geom=g, anchor=a.anchor or p)
            for a, g, p in zip(items, geoms, anchors, strict=True)
        ]

    parcels, anchors = _simplified_parcels(content.parcels, scale)
    references = _simplified_drawn([r.geom for r in content.references], scale)
    boundary = content.boundary
    if boundary is not None:
        boundary = simplify_geometries([boundary], scale)[0]
    return replace(
        content,
        parcels=[
            p
            if g is p.geom and (p.anchor or a) == p.anchor
            else p._replace(geom=g, anchor=p.anchor or a)
            for p, g, a in zip(content.parcels, parcels, anchors, strict=True)
        ],
        plans=areas(content.plans),
        land_uses=areas(content.land_uses),
        references=[
            r if g is r.geom else r._replace(geom=g)
            for r, g in zip(content.references, references, strict=True)
        ],
        boundary=boundary,
    )


def _simplified_parcels(
    parcels: Sequence[PrintParcel], scale: float
) -> tuple[list[BaseGeometry], list[tuple[float, float] | None]]:
    """Each parcel's geometry simplified for 1:``scale`` and its label anchor.

    Only what is drawn as a shape is simplified: a parcel under ``MIN_PARCEL_MM`` on
    paper is printed as a mark from its box, so its outline is kept as it is (at
    1:150 000 that is most of a county's parcels). Only parcels big enough to be
    labelled (``PARCEL_LABEL_MM`` on their shorter side) get an anchor; None elsewhere.
    """
    import numpy as np

    if not parcels:
        return [], []
    geoms = np.array([p.geom for p in parcels], dtype=object)
    shorter = paper_sides(geoms, scale).min(axis=0)
    simple = _simplified_drawn(list(geoms), scale)
    anchors: list[tuple[float, float] | None] = [None] * len(parcels)
    big = np.flatnonzero(shorter >= PARCEL_LABEL_MM)
    for at, anchor in zip(big, label_anchors(list(geoms[big])), strict=True):
        anchors[int(at)] = anchor
    return simple, anchors


def _simplified_drawn(geoms: Sequence[BaseGeometry], scale: float) -> list[BaseGeometry]:
    """Each geometry simplified for 1:``scale`` where it is at least ``MIN_PARCEL_MM``
    across on paper; smaller ones are kept as they are (the same objects): simplifying a
    county's 10⁵ plots of 0.3 mm changes nothing a reader sees and costs half a second."""
    import numpy as np

    if not geoms:
        return []
    array = np.asarray(geoms, dtype=object)
    drawn = np.flatnonzero(paper_sides(array, scale).max(axis=0) >= MIN_PARCEL_MM)
    simple = list(geoms)
    for at, g in zip(drawn, simplify_geometries(list(array[drawn]), scale), strict=True):
        simple[int(at)] = g
    return simple


def label_anchors(geoms: Sequence[BaseGeometry]) -> list[tuple[float, float]]:
    """A point on each geometry's surface (where its label goes), in the same order."""
    import numpy as np
    import shapely

    if not geoms:
        return []
    points = shapely.get_coordinates(shapely.point_on_surface(np.asarray(geoms, dtype=object)))
    return [(float(x), float(y)) for x, y in points]


def _parcels(
    session: Session, bbox: Extent, srid: int, epsg: int, frame: BaseGeometry
) -> list[PrintParcel]:
    """The parcels meeting ``frame``, in ``epsg``, by designation.

    Geometries are read as stored and decoded, transformed and tested against the frame
    in single vectorised calls: an A3 sheet of a county carries 10⁵ parcels, and doing
    this a parcel at a time cost more than the whole of QGIS's layout export.
    """
    import shapely

    p = Parcel.__table__.c
    dialect = session.get_bind().dialect
    sqlite = dialect.name == "sqlite"
    raw = stored_geometry(p.geom, dialect).label("raw")
    query = (
        select(
            p.id,
            p.designation,
            p.area_name,
            p.status,
            p.area_m2,
            p.price_sek_m2,
            p.land_use,
            raw,
        )
        .where(p.geom.is_not(None))
        .where(bbox_filter(Parcel.__table__, bbox, dialect))
    )
    if sqlite:
        # SQLite's BINARY order is UTF-8 byte order, which is Python's code point order:
        # sorted here, the database skips a sort of 10⁵ texts in its temporary B-tree.
        rows = sorted(_raw_rows(session, query), key=itemgetter(1))
    else:
        rows = _raw_rows(session, query.order_by(p.designation))  # the database's collation
    if not rows:
        return []
    geoms = decode_stored([row[7] for row in rows], dialect)
    geoms = reproject_all(geoms, srid, epsg)
    keep = ~shapely.is_empty(geoms) & shapely.intersects(geoms, frame)
    return [
        PrintParcel(row[0], row[1], row[2], row[3], row[4], row[5], row[6], g, None)
        for row, g, k in zip(rows, geoms, keep, strict=True)
        if k
    ]


def _raw_rows(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as the driver returns them (plain tuples, no result
    processing): a tenth of a second less for the 10⁵ parcels of a county sheet. The
    query's values are numbers and column names only, written into the SQL by SQLAlchemy's
    literal rendering."""
    dialect = session.get_bind().dialect
    sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _references(
    session: Session,
    bbox: Extent,
    srid: int,
    epsg: int,
    frame: BaseGeometry,
    layers: LayerChoice,
) -> list[PrintReference]:
    """The reference features meeting ``frame``, in ``epsg``, by layer and feature.

    Vectorised like the parcels: a county's property map puts 10⁵ features on a sheet.
    Boundaries and other outlined areas count only where their line crosses the frame.
    """
    import numpy as np
    import shapely

    dialect = session.get_bind().dialect
    raw = stored_geometry(ReferenceFeature.geom, dialect).label("raw")
    query = (
        select(ReferenceLayer.kind, ReferenceLayer.name, ReferenceFeature.name, raw)
        .join(ReferenceLayer, ReferenceLayer.id == ReferenceFeature.layer_id)
        .where(ReferenceFeature.geom.is_not(None))
        .where(bbox_filter(ReferenceFeature.__table__, bbox, dialect))
        .order_by(ReferenceLayer.name, ReferenceFeature.id)
    )
    if layers.reference is not None:
        query = query.where(ReferenceLayer.name.in_(sorted(layers.reference)))
    rows = session.connection().execute(query).all()
    if not rows:
        return []
    geoms = decode_stored([row[3] for row in rows], dialect)
    geoms = reproject_all(geoms, srid, epsg)
    kinds = np.array([row[0] for row in rows], dtype=object)
    outlined_kinds = [k for k in set(kinds.tolist()) if reference_style(k).shape != "area"]
    outlined = np.isin(kinds, outlined_kinds) & np.isin(
        shapely.get_type_id(geoms),
        (3, 6),  # Polygon, MultiPolygon
    )
    tested = geoms.copy()
    tested[outlined] = shapely.boundary(geoms[outlined])
    keep = ~shapely.is_empty(geoms) & shapely.intersects(tested, frame)
    return [
        PrintReference(row[0], row[1], row[2], g)
        for row, g, k in zip(rows, geoms, keep, strict=True)
        if k
    ]


def _sources(session: Session, refs: Sequence[PrintReference]) -> list[str]:
    names = sorted({r.layer for r in refs})
    if not names:
        return []
    rows = session.execute(
        select(ReferenceLayer.source, ReferenceLayer.licence).where(ReferenceLayer.name.in_(names))
    )
    return [" – ".join(x for x in (src, lic) if x) for src, lic in rows]


def _credit(source: str) -> str:
    # Invented demo layers say so in their source; the sheet's banner covers that.
    return "" if "invented" in source else source


def municipal_boundary(session: Session, epsg: int | None = None) -> BaseGeometry | None:
    """The union of the boundary reference features, in ``epsg`` (default project CRS)."""
    from shapely import union_all

    srid = _srid(session)
    geoms = session.scalars(
        select(ReferenceFeature.geom)
        .join(ReferenceLayer, ReferenceLayer.id == ReferenceFeature.layer_id)
        .where(ReferenceLayer.kind == "boundary")
    ).all()
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return None
    return reproject(union_all(geoms), srid, epsg or srid)


def municipality_extent(session: Session, epsg: int | None = None) -> Extent:
    """The area a whole-municipality sheet shows, in ``epsg`` (default project CRS).

    The bounds of the municipal boundary (a reference layer of kind 'boundary',
    the demo's is Kalix's real one) together with every parcel, so a parcel
    outside a boundary drawn too tight is still printed; without a boundary,
    the parcels alone.

    Raises:
        NotFound: the project has neither a municipal boundary nor a parcel with a boundary.
    """
    import shapely

    srid = _srid(session)
    boxes: list[Extent] = []
    boundary = municipal_boundary(session, epsg)
    if boundary is not None:
        minx, miny, maxx, maxy = boundary.bounds
        boxes.append((float(minx), float(miny), float(maxx), float(maxy)))
    parcels = [g for g in session.scalars(select(Parcel.geom)) if g is not None and not g.is_empty]
    if parcels:
        total = shapely.box(*shapely.total_bounds(parcels))
        minx, miny, maxx, maxy = reproject(total, srid, epsg or srid).bounds
        boxes.append((float(minx), float(miny), float(maxx), float(maxy)))
    if not boxes:
        raise NotFound(
            "The project has no municipal boundary and no parcel to print; import the "
            "boundary as a reference layer of kind 'boundary', or add parcels first.",
            sv="Projektet har ingen kommungräns och ingen fastighet att skriva ut; importera "
            "gränsen som referenslager av typen 'boundary' eller lägg till fastigheter först.",
        )
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def is_example_project(session: Session) -> bool:
    """True when the project holds invented example data (the demo)."""
    flag = session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == "example_data"))
    if flag is not None and flag.strip().lower() in ("1", "true", "yes"):
        return True
    return (
        session.scalar(select(Parcel.id).where(or_(Parcel.example_data.is_(True))).limit(1))
        is not None
    )


def municipality_name(session: Session) -> str | None:
    """The municipality's name from the project settings, e.g. 'Kalix kommun'."""
    return session.scalar(
        select(ProjectSetting.value).where(ProjectSetting.key == "municipality_name")
    )


def matching_parcel_ids(session: Session, where: Mapping[str, str]) -> list[int]:
    """Ids of the parcels whose fields equal the values (as ``export --where``), by designation.

    Raises:
        ValidationError: a field name that parcels do not have.
    """
    if not where:
        return list(session.scalars(select(Parcel.id).order_by(Parcel.designation)))
    frame = layer_frame(session, "parcels", where=where, epsg=_srid(session))
    designations = sorted(str(d) for d in frame["designation"])
    if not designations:
        return []
    result = session.execute(
        select(Parcel.designation, Parcel.id).where(Parcel.designation.in_(designations))
    )
    ids = {str(d): int(i) for d, i in result}
    return [ids[d] for d in designations if d in ids]


def parcels_extent(session: Session, ids: Sequence[int], epsg: int | None = None) -> Extent:
    """The bounding box of some parcels in ``epsg`` (default project CRS).

    Raises:
        NotFound: none of the parcels has a geometry.
    """
    import shapely

    srid = _srid(session)
    geoms = [
        g
        for g in session.scalars(select(Parcel.geom).where(Parcel.id.in_(list(ids))))
        if g is not None and not g.is_empty
    ]
    if not geoms:
        raise NotFound(
            "None of the parcels to print has a boundary; draw or import one first.",
            sv="Ingen av fastigheterna som ska skrivas ut har någon gräns; rita eller "
            "importera en först.",
        )
    if epsg is None or epsg == srid:
        # The boxes' box: no union needed (the print dialog asks on every change).
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    else:
        minx, miny, maxx, maxy = reproject(shapely.union_all(geoms), srid, epsg).bounds
    return float(minx), float(miny), float(maxx), float(maxy)


@dataclass(frozen=True)
class ProspectusSheet:
    """One prospectus page's data: the parcel and its facts in sections.

    Attributes:
        parcel: the parcel row (geometry in the project CRS).
        sections: the facts, labelled in the sheet's language.
        example_data: the parcel (or the project) is invented example data.
    """

    parcel: ParcelRow
    sections: list[Section]
    example_data: bool


def prospectus_sheets(session: Session, ids: Sequence[int], lang: Lang) -> list[ProspectusSheet]:
    """The prospectus data of each parcel, in the order of ``ids``."""
    example = is_example_project(session)
    plans: dict[int, PlanRow] = {}
    out: list[ProspectusSheet] = []
    for parcel_id in ids:
        parcel = get_parcel(session, parcel_id)
        plan = None
        if parcel.plan_id is not None:
            if parcel.plan_id not in plans:
                plans[parcel.plan_id] = get_plan(session, parcel.plan_id)
            plan = plans[parcel.plan_id]
        provisions = provisions_on(session, parcel.plan_id, parcel.geom) if parcel.plan_id else []
        out.append(
            ProspectusSheet(
                parcel,
                prospectus_sections(parcel, plan, lang, provisions),
                example or parcel.example_data,
            )
        )
    return out
