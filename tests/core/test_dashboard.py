"""The dashboard's numbers equal direct SQL sums over the demo database."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from kalixplan.services.actors import furthest_stage
from kalixplan.services.dashboard import compute_dashboard, stage_label, status_label
from kalixplan.store.engine import open_project


@pytest.fixture
def data_and_sql(demo_path: Path):  # type: ignore[no-untyped-def]
    project = open_project(str(demo_path))
    with project.session_scope() as s:
        data = compute_dashboard(s)
    project.close()
    conn = sqlite3.connect(demo_path)
    yield data, conn
    conn.close()


def test_hectares_equal_sql_sums(data_and_sql) -> None:  # type: ignore[no-untyped-def]
    data, conn = data_and_sql
    by_status = dict(conn.execute("SELECT status, SUM(area_m2) / 10000.0 FROM parcels GROUP BY 1"))
    assert data.hectares_by_status == pytest.approx(by_status)
    for status in ("available", "reserved", "sold"):
        assert data.hectares(status) > 0
    by_area: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for name, status, ha in conn.execute(
        "SELECT area_name, status, SUM(area_m2) / 10000.0 FROM parcels GROUP BY 1, 2"
    ):
        key = status if status in ("available", "reserved", "sold") else "other"
        by_area[name][key] += ha
    assert set(data.hectares_by_area) == set(by_area)
    for name, cells in by_area.items():
        for key, ha in cells.items():
            assert data.hectares_by_area[name][key] == pytest.approx(ha)
    total = conn.execute("SELECT SUM(area_m2) / 10000.0 FROM parcels").fetchone()[0]
    assert sum(sum(c.values()) for c in data.hectares_by_land_use.values()) == pytest.approx(total)
    for code, ha in conn.execute(
        "SELECT land_use, SUM(area_m2) / 10000.0 FROM parcels WHERE status = 'available' GROUP BY 1"
    ):
        assert data.hectares_by_land_use[code]["available"] == pytest.approx(ha)
    assert data.parcel_count == conn.execute("SELECT COUNT(*) FROM parcels").fetchone()[0] == 40


def test_actors_and_plans_equal_sql_counts(data_and_sql) -> None:  # type: ignore[no-untyped-def]
    data, conn = data_and_sql
    sectors = dict(conn.execute("SELECT COALESCE(sector, ''), COUNT(*) FROM actors GROUP BY 1"))
    assert data.actors_by_sector == sectors
    assert data.interests_by_stage == dict(
        conn.execute("SELECT stage, COUNT(*) FROM interests GROUP BY 1")
    )
    stages: dict[int, list[str]] = defaultdict(list)
    for actor_id, stage in conn.execute("SELECT actor_id, stage FROM interests"):
        stages[actor_id].append(stage)
    expected: dict[str, int] = defaultdict(int)
    for (actor_id,) in conn.execute("SELECT id FROM actors"):
        expected[furthest_stage(stages[actor_id]) or "none"] += 1
    assert data.actors_by_stage == dict(expected)
    assert sum(data.actors_by_stage.values()) == data.actor_count == 15
    assert data.plans_by_status == dict(
        conn.execute("SELECT status, COUNT(*) FROM plans GROUP BY 1")
    )
    assert next(iter(data.plans_by_status)) == "started"  # code-list order, not alphabetical
    today = date.today()
    limit = date(today.year + 2, today.month, min(today.day, 28)).isoformat()
    ending = [
        d
        for (d,) in conn.execute(
            "SELECT designation FROM plans WHERE status = 'in_force' AND implementation_ends "
            "BETWEEN ? AND ? ORDER BY implementation_ends",
            (today.isoformat(), limit),
        )
    ]
    assert [p.designation for p in data.plans_ending] == ending and ending


def test_labels() -> None:
    assert status_label("available", "sv") == "Tillgänglig"
    assert status_label("other", "en") == "Other"
    assert stage_label("none", "sv") == "Inget intresse än"
    assert stage_label("letter_of_intent", "en") == "Letter of intent"


def test_hand_built_project_on_both_engines(project) -> None:  # type: ignore[no-untyped-def]
    from shapely.geometry import box

    from kalixplan.services.actors import add_interest, create_actor
    from kalixplan.services.parcels import create_parcel, get_parcel, update_parcel

    with project.session_scope() as s:
        ids = []
        for n, (status, use) in enumerate((("available", "J"), ("sold", "J"), ("planning", "Z"))):
            x = 150_000 + n * 1000
            row = create_parcel(
                s,
                {
                    "designation": f"Kalix Test 1:{n}",
                    "area_name": "Test",
                    "land_use": use,
                    "geom": box(x, 7_305_000, x + 100, 7_305_100),
                },
            )
            if status != "available":
                update_parcel(s, row.id, get_parcel(s, row.id).version, {"status": status})
            ids.append(row.id)
        a = create_actor(s, {"org_number": "556016-0680", "name": "A AB", "sector": "wind"})
        create_actor(s, {"org_number": "556036-0793", "name": "B AB"})
        add_interest(s, a.id, ids[0], "dialogue")
        data = compute_dashboard(s)
    assert data.hectares("available") == pytest.approx(1.0, rel=1e-3)
    assert data.hectares("reserved") == 0.0
    assert data.hectares_by_land_use["Z"]["other"] == pytest.approx(1.0, rel=1e-3)
    assert data.hectares_by_area["Test"]["sold"] == pytest.approx(1.0, rel=1e-3)
    assert data.actors_by_stage == {"dialogue": 1, "none": 1}
    assert data.actors_by_sector == {"": 1, "wind": 1}
    assert data.plans_by_status == {} and data.plans_ending == []
