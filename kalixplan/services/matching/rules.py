"""The rules of land matching: which land use hosts which sector, weights, defaults, texts.

Kept apart from the vectorised ranking in ``ranking`` so that a business
developer can read (and a municipality can change) the rules in one place.
See docs/business.md for the table and the reasons behind it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kalixplan.domain.codes import SECTOR_LABELS, Sector, land_use_words
from kalixplan.domain.language import format_plain, pick

# Boverket land-use letters that allow each sector's activity (DOMAIN.md §2):
# energy *production* belongs under E, heavy process industry under J, and
# activities with limited impact on the surroundings may also sit on Z.
SECTOR_LAND_USES: dict[str, tuple[str, ...]] = {
    Sector.FOSSIL_FREE_STEEL.value: ("J",),
    Sector.HYDROGEN.value: ("J",),
    Sector.BATTERIES.value: ("J",),
    Sector.WIND.value: ("E",),
    Sector.SOLAR.value: ("E",),
    Sector.GRID.value: ("E",),
    # A biorefinery is industry (J); a combined heat and power plant is energy (E).
    Sector.BIOENERGY.value: ("J", "E"),
    Sector.DATA_CENTRES.value: ("J", "Z"),
    Sector.CIRCULAR.value: ("J", "Z"),
    Sector.LOGISTICS.value: ("J", "Z"),
}
# An actor without a sector: any industrial or business land.
DEFAULT_LAND_USES: tuple[str, ...] = ("J", "Z")

# How much each criterion counts in the score. Size and a land use that allows
# the activity decide whether a site is usable at all; power and transport
# decide whether it works; the rest refines.
WEIGHTS: dict[str, int] = {
    "area": 3,
    "land_use": 3,
    "power": 2,
    "rail": 2,
    "port": 2,
    "water": 1,
    "constraints": 1,
}
CRITERIA: tuple[str, ...] = tuple(WEIGHTS)

# "Needs rail/port access" without a stated distance means within these.
DEFAULT_MAX_DIST_RAIL_M = 2000.0
DEFAULT_MAX_DIST_PORT_M = 5000.0

MET, UNKNOWN, NOT_MET = "met", "unknown", "not_met"
SYMBOL = {MET: "✓", NOT_MET: "✗", UNKNOWN: "?"}


def allowed_land_uses(sector: str | None) -> tuple[str, ...]:
    """Land-use codes that allow the activity of ``sector`` (J/Z when unknown)."""
    if not sector:
        return DEFAULT_LAND_USES
    return SECTOR_LAND_USES.get(sector, DEFAULT_LAND_USES)


def number(value: float, lang: str, decimals: int = 1) -> str:
    """A number for people: trailing '.0' dropped for whole limits, decimal comma in Swedish."""
    whole = float(value).is_integer() and decimals <= 1 and abs(value) >= 1
    return format_plain(value, 0 if whole else decimals, lang)


def _measure(value: float, lang: str) -> str:
    # Measured values always keep one decimal: "12.0 ha" reads as a measurement.
    return format_plain(value, 1, lang)


@dataclass(frozen=True)
class CriterionResult:
    """One criterion of one parcel against one need.

    Attributes:
        key: the criterion (``area``, ``land_use``, ``power``, ``rail``,
            ``port``, ``water``, ``constraints``).
        state: ``met``, ``not_met`` or ``unknown``.
        value: the parcel's value (None when unknown).
        required: what the need asks for.
        weight: the criterion's weight in the score.
    """

    key: str
    state: str
    value: float | str | None
    required: float | str | None
    weight: int
    # Constraints only: (flood_risk, protected_nature, contaminated_mifo) as stored.
    facts: tuple[str | None, bool | None, int | None] | None = None

    def text(self, lang: str = "en") -> str:
        """The criterion as a person reads it, e.g. ``12.4 ha ≥ 10 ha ✓``."""
        return f"{_describe(self, lang)} {SYMBOL[self.state]}"


def _describe(c: CriterionResult, lang: str) -> str:
    sv = lang == "sv"
    if c.key == "constraints":
        return _describe_constraints(c, lang)
    unknown = c.value is None or (isinstance(c.value, float) and math.isnan(c.value))
    if c.key in ("area", "power", "water"):
        unit = {"area": "ha", "power": "MW", "water": "m³/dygn" if sv else "m³/day"}[c.key]
        need = f"{number(float(c.required or 0), lang)} {unit}"
        if unknown:
            what = {
                "area": ("area", "yta"),
                "power": ("power", "effekt"),
                "water": ("water capacity", "vattenkapacitet"),
            }[c.key][1 if sv else 0]
            return f"{what} {'okänd, behov' if sv else 'unknown, need'} {need}"
        sign = "≥" if c.state == MET else "<"
        shown = float(c.value)  # type: ignore[arg-type]
        text = number(shown, lang) if c.key == "water" else _measure(shown, lang)
        return f"{text} {unit} {sign} {need}"
    if c.key in ("rail", "port"):
        target = {"rail": ("rail", "järnväg"), "port": ("port", "hamn")}[c.key][1 if sv else 0]
        limit = f"{number(float(c.required or 0) / 1000.0, lang)} km"
        if unknown:
            return (
                f"avstånd till {target} okänt, krav ≤ {limit}"
                if sv
                else f"distance to {target} unknown, need ≤ {limit}"
            )
        sign = "≤" if c.state == MET else ">"
        km = _measure(float(c.value) / 1000.0, lang)  # type: ignore[arg-type]
        return f"{km} km {'till' if sv else 'to'} {target} {sign} {limit}"
    return _describe_land_use(c, sv, unknown)


def _describe_land_use(c: CriterionResult, sv: bool, unknown: bool) -> str:
    allowed = str(c.required or "")
    if unknown:
        return f"{'markanvändning okänd, kräver' if sv else 'land use unknown, needs'} {allowed}"
    code = str(c.value)
    label = land_use_words(code, "sv" if sv else "en") or code
    if c.state == MET:
        return f"{code} ({label}) {'tillåter verksamheten' if sv else 'allows the activity'}"
    refusal = "tillåter inte verksamheten, kräver" if sv else "does not allow it, needs"
    return f"{code} ({label}) {refusal} {allowed}"


def _describe_constraints(c: CriterionResult, lang: str) -> str:
    if c.state == MET:
        return (
            "ingen översvämningszon, skyddad natur eller registrerad förorening"
            if lang == "sv"
            else "no flood zone, protected nature or registered contamination"
        )
    flood, nature, mifo = c.facts or (None, None, None)
    return constraint_parts(flood, nature, mifo, lang)[1]


def constraint_parts(
    flood: str | None, nature: bool | None, mifo: int | None, lang: str
) -> tuple[str, str]:
    """The constraints criterion's state and its words for one parcel.

    Flood and protected nature are unknown when no reference layer said
    anything (NULL). A parcel absent from the contaminated-land register has no
    *registered* contamination; MIFO classes 1-2 (very high, high risk) count
    against the site, 3-4 are mentioned but do not.
    """
    sv = lang == "sv"
    bad: list[str] = []
    unknown: list[str] = []
    if flood is None:
        unknown.append("översvämningsrisk okänd" if sv else "flood risk unknown")
    elif flood not in ("", "none"):
        bad.append(f"{'översvämningszon' if sv else 'flood zone'} ({flood})")
    if nature is None:
        unknown.append("skyddad natur okänd" if sv else "protected nature unknown")
    elif nature:
        bad.append("skyddad natur" if sv else "protected nature")
    if mifo is not None and mifo <= 2:
        bad.append(
            f"{'förorenad mark, MIFO-klass' if sv else 'contaminated land, MIFO class'} {mifo}"
        )
    if bad:
        return NOT_MET, ", ".join(bad + unknown)
    if unknown:
        return UNKNOWN, ", ".join(unknown)
    return MET, ""


def sector_label(sector: str | None, lang: str) -> str:
    """A sector's label in Swedish or English ('' when none)."""
    if not sector:
        return ""
    try:
        return pick(SECTOR_LABELS[Sector(sector)], lang)
    except ValueError:
        return sector
