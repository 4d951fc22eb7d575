"""Land-use codes as Boverket's planbestämmelsekatalog and older plans write them
(issue 13): every base use, combinations (RS, JZ), numbered variants (J1, E1), older
designations (Jm, GÅNG, CYKEL); a combination allows what any of its uses allows.
"""

from __future__ import annotations

import math
from datetime import date

import pytest
from shapely.geometry import box

from kalixplan.domain.codes import land_use_parts, land_use_words
from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import check_land_use
from kalixplan.maps.style import land_use_colour
from kalixplan.printing.facts import land_use_label
from kalixplan.printing.styles import land_use_fill
from kalixplan.services.actors import add_need, create_actor
from kalixplan.services.matching.run import match_actor
from kalixplan.services.parcels import create_parcel
from kalixplan.services.plans import add_land_use_area, create_plan, what_applies_here
from kalixplan.store.engine import Project


@pytest.mark.parametrize(
    ("typed", "stored", "parts"),
    [
        ("j", "J", ("J",)),
        ("F", "F", ("F",)),
        ("M", "M", ("M",)),
        ("P", "P", ("P",)),
        ("W", "W", ("W",)),
        ("torg", "TORG", ("TORG",)),
        ("Annan allmän plats", "ANNAN ALLMÄN PLATS", ("ANNAN ALLMÄN PLATS",)),
        ("J1", "J1", ("J",)),
        ("E1", "E1", ("E",)),
        ("RS", "RS", ("R", "S")),
        ("jz", "JZ", ("J", "Z")),
        ("Jm", "Jm", ("J",)),  # an older plan's restriction, kept as written
        ("GÅNG", "GÅNG", ("GÅNG",)),
        ("CYKEL", "CYKEL", ("CYKEL",)),
    ],
)
def test_catalogue_codes_are_accepted(typed: str, stored: str, parts: tuple[str, ...]) -> None:
    assert check_land_use(typed) == stored
    assert land_use_parts(stored) == parts


@pytest.mark.parametrize("typed", ["X", "J-1", "1J", "", "jZ", "GATA1"])
def test_non_codes_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="Boverket"):
        check_land_use(typed)


def test_combinations_read_and_draw_as_their_uses() -> None:
    assert land_use_words("RS", "sv") == "Besöksanläggningar, Skola"
    assert land_use_label("JZ", "en") == "JZ – Industry, Business, light industry"
    assert land_use_words("J1", "en") == "Industry (as specified)"
    assert land_use_words("Jm", "sv") == "Industri (äldre beteckning)"
    # A combination or variant is drawn in its first use's colour, on screen and paper.
    assert land_use_colour("J1") == land_use_colour("J") == land_use_colour("JZ")
    assert land_use_fill("J1") == land_use_fill("J")
    assert land_use_colour("X") != land_use_colour("J")


def test_combined_use_applies_and_matches(project: Project) -> None:
    """What applies here returns the combined code; matching treats JZ as allowing J."""
    x0, y0 = 150_000.0, 7_305_000.0
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P950",
                "name": "Kombinerad",
                "status": "in_force",
                "in_force_date": date(2020, 1, 1),
                "geom": box(x0, y0, x0 + 2000, y0 + 2000),
            },
        )
        add_land_use_area(s, plan.id, {"code": "rs", "geom": box(x0, y0, x0 + 1000, y0 + 1000)})
        actor = create_actor(s, {"org_number": "556016-0680", "name": "A AB", "sector": "hydrogen"})
        add_need(s, actor.id, {"area_ha": 10.0})
        side = math.sqrt(12 * 10_000.0)
        ids = {}
        for n, use in enumerate(("JZ", "E1", "J1")):
            x = x0 + 3000 + n * 1000
            ids[use] = create_parcel(
                s,
                {
                    "designation": f"Kalix Kod 1:{n + 1}",
                    "land_use": use,
                    "geom": box(x, y0, x + side, y0 + side),
                },
            ).id
    with project.session_scope() as s:
        answer = what_applies_here(s, x0 + 500, y0 + 500)
        [result] = match_actor(s, actor.id)
    assert answer.land_use is not None and answer.land_use.code == "RS"
    met = {
        m.parcel_id: next(c.state for c in m.criteria if c.key == "land_use")
        for m in result.matches
    }
    assert met[ids["JZ"]] == "met" and met[ids["J1"]] == "met"
    assert met[ids["E1"]] == "not_met"
