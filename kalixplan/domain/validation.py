"""Validation rules of the domain; each raises ``ValidationError`` naming the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from kalixplan.domain.codes import (
    LAND_USE_CODES,
    PARCEL_STATUS_TRANSITIONS,
    PLAN_STATUS_TRANSITIONS,
    ParcelStatus,
    PlanStatus,
)
from kalixplan.domain.errors import ValidationError

_ORG_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")
# Register area name (one or more words, Swedish letters allowed) then block:unit,
# e.g. "Kalix Näsbyn 1:23" or "Kalix 9:70". The exact text rule for the name
# varies between municipalities, so only the block:unit part is strict.
_DESIGNATION = re.compile(r"^(?P<name>\S(?:.*\S)?)\s+(?P<block>\d{1,4}):(?P<unit>\d{1,4})$")
_PLAN_DESIGNATION = re.compile(r"^\d{4}-P\d{1,5}[A-Z]?$")


def luhn_check_digit(digits: str) -> int:
    """Return the Luhn check digit for a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def normalise_org_number(value: str) -> str:
    """Check a Swedish organisation number and return it as ``NNNNNN-NNNN``.

    Args:
        value: ten digits, with or without the hyphen.

    Raises:
        ValidationError: wrong form, wrong check digit, or not a legal entity.
    """
    text = value.strip()
    match = _ORG_NUMBER.match(text)
    if not match:
        raise ValidationError(
            "org_number",
            f"Organisation number '{value}' must have ten digits as NNNNNN-NNNN.",
        )
    digits = match.group(1) + match.group(2)
    if int(digits[2]) < 2:
        raise ValidationError(
            "org_number",
            f"Organisation number '{value}' is not a legal entity's: "
            "its third digit must be 2 or higher.",
        )
    if luhn_check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError(
            "org_number",
            f"Organisation number '{value}' has a wrong check digit; check for a typing error.",
        )
    return f"{digits[:6]}-{digits[6:]}"


def normalise_designation(value: str) -> str:
    """Check a property designation (fastighetsbeteckning) and tidy its spacing.

    Raises:
        ValidationError: no ``block:unit`` part at the end, or no register area name.
    """
    # NFC first: "Näsbyn" typed on a Mac (NFD, a + combining diaeresis) and on
    # Windows (NFC) is one property, and must be one key when duplicates are judged.
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if not _DESIGNATION.match(text):
        raise ValidationError(
            "designation",
            f"Property designation '{value}' must be a register area name followed by "
            "block:unit, for example 'Kalix Näsbyn 1:23'.",
        )
    return text


def tidy_designations(values: list[str | None]) -> list[str | None]:
    """Many designations at once, as :func:`normalise_designation` tidies them.

    Returns:
        per value the tidied text, or None for a missing or malformed one (call
        :func:`normalise_designation` on those for the reason).
    """
    match = _DESIGNATION.match
    nfc = unicodedata.normalize
    tidied = [None if v is None else " ".join(nfc("NFC", v).split()) for v in values]
    return [t if t is not None and match(t) else None for t in tidied]


def check_plan_designation(value: str) -> str:
    """Check a plan's archive designation such as ``2514-P123``."""
    text = value.strip().upper()
    if not _PLAN_DESIGNATION.match(text):
        raise ValidationError(
            "designation",
            f"Plan designation '{value}' must read kommunkod-P-number, for example '2514-P123'.",
        )
    return text


def check_land_use(value: str) -> str:
    """Check a Boverket land-use code (J, Z, E, ... or GATA, NATUR, ...)."""
    code = value.strip().upper()
    if code not in LAND_USE_CODES:
        raise ValidationError(
            "land_use",
            f"Land use '{value}' is not a Boverket code; use one of "
            + ", ".join(sorted(LAND_USE_CODES))
            + ".",
        )
    return code


def parse_code(enum: type[StrEnum], field: str, value: object) -> str:
    """The value of a code-list member, or a ``ValidationError`` listing the valid ones."""
    try:
        return str(enum(str(value)).value)
    except ValueError:
        raise ValidationError(
            field,
            f"'{value}' is not a valid {field.replace('_', ' ')}; use one of "
            + ", ".join(e.value for e in enum)
            + ".",
        ) from None


def check_parcel_transition(old: ParcelStatus, new: ParcelStatus) -> None:
    """Refuse a status change a parcel cannot make."""
    if old != new and new not in PARCEL_STATUS_TRANSITIONS[old]:
        raise ValidationError(
            "status",
            f"A parcel cannot go from '{old}' to '{new}'; allowed next: "
            + ", ".join(sorted(PARCEL_STATUS_TRANSITIONS[old]))
            + ".",
        )


def check_plan_transition(old: PlanStatus, new: PlanStatus) -> None:
    """Refuse a plan process step that the PBL process does not allow."""
    if old != new and new not in PLAN_STATUS_TRANSITIONS[old]:
        allowed = ", ".join(sorted(PLAN_STATUS_TRANSITIONS[old])) or "none"
        raise ValidationError(
            "status",
            f"A plan cannot go from '{old}' to '{new}'; allowed next: {allowed}.",
        )


PLAN_DATE_ORDER: tuple[str, ...] = (
    "started_date",
    "consultation_date",
    "review_date",
    "adopted_date",
    "in_force_date",
)


def check_plan_dates(dates: Mapping[str, date | None]) -> None:
    """Process dates must come in process order where they are given."""
    previous: tuple[str, date] | None = None
    for name in PLAN_DATE_ORDER:
        value = dates.get(name)
        if value is None:
            continue
        if previous is not None and value < previous[1]:
            raise ValidationError(
                name,
                f"{name.replace('_', ' ')} {value.isoformat()} comes before "
                f"{previous[0].replace('_', ' ')} {previous[1].isoformat()}; "
                "process dates must follow the PBL order.",
            )
        previous = (name, value)


def check_implementation_years(years: int | None) -> None:
    """Genomförandetid is 5-15 years (PBL 4 kap. 21 §); longer after extensions."""
    if years is not None and not 5 <= years <= 30:
        raise ValidationError(
            "implementation_years",
            f"Implementation period {years} years is outside 5-15 years "
            "(up to 30 with extensions).",
        )


def check_non_negative(field: str, value: float | None) -> None:
    """Refuse a negative number in a field that measures something."""
    if value is not None and value < 0:
        raise ValidationError(field, f"{field} cannot be negative (got {value}).")


def add_years(start: date, years: int) -> date:
    """``start`` plus whole years; 29 February falls back to 28 February."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)
