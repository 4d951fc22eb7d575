"""The shape of NS Detaljplan 4.1 (media type ``application/vnd.lm.detaljplan.v4+json``)
as a JSON Schema, and the code lists KalixPlan maps to its own values.

The schema below is written from the specification's facts (its required fields, code
lists and patterns, ``../shared/data/ns-detaljplan/``): a GeoJSON-shaped feature
collection whose features carry no GeoJSON geometry; a detaljplan feature holds its
boundary in ``plangeometri``, a provision in ``bestammelsegeometri``, each a list of
single geometries (NGP rules DP-0004, DP-0018: no multi-geometries in a delivery).
It covers every part KalixPlan writes or reads; parts it does not model (vertical
limits, original geometry, documents) are allowed and passed over.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator

from kalixplan.domain.codes import (
    NS_DECISION_TYPE,
    NS_MUNICIPAL_BODIES,
    NS_PLAN_STATUS,
    PlanType,
)
from kalixplan.domain.documents import BASIS_TYPE_LABELS
from kalixplan.services.ns_detaljplan.sniff import MEDIA_KEY, MEDIA_TYPE

TYPE_KEY = "feature:typ"
PLAN_TYPE = "detaljplan"
USE_PROVISION = "användningsbestämmelse"
PROVISION_TYPES = (USE_PROVISION, "egenskapsbestämmelse", "administrativ bestämmelse")
# Coordinate systems a plan may be delivered in: SWEREF 99 TM and its 12 local zones.
PLAN_CRS = tuple(range(3006, 3019))
UNKNOWN = "uppgift saknas"  # what an old plan's register writes for a fact it lacks

_UUID = {
    "type": "string",
    "pattern": "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
}
_DATE = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_DATE_TIME = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9:]+)?$"}
_POSITION = {
    "type": "object",
    "properties": {
        "type": {"enum": ["Point", "LineString", "Polygon"]},
        "coordinates": {"type": "array", "minItems": 1},
    },
    "required": ["type", "coordinates"],
}
_GEOMETRY = {
    "type": "object",
    "properties": {
        "geometri": {
            "type": "object",
            "properties": {
                # Single geometries only (DP-0004, DP-0018).
                "typ": {"enum": ["punkt", "linje", "yta"]},
                "koordinatsystemPlan": {"enum": [f"EPSG:{c}" for c in PLAN_CRS]},
                "hojdsystem": {"enum": ["EPSG:5613"]},
                "dimension": {"enum": [2, 3]},
                "position": _POSITION,
            },
            "required": ["typ", "koordinatsystemPlan", "dimension", "position"],
        },
        "geometrimetadata": {"type": "object"},
    },
    "required": ["geometri", "geometrimetadata"],
    "additionalProperties": False,
}
_QUALITY = {
    "type": "object",
    "properties": {
        "digitaliseringsniva": {"enum": ["komplett", "ej komplett"]},
        "beskrivningNiva": {"type": "string"},
        "korrigeradeGranser": {"type": "boolean"},
        "kontrolleratPlaneringsunderlag": {"type": "boolean"},
    },
    "required": ["korrigeradeGranser", "kontrolleratPlaneringsunderlag"],
    "additionalProperties": False,
}
# dokumentreferens: a document's name and where it is (namnrymd, identitet, lank).
_DOCUMENT_REF = {
    "type": "object",
    "properties": {
        "namn": {"type": "string"},
        "kortnamn": {"type": "string"},
        "referens": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "namnrymd": {"type": "string"},
                    "identitet": {"type": "string"},
                    "lank": {"type": "string"},
                },
            },
        },
    },
    "required": ["namn", "referens"],
}
_DECISION_DOCUMENT = {
    "type": "object",
    "properties": {
        "innehall": {
            "type": "array",
            "items": {"enum": ["plankarta", "beslutsprotokoll", "övrigt"]},
        },
        "dokument": _DOCUMENT_REF,
    },
}
_PLANNING_STUDY = {
    "type": "object",
    "properties": {
        "huvudomrade": {"enum": ["kommunala", "utredningar", "regionala", "annat"]},
        "underlagstyp": {"enum": list(BASIS_TYPE_LABELS)},
        "underlag": _DOCUMENT_REF,
    },
    "required": ["huvudomrade", "underlag"],
}
_DECISION = {
    "type": "object",
    "properties": {
        "instansInomKommunen": {"enum": list(NS_MUNICIPAL_BODIES)},
        "diarienummerKommun": {"type": "string"},
        "diarienummerFullmaktige": {"type": "string"},
        "beslutstyp": {"enum": list(NS_DECISION_TYPE.values())},
        "beslutshandling": {"type": "array", "items": _DECISION_DOCUMENT},
        "grundkarta": {"type": "array"},
        "datumPaborjat": _DATE,
        "datumAntagande": _DATE,
        "datumLagakraft": {"type": "array", "items": _DATE},
        "genomforandetid": {"type": "integer"},
        "genomforandetidStartar": _DATE,
        "arkividentitetKommun": {"type": "string"},
        "foregaendePlansBeteckning": {"type": "array", "items": {"type": "string"}},
        "berordDomsMalnummer": {"type": "array", "items": {"type": "string"}},
        "planbestammelse": {"type": "array", "items": _UUID},
    },
    "additionalProperties": False,
}
_EXCHANGE_OBJECT = {
    "objektidentitet": _UUID,
    "objektversion": {"type": "integer"},
    "versionGiltigFran": _DATE_TIME,
    "versionGiltigTill": _DATE_TIME,
}
_PLAN = {
    "type": "object",
    "properties": {
        **_EXCHANGE_OBJECT,
        TYPE_KEY: {"enum": [PLAN_TYPE]},
        "kommun": {"type": "string"},
        "beteckning": {"type": "string"},
        "namn": {"type": "string"},
        "syfte": {"type": "string"},
        "status": {"enum": list(NS_PLAN_STATUS.values())},
        "datumStatusforandring": _DATE,
        "typ": {"enum": [t.value for t in PlanType]},
        "kvalitetsbeskrivning": _QUALITY,
        "anvandbarhet": {"enum": ["god", "medel", "låg"]},
        "beskrivningAnvandbarhet": {"type": "string"},
        "plangeometri": {"type": "array", "minItems": 1, "items": _GEOMETRY},
        "beslutsinformation": {"type": "array", "minItems": 1, "items": _DECISION},
        "planbeskrivning": {
            "type": "object",
            "properties": {"planbeskrivning": _DOCUMENT_REF},
            "required": ["planbeskrivning"],
        },
        "planeringsunderlag": {"type": "array", "items": _PLANNING_STUDY},
    },
    "required": [
        TYPE_KEY,
        "objektidentitet",
        "versionGiltigFran",
        "kommun",
        "namn",
        "syfte",
        "status",
        "typ",
        "plangeometri",
        "beslutsinformation",
    ],
}
_VALUE = {
    "type": "object",
    "properties": {
        "datatyp": {"enum": ["text", "decimaltal"]},
        "variabelvarde": {"type": "string"},
        "beskrivning": {"type": "string"},
        "vardetyp": {"enum": ["min", "max", "exakt"]},
        "enhet": {
            "enum": [
                "meter",
                "kvadratmeter",
                "kubikmeter",
                "procent",
                "grader",
                "antal",
                "år",
                "dB(A)",
            ]
        },
    },
    "required": ["datatyp", "variabelvarde", "beskrivning"],
    "additionalProperties": False,
}
_PROVISION = {
    "type": "object",
    "properties": {
        **_EXCHANGE_OBJECT,
        TYPE_KEY: {"enum": list(PROVISION_TYPES)},
        "detaljplan": _UUID,
        "planbestammelsekatalogreferens": _UUID,
        "bestammelseformulering": {"type": "string"},
        "bestammelsevarde": {"type": "array", "items": _VALUE},
        "bestammelsegeometri": {"type": "array", "minItems": 1, "items": _GEOMETRY},
        "planbestammelsebeskrivning": {
            "type": "object",
            "properties": {"motiv": {"type": "string"}},
            "required": ["motiv"],
        },
    },
    "required": [
        TYPE_KEY,
        "detaljplan",
        "objektidentitet",
        "planbestammelsekatalogreferens",
        "bestammelseformulering",
        "bestammelsegeometri",
    ],
}


def _feature(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "type": {"enum": ["Feature"]},
            "geometry": {"type": "null"},
            "properties": properties,
        },
        "required": ["type", "properties"],
    }


SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    "title": "Detaljplan 4.1 (the parts KalixPlan writes and reads)",
    "type": "object",
    "properties": {
        "type": {"enum": ["FeatureCollection"]},
        MEDIA_KEY: {"enum": [MEDIA_TYPE]},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"properties": {"type": "object"}},
                "required": ["properties"],
            },
        },
    },
    "required": ["type", MEDIA_KEY, "features"],
}
FEATURE_SCHEMAS = {PLAN_TYPE: _feature(_PLAN), **{t: _feature(_PROVISION) for t in PROVISION_TYPES}}


@dataclass(frozen=True)
class SchemaProblem:
    """One place where a document breaks the specification's shape."""

    where: str  # "features[3].properties.status"
    message: str
    message_sv: str | None = None  # the same in Swedish (None: as ``message``)


def _path(prefix: str, parts: Any) -> str:
    out = prefix
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _describe(error: Any) -> tuple[str, str]:
    """What a schema error says, in English and in Swedish."""
    if error.validator == "required":
        name = error.message.split(" ")[0]
        return f"required field missing: {name}", f"obligatoriskt fält saknas: {name}"
    if error.validator == "enum":
        allowed = ", ".join(json.dumps(v, ensure_ascii=False) for v in error.validator_value)
        instance = json.dumps(error.instance, ensure_ascii=False)
        return (
            f"{instance} is not in the code list ({allowed})",
            f"{instance} finns inte i kodlistan ({allowed})",
        )
    if error.validator == "pattern":
        instance = json.dumps(error.instance, ensure_ascii=False)
        return (
            f"{instance} does not have the required form",
            f"{instance} har inte den form som krävs",
        )
    value = json.dumps(error.instance, ensure_ascii=False)
    shown = value if len(value) <= 60 else value[:57] + "..."
    if error.validator == "type":
        return (
            f"{shown} is not of type {error.validator_value}",
            f"{shown} är inte av typen {error.validator_value}",
        )
    if error.validator == "minItems":
        return (
            f"needs at least {error.validator_value} entries",
            f"behöver minst {error.validator_value} poster",
        )
    if error.validator == "additionalProperties":
        return error.message, error.message  # jsonschema's own words
    return (
        f"{shown} breaks the rule {error.validator} {error.validator_value}",
        f"{shown} bryter mot regeln {error.validator} {error.validator_value}",
    )


def schema_problems(document: Any) -> list[SchemaProblem]:
    """Every place where ``document`` breaks NS Detaljplan 4.1's shape, in document order."""
    problems = [
        SchemaProblem(_path("", e.absolute_path) or "(document)", *_describe(e))
        for e in Draft4Validator(SCHEMA).iter_errors(document)
    ]
    if problems or not isinstance(document, dict):
        return problems
    for n, feature in enumerate(document["features"]):
        kind = feature["properties"].get(TYPE_KEY)
        schema = FEATURE_SCHEMAS.get(kind) if isinstance(kind, str) else None
        where = f"features[{n}]"
        if schema is None:
            problems.append(
                SchemaProblem(
                    f"{where}.properties.{TYPE_KEY}",
                    f"{json.dumps(kind, ensure_ascii=False)} is not a feature type of the "
                    f"specification ({PLAN_TYPE}, {', '.join(PROVISION_TYPES)})",
                    f"{json.dumps(kind, ensure_ascii=False)} är ingen objekttyp i "
                    f"specifikationen ({PLAN_TYPE}, {', '.join(PROVISION_TYPES)})",
                )
            )
            continue
        for e in sorted(Draft4Validator(schema).iter_errors(feature), key=lambda e: list(e.path)):
            problems.append(SchemaProblem(_path(where, e.absolute_path), *_describe(e)))
    return problems


_KOMMUNER = Path(__file__).resolve().parents[3] / "resources" / "ns" / "kommuner.json"


@cache
def _municipalities() -> dict[str, str]:
    data: dict[str, str] = json.loads(_KOMMUNER.read_text(encoding="utf-8"))["kommuner"]
    return data


def municipality_name(code: str) -> str | None:
    """The name NS writes in ``kommun`` for a kommunkod ("2514" → "Kalix")."""
    return _municipalities().get(code)


def municipality_code(name: str) -> str | None:
    """The kommunkod of a municipality's name or code as a file writes it."""
    text = name.strip()
    if text in _municipalities():
        return text
    folded = text.casefold().removesuffix(" kommun")
    return next((c for c, n in _municipalities().items() if n.casefold() == folded), None)
