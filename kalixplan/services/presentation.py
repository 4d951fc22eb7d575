"""Presentation mode's content: which sites a tour shows, in which order, with which facts.

A business developer shows available land to an investor on a projector. A tour goes
through chosen areas (``area_name``) or through one actor's ranked matches, one site per
step, after an overview of all of them. Only available land is shown, and only what a
visitor should see: no owner, notes, contact or internal status; prices only when the
presenter asks for them. Everything here is plain data in Swedish or English (the
words come from ``kalixplan.printing.labels`` and the domain's code lists), so the
presentation widgets only lay it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kalixplan.domain.codes import ParcelStatus
from kalixplan.domain.language import Lang, pick
from kalixplan.domain.provisions import provision_line
from kalixplan.domain.rows import ParcelRow, PlanRow
from kalixplan.printing.facts import Section, headline_area, land_use_label
from kalixplan.printing.labels import (
    fmt_bool,
    fmt_distance,
    fmt_measure,
    fmt_sek,
    fmt_unknown,
    text,
)
from kalixplan.services.actors import get_actor
from kalixplan.services.matching.profile import NeedProfile, need_summary
from kalixplan.services.matching.run import match_actor
from kalixplan.services.parcels import ParcelFilter, search_parcels
from kalixplan.services.plans import get_plan
from kalixplan.services.printing import is_example_project
from kalixplan.services.provisions import provisions_on

AVAILABLE = ParcelStatus.AVAILABLE.value
# An actor's tour shows at most this many of its best-ranked available sites.
ACTOR_TOUR_SITES = 8

WORDS: dict[str, tuple[str, str]] = {
    "all_land": ("Ledig industrimark", "Available industrial land"),
    "matches": ("Mark som passar behovet", "Land that fits the need"),
    "need": ("Behov", "Need"),
    "sites": ("platser", "sites"),
    "site": ("plats", "site"),
    "in_total": ("totalt", "in total"),
    "against_need": ("Mot behovet", "Against the need"),
    "what_plan_allows": ("Vad planen tillåter", "What the plan allows"),
    "no_plan": ("ingen detaljplan", "no detailed plan"),
    "no_sites": ("Ingen ledig mark i urvalet.", "No available land in this selection."),
}


def word(key: str, lang: Lang) -> str:
    """A presentation word (``WORDS``) in ``lang``."""
    return pick(WORDS[key], lang)


@dataclass(frozen=True)
class TourChoice:
    """What the presenter chose before starting.

    Attributes:
        areas: the areas to go through, in this order (empty: every area with
            available land, alphabetically); ignored when ``actor_id`` is set.
        actor_id: go through this actor's ranked matches instead.
        show_prices: show the asking price (off: no price anywhere).
    """

    areas: tuple[str, ...] = ()
    actor_id: int | None = None
    show_prices: bool = False


@dataclass(frozen=True)
class SiteCard:
    """One step of a tour: a site and its facts, labelled in the tour's language.

    Attributes:
        parcel_id: the parcel.
        designation: its property designation (fastighetsbeteckning).
        area_name: its area, or None.
        headline: its geodesic area, e.g. '2,35 ha'.
        key_figures: the figures an investor asks first, as (label, value): area,
            power, and the distances to rail, port and the E4.
        sections: the other facts, titled groups of (label, value): what the plan
            allows, utilities, the price when chosen, how it meets an actor's need.
    """

    parcel_id: int
    designation: str
    area_name: str | None
    headline: str
    key_figures: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Tour:
    """A whole tour: the overview's texts and the sites in the order they are shown.

    Attributes:
        lang: the language of every text.
        title: the overview's title.
        subtitle: e.g. '9 platser, 31,2 ha totalt'.
        need: for an actor's tour, the need in a few words ('' otherwise).
        sites: one card per step after the overview.
        example_data: the project holds invented example data.
        show_prices: the cards carry prices.
    """

    lang: Lang
    title: str
    subtitle: str
    need: str
    sites: tuple[SiteCard, ...]
    example_data: bool
    show_prices: bool

    @property
    def ids(self) -> tuple[int, ...]:
        """The parcels of the tour, in order."""
        return tuple(s.parcel_id for s in self.sites)

    @property
    def steps(self) -> int:
        """The overview and one step per site."""
        return 1 + len(self.sites)


def _natural(designation: str) -> tuple[object, ...]:
    # "Kalix Lägret 3:46" before "Kalix Lägret 11:41", as on the plan map.
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", designation))


def available_parcels(session: Session, ids: Sequence[int] | None = None) -> list[ParcelRow]:
    """Available parcels (all, or those of ``ids``), by area and designation."""
    flt = ParcelFilter(statuses=frozenset({AVAILABLE}), ids=None if ids is None else frozenset(ids))
    rows = search_parcels(session, flt)
    return sorted(rows, key=lambda r: ((r.area_name or "").casefold(), _natural(r.designation)))


def presentation_areas(session: Session) -> list[tuple[str, int]]:
    """The areas with available land and how many sites each has, alphabetically."""
    counts: dict[str, int] = {}
    for row in available_parcels(session):
        if row.area_name:
            counts[row.area_name] = counts.get(row.area_name, 0) + 1
    return sorted(counts.items(), key=lambda item: item[0].casefold())


def visitor_row(row: ParcelRow, show_prices: bool) -> ParcelRow:
    """The parcel as a visitor may see it: no owner, notes or contact; no price unless
    ``show_prices`` (for the map's tooltips during a presentation)."""
    return replace(
        row,
        owner=None,
        owner_kind=None,
        notes=None,
        contact_person=None,
        contact_email=None,
        reserved_for_id=None,
        price_sek_m2=row.price_sek_m2 if show_prices else None,
        price_includes=row.price_includes if show_prices else None,
    )


def _area_order(rows: list[ParcelRow], areas: Sequence[str]) -> list[ParcelRow]:
    if not areas:
        return rows
    position = {name: n for n, name in enumerate(areas)}
    chosen = [r for r in rows if r.area_name in position]
    return sorted(chosen, key=lambda r: position[r.area_name or ""])  # stable: keeps designation


def _actor_order(
    session: Session, actor_id: int, lang: Lang
) -> tuple[list[ParcelRow], str, dict[int, tuple[str, ...]]]:
    """The actor's available matches, best first over all its needs; the needs in a few
    words; per parcel, how it meets the first need that ranks it best (criterion texts)."""
    actor = get_actor(session, actor_id)
    found = match_actor(session, actor_id)
    best: dict[int, tuple[int, int]] = {}
    criteria: dict[int, tuple[str, ...]] = {}
    for n, need_matches in enumerate(found):
        for match in need_matches.matches:
            if match.status != AVAILABLE:
                continue  # held for the actor, but not land to show as available
            key = (match.rank, n)
            if match.parcel_id not in best or key < best[match.parcel_id]:
                best[match.parcel_id] = key
                criteria[match.parcel_id] = tuple(c.text(lang) for c in match.criteria)
    ranked = sorted(best, key=lambda pid: best[pid])[:ACTOR_TOUR_SITES]
    rows = {r.id: r for r in available_parcels(session, ranked)}
    need = "; ".join(need_summary(NeedProfile.of(m.need, actor), lang) for m in found)
    return [rows[i] for i in ranked if i in rows], need, criteria


def _plan_lines(
    session: Session, row: ParcelRow, plan: PlanRow | None, lang: Lang
) -> tuple[tuple[str, str], ...]:
    t = lambda key: text(key, lang)  # noqa: E731 - keeps the lines below readable
    height = (
        fmt_measure(row.max_height_m, "m", lang, 1 if row.max_height_m % 1 else 0)
        if row.max_height_m is not None
        else fmt_unknown(lang)
    )
    lines: list[tuple[str, str]] = [
        (t("plan"), f"{plan.designation} {plan.name}" if plan else word("no_plan", lang)),
        (t("land_use"), land_use_label(row.land_use, lang)),
        (t("max_height"), height),
        (t("utilisation"), row.utilisation.strip() if row.utilisation else fmt_unknown(lang)),
    ]
    seen: set[str] = set()
    provisions = provisions_on(session, row.plan_id, row.geom) if row.plan_id else []
    for p in provisions:
        line = provision_line(None, p.wording, p.value, p.value_kind, p.unit, lang)
        if line in seen:
            continue
        seen.add(line)
        lines.append((p.code or t("provision"), line))
    return tuple(lines)


def site_card(
    session: Session,
    row: ParcelRow,
    lang: Lang,
    *,
    show_prices: bool = False,
    criteria: Sequence[str] = (),
    plans: dict[int, PlanRow] | None = None,
) -> SiteCard:
    """The fact card of one site: area, zoning, power, distances, utilities, what the plan
    allows (its provisions on the parcel), the price when asked for, and how it meets an
    actor's need when ``criteria`` are given."""
    t = lambda key: text(key, lang)  # noqa: E731 - keeps the table below readable
    plans = {} if plans is None else plans
    plan = None
    if row.plan_id is not None:
        if row.plan_id not in plans:
            plans[row.plan_id] = get_plan(session, row.plan_id)
        plan = plans[row.plan_id]
    stale = row.facts_stale
    figures = (
        (t("area"), t("area_stale") if stale else headline_area(row.area_m2, lang)),
        (t("power"), fmt_measure(row.power_mw, "MW", lang, 1)),
        (t("dist_rail"), fmt_distance(row.dist_rail_m, lang)),
        (t("dist_port"), fmt_distance(row.dist_port_m, lang)),
        (t("dist_road"), fmt_distance(row.dist_road_m, lang)),
    )
    sections = [
        Section(word("what_plan_allows", lang), _plan_lines(session, row, plan, lang)),
        Section(
            t("sec_utilities"),
            (
                (t("water_sewer"), fmt_bool(row.water_sewer, lang)),
                (t("district_heating"), fmt_bool(row.district_heating, lang)),
                (t("fibre"), fmt_bool(row.fibre, lang)),
                (t("gas_hydrogen"), fmt_bool(row.gas_hydrogen, lang)),
            ),
        ),
    ]
    if show_prices:
        total = (
            row.price_sek_m2 * row.area_m2
            if row.price_sek_m2 is not None and row.area_m2 > 0 and not stale
            else None
        )
        sections.append(
            Section(
                t("price"),
                (
                    (t("price_m2"), fmt_sek(row.price_sek_m2, lang, per_m2=True)),
                    (t("price_total"), fmt_sek(total, lang)),
                ),
            )
        )
    if criteria:
        sections.append(Section(word("against_need", lang), tuple(("", c) for c in criteria)))
    return SiteCard(
        parcel_id=row.id,
        designation=row.designation,
        area_name=row.area_name,
        headline=t("area_stale") if stale else headline_area(row.area_m2, lang),
        key_figures=figures,
        sections=tuple(sections),
    )


def build_tour(session: Session, choice: TourChoice, lang: Lang) -> Tour:
    """The tour the presenter chose, in ``lang``.

    Areas: the available sites of the chosen areas, area by area in the chosen order,
    by designation within an area (every area when none is chosen). An actor: its
    best-ranked available sites over all its land needs (at most ``ACTOR_TOUR_SITES``).

    Raises:
        NotFound: the actor does not exist.
    """
    need = ""
    criteria: dict[int, tuple[str, ...]] = {}
    if choice.actor_id is not None:
        rows, need, criteria = _actor_order(session, choice.actor_id, lang)
        title = word("matches", lang)
    else:
        rows = _area_order(available_parcels(session), choice.areas)
        title = word("all_land", lang)
        if choice.areas:
            title = f"{title}: " + ", ".join(_short_area(a) for a in choice.areas)
    plans: dict[int, PlanRow] = {}
    sites = tuple(
        site_card(
            session,
            row,
            lang,
            show_prices=choice.show_prices,
            criteria=criteria.get(row.id, ()),
            plans=plans,
        )
        for row in rows
    )
    total = sum(r.area_m2 for r in rows if not r.facts_stale)
    count = len(rows)
    if count:
        subtitle = (
            f"{count} {word('site' if count == 1 else 'sites', lang)}, "
            f"{headline_area(total, lang)} {word('in_total', lang)}"
        )
    else:
        subtitle = word("no_sites", lang)
    return Tour(
        lang=lang,
        title=title,
        subtitle=subtitle,
        need=need,
        sites=sites,
        example_data=is_example_project(session),
        show_prices=choice.show_prices,
    )


def _short_area(name: str) -> str:
    # "Lägret industriområde" reads "Lägret" in a title that says industrial land already.
    for suffix in (" industriområde", " industrial area"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name
