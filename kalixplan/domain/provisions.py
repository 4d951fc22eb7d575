"""Plan provisions beside land use: egenskapsbestämmelser and administrativa bestämmelser.

A detailed plan regulates with three kinds of provision (PBL 4 kap. 5-18 §§; Boverket's
BFS 2020:5 and its planbestämmelsekatalog; NS Detaljplan 4.1 ``planbestammelse``):
användningsbestämmelser (what land is used for; KalixPlan's land-use areas),
egenskapsbestämmelser (properties: building height ``h1``, coverage ``e1``, prickmark
where nothing may be built, utfartsförbud along a line, …) and administrativa
bestämmelser (genomförandetid differing within the plan, ``a1``; strandskydd lifted,
``a2``; lovplikt, …). The last two live here, each with its own polygon, line or point.

A value (``bestammelsevarde``) is one number with its kind and unit, as the catalogue's
formulations carry them ("Högsta nockhöjd är [10,0] meter"): NS 4.1 code lists
``vardetyp`` (min, max, exakt) and ``enhet``.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Any

from kalixplan.domain.errors import ValidationError


class ProvisionKind(StrEnum):
    """Which of NS Detaljplan 4.1's provision features (``feature:typ``) it is."""

    PROPERTY = "property"  # egenskapsbestämmelse
    ADMINISTRATIVE = "administrative"  # administrativ bestämmelse


PROVISION_KIND_LABELS: dict[ProvisionKind, tuple[str, str]] = {
    ProvisionKind.PROPERTY: ("Egenskapsbestämmelse", "Property provision"),
    ProvisionKind.ADMINISTRATIVE: ("Administrativ bestämmelse", "Administrative provision"),
}
NS_PROVISION_KIND: dict[ProvisionKind, str] = {
    ProvisionKind.PROPERTY: "egenskapsbestämmelse",
    ProvisionKind.ADMINISTRATIVE: "administrativ bestämmelse",
}


class ValueKind(StrEnum):
    """NS Detaljplan 4.1 ``vardetyp``: the value is a least, a most or an exact figure."""

    MIN = "min"
    MAX = "max"
    EXACT = "exact"


VALUE_KIND_LABELS: dict[ValueKind, tuple[str, str]] = {
    ValueKind.MIN: ("minst", "at least"),
    ValueKind.MAX: ("högst", "at most"),
    ValueKind.EXACT: ("exakt", "exactly"),
}
NS_VALUE_KIND: dict[ValueKind, str] = {
    ValueKind.MIN: "min",
    ValueKind.MAX: "max",
    ValueKind.EXACT: "exakt",
}


class Unit(StrEnum):
    """NS Detaljplan 4.1 ``enhet``: the unit of a provision's value."""

    METRE = "m"
    SQUARE_METRE = "m2"
    CUBIC_METRE = "m3"
    PERCENT = "percent"
    DEGREES = "degrees"
    COUNT = "count"
    YEARS = "years"
    DBA = "dBA"


# (the NS word, the short Swedish sign, the short English sign)
UNIT_WORDS: dict[Unit, tuple[str, str, str]] = {
    Unit.METRE: ("meter", "m", "m"),
    Unit.SQUARE_METRE: ("kvadratmeter", "m²", "m²"),
    Unit.CUBIC_METRE: ("kubikmeter", "m³", "m³"),
    Unit.PERCENT: ("procent", "%", "%"),
    Unit.DEGREES: ("grader", "°", "°"),
    Unit.COUNT: ("antal", "st", ""),
    Unit.YEARS: ("år", "år", "years"),
    Unit.DBA: ("dB(A)", "dB(A)", "dB(A)"),
}
NS_UNIT: dict[Unit, str] = {u: words[0] for u, words in UNIT_WORDS.items()}

# A catalogue reference is the entry's UUID (NS 4.1 planbestammelsekatalogreferens).
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# The sign on the plan map: a letter and its index (e1, h1, a2, u1, f1), a word the
# catalogue uses for symbols (prickmark, korsmark, utfart) or an older plan's sign.
_CODE_MAX = 40


def _choice(enum: type[StrEnum], field: str, value: Any, words: dict[Any, str]) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    for member in enum:
        if text in (member.value, words.get(member)):
            return member.value
    allowed = ", ".join(m.value for m in enum)
    raise ValidationError(
        field,
        f"'{text}' is not a known {field.replace('_', ' ')}; use {allowed}.",
        sv=f"'{text}' är inget känt värde i fältet {field}; använd {allowed}.",
    )


def check_provision(values: dict[str, Any]) -> dict[str, Any]:
    """Normalised provision fields, or a ``ValidationError`` naming the rule broken.

    Only the keys present are checked (an update sends what changed), except that a value
    and its kind and unit are judged together when any of them is present.
    """
    out = dict(values)
    if "kind" in out:
        kind = _choice(ProvisionKind, "kind", out["kind"], dict(NS_PROVISION_KIND))
        if kind is None:
            raise ValidationError(
                "kind",
                "A provision needs its kind: property or administrative.",
                sv="En bestämmelse behöver sin typ: property (egenskapsbestämmelse) eller "
                "administrative (administrativ bestämmelse).",
            )
        out["kind"] = kind
    if "code" in out:
        code = str(out["code"] or "").strip() or None
        if code is not None and len(code) > _CODE_MAX:
            raise ValidationError(
                "code",
                "The sign a provision has on the plan map (e.g. e1, h1, a1, prickmark) is at "
                f"most {_CODE_MAX} characters; the wording goes in its own field.",
                sv="Bestämmelsens beteckning på plankartan (t.ex. e1, h1, a1, prickmark) är "
                f"högst {_CODE_MAX} tecken; formuleringen skrivs i ett eget fält.",
            )
        out["code"] = code
    if "wording" in out:
        wording = str(out["wording"] or "").strip()
        if not wording:
            # NS Detaljplan 4.1: bestammelseformulering is required of every provision.
            raise ValidationError(
                "wording",
                "A provision needs its wording (bestämmelseformulering).",
                sv="En bestämmelse behöver sin formulering (bestämmelseformulering).",
            )
        out["wording"] = wording
    if "catalogue_ref" in out:
        ref = str(out["catalogue_ref"] or "").strip().lower() or None
        if ref is not None and not _UUID.match(ref):
            raise ValidationError(
                "catalogue_ref",
                f"'{ref}' is not a catalogue reference; Boverket's planbestämmelsekatalog "
                "names each entry by a UUID such as a0f58fd5-a361-4002-a359-03474901c15f.",
                sv=f"'{ref}' är ingen katalogreferens; Boverkets planbestämmelsekatalog "
                "anger varje post med ett UUID som a0f58fd5-a361-4002-a359-03474901c15f.",
            )
        out["catalogue_ref"] = ref
    if "value_kind" in out:
        out["value_kind"] = _choice(ValueKind, "value_kind", out["value_kind"], NS_VALUE_KIND)
    if "unit" in out:
        out["unit"] = _choice(Unit, "unit", out["unit"], NS_UNIT)
    if "value" in out and out["value"] is not None:
        try:
            number = float(out["value"])
        except (TypeError, ValueError):
            raise ValidationError(
                "value",
                f"'{out['value']}' is not a number.",
                sv=f"'{out['value']}' är inget tal.",
            ) from None
        if not math.isfinite(number):
            raise ValidationError(
                "value",
                "A provision's value must be a finite number.",
                sv="En bestämmelses värde måste vara ett ändligt tal.",
            )
        out["value"] = number
    if out.get("value") is not None:
        if "value_kind" in out and out["value_kind"] is None:
            raise ValidationError(
                "value_kind",
                "Say whether the value is a min, max or exact.",
                sv="Ange om värdet är min, max eller exact.",
            )
        if "unit" in out and out["unit"] is None:
            raise ValidationError(
                "unit",
                "Give the value's unit (m, m2, percent, …).",
                sv="Ange värdets enhet (m, m2, percent, …).",
            )
        if out.get("unit") == Unit.PERCENT.value and not 0 <= out["value"] <= 100:
            raise ValidationError(
                "value",
                "A share in percent lies between 0 and 100.",
                sv="En andel i procent ligger mellan 0 och 100.",
            )
        if out.get("unit") != Unit.DEGREES.value and out["value"] < 0:
            raise ValidationError(
                "value",
                "A provision's value cannot be negative.",
                sv="En bestämmelses värde får inte vara negativt.",
            )
    return out


def value_text(value: float | None, kind: str | None, unit: str | None, lang: str) -> str:
    """ "högst 10 m" / "at most 10 m": a provision's value as a reader takes it."""
    from kalixplan.domain.language import format_number, pick

    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 1
    parts = []
    if kind is not None and kind in ValueKind._value2member_map_:
        parts.append(pick(VALUE_KIND_LABELS[ValueKind(kind)], lang))
    parts.append(format_number(value, decimals, lang))
    if unit is not None and unit in Unit._value2member_map_:
        sign = UNIT_WORDS[Unit(unit)][1 if lang == "sv" else 2]
        if sign:
            parts.append(sign)
    return " ".join(parts)


def _numbers_in(text: str) -> set[float]:
    """The figures a wording writes ("18,0", "2 500", "12.5")."""
    found = set()
    for match in re.finditer(r"\d[\d \u00a0]*(?:[.,]\d+)?", text):
        digits = re.sub(r"[ \u00a0]", "", match.group()).replace(",", ".")
        try:
            found.add(float(digits))
        except ValueError:
            continue
    return found


def provision_line(
    code: str | None,
    wording: str,
    value: float | None,
    kind: str | None,
    unit: str | None,
    lang: str,
) -> str:
    """A provision as one line a reader takes in: "h1 – Högsta nockhöjd (högst 18 m)";
    a value the wording writes already ("… är 18,0 meter") is not repeated."""
    head = f"{code} – {wording}" if code else wording
    if value is None or float(value) in _numbers_in(wording):
        return head
    return f"{head} ({value_text(value, kind, unit, lang)})"
