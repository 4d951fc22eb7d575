"""The facts of a prospectus sheet (objektblad), written out in Swedish or English.

Takes a parcel's plain values and returns labelled sections; every unknown
value reads 'uppgift saknas' / 'not known', never 0 (an investor would take a
0 MW power connection at its word).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kalixplan.domain.codes import (
    PARCEL_STATUS_LABELS,
    PLAN_STATUS_LABELS,
    ParcelStatus,
    PlanStatus,
    land_use_words,
)
from kalixplan.domain.language import pick
from kalixplan.domain.provisions import provision_line
from kalixplan.domain.rows import ParcelRow, PlanRow, ProvisionRow
from kalixplan.printing.labels import (
    Lang,
    fmt_area,
    fmt_bool,
    fmt_decimal,
    fmt_distance,
    fmt_measure,
    fmt_sek,
    fmt_unknown,
    text,
)


@dataclass(frozen=True)
class Section:
    """A titled group of (label, value) lines."""

    title: str
    lines: tuple[tuple[str, str], ...]


def status_label(status: str, lang: Lang) -> str:
    """A parcel status in words."""
    try:
        return pick(PARCEL_STATUS_LABELS[ParcelStatus(status)], lang)
    except ValueError:
        return status


def plan_status_label(status: str, lang: Lang) -> str:
    """A plan status in words."""
    try:
        return pick(PLAN_STATUS_LABELS[PlanStatus(status)], lang)
    except ValueError:
        return status


def land_use_label(code: str | None, lang: Lang) -> str:
    """'J – Industri' or 'uppgift saknas'."""
    if not code:
        return fmt_unknown(lang)
    words = land_use_words(code, lang)
    return f"{code} – {words}" if words else code


def _or_unknown(value: str | None, lang: Lang) -> str:
    return value.strip() if value and value.strip() else fmt_unknown(lang)


def _date(value: date | None, lang: Lang) -> str:
    return value.isoformat() if value else fmt_unknown(lang)


# Flood scenarios as the distance service writes them (the layer's 'scenario' property).
_FLOOD_WORDS: dict[str, tuple[str, str]] = {
    "none": ("ingen känd", "none known"),
    "yes": ("inom översvämningsområde", "within a flood zone"),
    "50y": ("50-årsflöde", "50-year flood"),
    "100y": ("100-årsflöde", "100-year flood"),
    "200y": ("200-årsflöde", "200-year flood"),
    "bhf": ("beräknat högsta flöde", "highest computed flow"),
}


def flood_label(value: str | None, lang: Lang) -> str:
    """A flood-risk value in words: 'ingen känd', '100-årsflöde', or the text as entered."""
    if not value or not value.strip():
        return fmt_unknown(lang)
    idx = 0 if lang == "sv" else 1
    parts = [p.strip() for p in value.split(",")]
    return ", ".join(_FLOOD_WORDS[p][idx] if p in _FLOOD_WORDS else p for p in parts)


def _mifo(value: int | None, lang: Lang) -> str:
    if value is None:
        return fmt_unknown(lang)
    return f"{value}" + (
        " (1 = mycket stor risk, 4 = liten risk)"
        if lang == "sv"
        else " (1 = very high risk, 4 = low risk)"
    )


def prospectus_sections(
    parcel: ParcelRow,
    plan: PlanRow | None,
    lang: Lang,
    provisions: Sequence[ProvisionRow] = (),
) -> list[Section]:
    """The sections of a prospectus sheet for a parcel and the plan that governs it, with
    the plan's egenskaps- and administrativa bestämmelser on the parcel (what may be built:
    height, coverage, where nothing may be built)."""
    t = lambda key: text(key, lang)  # noqa: E731 - keeps the table below readable
    # Reshaped outside KalixPlan and not recomputed yet: no area presented as true
    # (issue "The project file guards itself"), and no total price from it.
    stale = bool(getattr(parcel, "facts_stale", False))
    total = (
        parcel.price_sek_m2 * parcel.area_m2
        if parcel.price_sek_m2 is not None and parcel.area_m2 > 0 and not stale
        else None
    )
    price_lines: list[tuple[str, str]] = [
        (t("status"), status_label(parcel.status, lang)),
        (t("price_m2"), fmt_sek(parcel.price_sek_m2, lang, per_m2=True)),
        (t("price_total"), fmt_sek(total, lang)),
        (t("price_includes"), _or_unknown(parcel.price_includes, lang)),
    ]
    if parcel.status == "reserved":
        price_lines.append((t("reserved_until"), _date(parcel.reserved_until, lang)))
    height = (
        fmt_measure(parcel.max_height_m, "m", lang, 1 if parcel.max_height_m % 1 else 0)
        if parcel.max_height_m is not None
        else fmt_unknown(lang)
    )
    return [
        Section(
            t("sec_site"),
            (
                (t("area_geodesic"), t("area_stale") if stale else fmt_area(parcel.area_m2, lang)),
                (t("area_name"), _or_unknown(parcel.area_name, lang)),
                (t("owner"), _or_unknown(parcel.owner, lang)),
                (t("ground_state"), _or_unknown(parcel.ground_state, lang)),
                (t("geotechnics"), _or_unknown(parcel.geotechnics, lang)),
            ),
        ),
        Section(
            t("sec_planning"),
            (
                (t("plan"), f"{plan.designation} {plan.name}" if plan else fmt_unknown(lang)),
                (
                    t("plan_status"),
                    plan_status_label(plan.status, lang) if plan else fmt_unknown(lang),
                ),
                (t("land_use"), land_use_label(parcel.land_use, lang)),
                (t("max_height"), height),
                (t("utilisation"), _or_unknown(parcel.utilisation, lang)),
                (t("implementation_ends"), _date(plan.implementation_ends if plan else None, lang)),
                *(
                    (
                        t("provision") + (f" {p.code}" if p.code else ""),
                        provision_line(None, p.wording, p.value, p.value_kind, p.unit, lang),
                    )
                    for p in provisions
                ),
            ),
        ),
        Section(t("sec_price"), tuple(price_lines)),
        Section(
            t("sec_utilities"),
            (
                (t("power_mw"), fmt_measure(parcel.power_mw, "MW", lang, 1)),
                (t("dist_substation"), fmt_distance(parcel.dist_substation_m, lang)),
                (t("water_sewer"), fmt_bool(parcel.water_sewer, lang)),
                (
                    t("water_capacity"),
                    fmt_measure(
                        parcel.water_capacity_m3_day,
                        "m³/" + (pick(("dygn", "day"), lang)),
                        lang,
                    ),
                ),
                (t("district_heating"), fmt_bool(parcel.district_heating, lang)),
                (t("fibre"), fmt_bool(parcel.fibre, lang)),
                (t("gas_hydrogen"), fmt_bool(parcel.gas_hydrogen, lang)),
            ),
        ),
        Section(
            t("sec_distances"),
            (
                (t("dist_rail"), fmt_distance(parcel.dist_rail_m, lang)),
                (t("dist_port"), fmt_distance(parcel.dist_port_m, lang)),
                (t("dist_road"), fmt_distance(parcel.dist_road_m, lang)),
                (
                    t("dist_airport"),
                    fmt_measure(parcel.dist_airport_km, "km", lang)
                    if parcel.dist_airport_km is not None
                    else fmt_unknown(lang),
                ),
            ),
        ),
        Section(
            t("sec_constraints"),
            (
                (t("flood_risk"), flood_label(parcel.flood_risk, lang)),
                (t("contaminated"), _mifo(parcel.contaminated_mifo, lang)),
                (t("protected_nature"), fmt_bool(parcel.protected_nature, lang)),
                (t("shoreline"), fmt_bool(parcel.shoreline_protection, lang)),
                (t("national_interest"), fmt_bool(parcel.national_interest, lang)),
            ),
        ),
        Section(
            t("sec_contact"),
            (
                (t("contact_person"), _or_unknown(parcel.contact_person, lang)),
                (t("email"), _or_unknown(parcel.contact_email, lang)),
                (
                    t("updated"),
                    parcel.updated_at.date().isoformat()
                    if parcel.updated_at
                    else fmt_unknown(lang),
                ),
            ),
        ),
    ]


def headline_area(area_m2: float, lang: Lang) -> str:
    """'2,35 ha' for headers and the index."""
    if area_m2 <= 0:
        return fmt_unknown(lang)
    return f"{fmt_decimal(area_m2 / 10_000.0, 2, lang)} ha"
