"""Presentation mode's tours without Qt: which sites, in which order, with which facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kalixplan.services.actors import list_actors
from kalixplan.services.matching.run import match_actor
from kalixplan.services.parcels import ParcelFilter, search_parcels
from kalixplan.services.presentation import (
    Tour,
    TourChoice,
    available_parcels,
    build_tour,
    presentation_areas,
    visitor_row,
)
from kalixplan.store.engine import Project, open_project

OWNERS = ("Kalix Industrihotell AB", "Kalix kommun")
NOTE = "Exempeldata: påhittad"


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    project = open_project(str(demo_path))
    yield project
    project.close()


def _texts(tour: Tour) -> list[str]:
    out = [tour.title, tour.subtitle, tour.need]
    for site in tour.sites:
        out += [site.designation, site.area_name or "", site.headline]
        out += [t for pair in site.key_figures for t in pair]
        for section in site.sections:
            out.append(section.title)
            out += [t for pair in section.lines for t in pair]
    return out


def test_areas_tour_goes_area_by_area_in_the_chosen_order(demo: Project) -> None:
    with demo.read_scope() as session:
        areas = presentation_areas(session)
        names = [name for name, _count in areas]
        assert names == sorted(names, key=str.casefold)
        chosen = ("Töre industriområde", "Lägret industriområde")
        tour = build_tour(session, TourChoice(areas=chosen), "sv")
        everything = build_tour(session, TourChoice(), "sv")
        statuses = {r.id: r.status for r in search_parcels(session)}
    counts = dict(areas)
    assert [s.area_name for s in tour.sites] == [chosen[0]] * counts[chosen[0]] + [
        chosen[1]
    ] * counts[chosen[1]]
    # Within an area, designations in the plan map's order (3:46 before 11:41).
    lagret = [s.designation for s in tour.sites if s.area_name == chosen[1]]
    assert lagret == ["Kalix Lägret 3:46", "Kalix Lägret 9:42", "Kalix Lägret 11:41"]
    assert tour.title == "Ledig industrimark: Töre, Lägret"
    assert tour.steps == 1 + len(tour.sites)
    assert len(everything.sites) == sum(counts.values())
    assert {statuses[i] for i in everything.ids} == {"available"}


def test_actor_tour_follows_the_ranking_of_available_land(demo: Project) -> None:
    with demo.read_scope() as session:
        actor = next(a for a in list_actors(session) if a.name == "Polar Datahall AB")
        tour = build_tour(session, TourChoice(actor_id=actor.id), "en")
        ranked = [
            m.parcel_id
            for need in match_actor(session, actor.id)
            for m in need.matches
            if m.status == "available"
        ]
    assert tour.ids == tuple(ranked[: len(tour.ids)])
    assert 0 < len(tour.ids) <= 8
    assert tour.title == "Land that fits the need"
    assert "30 MW" in tour.need
    against = tour.sites[0].sections[-1]
    assert against.title == "Against the need"
    assert all("✓" in value or "✗" in value or "?" in value for _l, value in against.lines)


def test_cards_hold_what_a_visitor_may_see(demo: Project) -> None:
    with demo.read_scope() as session:
        plain = build_tour(session, TourChoice(), "sv")
        priced = build_tour(session, TourChoice(show_prices=True), "en")
    texts = "\n".join(_texts(plain))
    for internal in (*OWNERS, NOTE, "kr/m²", "Pris"):
        assert internal not in texts
    card = plain.sites[0]
    labels = [label for label, _value in card.key_figures]
    assert labels == ["Areal", "Effekt", "Järnväg", "Hamn", "Väg E4/E10"]
    assert card.key_figures[0][1].endswith(" ha") and "," in card.key_figures[0][1]
    plan = dict(card.sections[0].lines)
    assert card.sections[0].title == "Vad planen tillåter"
    assert plan["Högsta byggnadshöjd"].endswith(" m")
    assert plan["Användning"].startswith("J – ")
    # The plan's own provisions on the parcel (provisions_on): height and coverage.
    assert plan["h1"].startswith("Högsta nockhöjd")
    assert plan["e1"].startswith("Största byggnadsarea")
    priced_texts = "\n".join(_texts(priced))
    assert "SEK" in priced_texts and "/m²" in priced_texts
    assert "What the plan allows" in priced_texts and "Railway" in priced_texts
    assert priced.sites[0].key_figures[0][1].count(".") == 1  # 4.38 ha in English


def test_visitor_rows_leave_out_owner_notes_and_price(demo: Project) -> None:
    with demo.read_scope() as session:
        rows = available_parcels(session)
        full = search_parcels(session, ParcelFilter(ids=frozenset(r.id for r in rows)))
    assert any(r.owner for r in full) and any(r.notes for r in full)
    for row in rows:
        hidden = visitor_row(row, show_prices=False)
        assert hidden.owner is None and hidden.notes is None and hidden.price_sek_m2 is None
        assert hidden.contact_email is None and hidden.geom == row.geom
        assert visitor_row(row, show_prices=True).price_sek_m2 == row.price_sek_m2


def test_no_available_land_in_a_choice_says_so(demo: Project) -> None:
    with demo.read_scope() as session:
        tour = build_tour(session, TourChoice(areas=("Nowhere",)), "en")
    assert tour.sites == () and tour.steps == 1
    assert tour.subtitle == "No available land in this selection."
