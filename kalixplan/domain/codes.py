"""Code lists of the planning domain (DOMAIN.md §2-4), with Swedish and English labels.

The stable English values are what files, the command line and the database
use; the labels are what people read.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from kalixplan.domain.language import pick


class ParcelStatus(StrEnum):
    """Availability of a parcel of industrial land."""

    AVAILABLE = "available"
    RESERVED = "reserved"
    OPTION = "option"
    SOLD = "sold"
    PLANNING = "planning"
    UNAVAILABLE = "unavailable"


PARCEL_STATUS_LABELS: dict[ParcelStatus, tuple[str, str]] = {
    ParcelStatus.AVAILABLE: ("Tillgänglig", "Available"),
    ParcelStatus.RESERVED: ("Reserverad", "Reserved"),
    ParcelStatus.OPTION: ("Option", "Option"),
    ParcelStatus.SOLD: ("Såld", "Sold"),
    ParcelStatus.PLANNING: ("Under planläggning", "Being planned"),
    ParcelStatus.UNAVAILABLE: ("Ej tillgänglig", "Not available"),
}

# Parcel fills on the map and on paper alike (Okabe-Ito, safe for colour-blind
# readers): a printout reads like the screen.
PARCEL_STATUS_COLOURS: dict[ParcelStatus, str] = {
    ParcelStatus.AVAILABLE: "#009e73",
    ParcelStatus.RESERVED: "#e69f00",
    ParcelStatus.OPTION: "#0072b2",
    ParcelStatus.SOLD: "#8c8c8c",
    ParcelStatus.PLANNING: "#a35ea8",
    ParcelStatus.UNAVAILABLE: "#9e2a2b",
}
UNKNOWN_STATUS_COLOUR = "#555555"

# Which status may follow which. Sold land can come back (a buy-back) only
# through "unavailable"; everything else may move freely along the usual path
# reservation -> option -> sale, or fall back to available.
PARCEL_STATUS_TRANSITIONS: dict[ParcelStatus, frozenset[ParcelStatus]] = {
    ParcelStatus.AVAILABLE: frozenset(
        {
            ParcelStatus.RESERVED,
            ParcelStatus.OPTION,
            ParcelStatus.SOLD,
            ParcelStatus.PLANNING,
            ParcelStatus.UNAVAILABLE,
        }
    ),
    ParcelStatus.RESERVED: frozenset(
        {ParcelStatus.AVAILABLE, ParcelStatus.OPTION, ParcelStatus.SOLD, ParcelStatus.UNAVAILABLE}
    ),
    ParcelStatus.OPTION: frozenset(
        {ParcelStatus.AVAILABLE, ParcelStatus.RESERVED, ParcelStatus.SOLD, ParcelStatus.UNAVAILABLE}
    ),
    ParcelStatus.SOLD: frozenset({ParcelStatus.UNAVAILABLE}),
    ParcelStatus.PLANNING: frozenset(
        {ParcelStatus.AVAILABLE, ParcelStatus.UNAVAILABLE, ParcelStatus.RESERVED}
    ),
    ParcelStatus.UNAVAILABLE: frozenset({ParcelStatus.AVAILABLE, ParcelStatus.PLANNING}),
}


class PlanStatus(StrEnum):
    """Process stage of a detailed plan (national specification v4.1 status list)."""

    STARTED = "started"
    CONSULTATION = "consultation"
    REVIEW = "review"
    ADOPTED = "adopted"
    APPEALED = "appealed"
    SUPERVISION = "supervision"
    IN_FORCE = "in_force"
    REVOKED = "revoked"
    CLOSED = "closed"


PLAN_STATUS_LABELS: dict[PlanStatus, tuple[str, str]] = {
    PlanStatus.STARTED: ("Påbörjad", "Started"),
    PlanStatus.CONSULTATION: ("Samråd", "Consultation"),
    PlanStatus.REVIEW: ("Granskning", "Review"),
    PlanStatus.ADOPTED: ("Antagen", "Adopted"),
    PlanStatus.APPEALED: ("Överklagad", "Appealed"),
    PlanStatus.SUPERVISION: ("Tillsyn", "Under state review"),
    PlanStatus.IN_FORCE: ("Laga kraft", "In force"),
    PlanStatus.REVOKED: ("Upphävd", "Revoked"),
    PlanStatus.CLOSED: ("Avslutad", "Closed"),
}

# The PBL process moves forward; a plan can be cancelled (closed) at any time
# before it is in force, an adopted plan may be appealed, and an appeal ends
# with the plan in force or back in review. Plans in force can only be revoked.
# Tillsyn (PBL 11 kap. 10-12 §§): the county administrative board may take up an
# adoption for review; until it has decided the plan cannot gain legal force (13 kap.
# 17 §). It lets the plan through (in force), annuls the adoption (the municipality
# reworks it from review or closes it), and an appeal may be pending alongside.
PLAN_STATUS_TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.STARTED: frozenset({PlanStatus.CONSULTATION, PlanStatus.CLOSED}),
    PlanStatus.CONSULTATION: frozenset({PlanStatus.REVIEW, PlanStatus.CLOSED}),
    PlanStatus.REVIEW: frozenset({PlanStatus.ADOPTED, PlanStatus.CONSULTATION, PlanStatus.CLOSED}),
    PlanStatus.ADOPTED: frozenset(
        {PlanStatus.IN_FORCE, PlanStatus.APPEALED, PlanStatus.SUPERVISION, PlanStatus.CLOSED}
    ),
    PlanStatus.APPEALED: frozenset(
        {PlanStatus.IN_FORCE, PlanStatus.REVIEW, PlanStatus.SUPERVISION, PlanStatus.CLOSED}
    ),
    PlanStatus.SUPERVISION: frozenset(
        {PlanStatus.IN_FORCE, PlanStatus.APPEALED, PlanStatus.REVIEW, PlanStatus.CLOSED}
    ),
    PlanStatus.IN_FORCE: frozenset({PlanStatus.REVOKED}),
    PlanStatus.REVOKED: frozenset(),
    PlanStatus.CLOSED: frozenset(),
}

# NS Detaljplan 4.1's planstatus words for our values (its code list, in its order).
NS_PLAN_STATUS: dict[PlanStatus, str] = {
    PlanStatus.STARTED: "påbörjad",
    PlanStatus.CONSULTATION: "samråd",
    PlanStatus.REVIEW: "granskning",
    PlanStatus.ADOPTED: "antagen",
    PlanStatus.APPEALED: "överklagad",
    PlanStatus.SUPERVISION: "tillsyn",
    PlanStatus.IN_FORCE: "laga kraft",
    PlanStatus.REVOKED: "upphävd",
    PlanStatus.CLOSED: "avslutad",
}


class DecisionType(StrEnum):
    """Beslutstyp (NS Detaljplan 4.1): what the plan's decision does in law.

    A change plan (PBL 4 kap. 39 §) amends the plans it names and they keep applying
    with it; a repeal removes them; a new plan replaces the plans it names.
    """

    NEW_PLAN = "new_plan"
    CHANGE = "change"
    REPEAL = "repeal"
    CLOSURE = "closure"


DECISION_TYPE_LABELS: dict[DecisionType, tuple[str, str]] = {
    DecisionType.NEW_PLAN: ("Antagande av ny detaljplan", "Adoption of a new plan"),
    DecisionType.CHANGE: ("Antagande om ändring", "Adoption of a change"),
    DecisionType.REPEAL: ("Antagande om upphävande", "Adoption of a repeal"),
    DecisionType.CLOSURE: ("Beslut om avslut", "Decision to close"),
}
NS_DECISION_TYPE: dict[DecisionType, str] = {
    k: v[0].lower() for k, v in DECISION_TYPE_LABELS.items()
}

# Kommuninstans (NS Detaljplan 4.1): the body within the municipality that decided.
NS_MUNICIPAL_BODIES: tuple[str, ...] = (
    "byggnadsnämnd enligt PBL",
    "kommunstyrelse",
    "kommunfullmäktige",
)


class PlanProcedure(StrEnum):
    """Förfarande: the procedure a plan follows under PBL."""

    STANDARD = "standard"
    EXTENDED = "extended"
    LIMITED = "limited"
    COORDINATED = "coordinated"


PLAN_PROCEDURE_LABELS: dict[PlanProcedure, tuple[str, str]] = {
    PlanProcedure.STANDARD: ("Standardförfarande", "Standard"),
    PlanProcedure.EXTENDED: ("Utökat förfarande", "Extended"),
    PlanProcedure.LIMITED: ("Begränsat förfarande", "Limited"),
    PlanProcedure.COORDINATED: ("Samordnat förfarande", "Coordinated"),
}


class PlanType(StrEnum):
    """Plan form; the last three are older forms still in force."""

    DETALJPLAN = "detaljplan"
    STADSPLAN = "stadsplan"
    BYGGNADSPLAN = "byggnadsplan"
    AVSTYCKNINGSPLAN = "avstyckningsplan"


# Boverket land-use letters for kvartersmark and the words for allmän plats.
LAND_USE_LABELS: dict[str, tuple[str, str]] = {
    "B": ("Bostäder", "Housing"),
    "C": ("Centrum", "Central mixed use"),
    "D": ("Vård", "Care"),
    "E": ("Tekniska anläggningar", "Technical facilities, utilities, energy"),
    "G": ("Drivmedel", "Fuel station"),
    "H": ("Detaljhandel", "Retail"),
    "J": ("Industri", "Industry"),
    "K": ("Kontor", "Offices"),
    "L": ("Odling och djurhållning", "Agriculture"),
    "N": ("Friluftsliv och camping", "Outdoor recreation"),
    "O": ("Tillfällig vistelse", "Temporary stay"),
    "R": ("Besöksanläggningar", "Visitor facilities"),
    "S": ("Skola", "School"),
    "T": ("Trafik", "Transport"),
    "U": ("Räddningstjänst och annat samhällsviktigt ändamål", "Emergency and critical public use"),
    "V": ("Hamn", "Port"),
    "Z": ("Verksamheter", "Business, light industry"),
    "GATA": ("Gata", "Street"),
    "VÄG": ("Väg", "Road"),
    "GCVÄG": ("Gång- och cykelväg", "Footpath and cycleway"),
    "PARK": ("Park", "Park"),
    "NATUR": ("Natur", "Natural area"),
    "SKYDD": ("Skyddsområde", "Protective zone"),
    # Boverket's planbestämmelsekatalog has these as well (kvartersmark F, M, P; allmän
    # plats TORG and "annan"; vattenområde W).
    "F": ("Flygtrafik", "Air traffic"),
    "M": ("Begravningsplats", "Cemetery"),
    "P": ("Parkering", "Parking"),
    "W": ("Vattenområde", "Water area"),
    "TORG": ("Torg", "Square"),
    "ANNAN ALLMÄN PLATS": ("Annan allmän plats", "Other public place"),
    # Older plans' designations, kept as the catalogue's "Äldre" entries.
    "GÅNG": ("Gångväg (äldre beteckning)", "Footpath (older designation)"),
    "CYKEL": ("Cykelväg (äldre beteckning)", "Cycle path (older designation)"),
}

LAND_USE_CODES: frozenset[str] = frozenset(LAND_USE_LABELS)
# Kvartersmark uses are one capital letter; a plan may combine them ("RS": visitor
# facilities and school), number a specified variant ("J1": industry, as the plan's own
# wording specifies) or, in older plans, add lower-case restrictions ("Jm").
_LETTER_USES = frozenset(c for c in LAND_USE_CODES if len(c) == 1)
_USE_PART = re.compile(r"([A-ZÅÄÖ])(\d*)([a-zåäö]*)")


def land_use_parts(code: str) -> tuple[str, ...] | None:
    """The base uses of a land-use code ("RS" → R, S; "J1" → J; "GATA" → GATA), or None
    when it is no code of Boverket's catalogue."""
    if code in LAND_USE_CODES and len(code) > 1:
        return (code,)
    parts: list[str] = []
    at = 0
    for match in _USE_PART.finditer(code):
        if match.start() != at or match.group(1) not in _LETTER_USES:
            return None
        parts.append(match.group(1))
        at = match.end()
    if at != len(code) or not parts:
        return None
    return tuple(parts)


def land_use_words(code: str | None, lang: str) -> str | None:
    """A code's uses in words ("Besöksanläggningar, Skola"), or None when unknown."""
    parts = land_use_parts(code or "")
    if not parts:
        return None
    idx = 0 if lang == "sv" else 1
    words = ", ".join(LAND_USE_LABELS[p][idx] for p in parts)
    if len(parts) == 1 and code != parts[0]:
        older = any(c.islower() for c in code or "")
        variant = (
            (pick(("äldre beteckning", "older designation"), lang))
            if older
            else (pick(("specificerad", "as specified"), lang))
        )
        words = f"{words} ({variant})"
    return words


class Sector(StrEnum):
    """Sectors of the green industrial transition."""

    FOSSIL_FREE_STEEL = "fossil_free_steel"
    HYDROGEN = "hydrogen"
    BATTERIES = "batteries"
    WIND = "wind"
    SOLAR = "solar"
    BIOENERGY = "bioenergy"
    GRID = "grid"
    DATA_CENTRES = "data_centres"
    CIRCULAR = "circular"
    LOGISTICS = "logistics"


SECTOR_LABELS: dict[Sector, tuple[str, str]] = {
    Sector.FOSSIL_FREE_STEEL: ("Fossilfritt stål", "Fossil-free steel"),
    Sector.HYDROGEN: ("Vätgas och elektrobränslen", "Hydrogen and e-fuels"),
    Sector.BATTERIES: ("Batterier", "Batteries"),
    Sector.WIND: ("Vindkraft", "Wind"),
    Sector.SOLAR: ("Solenergi", "Solar"),
    Sector.BIOENERGY: ("Bioenergi och skog", "Bioenergy and forestry"),
    Sector.GRID: ("Elnät och energibolag", "Grid and energy utilities"),
    Sector.DATA_CENTRES: ("Datacenter", "Data centres"),
    Sector.CIRCULAR: ("Cirkulär ekonomi", "Circular economy"),
    Sector.LOGISTICS: ("Logistik", "Logistics"),
}


class ActorKind(StrEnum):
    """What kind of organisation an actor is."""

    COMPANY = "company"
    UTILITY = "utility"
    INVESTOR = "investor"
    AUTHORITY = "authority"
    ACADEMIA = "academia"


class InterestStage(StrEnum):
    """Dialogue stage of an actor's interest in a parcel."""

    LEAD = "lead"
    DIALOGUE = "dialogue"
    SITE_VISIT = "site_visit"
    LETTER_OF_INTENT = "letter_of_intent"
    LAND_ALLOCATION = "land_allocation"
    PURCHASE = "purchase"
    ESTABLISHED = "established"
    PAUSED = "paused"
    WITHDRAWN = "withdrawn"


INTEREST_STAGE_LABELS: dict[InterestStage, tuple[str, str]] = {
    InterestStage.LEAD: ("Lead", "Lead"),
    InterestStage.DIALOGUE: ("Dialog", "Dialogue"),
    InterestStage.SITE_VISIT: ("Platsbesök", "Site visit"),
    InterestStage.LETTER_OF_INTENT: ("Avsiktsförklaring", "Letter of intent"),
    InterestStage.LAND_ALLOCATION: ("Markanvisningsavtal", "Land allocation agreement"),
    InterestStage.PURCHASE: ("Köpeavtal", "Purchase agreement"),
    InterestStage.ESTABLISHED: ("Etablerad", "Established"),
    InterestStage.PAUSED: ("Pausad", "Paused"),
    InterestStage.WITHDRAWN: ("Avbruten", "Withdrawn"),
}


class ActivityKind(StrEnum):
    """Kinds of entries in an actor's activity log."""

    MEETING = "meeting"
    CALL = "call"
    MAIL = "mail"
    SITE_VISIT = "site_visit"
    OTHER = "other"


class OwnerKind(StrEnum):
    """Who owns a parcel."""

    MUNICIPALITY = "municipality"
    MUNICIPAL_COMPANY = "municipal_company"
    PRIVATE = "private"
    STATE = "state"


class ReferenceKind(StrEnum):
    """What a reference layer represents; drives distances and constraint flags."""

    ROAD = "road"
    RAILWAY = "railway"
    PORT = "port"
    SUBSTATION = "substation"
    BOUNDARY = "boundary"
    FLOOD_ZONE = "flood_zone"
    PROTECTED_NATURE = "protected_nature"
    CONTAMINATED_LAND = "contaminated_land"
    # A property map (Lantmäteriet's fastighetsindelning): the boundaries of property units
    # and their designations, drawn thin under the parcels and named at large scales.
    PROPERTY = "property"
    OTHER = "other"


# Swedish and English labels per code list, for reading values written as words.
CODE_LABELS: dict[type[StrEnum], dict[Any, tuple[str, ...]]] = {
    ParcelStatus: {k: v for k, v in PARCEL_STATUS_LABELS.items()},
    PlanStatus: {
        **{k: v for k, v in PLAN_STATUS_LABELS.items()},
        # NS Detaljplan 4.1's planstatus words where they differ from our labels.
        PlanStatus.IN_FORCE: (*PLAN_STATUS_LABELS[PlanStatus.IN_FORCE], "lagakraft", "gällande"),
        PlanStatus.SUPERVISION: (*PLAN_STATUS_LABELS[PlanStatus.SUPERVISION], "supervision"),
    },
    DecisionType: {
        **{k: v for k, v in DECISION_TYPE_LABELS.items()},
        DecisionType.NEW_PLAN: (*DECISION_TYPE_LABELS[DecisionType.NEW_PLAN], "ny", "ny plan"),
        DecisionType.CHANGE: (*DECISION_TYPE_LABELS[DecisionType.CHANGE], "ändring"),
        DecisionType.REPEAL: (*DECISION_TYPE_LABELS[DecisionType.REPEAL], "upphävande"),
        DecisionType.CLOSURE: (*DECISION_TYPE_LABELS[DecisionType.CLOSURE], "avslut"),
    },
    PlanProcedure: {
        **{k: v for k, v in PLAN_PROCEDURE_LABELS.items()},
        PlanProcedure.STANDARD: (*PLAN_PROCEDURE_LABELS[PlanProcedure.STANDARD], "standard"),
        PlanProcedure.EXTENDED: (*PLAN_PROCEDURE_LABELS[PlanProcedure.EXTENDED], "utökat"),
        PlanProcedure.LIMITED: (*PLAN_PROCEDURE_LABELS[PlanProcedure.LIMITED], "begränsat"),
        PlanProcedure.COORDINATED: (
            *PLAN_PROCEDURE_LABELS[PlanProcedure.COORDINATED],
            "samordnat",
        ),
    },
}
