"""The application's fields for imports and exports: types, Swedish/English headers, aliases.

Source columns are matched to fields by the stable English name, its Swedish
header, common Swedish/English aliases and the ten-character stub a Shapefile
leaves of a long name. A user's own mapping can be saved as a named preset (a
``ProjectSetting`` row ``import_preset:<name>`` holding JSON).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.choices import IMPORT_KINDS
from kalixplan.domain.errors import NotFound, ValidationError
from kalixplan.store.models import ProjectSetting

PRESET_PREFIX = "import_preset:"


@dataclass(frozen=True)
class Field:
    """An importable field.

    Attributes:
        name: the stable English name (files, command line).
        type: text, float, int, bool, date.
        sv: the Swedish column header.
        aliases: other names sources use for it.
    """

    name: str
    type: str
    sv: str
    aliases: tuple[str, ...] = ()


_PARCEL_FIELDS = (
    Field(
        "designation",
        "text",
        "fastighetsbeteckning",
        ("fastbet", "fast_bet", "beteckning", "fastighet", "property", "fbet", "trakt_block"),
    ),
    Field("area_name", "text", "område", ("omrade", "omradesnamn", "area", "namn", "name")),
    Field("owner", "text", "ägare", ("agare", "fastighetsagare", "owner_name")),
    Field("owner_kind", "text", "ägartyp", ("agarkategori",)),
    Field("status", "text", "status", ("tillganglighet", "availability")),
    Field("reserved_until", "date", "reserverad_till", ("reserverad", "reserved")),
    Field("price_sek_m2", "float", "pris_kr_m2", ("pris", "price", "kr_m2", "pris_sek_m2")),
    Field("price_includes", "text", "pris_inkluderar", ()),
    Field("land_use", "text", "markanvändning", ("markanvandning", "anv", "anvandning", "use")),
    Field("plan", "text", "detaljplan", ("plan_designation", "planbeteckning", "dp")),
    Field("max_height_m", "float", "max_höjd_m", ("hojd", "max_hojd", "height")),
    Field("utilisation", "text", "exploatering", ("e_tal",)),
    Field("power_mw", "float", "effekt_mw", ("effekt", "power", "el_mw")),
    Field("dist_substation_m", "float", "avst_ställverk_m", ("avst_stallverk",)),
    Field("water_sewer", "bool", "va", ("vatten_avlopp",)),
    Field("water_capacity_m3_day", "float", "vattenkapacitet_m3_dygn", ()),
    Field("district_heating", "bool", "fjärrvärme", ("fjarrvarme",)),
    Field("fibre", "bool", "fiber", ("fiber_bredband",)),
    Field("gas_hydrogen", "bool", "gas_vätgas", ("gas_vatgas",)),
    Field("dist_rail_m", "float", "avst_järnväg_m", ("avst_jarnvag", "rail_m")),
    Field("dist_port_m", "float", "avst_hamn_m", ("avst_hamn", "port_m")),
    Field("dist_road_m", "float", "avst_väg_m", ("avst_vag", "road_m")),
    Field("dist_airport_km", "float", "avst_flygplats_km", ()),
    Field("flood_risk", "text", "översvämningsrisk", ("oversvamning",)),
    Field("contaminated_mifo", "int", "mifo_klass", ("mifo",)),
    Field("protected_nature", "bool", "skyddad_natur", ()),
    Field("shoreline_protection", "bool", "strandskydd", ()),
    Field("national_interest", "bool", "riksintresse", ()),
    Field("geotechnics", "text", "geoteknik", ()),
    Field("ground_state", "text", "markens_skick", ("mark", "skick")),
    Field("contact_person", "text", "kontaktperson", ("kontakt", "contact")),
    Field("contact_email", "text", "e_post", ("epost", "email", "mail")),
    Field(
        "notes",
        "text",
        "anteckningar",
        ("anm", "anmarkning", "kommentar", "comment", "beskrivning", "description"),
    ),
    Field("address", "text", "adress", ("address", "gatuadress", "belagenhetsadress")),
    Field("example_data", "bool", "exempeldata", ()),
)

_PLAN_FIELDS = (
    Field("designation", "text", "beteckning", ("planbeteckning", "akt", "aktbeteckning", "plan")),
    Field("name", "text", "namn", ("plannamn", "title", "titel")),
    Field("purpose", "text", "syfte", ()),
    Field("status", "text", "status", ("planstatus",)),
    Field("plan_type", "text", "plantyp", ("typ", "type")),
    Field("procedure", "text", "förfarande", ("forfarande",)),
    Field("decision_type", "text", "beslutstyp", ("beslut", "decision")),
    Field("diarienummer", "text", "diarienummer", ("dnr", "diarienr")),
    Field("decision_body", "text", "beslutsinstans", ("beslutsorgan",)),
    Field("started_date", "date", "påbörjad", ("paborjad",)),
    Field("consultation_date", "date", "samråd", ("samrad",)),
    Field("review_date", "date", "granskning", ()),
    Field("adopted_date", "date", "antagen", ("antagandedatum", "antagande")),
    Field("in_force_date", "date", "laga_kraft", ("lagakraft", "laga_kraft_datum")),
    Field("implementation_years", "int", "genomförandetid_år", ("genomforandetid", "gt_ar")),
    Field("implementation_start", "date", "genomförandetid_start", ("gt_start",)),
    Field("archive_id", "text", "arkiv_id", ("arkivid",)),
    Field(
        "previous_designation",
        "text",
        "tidigare_beteckning",
        ("foregaende_plans_beteckning", "foregaende_plan", "ersatter"),
    ),
    Field("notes", "text", "anteckningar", ("anm", "kommentar")),
    Field("example_data", "bool", "exempeldata", ()),
)

_LAND_USE_FIELDS = (
    Field("plan", "text", "detaljplan", ("planbeteckning", "plan_designation", "beteckning")),
    Field("code", "text", "användning", ("anvandning", "anv", "markanvandning", "land_use")),
    Field("max_height_m", "float", "max_höjd_m", ("hojd", "height")),
    Field("max_storeys", "int", "max_våningar", ("vaningar", "storeys")),
    Field("utilisation", "text", "exploatering", ("e_tal",)),
    Field("provisions", "text", "bestämmelser", ("bestammelser",)),
)

_REFERENCE_FIELDS = (Field("name", "text", "namn", ("benamning", "title", "kom_namn", "label")),)

_ACTOR_FIELDS = (
    Field("org_number", "text", "organisationsnummer", ("orgnr", "org_nr", "organisationsnr")),
    Field("name", "text", "namn", ("foretag", "company", "organisation", "foretagsnamn")),
    Field("sector", "text", "sektor", ("bransch",)),
    Field("kind", "text", "typ", ("aktorstyp", "type")),
    Field("website", "text", "webbplats", ("hemsida", "url", "web")),
    Field("notes", "text", "anteckningar", ("anm", "kommentar")),
    Field("need_area_ha", "float", "behov_ha", ("area_ha", "markbehov_ha")),
    Field("need_power_mw", "float", "behov_effekt_mw", ("effektbehov_mw",)),
    Field("needs_rail", "bool", "behöver_järnväg", ("jarnvag", "rail")),
    Field("needs_port", "bool", "behöver_hamn", ("hamn", "port")),
    Field("example_data", "bool", "exempeldata", ()),
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "parcels": _PARCEL_FIELDS,
    "plans": _PLAN_FIELDS,
    "land_use": _LAND_USE_FIELDS,
    "reference": _REFERENCE_FIELDS,
    "actors": _ACTOR_FIELDS,
}

# Headers of computed or export-only columns.
EXTRA_HEADERS_SV: dict[str, str] = {
    "area_m2": "areal_m2",
    "public": "publicerad",
    "key_kind": "nyckeltyp",
    "uuid": "uuid",
    "municipality_code": "kommunkod",
    "implementation_ends": "genomförandetid_slut",
    "org_number": "organisationsnummer",
    "sector": "sektor",
    "kind": "typ",
    "website": "webbplats",
    "need_area_ha": "behov_ha",
    "need_power_mw": "behov_effekt_mw",
    "needs_rail": "behöver_järnväg",
    "needs_port": "behöver_hamn",
    "layer": "skikt",
    "properties": "egenskaper",
    "wkt": "wkt",
}


def field_names(kind: str) -> list[str]:
    """The importable field names of a kind."""
    return [f.name for f in _fields(kind)]


def field_types(kind: str) -> dict[str, str]:
    """Field name → type for a kind."""
    return {f.name: f.type for f in _fields(kind)}


def header(field: str, lang: str, kind: str = "parcels") -> str:
    """The column header of a field in ``lang`` ('sv' or 'en')."""
    if lang == "en":
        return field
    for f in FIELDS.get(kind, ()):
        if f.name == field:
            return f.sv
    for fields in FIELDS.values():
        for f in fields:
            if f.name == field:
                return f.sv
    return EXTRA_HEADERS_SV.get(field, field)


# Shapefile (.dbf) names where cutting to ten characters would make two fields collide.
_SHAPEFILE_NAMES: dict[tuple[str, str], str] = {
    ("implementation_years", "en"): "impl_years",
    ("implementation_start", "en"): "impl_start",
    ("implementation_ends", "en"): "impl_ends",
    ("implementation_years", "sv"): "gt_ar",
    ("implementation_start", "sv"): "gt_start",
    ("implementation_ends", "sv"): "gt_slut",
}


def shapefile_name(field: str, lang: str, kind: str = "parcels") -> str:
    """The column name of a field in a Shapefile: ASCII, at most ten characters."""
    short = _SHAPEFILE_NAMES.get((field, lang))
    if short is not None:
        return short
    text = unicodedata.normalize("NFKD", header(field, lang, kind))
    return "".join(c for c in text if not unicodedata.combining(c))[:10]


def normalise_name(name: str) -> str:
    """A column name reduced for matching: lower case, å/ä→a, ö→o, no separators."""
    text = unicodedata.normalize("NFKD", name.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text)


def auto_mapping(kind: str, columns: Iterable[str]) -> dict[str, str]:
    """Field → source column, matched by name, Swedish header, aliases and Shapefile stubs.

    A column feeds at most one field; exact names win over aliases.
    """
    cols = [c for c in columns]
    by_norm: dict[str, str] = {}
    for c in cols:
        by_norm.setdefault(normalise_name(c), c)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    fields = _fields(kind)
    # Pass 1: exact English or Swedish names; pass 2: aliases; pass 3: Shapefile stubs.
    for names_of in (
        lambda f: (f.name, f.sv),
        lambda f: f.aliases,
        lambda f: (shapefile_name(f.name, "en", kind), shapefile_name(f.name, "sv", kind)),
    ):
        for f in fields:
            if f.name in mapping:
                continue
            for candidate in names_of(f):
                col = by_norm.get(normalise_name(candidate))
                if col is not None and col not in used:
                    mapping[f.name] = col
                    used.add(col)
                    break
    return mapping


def check_mapping(kind: str, mapping: Mapping[str, str], columns: Iterable[str]) -> None:
    """Refuse a mapping to unknown fields or from missing columns.

    Raises:
        ValidationError: naming the field or column.
    """
    known = field_names(kind)
    cols = set(columns)
    for field, column in mapping.items():
        if field not in known:
            raise ValidationError(
                field,
                f"'{field}' is not a field of {kind}; fields: " + ", ".join(known) + ".",
                sv=f"'{field}' är inget fält för {kind}; fält: " + ", ".join(known) + ".",
            )
        if column not in cols:
            raise ValidationError(
                field,
                f"The source has no column '{column}' for {field}; columns: "
                + ", ".join(sorted(cols))
                + ".",
                sv=f"Källan har ingen kolumn '{column}' för {field}; kolumner: "
                + ", ".join(sorted(cols))
                + ".",
            )


def save_preset(session: Session, name: str, kind: str, mapping: Mapping[str, str]) -> None:
    """Save (or replace) a named field mapping in the project."""
    if not name.strip():
        raise ValidationError(
            "name",
            "A mapping preset needs a name.",
            sv="En mall för fältkoppling behöver ett namn.",
        )
    _fields(kind)
    key = PRESET_PREFIX + name.strip()
    value = json.dumps({"kind": kind, "mapping": dict(mapping)}, ensure_ascii=False)
    row = session.scalar(select(ProjectSetting).where(ProjectSetting.key == key))
    if row is None:
        session.add(ProjectSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def load_preset(session: Session, name: str) -> tuple[str, dict[str, str]]:
    """A saved mapping preset as (kind, mapping).

    Raises:
        NotFound: no preset has that name.
    """
    value = session.scalar(
        select(ProjectSetting.value).where(ProjectSetting.key == PRESET_PREFIX + name.strip())
    )
    if value is None:
        names = ", ".join(list_presets(session))
        raise NotFound(
            f"No mapping preset is named '{name}'; presets: {names or 'none saved yet'}.",
            sv=f"Ingen mall för fältkoppling heter '{name}'; mallar: "
            f"{names or 'inga sparade ännu'}.",
        )
    data = json.loads(value)
    return str(data["kind"]), {str(k): str(v) for k, v in data["mapping"].items()}


def list_presets(session: Session, kind: str | None = None) -> list[str]:
    """Names of saved mapping presets (of one kind, or all)."""
    out = []
    rows = session.execute(
        select(ProjectSetting.key, ProjectSetting.value).where(
            ProjectSetting.key.startswith(PRESET_PREFIX)
        )
    )
    for key, value in rows:
        if kind is None or json.loads(value).get("kind") == kind:
            out.append(key[len(PRESET_PREFIX) :])
    return sorted(out)


def _fields(kind: str) -> tuple[Field, ...]:
    try:
        return FIELDS[kind]
    except KeyError:
        kinds = ", ".join(IMPORT_KINDS)
        raise ValidationError(
            "kind",
            f"Unknown kind '{kind}'; use one of {kinds}.",
            sv=f"Okänd typ '{kind}'; använd en av {kinds}.",
        ) from None
