"""Services on both engines: validation, search, what applies here, stale edits, change log."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import pytest
from pyproj import Geod
from shapely.geometry import Polygon, box
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import (
    DuplicateKey,
    InvalidGeometry,
    StaleEdit,
    ValidationError,
)
from kalixplan.geo.area import geodesic_area_m2
from kalixplan.geo.crs import reproject, transformer
from kalixplan.services.editing import update_row
from kalixplan.services.parcels import (
    ParcelFilter,
    count_parcels,
    create_parcel,
    delete_parcel,
    get_parcel,
    parcels_governed_by,
    search_parcels,
    update_parcel,
)
from kalixplan.services.plans import (
    add_land_use_area,
    create_plan,
    plans_ending_within,
    update_plan,
    what_applies_here,
)
from kalixplan.store.engine import Project
from kalixplan.store.models import ChangeLog, Parcel

X0, Y0 = transformer(4326, 3018).transform(23.157, 65.854)


def square(dx: float, dy: float, size: float) -> Polygon:
    return box(X0 + dx, Y0 + dy, X0 + dx + size, Y0 + dy + size)


def add(project: Project, designation: str, geom: Polygon, **fields: object) -> int:
    with project.session_scope() as s:
        return create_parcel(s, {"designation": designation, "geom": geom, **fields}).id


def in_force_plan(
    project: Project, designation: str, geom: Polygon, in_force: date, years: int | None = 10
) -> int:
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": designation,
                "name": designation,
                "geom": geom,
                "started_date": in_force - timedelta(days=400),
                "adopted_date": in_force - timedelta(days=30),
                "in_force_date": in_force,
                "implementation_years": years,
            },
        )
        for step in ("consultation", "review", "adopted", "in_force"):
            plan = update_plan(s, plan.id, plan.version, {"status": step})
        return plan.id


def test_area_is_geodesic_within_0_01_percent(project: Project) -> None:
    parcel_id = add(project, "Kalix Rolfs 1:1", square(0, 0, 500))
    with project.session_scope() as s:
        row = get_parcel(s, parcel_id)
    lonlat = reproject(square(0, 0, 500), 3018, 4326)
    reference, _ = Geod(ellps="GRS80").geometry_area_perimeter(lonlat)
    assert abs(row.area_m2 - abs(reference)) / abs(reference) < 1e-4
    # The same ground in EPSG:3006 measured planar is about 0.26 % too large at Kalix.
    planar_3006 = reproject(square(0, 0, 500), 3018, 3006).area
    assert 0.0020 < planar_3006 / abs(reference) - 1 < 0.0032
    assert geodesic_area_m2(reproject(square(0, 0, 500), 3018, 3006), 3006) == pytest.approx(
        abs(reference), rel=1e-4
    )


def test_validation_refuses_bad_values(project: Project) -> None:
    with project.session_scope() as s:
        with pytest.raises(ValidationError, match="block:unit"):
            create_parcel(s, {"designation": "Kalix", "geom": square(0, 0, 10)})
        with pytest.raises(ValidationError, match="computed"):
            create_parcel(s, {"designation": "Kalix 1:1", "area_m2": 5, "geom": square(0, 0, 10)})
        with pytest.raises(ValidationError, match="not a valid status"):
            create_parcel(s, {"designation": "Kalix 1:1", "status": "free"})
        with pytest.raises(ValidationError, match="negative"):
            create_parcel(s, {"designation": "Kalix 1:1", "price_sek_m2": -3})
        bowtie = Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
        with pytest.raises(InvalidGeometry, match="Self-intersection"):
            create_parcel(s, {"designation": "Kalix 1:1", "geom": bowtie})
    add(project, "Kalix 1:1", square(0, 0, 10))
    with project.session_scope() as s, pytest.raises(DuplicateKey):
        create_parcel(s, {"designation": "Kalix  1:1", "geom": square(50, 0, 10)})


def test_failed_action_leaves_nothing(project: Project) -> None:
    with pytest.raises(ValidationError), project.session_scope() as s:
        create_parcel(s, {"designation": "Kalix 2:1", "geom": square(0, 0, 10)})
        create_parcel(s, {"designation": "not a designation"})
    with project.session_scope() as s:
        assert search_parcels(s) == []
        assert s.scalars(select(ChangeLog)).all() == []


def test_search_filters(project: Project) -> None:
    add(
        project,
        "Kalix Rolfs 1:1",
        square(0, 0, 100),
        price_sek_m2=80.0,
        power_mw=10.0,
        land_use="J",
        dist_rail_m=500.0,
    )
    add(
        project,
        "Kalix Rolfs 1:2",
        square(200, 0, 300),
        price_sek_m2=150.0,
        land_use="Z",
        dist_rail_m=2500.0,
    )
    sold = add(project, "Kalix Töre 2:1", square(5000, 5000, 300), land_use="J")
    with project.session_scope() as s:
        update_parcel(s, sold, 1, {"status": "sold"})

    def names(**kw: object) -> list[str]:
        with project.session_scope() as s:
            return [r.designation for r in search_parcels(s, ParcelFilter(**kw))]

    assert names(statuses=frozenset({"available"})) == ["Kalix Rolfs 1:1", "Kalix Rolfs 1:2"]
    assert names(land_uses=frozenset({"J"})) == ["Kalix Rolfs 1:1", "Kalix Töre 2:1"]
    assert names(min_area_m2=50_000) == ["Kalix Rolfs 1:2", "Kalix Töre 2:1"]
    assert names(max_price_sek_m2=100) == ["Kalix Rolfs 1:1"]
    assert names(min_power_mw=5) == ["Kalix Rolfs 1:1"]  # unknown power does not qualify
    assert names(max_dist_rail_m=1000) == ["Kalix Rolfs 1:1"]
    assert names(bbox=(X0 - 10, Y0 - 10, X0 + 1000, Y0 + 1000)) == [
        "Kalix Rolfs 1:1",
        "Kalix Rolfs 1:2",
    ]
    assert names(bbox=(X0 + 150, Y0, X0 + 180, Y0 + 50)) == []
    assert names(text="töre") == ["Kalix Töre 2:1"]
    assert names(
        statuses=frozenset({"available"}), bbox=(X0, Y0, X0 + 1000, Y0 + 1000), min_area_m2=50_000
    ) == ["Kalix Rolfs 1:2"]
    with project.session_scope() as s:
        count, total = count_parcels(s, ParcelFilter(land_uses=frozenset({"J"})))
    assert count == 2 and total == pytest.approx(100 * 100 + 300 * 300, rel=1e-3)


def test_what_applies_here_takes_the_newest_plan_in_force(project: Project) -> None:
    old = in_force_plan(project, "2514-P1", square(0, 0, 1000), date(1974, 6, 14), years=None)
    new = in_force_plan(project, "2514-P2", square(500, 0, 1000), date(2015, 3, 1))
    with project.session_scope() as s:
        add_land_use_area(s, new, {"code": "J", "geom": square(500, 0, 600), "max_height_m": 18})
        create_plan(s, {"designation": "2514-P3", "name": "Samråd", "geom": square(0, 0, 3000)})
        here = what_applies_here(s, X0 + 700, Y0 + 100)
        assert here.plan is not None and here.plan.id == new
        assert here.land_use is not None and here.land_use.code == "J"
        assert [p.id for p in here.replaced] == [old]
        only_old = what_applies_here(s, X0 + 100, Y0 + 100)
        assert only_old.plan is not None and only_old.plan.id == old
        assert only_old.land_use is None
        nothing = what_applies_here(s, X0 + 2500, Y0 + 2500)  # only a plan in consultation
        assert nothing.plan is None


def test_plans_ending_and_parcels_governed(project: Project) -> None:
    today = date(2026, 11, 27)
    soon = in_force_plan(project, "2514-P10", square(0, 0, 500), date(2016, 12, 15), years=10)
    in_force_plan(project, "2514-P11", square(600, 0, 500), date(2020, 1, 1), years=10)
    in_force_plan(project, "2514-P12", square(1200, 0, 500), date(2010, 1, 1), years=10)
    with project.session_scope() as s:
        ending = plans_ending_within(s, 12, today)
        assert [p.designation for p in ending] == ["2514-P10"]
        assert ending[0].implementation_ends == date(2026, 12, 15)
        create_parcel(
            s, {"designation": "Kalix 5:1", "geom": square(10, 10, 50), "plan": "2514-P10"}
        )
        create_parcel(s, {"designation": "Kalix 5:2", "geom": square(610, 10, 50)})
        assert [p.designation for p in parcels_governed_by(s, soon)] == ["Kalix 5:1"]
        assert get_parcel(s, parcels_governed_by(s, soon)[0].id).plan == "2514-P10"


def test_plan_dates_must_be_in_order(project: Project) -> None:
    with project.session_scope() as s:
        plan = create_plan(
            s, {"designation": "2514-P20", "name": "x", "started_date": date(2020, 1, 1)}
        )
        with pytest.raises(ValidationError, match="PBL order"):
            update_plan(s, plan.id, plan.version, {"consultation_date": date(2019, 1, 1)})
        with pytest.raises(ValidationError, match="cannot go from 'started' to 'in_force'"):
            update_plan(s, plan.id, plan.version, {"status": "in_force"})


def test_second_save_is_a_stale_edit_and_both_values_are_logged(project: Project) -> None:
    parcel_id = add(project, "Kalix Lägret 9:70", square(0, 0, 100))
    with project.session_scope() as s:
        seen_by_a = get_parcel(s, parcel_id)
    with project.session_scope() as s:
        seen_by_b = get_parcel(s, parcel_id)
    with project.session_scope() as s:
        update_parcel(s, parcel_id, seen_by_a.version, {"price_sek_m2": 95.0})
    with pytest.raises(StaleEdit) as err, project.session_scope() as s:
        update_parcel(s, parcel_id, seen_by_b.version, {"price_sek_m2": 120.0})
    assert err.value.yours == {"price_sek_m2": 120.0}
    assert err.value.theirs["price_sek_m2"] == 95.0
    with project.session_scope() as s:
        assert get_parcel(s, parcel_id).price_sek_m2 == 95.0
        log = s.execute(
            select(ChangeLog.action, ChangeLog.old_value, ChangeLog.new_value, ChangeLog.user_name)
            .where(ChangeLog.field == "price_sek_m2")
            .order_by(ChangeLog.id)
        ).all()
    assert [tuple(r) for r in log] == [
        ("update", None, "95.0", "tester"),
        ("conflict", "95.0", "120.0", "tester"),
    ]


def test_a_save_racing_between_check_and_write_is_stale(project: Project) -> None:
    """A colleague commits after our version check but before our UPDATE.

    On a GeoPackage that cannot happen any more: a save holds the write lock from
    its first statement (BEGIN IMMEDIATE), so the colleague's save waits for ours.
    """
    parcel_id = add(project, "Kalix Risön 4:1", square(0, 0, 100))
    if project.is_sqlite:
        with project.session_scope() as s:
            get_parcel(s, parcel_id)  # only a read so far, and yet the lock is ours
            other = sqlite3.connect(str(project.path), timeout=0.2, isolation_level=None)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
            update_parcel(s, parcel_id, 1, {"owner": "Privat ägare"})
        with project.read_scope() as s:  # a reader never waits for a writer
            assert get_parcel(s, parcel_id).owner == "Privat ägare"
        return

    def colleague_saves_first(
        session: Session, obj: Parcel, values: dict[str, Any]
    ) -> dict[str, Any]:
        with project.session_scope() as other:
            update_parcel(other, parcel_id, 1, {"owner": "Kalix kommun"})
        return values

    with pytest.raises(StaleEdit) as err, project.session_scope() as s:
        update_row(s, Parcel, parcel_id, 1, {"owner": "Privat ägare"}, colleague_saves_first)
    assert err.value.theirs == {"owner": "Kalix kommun", "version": 2}
    with project.session_scope() as s:
        assert get_parcel(s, parcel_id).owner == "Kalix kommun"


def test_stale_delete_is_refused(project: Project) -> None:
    parcel_id = add(project, "Kalix 7:1", square(0, 0, 100))
    with project.session_scope() as s:
        update_parcel(s, parcel_id, 1, {"owner": "x"})
    with pytest.raises(StaleEdit), project.session_scope() as s:
        delete_parcel(s, parcel_id, 1)
    with project.session_scope() as s:
        delete_parcel(s, parcel_id, 2)
        assert search_parcels(s) == []
        actions = s.scalars(select(ChangeLog.action).order_by(ChangeLog.id)).all()
    assert actions == ["insert", "update", "conflict", "delete"]


def test_distances_follow_boundary_and_reference_changes(project: Project) -> None:
    from shapely.geometry import LineString

    from kalixplan.services.reference import create_reference_layer

    typed = add(project, "Kalix 8:1", square(0, 0, 100), dist_port_m=4200.0)
    with project.session_scope() as s:
        create_reference_layer(
            s,
            "Järnväg",
            "railway",
            [("bana", LineString([(X0 - 1000, Y0 + 600), (X0 + 5000, Y0 + 600)]), {})],
        )
        row = get_parcel(s, typed)
    assert row.dist_rail_m == pytest.approx(500.0)
    assert row.dist_port_m == 4200.0  # no port layer: the typed value stays
    with project.session_scope() as s:
        moved = update_parcel(s, typed, row.version, {"geom": square(0, 300, 100)})
    assert moved.dist_rail_m == pytest.approx(200.0)
    assert moved.area_m2 == pytest.approx(10_000, rel=1e-3)
