"""What the public site may show, read from the register: published parcels only.

A parcel goes out when it is marked public (``parcels.public``) *and* its status
is ``available``. What goes out of it is decided here, once, for the pages and
the PDFs alike (:func:`public_sheet`): never the owner, the internal notes or who
it is reserved for; the price only with ``with_prices``. Geometries leave in
EPSG:4326, rounded to 6 decimals (about 0.1 m), for Leaflet.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.language import Lang
from kalixplan.geo.crs import reproject
from kalixplan.printing.facts import Section
from kalixplan.printing.labels import text
from kalixplan.services.printing import (
    MapContent,
    ProspectusSheet,
    is_example_project,
    municipality_name,
    prospectus_sheets,
)
from kalixplan.services.publish.words import word
from kalixplan.store.models import Parcel, ReferenceFeature, ReferenceLayer
from kalixplan.store.types import project_srid

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

# Reference layers drawn under the parcels: where the land is, and how it is reached.
MAP_REFERENCE_KINDS = ("boundary", "road", "railway", "port", "substation")
DECIMALS = 6
# Lines of a prospectus that never go out, and those that go out only with prices.
_PRIVATE_KEYS = ("owner",)
_PRICE_KEYS = ("price_m2", "price_total", "price_includes")


class PublishCancelled(KalixPlanError):
    """The user cancelled; the site folder is as it was."""

    def __init__(self) -> None:
        super().__init__(
            "Publishing was cancelled; the site folder was left as it was.",
            sv="Publiceringen avbröts; webbplatsens mapp lämnades som den var.",
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (), {"sv": self.sv})


@dataclass(frozen=True)
class SiteParcel:
    """A parcel as the public site shows it (already stripped of what stays inside).

    Attributes:
        sheets: the prospectus facts per language, with private lines removed.
        geom: the outline in EPSG:4326.
        price_sek_m2: only with ``--with-prices``, else None.
    """

    id: int
    designation: str
    slug: str
    area_name: str | None
    area_slug: str
    area_m2: float
    land_use: str | None
    power_mw: float | None
    dist_rail_m: float | None
    dist_port_m: float | None
    dist_road_m: float | None
    price_sek_m2: float | None
    contact_person: str | None
    contact_email: str | None
    example_data: bool
    geom: BaseGeometry
    sheets: dict[str, ProspectusSheet] = field(default_factory=dict)

    @property
    def centre(self) -> tuple[float, float]:
        """(lon, lat) of a point inside the outline."""
        p = self.geom.representative_point()
        return round(p.x, DECIMALS), round(p.y, DECIMALS)


@dataclass(frozen=True)
class SiteArea:
    """An industrial area (``area_name``) and its published parcels."""

    name: str | None
    slug: str
    parcels: tuple[SiteParcel, ...]

    @property
    def area_m2(self) -> float:
        """The parcels' geodesic area together."""
        return sum(p.area_m2 for p in self.parcels)


@dataclass(frozen=True)
class SiteReference:
    """A reference feature under the parcels (boundary, road, railway, port, substation)."""

    kind: str
    name: str | None
    geom: BaseGeometry


@dataclass(frozen=True)
class SiteData:
    """Everything the site shows."""

    municipality: str
    example_data: bool
    today: date
    parcels: tuple[SiteParcel, ...]
    areas: tuple[SiteArea, ...]
    references: tuple[SiteReference, ...]
    with_prices: bool

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """Longitude/latitude box of the parcels (of the references when there are none)."""
        geoms = [p.geom for p in self.parcels] or [r.geom for r in self.references]
        if not geoms:
            return (23.10, 65.82, 23.22, 65.88)  # Kalix centre, as the app's own map
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
        return float(minx), float(miny), float(maxx), float(maxy)


def slug(value: str) -> str:
    """A file name from a designation or area name: 'Kalix Rolfs 3:45' → 'kalix-rolfs-3-45'."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "x"


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}-{n}", n + 1
    taken.add(candidate)
    return candidate


def published_parcel_ids(session: Session) -> list[int]:
    """Ids of the parcels that go out: marked public and available, by area and designation."""
    return list(
        session.scalars(
            select(Parcel.id)
            .where(Parcel.public.is_(True), Parcel.status == "available")
            .order_by(Parcel.area_name, Parcel.designation, Parcel.id)
        )
    )


def public_sheet(sheet: ProspectusSheet, lang: Lang, with_prices: bool) -> ProspectusSheet:
    """A prospectus sheet with what stays inside taken out: the owner and notes always,
    the price (per m², total, what it includes) unless ``with_prices``."""
    parcel = dataclasses.replace(
        sheet.parcel,
        owner=None,
        owner_kind=None,
        notes=None,
        reserved_for_id=None,
        price_sek_m2=sheet.parcel.price_sek_m2 if with_prices else None,
        price_includes=sheet.parcel.price_includes if with_prices else None,
    )
    drop = {text(k, lang) for k in _PRIVATE_KEYS}
    if not with_prices:
        drop |= {text(k, lang) for k in _PRICE_KEYS}
    sections = []
    for s in sheet.sections:
        title = s.title
        if s.title == text("sec_price", lang) and not with_prices:
            title = word("status_only", lang)
        sections.append(Section(title, tuple(line for line in s.lines if line[0] not in drop)))
    return ProspectusSheet(parcel, sections, sheet.example_data)


def public_map_content(
    content: MapContent, published: frozenset[int], with_prices: bool
) -> MapContent:
    """A printed map's content with the unpublished parcels left out (and prices unless
    ``with_prices``), and the legend's parcel entries cut to the statuses still shown."""
    parcels = [
        p if with_prices else p._replace(price_sek_m2=None)
        for p in content.parcels
        if p.id in published
    ]
    statuses = {f"parcel:{p.status}" for p in parcels}
    legend = [e for e in content.legend if not e.key.startswith("parcel:") or e.key in statuses]
    return dataclasses.replace(content, parcels=parcels, legend=legend)


def _round(geom: BaseGeometry) -> BaseGeometry:
    return shapely.set_precision(geom, 10.0**-DECIMALS)


def _references(session: Session, srid: int) -> list[SiteReference]:
    rows = session.execute(
        select(ReferenceLayer.kind, ReferenceFeature.name, ReferenceFeature.geom)
        .join(ReferenceLayer, ReferenceLayer.id == ReferenceFeature.layer_id)
        .where(ReferenceLayer.kind.in_(MAP_REFERENCE_KINDS))
        .order_by(ReferenceLayer.name, ReferenceFeature.id)
    )
    out = []
    for kind, name, geom in rows:
        if geom is None or geom.is_empty:
            continue
        # A 10 m simplification is invisible at the zooms a boundary is seen at, and keeps
        # every page small (the Kalix boundary has thousands of vertices).
        g = reproject(geom.simplify(10.0, preserve_topology=True), srid, 4326)
        out.append(SiteReference(kind, name, _round(g)))
    return out


def gather_site(
    session: Session,
    langs: Sequence[Lang],
    *,
    with_prices: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SiteData:
    """Read everything the site shows, in one read transaction (the caller's session).

    Raises:
        PublishCancelled: ``cancelled()`` returned True.
    """
    report = progress or (lambda done, total, message: None)
    srid = project_srid(session.get_bind().dialect)
    ids = published_parcel_ids(session)
    sheets: dict[str, list[ProspectusSheet]] = {}
    for lang in langs:
        if cancelled is not None and cancelled():
            raise PublishCancelled()
        report(0, 1, f"reading {len(ids)} parcels ({lang})")
        sheets[lang] = [
            public_sheet(s, lang, with_prices) for s in prospectus_sheets(session, ids, lang)
        ]
    municipality = (municipality_name(session) or "").strip() or word("municipality", langs[0])
    parcels: list[SiteParcel] = []
    slugs: set[str] = set()
    area_slugs: dict[str | None, str] = {}
    taken_area: set[str] = set()
    for n, parcel_id in enumerate(ids):
        row = sheets[langs[0]][n].parcel
        if row.geom is None or row.geom.is_empty:
            continue  # nothing to show on a map; the check command names such parcels
        area = (row.area_name or "").strip() or None
        if area not in area_slugs:
            area_slugs[area] = _unique(slug(area) if area else "ovrigt", taken_area)
        parcels.append(
            SiteParcel(
                id=parcel_id,
                designation=row.designation,
                slug=_unique(slug(row.designation), slugs),
                area_name=area,
                area_slug=area_slugs[area],
                area_m2=0.0 if row.facts_stale else row.area_m2,
                land_use=row.land_use,
                power_mw=row.power_mw,
                dist_rail_m=row.dist_rail_m,
                dist_port_m=row.dist_port_m,
                dist_road_m=row.dist_road_m,
                price_sek_m2=row.price_sek_m2 if with_prices else None,
                contact_person=row.contact_person,
                contact_email=row.contact_email,
                example_data=sheets[langs[0]][n].example_data,
                geom=_round(reproject(row.geom, srid, 4326)),
                sheets={lang: sheets[lang][n] for lang in langs},
            )
        )
    areas = tuple(
        SiteArea(name, s, tuple(p for p in parcels if p.area_name == name))
        for name, s in area_slugs.items()
        if any(p.area_name == name for p in parcels)
    )
    return SiteData(
        municipality=municipality,
        example_data=is_example_project(session) or any(p.example_data for p in parcels),
        today=today or date.today(),
        parcels=tuple(parcels),
        areas=areas,
        references=tuple(_references(session, srid)),
        with_prices=with_prices,
    )
