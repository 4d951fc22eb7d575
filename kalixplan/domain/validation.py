"""Validation rules of the domain; each raises ``ValidationError`` naming the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from kalixplan.domain.codes import (
    CODE_LABELS,
    LAND_USE_CODES,
    PARCEL_STATUS_TRANSITIONS,
    PLAN_STATUS_TRANSITIONS,
    ParcelStatus,
    PlanProcedure,
    PlanStatus,
    land_use_parts,
)
from kalixplan.domain.errors import ValidationError

_ORG_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")
# Register area name (one or more words, Swedish letters allowed) then block:unit,
# e.g. "Kalix Näsbyn 1:23" or "Kalix 9:70". The exact text rule for the name
# varies between municipalities, so only the block:unit part is strict.
# Kvarter-based designations in towns have no block number: "Kalix Hägern 3".
_DESIGNATION = re.compile(r"^(?P<name>\S(?:.*\S)?)\s+(?:(?P<block>\d{1,4}):)?(?P<unit>\d{1,4})$")
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
            sv=f"Organisationsnumret '{value}' ska ha tio siffror som NNNNNN-NNNN.",
        )
    digits = match.group(1) + match.group(2)
    if int(digits[2]) < 2:
        raise ValidationError(
            "org_number",
            f"Organisation number '{value}' is not a legal entity's: "
            "its third digit must be 2 or higher.",
            sv=f"Organisationsnumret '{value}' tillhör inte en juridisk person: "
            "dess tredje siffra måste vara 2 eller högre.",
        )
    if luhn_check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError(
            "org_number",
            f"Organisation number '{value}' has a wrong check digit; check for a typing error.",
            sv=f"Organisationsnumret '{value}' har fel kontrollsiffra; kontrollera att det "
            "är rätt inskrivet.",
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
            "block:unit, for example 'Kalix Näsbyn 1:23', or a kvarter and its number, "
            "for example 'Kalix Hägern 3'.",
            sv=f"Fastighetsbeteckningen '{value}' ska vara ett registerområdes namn följt av "
            "block:enhet, till exempel 'Kalix Näsbyn 1:23', eller ett kvarter och dess nummer, "
            "till exempel 'Kalix Hägern 3'.",
        )
    return text


AREA_KEY_MAX = 120


def normalise_area_key(value: str) -> str:
    """An area's name as the key of land kept by name only (many municipalities' "ledig
    industrimark" layers carry a name, no property designation): NFC, single spaces.

    Raises:
        ValidationError: empty, or longer than a name.
    """
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if not text or len(text) > AREA_KEY_MAX:
        raise ValidationError(
            "designation",
            f"Land kept by name needs its name (at most {AREA_KEY_MAX} characters), for "
            "example 'Industriområdet Lägret, etapp 2'.",
            sv=f"Mark som hålls under ett namn behöver sitt namn (högst {AREA_KEY_MAX} tecken), "
            "till exempel 'Industriområdet Lägret, etapp 2'.",
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


# Real archive designations take many forms ("2514-P123", "BN16/1724", "1290-P2017/5",
# "0160-S59", "DP 2026:1"): NS Detaljplan 4.1 leaves `beteckning` free text, so only its
# length and printable characters are checked here; a municipality's own format is a
# project setting (kalixplan.services.plans, PLAN_DESIGNATION_SETTING).
PLAN_DESIGNATION_MAX = 60


def check_plan_designation(value: str, pattern: str | None = None) -> str:
    """Check and tidy a plan's archive designation (beteckning).

    Args:
        value: the designation as typed.
        pattern: the municipality's own format, a regular expression, if it set one.

    Raises:
        ValidationError: empty, too long, control characters, or not the project's format.
    """
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if _PLAN_DESIGNATION.match(text.upper()):
        text = text.upper()  # "2514-p123" is 2514-P123
    if not text or len(text) > PLAN_DESIGNATION_MAX or not text.isprintable():
        raise ValidationError(
            "designation",
            f"Plan designation '{value}' must be 1-{PLAN_DESIGNATION_MAX} printable characters, "
            "for example '2514-P123' or 'DP 2026:1'.",
            sv=f"Planbeteckningen '{value}' ska vara 1–{PLAN_DESIGNATION_MAX} skrivbara tecken, "
            "till exempel '2514-P123' eller 'DP 2026:1'.",
        )
    if pattern and not re.fullmatch(pattern, text):
        raise ValidationError(
            "designation",
            f"Plan designation '{value}' does not follow this project's format ({pattern}); "
            "correct it, or change the format in the project settings.",
            sv=f"Planbeteckningen '{value}' följer inte projektets format ({pattern}); "
            "rätta den eller ändra formatet i projektinställningarna.",
        )
    return text


def municipality_code_of(designation: str) -> str | None:
    """The four-digit kommunkod a designation starts with ("2514-P123" → "2514"), or None."""
    match = re.match(r"^(\d{4})(?!\d)", designation)
    return match.group(1) if match else None


def check_land_use(value: str) -> str:
    """Check a Boverket land-use code: J, Z, E, …, GATA, NATUR, …, a combination (RS, JZ),
    a numbered variant (J1, E1) or an older plan's designation (Jm, GÅNG, CYKEL).

    All-lower-case input is read as capitals ("j" is J); in mixed case the lower-case
    letters are an older plan's restriction and are kept ("Jm").
    """
    text = " ".join(unicodedata.normalize("NFC", value).split())
    code = text.upper() if text == text.lower() or text.upper() in LAND_USE_CODES else text
    if land_use_parts(code) is None:
        raise ValidationError(
            "land_use",
            f"Land use '{value}' is not a Boverket code; use one of "
            + ", ".join(sorted(LAND_USE_CODES))
            + ", a combination such as JZ, or a numbered variant such as J1.",
            sv=f"Markanvändningen '{value}' är ingen kod från Boverket; använd någon av "
            + ", ".join(sorted(LAND_USE_CODES))
            + ", en kombination som JZ eller en numrerad variant som J1.",
        )
    return code


def parse_code(enum: type[StrEnum], field: str, value: object) -> str:
    """The value of a code-list member, or a ``ValidationError`` listing the valid ones.

    The Swedish and English labels are accepted too, in any case ("laga kraft",
    "Samråd", "In force"): files from plan systems and colleagues use the words of
    NS Detaljplan 4.1's code lists, not our stored values.
    """
    text = str(value).strip()
    try:
        return str(enum(text).value)
    except ValueError:
        pass
    words = _label_index(enum)
    found = words.get(" ".join(text.lower().replace("_", " ").split()))
    if found is not None:
        return found
    raise ValidationError(
        field,
        f"'{value}' is not a valid {field.replace('_', ' ')}; use one of "
        + ", ".join(e.value for e in enum)
        + ".",
        sv=f"'{value}' är inget giltigt värde i fältet {field}; använd något av "
        + ", ".join(e.value for e in enum)
        + ".",
    )


def _label_index(enum: type[StrEnum]) -> dict[str, str]:
    """Lower-case Swedish and English labels (and values with spaces) → value."""
    labels = CODE_LABELS.get(enum, {})
    index: dict[str, str] = {}
    for member in enum:
        index[str(member.value).replace("_", " ").lower()] = str(member.value)
        for label in labels.get(member, ()):
            index[label.lower()] = str(member.value)
    return index


def check_parcel_transition(old: ParcelStatus, new: ParcelStatus) -> None:
    """Refuse a status change a parcel cannot make."""
    if old != new and new not in PARCEL_STATUS_TRANSITIONS[old]:
        raise ValidationError(
            "status",
            f"A parcel cannot go from '{old}' to '{new}'; allowed next: "
            + ", ".join(sorted(PARCEL_STATUS_TRANSITIONS[old]))
            + ".",
            sv=f"En fastighet kan inte gå från '{old}' till '{new}'; tillåtet härnäst: "
            + ", ".join(sorted(PARCEL_STATUS_TRANSITIONS[old]))
            + ".",
        )


def plan_next_steps(old: PlanStatus, procedure: str | None = None) -> frozenset[PlanStatus]:
    """The process steps a plan at ``old`` may take under its procedure."""
    steps = PLAN_STATUS_TRANSITIONS[old]
    if procedure == PlanProcedure.LIMITED and old == PlanStatus.CONSULTATION:
        # PBL 5 kap. 18 §: under begränsat förfarande (5 kap. 7 § 3) granskning is not
        # needed when everyone concerned has approved the proposal during samråd.
        steps = steps | {PlanStatus.ADOPTED}
    return steps


def check_plan_transition(old: PlanStatus, new: PlanStatus, procedure: str | None = None) -> None:
    """Refuse a plan process step that the PBL process does not allow."""
    steps = plan_next_steps(old, procedure)
    if old != new and new not in steps:
        allowed = ", ".join(sorted(steps))
        skipping = old == PlanStatus.CONSULTATION and new == PlanStatus.ADOPTED
        hint = (
            " (only begränsat förfarande may skip granskning, PBL 5 kap. 18 §)" if skipping else ""
        )
        hint_sv = (
            " (bara vid begränsat förfarande får granskningen hoppas över, PBL 5 kap. 18 §)"
            if skipping
            else ""
        )
        raise ValidationError(
            "status",
            f"A plan cannot go from '{old}' to '{new}'{hint}; allowed next: {allowed or 'none'}.",
            sv=f"En plan kan inte gå från '{old}' till '{new}'{hint_sv}; "
            f"tillåtet härnäst: {allowed or 'inget'}.",
        )


PLAN_DATE_ORDER: tuple[str, ...] = (
    "started_date",
    "consultation_date",
    "review_date",
    "adopted_date",
    "in_force_date",
)
# The process dates as a Swedish planner names them, for the order error.
_PLAN_DATE_SV = {
    "started_date": "planarbetets start",
    "consultation_date": "samråd",
    "review_date": "granskning",
    "adopted_date": "antagande",
    "in_force_date": "laga kraft",
}


# PBL 13 kap. 16 § and förvaltningslagen (2017:900) 44 §: an adoption can be appealed
# within three weeks of its notice on the municipality's notice board, so a plan gains
# legal force (laga kraft) three weeks after its adoption at the earliest.
APPEAL_PERIOD = timedelta(weeks=3)


def check_plan_dates(dates: Mapping[str, date | None]) -> None:
    """Process dates must come in process order where they are given, and laga kraft
    no earlier than the appeal period after adoption (PBL 13 kap. 16 §)."""
    adopted, in_force = dates.get("adopted_date"), dates.get("in_force_date")
    if (
        adopted is not None
        and in_force is not None
        and adopted <= in_force < adopted + APPEAL_PERIOD
    ):
        raise ValidationError(
            "in_force_date",
            f"Laga kraft {in_force.isoformat()} is only {(in_force - adopted).days} days after "
            f"the adoption on {adopted.isoformat()}; a plan gains legal force when the "
            "three-week appeal period has passed (PBL 13 kap. 16 §), so at the earliest "
            f"{(adopted + APPEAL_PERIOD).isoformat()}.",
            sv=f"Laga kraft {in_force.isoformat()} är bara {(in_force - adopted).days} dagar "
            f"efter antagandet {adopted.isoformat()}; en plan vinner laga kraft när "
            "överklagandetiden på tre veckor har gått ut (PBL 13 kap. 16 §), alltså tidigast "
            f"{(adopted + APPEAL_PERIOD).isoformat()}.",
        )
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
                sv=f"{_PLAN_DATE_SV[name].capitalize()} {value.isoformat()} ligger före "
                f"{_PLAN_DATE_SV[previous[0]]} {previous[1].isoformat()}; datumen i "
                "planprocessen måste följa ordningen i PBL.",
            )
        previous = (name, value)


def check_implementation_years(years: int | None) -> None:
    """Genomförandetid is at least 5 and at most 15 years (PBL 4 kap. 21 §).

    An extension is a decision of its own that changes the plan (PBL 4 kap. 24 §); it
    is not typed into the length.
    """
    if years is not None and not 5 <= years <= 15:
        raise ValidationError(
            "implementation_years",
            f"Implementation period {years} years is outside the 5-15 years of PBL 4 kap. 21 §; "
            "an extension is its own decision (PBL 4 kap. 24 §).",
            sv=f"Genomförandetiden {years} år ligger utanför de 5–15 år som PBL 4 kap. 21 § "
            "anger; en förlängning är ett eget beslut (PBL 4 kap. 24 §).",
        )


def check_implementation_start(start: date | None, in_force: date | None) -> None:
    """Genomförandetid runs from the day the plan gains legal force (PBL 4 kap. 21 §)."""
    if start is not None and in_force is not None and start < in_force:
        raise ValidationError(
            "implementation_start",
            f"The implementation period cannot start on {start.isoformat()}, before the plan "
            f"gained legal force on {in_force.isoformat()} (PBL 4 kap. 21 §).",
            sv=f"Genomförandetiden kan inte börja {start.isoformat()}, innan planen vann laga "
            f"kraft {in_force.isoformat()} (PBL 4 kap. 21 §).",
        )


def check_in_force(status: str, in_force: date | None, today: date, *, registering: bool) -> None:
    """A plan in force has gained legal force, on a day that has come.

    Args:
        registering: True when an existing plan is registered as it is (an old plan
            whose laga-kraft date may be unknown, "uppgift saknas"); False when a plan
            is moved to in force through its process, which needs the date.
    """
    if status != PlanStatus.IN_FORCE:
        return
    if in_force is None and not registering:
        raise ValidationError(
            "in_force_date",
            "A plan moved to in force needs its laga-kraft date; enter the date the "
            "decision gained legal force.",
            sv="En plan som förs till gällande behöver sitt datum för laga kraft; ange dagen "
            "då beslutet vann laga kraft.",
        )
    if in_force is not None and in_force > today:
        raise ValidationError(
            "in_force_date",
            f"A plan with laga kraft on {in_force.isoformat()} is not in force yet; keep it "
            "adopted until that day.",
            sv=f"En plan med laga kraft {in_force.isoformat()} gäller inte ännu; behåll den "
            "som antagen till den dagen.",
        )


def check_non_negative(field: str, value: float | None) -> None:
    """Refuse a negative number in a field that measures something."""
    if value is not None and value < 0:
        raise ValidationError(
            field,
            f"{field} cannot be negative (got {value}).",
            sv=f"{field} får inte vara negativt (angivet: {value}).",
        )


def add_years(start: date, years: int) -> date:
    """``start`` plus whole years; 29 February falls back to 28 February."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


_LINK_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_BARE_HOST = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@(?:[\w-]+\.)+[^\W\d_]{2,}$")
_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/])")
LINK_KINDS = ("web", "email", "document")


def _link_refused(field: str, value: str, kind: str) -> ValidationError:
    allowed = {
        "web": "a web address starting with https:// or http://",
        "email": "an e-mail address such as namn@example.se",
        "document": "a web address (https://, http://), an e-mail (mailto:) or a file you picked",
    }[kind]
    allowed_sv = {
        "web": "en webbadress som börjar med https:// eller http://",
        "email": "en e-postadress som namn@example.se",
        "document": "en webbadress (https://, http://), en e-postadress (mailto:) eller en fil "
        "du har valt",
    }[kind]
    shown = value if len(value) <= 60 else value[:57] + "…"
    return ValidationError(
        field,
        f"The link '{shown}' is not allowed here; give {allowed}.",
        sv=f"Länken '{shown}' är inte tillåten här; ange {allowed_sv}.",
    )


def check_link(field: str, value: str | None, kind: str = "document") -> str | None:
    """A safe link for ``field``, or a ``ValidationError`` in one sentence.

    Args:
        field: the field the link is for (named in the error).
        value: what was typed; empty or None gives None.
        kind: 'web' (http/https; a bare host such as www.kalix.se gets https://),
            'email' (an address; a leading mailto: is dropped) or 'document'
            (http/https, mailto or an absolute path of a local file).

    ``javascript:``, ``file:``, ``data:`` and every other scheme are refused, as are
    control characters and blanks inside an address (browsers drop them, so
    ``java\\tscript:`` would run).
    """
    if kind not in LINK_KINDS:
        raise ValueError(f"unknown link kind {kind!r}")
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    if not text:
        return None
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
        raise _link_refused(field, text.encode("unicode_escape").decode("ascii"), kind)
    match = _LINK_SCHEME.match(text)
    scheme = match.group(1).lower() if match and not _WINDOWS_PATH.match(text) else None
    if kind == "email":
        address = text[len("mailto:") :] if scheme == "mailto" else text
        if _EMAIL.match(address):
            return address
        raise _link_refused(field, text, kind)
    if scheme in ("http", "https"):
        rest = text[len(scheme) + 1 :]
        host = rest[2:].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        if rest.startswith("//") and host and not any(c.isspace() for c in text):
            return text
        raise _link_refused(field, text, kind)
    if kind == "web":
        if scheme is None and _BARE_HOST.match(text):
            return "https://" + text
        raise _link_refused(field, text, kind)
    # a document
    if scheme == "mailto":
        if _EMAIL.match(text[len("mailto:") :].split("?", 1)[0]):
            return text
        raise _link_refused(field, text, kind)
    if scheme is None and (text.startswith("/") or _WINDOWS_PATH.match(text)):
        return text
    raise _link_refused(field, text, kind)
