"""Reading an SS 637040 plan document: parsed safely, its features sorted by kind, their
values and links, the plan each area belongs to, and the land-use code of each area.

SS 637040:2016 ("Geografisk information – Detaljplan – Applikationsschema för
planbestämmelser") says how a plan's borders, areas and provisions are coded in XML;
its catalogue of provisions is Boverket's planbestämmelsekatalog. Exporters differ in
namespaces and prefixes, so features are recognised by their local names, folded
(å/ä→a, ö→o, lower case): ``Detaljplan`` is a plan, ``Planområde`` its boundary when
the plan carries none, and ``Användningsområde``/``Användningsbestämmelse`` a land-use
area. Borders (``Plangräns``, ``Användningsgräns``, ``Egenskapsgräns``) are only read
where an area's rings refer to them (``gml_geometry``). The whole document is read and
every geometry built before anything is written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from kalixplan.domain.codes import LAND_USE_LABELS
from kalixplan.domain.errors import KalixPlanError, UnknownCrs, sentence_of
from kalixplan.domain.validation import check_land_use
from kalixplan.services.importing.fields import normalise_name
from kalixplan.services.importing.report import ImportReport, Issue
from kalixplan.services.ns_detaljplan.catalogue import active_catalogue
from kalixplan.services.ns_detaljplan.gml_geometry import (
    GEOMETRIES,
    GeometryBuilder,
    Unbuildable,
    attribute,
    local,
)

DESIGNATION = ("beteckning", "planbeteckning", "planid")
IDENTITY = ("objektidentitet", "uuid", "identitet")
# A land-use area's code: Boverket's letters, the catalogue's UUID (NS
# planbestammelsekatalogreferens), or the use in words ("Industri").
_USE_KEYS = ("anvandning", "anvandningskod", "beteckning", "kod", "bestammelsekod", "symbol")
_USE_REFERENCE = ("planbestammelsekatalogreferens", "katalogreferens", "bestammelsereferens")
_USE_BY_WORD = {sv.lower(): code for code, (sv, _en) in LAND_USE_LABELS.items()}


class GmlPlanRefused(KalixPlanError):
    """An SS 637040 document, or one of its features, cannot be imported; nothing was.

    Attributes:
        feature: the gml:id or beteckning of the feature named (None: the whole file).
    """

    def __init__(self, message: str, feature: str | None = None, *, sv: str | None = None) -> None:
        super().__init__(message, sv=sv)
        self.feature = feature

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.feature), {"sv": self.sv})


@dataclass
class Feature:
    """One feature of the document: its number among its kind (from 1), element, gml:id,
    simple values by folded name, and the ids its properties link to."""

    number: int
    element: ET.Element
    gml_id: str
    values: dict[str, list[str]]
    links: list[str]

    def first(self, *keys: str) -> str | None:
        return next((self.values[k][0] for k in keys if k in self.values), None)

    def last(self, *keys: str) -> str | None:
        # NS Detaljplan 4.1 datumLagakraft: several dates, the latest decision last.
        return next((self.values[k][-1] for k in keys if k in self.values), None)


@dataclass
class PlanFeature:
    """A plan of the document with its beteckning, built land-use areas (feature, code,
    polygons) and boundary, all in the project CRS."""

    feature: Feature
    key: str
    areas: list[tuple[Feature, str, BaseGeometry]] = field(default_factory=list)
    boundary: BaseGeometry | None = None


def read_root(path: Path) -> ET.Element:
    """The parsed document; DTDs and entities are refused (no XXE, no entity expansion)."""
    raw = path.read_bytes()
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", raw.replace(b"\x00", b""), re.I):
        raise GmlPlanRefused(
            f"{path.name} declares a DTD or entities (<!DOCTYPE/<!ENTITY), which plan GML "
            "never needs and KalixPlan does not read for safety; export the plan again "
            "without them, nothing was imported.",
            sv=f"{path.name} deklarerar en DTD eller entiteter (<!DOCTYPE/<!ENTITY), som "
            "plan-GML aldrig behöver och som KalixPlan av säkerhetsskäl inte läser; exportera "
            "planen igen utan dem, ingenting importerades.",
        )
    try:
        return ET.fromstring(raw)
    except ET.ParseError as exc:
        line, column = exc.position
        raise GmlPlanRefused(
            f"{path.name} is not well-formed XML at line {line}, column {column} (it looks "
            "cut off or damaged); export it again from the plan system, nothing was imported.",
            sv=f"{path.name} är inte välformad XML på rad {line}, kolumn {column} (den ser "
            "avbruten eller skadad ut); exportera den igen från plansystemet, ingenting "
            "importerades.",
        ) from None
    except (LookupError, UnicodeError, ValueError) as exc:  # an encoding the XML names wrongly
        raise GmlPlanRefused(
            f"{path.name} cannot be read as XML ({exc}); its declared encoding or its "
            "text is damaged. Export it again from the plan system (UTF-8), nothing was "
            "imported.",
            sv=f"{path.name} kan inte läsas som XML ({exc}); den angivna teckenkodningen "
            "eller texten är skadad. Exportera den igen från plansystemet (UTF-8), "
            "ingenting importerades.",
        ) from None


def _values(feature: ET.Element) -> tuple[dict[str, list[str]], list[str]]:
    """A feature's simple values by folded name, and the ids its properties link to."""
    values: dict[str, list[str]] = {}
    links: list[str] = []
    stack = list(feature)
    while stack:
        el = stack.pop(0)
        name = local(el.tag)
        if name in GEOMETRIES or attribute(el, "id") is not None:
            continue  # geometry, or a feature of its own
        href = attribute(el, "href")
        if href is not None:
            links.append(href.strip().removeprefix("#"))
        elif len(el):
            stack[:0] = list(el)
        elif text := (el.text or "").strip():
            values.setdefault(normalise_name(name), []).append(text)
    return values, links


def _kind(element: ET.Element) -> str:
    name = normalise_name(local(element.tag))
    if name in ("detaljplan", "plan"):
        return "plan"
    if name == "planomrade":
        return "boundary_area"
    if name.startswith("anvandning") and not name.endswith("grans"):
        return "land_use"
    if name.endswith(("bestammelse", "omrade")):
        return "provision"
    return "other"


def read_plans(path: Path, root: ET.Element, srid: int, report: ImportReport) -> list[PlanFeature]:
    """Every plan of the document with its areas built in the project CRS ``srid``;
    provisions KalixPlan does not keep are listed in ``report.issues``.

    Raises:
        GmlPlanRefused, UnknownCrs: naming the file, the feature and what to do.
    """
    by_id: dict[str, ET.Element] = {}
    for el in root.iter():
        gml_id = attribute(el, "id")
        if gml_id is None:
            continue
        if gml_id in by_id:
            raise GmlPlanRefused(
                f"{path.name} holds gml:id {gml_id} twice, so references to it are ambiguous; "
                "export the plan again, nothing was imported.",
                gml_id,
                sv=f"{path.name} innehåller gml:id {gml_id} två gånger, så hänvisningar till "
                "det är tvetydiga; exportera planen igen, ingenting importerades.",
            )
        by_id[gml_id] = el
    builder = GeometryBuilder(root, by_id, srid)
    features: dict[str, list[Feature]] = {}
    for el in root.iter():
        gml_id = attribute(el, "id")
        if gml_id is None or local(el.tag) in GEOMETRIES:
            continue
        values, links = _values(el)
        same = features.setdefault(_kind(el), [])
        same.append(Feature(len(same) + 1, el, gml_id, values, links))
    if not features.get("plan"):
        raise GmlPlanRefused(
            f"{path.name} holds no Detaljplan feature; it is not an SS 637040 plan document "
            "or the export left the plan out, nothing was imported.",
            sv=f"{path.name} innehåller inget Detaljplan-objekt; det är inget plandokument "
            "enligt SS 637040, eller så utelämnade exporten planen, ingenting importerades.",
        )

    def geometry(feature: Feature, what: str, what_sv: str) -> BaseGeometry | None:
        try:
            return builder.area_of(feature.element)
        except Unbuildable as exc:
            raise GmlPlanRefused(
                f"{path.name}: {what} {exc}; correct it in the plan system "
                "and export again, nothing was imported.",
                feature.gml_id,
                sv=f"{path.name}: {what_sv} {exc.sv}; rätta det i plansystemet och exportera "
                "igen, ingenting importerades.",
            ) from None
        except UnknownCrs as exc:
            raise UnknownCrs(
                f"{path.name}: {what} {sentence_of(exc, 'en')}; export it in SWEREF 99 TM "
                "(EPSG:3006) or a SWEREF 99 local zone, nothing was imported.",
                sv=f"{path.name}: {what_sv} {sentence_of(exc, 'sv')}; exportera planen i "
                "SWEREF 99 TM (EPSG:3006) eller en lokal SWEREF 99-zon, ingenting importerades.",
            ) from None

    plans = [PlanFeature(f, _designation(path, f)) for f in features["plan"]]
    by_key = {p.feature.gml_id: p for p in plans}
    for plan in plans:
        by_key.setdefault(plan.key, plan)
        if plan.feature.first(*IDENTITY):
            by_key.setdefault(str(plan.feature.first(*IDENTITY)), plan)
    boundaries = {p.key: geometry(p.feature, f"plan {p.key}", f"planen {p.key}") for p in plans}
    for area in features.get("boundary_area", []):
        owner = _owner(
            path, area, plans, by_key, builder.parent, ("planområdet", "plan area (Planområde)")
        )
        if boundaries[owner.key] is None:
            boundaries[owner.key] = geometry(
                area,
                f"plan area {area.gml_id} of plan {owner.key}",
                f"planområdet {area.gml_id} i planen {owner.key}",
            )
    for area in features.get("land_use", []):
        owner = _owner(
            path, area, plans, by_key, builder.parent, ("användningsområdet", "land-use area")
        )
        built = geometry(
            area,
            f"land-use area {area.gml_id} of plan {owner.key}",
            f"användningsområdet {area.gml_id} i planen {owner.key}",
        )
        if built is None:
            raise GmlPlanRefused(
                f"{path.name}: land-use area {area.gml_id} of plan {owner.key} has no surface; "
                "give it a polygon or a ring of boundary references, nothing was imported.",
                area.gml_id,
                sv=f"{path.name}: användningsområdet {area.gml_id} i planen {owner.key} har "
                "ingen yta; ge det en polygon eller en ring av gränshänvisningar, ingenting "
                "importerades.",
            )
        owner.areas.append((area, _use_code(path, area, owner.key), built))
    for plan in plans:
        if boundaries[plan.key] is None and plan.areas:
            # Assumed: a plan's land-use areas together cover its plan area.
            boundaries[plan.key] = unary_union([built for _a, _c, built in plan.areas])
        plan.boundary = boundaries[plan.key]
    report.issues += [
        Issue(
            f.number,
            f.first("beteckning") or f.gml_id,
            "value",
            f"is a {local(f.element.tag)}, which KalixPlan does not keep; it was not taken in",
        )
        for f in features.get("provision", [])
    ]
    return plans


def _designation(path: Path, plan: Feature) -> str:
    key = plan.first(*DESIGNATION)
    if key is None:
        raise GmlPlanRefused(
            f"{path.name}: plan {plan.gml_id} has no beteckning, by which the register knows "
            "a plan; give it one in the plan system and export again, nothing was imported.",
            plan.gml_id,
            sv=f"{path.name}: planen {plan.gml_id} har ingen beteckning, som registret känner "
            "igen en plan på; ge den en beteckning i plansystemet och exportera igen, "
            "ingenting importerades.",
        )
    return key


def _owner(
    path: Path,
    area: Feature,
    plans: list[PlanFeature],
    by_key: dict[str, PlanFeature],
    parent: dict[ET.Element, ET.Element],
    what: tuple[str, str],
) -> PlanFeature:
    """The plan an area belongs to: by link, by nesting, by the plan's beteckning or
    identity in its values, or the file's only plan.

    Args:
        what: the kind of area, (Swedish, English), for the error.
    """
    for link in area.links:
        if link in by_key:
            return by_key[link]
    for plan in plans:
        if area.gml_id in plan.feature.links:
            return plan
    node = parent.get(area.element)
    while node is not None:
        for plan in plans:
            if plan.feature.element is node:
                return plan
        node = parent.get(node)
    for name, texts in area.values.items():
        if "plan" in name and texts[0] in by_key:
            return by_key[texts[0]]
    if len(plans) == 1:
        return plans[0]
    raise GmlPlanRefused(
        f"{path.name}: {what[1]} {area.gml_id} belongs to none of the file's {len(plans)} plans; "
        "link it to its Detaljplan (xlink:href to the plan's gml:id) and export again, "
        "nothing was imported.",
        area.gml_id,
        sv=f"{path.name}: {what[0]} {area.gml_id} hör inte till någon av filens {len(plans)} "
        "planer; koppla det till sin Detaljplan (xlink:href till planens gml:id) och "
        "exportera igen, ingenting importerades.",
    )


def _use_code(path: Path, area: Feature, plan_key: str) -> str:
    """Boverket's land-use code of an area (SS 637040 användningsbestämmelse)."""
    catalogue = active_catalogue()
    for key in _USE_REFERENCE:
        for text in area.values.get(key, []):
            code = catalogue.use_code(text.strip())
            if code is not None:
                return code
    found: list[str] = []
    for key in _USE_KEYS:
        for text in area.values.get(key, []):
            found.append(text)
            if text.strip().lower() in _USE_BY_WORD:
                return _USE_BY_WORD[text.strip().lower()]
            try:
                return check_land_use(text)
            except KalixPlanError:
                continue
    shown = ", ".join(f"'{t}'" for t in found)
    raise GmlPlanRefused(
        f"{path.name}: land-use area {area.gml_id} of plan {plan_key} has no Boverket "
        f"land-use code (found {shown or 'nothing'}); give its användning as a code such as "
        "J or Z and export again, nothing was imported.",
        area.gml_id,
        sv=f"{path.name}: användningsområdet {area.gml_id} i planen {plan_key} har ingen kod "
        f"för markanvändning från Boverket (hittade {shown or 'inget'}); ange dess användning "
        "som en kod som J eller Z och exportera igen, ingenting importerades.",
    )
