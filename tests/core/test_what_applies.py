""" "What applies here" by legal effect (issue 13, item 4): change, repeal, replacement,
future laga kraft, combined use and overlapping plans, each case checked against the
rule it follows.

The plans are registered as a municipality registers plans it already has (in force,
with a laga-kraft date and a beslutstyp), on SQLite and PostGIS alike.
"""

from __future__ import annotations

from datetime import date

from shapely.geometry import Polygon, box
from sqlalchemy import update

from kalixplan.services.check import check_project
from kalixplan.services.plans import (
    WhatApplies,
    add_land_use_area,
    create_plan,
    previous_designations,
    what_applies_here,
)
from kalixplan.store.engine import Project
from kalixplan.store.models import DetailedPlan

X0, Y0 = 160_000.0, 7_320_000.0
TODAY = date(2026, 12, 3)


def square(dx: float, dy: float, side: float) -> Polygon:
    return box(X0 + dx, Y0 + dy, X0 + dx + side, Y0 + dy + side)


def register(
    project: Project,
    designation: str,
    geom: Polygon,
    in_force: date,
    *,
    decision: str = "new_plan",
    previous: str | None = None,
    use: str | None = None,
    status: str = "in_force",
) -> int:
    with project.session_scope() as s:
        row = create_plan(
            s,
            {
                "designation": designation,
                "name": designation,
                "geom": geom,
                "in_force_date": in_force,
                "status": status,
                "decision_type": decision,
                "previous_designation": previous,
            },
            registering=True,
        )
        if use is not None:
            add_land_use_area(s, row.id, {"code": use, "geom": geom})
        return row.id


def set_laga_kraft(project: Project, plan_id: int, day: date) -> None:
    """Another program (psql, QGIS, an import) writes a laga-kraft day still to come:
    KalixPlan's own form refuses to register it as in force (PBL 13 kap. 16 §)."""
    with project.session_scope() as s:
        s.execute(update(DetailedPlan).where(DetailedPlan.id == plan_id).values(in_force_date=day))


def at(project: Project, dx: float, dy: float, today: date = TODAY) -> WhatApplies:
    with project.session_scope() as s:
        return what_applies_here(s, X0 + dx, Y0 + dy, today)


def designations(answer: WhatApplies) -> list[str]:
    return [p.designation for p in answer.plans]


def reasons(answer: WhatApplies) -> dict[str, tuple[str, str | None]]:
    return {
        s.plan.designation: (s.reason, s.by.designation if s.by else None) for s in answer.set_aside
    }


def test_the_decision_names_its_plans_with_semicolons_or_commas() -> None:
    assert previous_designations("2514-P1978; 2514-P1990 ,BN16/1724") == (
        "2514-P1978",
        "2514-P1990",
        "BN16/1724",
    )
    assert previous_designations(None) == () and previous_designations(" ; ") == ()


def test_a_change_amends_and_both_apply(project: Project) -> None:
    # PBL 4 kap. 39 §: an ändring amends the plan; the rest of it keeps applying.
    register(project, "2514-P1990", square(0, 0, 1000), date(1990, 5, 2), use="J")
    register(
        project,
        "2514-P2020",
        square(0, 0, 400),
        date(2020, 9, 1),
        decision="change",
        previous="2514-P1990",
        use="JZ",
    )
    inside = at(project, 200, 200)
    assert designations(inside) == ["2514-P2020", "2514-P1990"]
    assert [u.code for u in inside.land_uses] == ["JZ", "J"]
    assert inside.land_use is not None and inside.land_use.code == "JZ"
    assert inside.plan is not None and inside.plan.designation == "2514-P2020"
    assert inside.replaced == () and inside.set_aside == ()
    outside_the_change = at(project, 700, 700)
    assert designations(outside_the_change) == ["2514-P1990"]
    assert outside_the_change.uses == ("J",)


def test_a_new_plan_replaces_what_it_names_and_a_repeal_does_not_bring_it_back(
    project: Project,
) -> None:
    # PBL 4 kap. 38 §: the new plan takes the place of the one it replaces (lasting).
    # PBL 5 kap. 38 §: an upphävande removes the plan it names and regulates nothing.
    register(project, "0160-S59", square(0, 0, 1000), date(1978, 4, 3), use="B")
    register(
        project,
        "2514-P2017",
        square(0, 0, 1000),
        date(2017, 6, 20),
        previous="0160-S59",
        use="J",
    )
    replaced = at(project, 500, 500)
    assert designations(replaced) == ["2514-P2017"]
    assert reasons(replaced) == {"0160-S59": ("replaced", "2514-P2017")}
    assert [p.designation for p in replaced.replaced] == ["0160-S59"]
    register(
        project,
        "2514-P2024",
        square(0, 0, 1000),
        date(2024, 2, 1),
        decision="repeal",
        previous="2514-P2017",
    )
    repealed = at(project, 500, 500)
    assert repealed.plans == () and repealed.plan is None and repealed.land_use is None
    assert reasons(repealed) == {
        "2514-P2017": ("repealed", "2514-P2024"),
        "0160-S59": ("replaced", "2514-P2017"),
    }


def test_a_repeal_with_laga_kraft_to_come_does_not_remove_yet(project: Project) -> None:
    # PBL 13 kap. 16 §, 5 kap. 27 §: a decision has effect from its laga-kraft day.
    register(project, "2514-P2010", square(0, 0, 1000), date(2010, 1, 4), use="J")
    repeal = register(
        project,
        "2514-P2099",
        square(0, 0, 1000),
        date(2026, 1, 1),
        decision="repeal",
        previous="2514-P2010",
    )
    set_laga_kraft(project, repeal, date(2099, 1, 1))
    now = at(project, 500, 500)
    assert designations(now) == ["2514-P2010"]
    assert reasons(now) == {"2514-P2099": ("not_yet", None)}
    later = at(project, 500, 500, today=date(2099, 1, 1))
    assert later.plans == ()
    assert reasons(later) == {"2514-P2010": ("repealed", "2514-P2099")}


def test_a_plan_with_laga_kraft_in_2099_is_not_in_force_today(project: Project) -> None:
    # PBL 13 kap. 16 §: a plan applies from the day the decision gains legal force.
    register(project, "2514-P2005", square(0, 0, 1000), date(2005, 3, 1), use="Z")
    newer = register(
        project,
        "2514-P2100",
        square(0, 0, 1000),
        date(2026, 6, 1),
        previous="2514-P2005",
        use="J",
    )
    set_laga_kraft(project, newer, date(2099, 6, 1))
    today = at(project, 100, 100)
    assert designations(today) == ["2514-P2005"] and today.uses == ("Z",)
    assert reasons(today) == {"2514-P2100": ("not_yet", None)}
    assert at(project, 100, 100, today=date(2099, 6, 1)).uses == ("J",)
    assert at(project, 100, 100, today=date(2099, 5, 31)).uses == ("Z",)


def test_a_combined_use_returns_every_use(project: Project) -> None:
    # Boverket's planbestämmelsekatalog: "RS" is two uses (R and S) in one area.
    register(project, "2514-P2018", square(0, 0, 1000), date(2018, 1, 1), use="RS")
    answer = at(project, 500, 500)
    assert answer.uses == ("R", "S")


def test_replacement_follows_the_decision_within_the_new_boundary_only(project: Project) -> None:
    # PBL 4 kap. 38 §: the old plan stops applying where the new one covers it.
    register(project, "2514-P1980", square(0, 0, 2000), date(1980, 1, 1), use="J")
    register(
        project,
        "2514-P2015",
        square(0, 0, 1000),
        date(2015, 1, 1),
        previous="2514-P1980",
        use="E",
    )
    assert designations(at(project, 500, 500)) == ["2514-P2015"]
    assert designations(at(project, 1500, 1500)) == ["2514-P1980"]


def test_a_change_goes_with_the_plan_it_amends(project: Project) -> None:
    # PBL 4 kap. 39 §: the change is part of the plan it amends; when a new plan
    # replaces that plan, the change does not regulate on its own.
    register(project, "2514-P1985", square(0, 0, 1000), date(1985, 1, 1), use="J")
    register(
        project,
        "2514-P1995",
        square(0, 0, 500),
        date(1995, 1, 1),
        decision="change",
        previous="2514-P1985",
    )
    register(
        project,
        "2514-P2021",
        square(0, 0, 1000),
        date(2021, 1, 1),
        previous="2514-P1985",
        use="Z",
    )
    answer = at(project, 200, 200)
    assert designations(answer) == ["2514-P2021"]
    assert reasons(answer) == {
        "2514-P1995": ("replaced", "2514-P2021"),
        "2514-P1985": ("replaced", "2514-P2021"),
    }


def test_overlapping_plans_no_decision_links_the_newest_applies_and_check_says_so(
    project: Project,
) -> None:
    # NGP rule DP-0001: plans in force may not overlap unless a decision links them;
    # what applies takes the newest, and check reports the overlap for the register.
    register(project, "2514-P2001", square(0, 0, 1000), date(2001, 1, 1), use="J")
    register(project, "2514-P2011", square(500, 0, 1000), date(2011, 1, 1), use="Z")
    answer = at(project, 700, 500)
    assert designations(answer) == ["2514-P2011"]
    assert reasons(answer) == {"2514-P2001": ("newer_overlap", "2514-P2011")}
    overlaps = [f for f in check_project(project) if f.rule == "DP-0001"]
    assert len(overlaps) == 1
    assert "2514-P2001" in overlaps[0].message and "2514-P2011" in overlaps[0].message


def test_linked_plans_are_no_overlap_for_dp_0001(project: Project) -> None:
    # A change overlapping the plan it amends, and a new plan over the one it replaces,
    # are the decisions working as PBL intends (4 kap. 38-39 §§), not a DP-0001 overlap.
    register(project, "2514-P1990", square(0, 0, 1000), date(1990, 1, 1), use="J")
    register(
        project,
        "2514-P2000",
        square(0, 0, 500),
        date(2000, 1, 1),
        decision="change",
        previous="2514-P1990",
    )
    register(
        project,
        "2514-P2019",
        square(600, 600, 300),
        date(2019, 1, 1),
        previous="2514-P1990",
    )
    assert [f for f in check_project(project) if f.rule == "DP-0001"] == []


def test_the_register_can_say_a_plan_is_repealed_without_holding_the_decision(
    project: Project,
) -> None:
    register(
        project,
        "2514-P1970",
        square(0, 0, 1000),
        date(1970, 1, 1),
        use="J",
        status="revoked",
    )
    answer = at(project, 500, 500)
    assert answer.plans == () and reasons(answer) == {"2514-P1970": ("repealed", None)}
