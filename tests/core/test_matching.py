"""Matching land needs to parcels: ranking, ties, missing data, the reverse match, the CLI."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import box

from kalixplan.services.actors import add_need, create_actor, reserve_parcel_for
from kalixplan.services.matching.profile import NeedProfile
from kalixplan.services.matching.rules import allowed_land_uses
from kalixplan.services.matching.run import (
    actors_for_parcel,
    match_actor,
    match_actor_need,
    match_all,
    match_need,
)
from kalixplan.services.matching.table import load_parcel_table
from kalixplan.services.parcels import create_parcel, find_parcel
from kalixplan.store.engine import Project, open_project

ROOT = Path(__file__).resolve().parents[2]
# Near Kalix in EPSG:3018 (SWEREF 99 23 15); planar and geodesic areas agree to 0.01 %.
X0, Y0 = 150_000.0, 7_305_000.0
ORG_A = "556016-0680"
ORG_B = "556036-0793"


def _square(index: int, hectares: float) -> Any:
    side = math.sqrt(hectares * 10_000.0)
    x = X0 + index * 1_000.0
    return box(x, Y0, x + side, Y0 + side)


GOOD = {
    "land_use": "J",
    "power_mw": 30.0,
    "dist_rail_m": 500.0,
    "dist_port_m": 9000.0,
    "flood_risk": "none",
    "protected_nature": False,
}


def _parcel(s: Any, n: int, ha: float, **fields: Any) -> int:
    values = {**GOOD, "designation": f"Kalix Test 1:{n}", "geom": _square(n, ha), **fields}
    return create_parcel(s, values).id


@pytest.fixture
def land(project: Project) -> dict[str, int]:
    """Actor A (hydrogen: needs J) wants 10 ha, 20 MW, rail within 2 km; B is a competitor."""
    with project.session_scope() as s:
        a = create_actor(s, {"org_number": ORG_A, "name": "A Vätgas AB", "sector": "hydrogen"})
        b = create_actor(
            s, {"org_number": ORG_B, "name": "B Stål AB", "sector": "fossil_free_steel"}
        )
        add_need(s, a.id, {"area_ha": 10.0, "power_mw": 20.0, "needs_rail": True})
        add_need(s, b.id, {"area_ha": 5.0, "needs_port": True, "max_dist_port_m": 10_000.0})
        ids = {
            "full": _parcel(s, 1, 12.0),
            "no_power": _parcel(s, 2, 12.0, power_mw=None),
            "small_far": _parcel(s, 3, 8.0, dist_rail_m=3200.0),
            "wrong_use": _parcel(s, 4, 12.0, land_use="E"),
            "sold": _parcel(s, 5, 12.0, status="sold"),
            "mine": _parcel(s, 6, 12.0),
            "theirs": _parcel(s, 7, 12.0),
            "big": _parcel(s, 8, 20.0),
            "flooded": _parcel(s, 9, 12.0, flood_risk="100y", protected_nature=None),
        }
        for number, actor in ((6, a), (7, b)):
            parcel = find_parcel(s, f"Kalix Test 1:{number}")
            reserve_parcel_for(s, actor.id, parcel.id, parcel.version, date(2030, 1, 1))
        ids["actor_a"], ids["actor_b"] = a.id, b.id
    return ids


def test_ranking_ties_and_missing_data(project: Project, land: dict[str, int]) -> None:
    with project.session_scope() as s:
        [result] = match_actor(s, land["actor_a"])
    order = [m.parcel_id for m in result.matches]
    # Sold land and land reserved for someone else are not offered; A's own reservation is.
    assert land["sold"] not in order and land["theirs"] not in order
    # full and mine tie at 100 with the same surplus: the designation decides (1:1 before 1:6);
    # big also meets everything but wastes more land; unknown power costs half its points.
    assert order[:4] == [land["full"], land["mine"], land["big"], land["no_power"]]
    assert order[4:] == [land["flooded"], land["wrong_use"], land["small_far"]]
    scores = {m.parcel_id: m.score for m in result.matches}
    assert scores[land["full"]] == scores[land["mine"]] == scores[land["big"]] == 100.0
    assert scores[land["no_power"]] == pytest.approx(100 * 20 / 22, abs=0.05)  # weights 3+3+2+2+1
    assert [m.rank for m in result.matches] == list(range(1, len(order) + 1))


def test_criteria_texts_and_unknown_is_never_zero(project: Project, land: dict[str, int]) -> None:
    with project.session_scope() as s:
        [result] = match_actor(s, land["actor_a"])
    by_id = {m.parcel_id: m for m in result.matches}
    far = {c.key: c for c in by_id[land["small_far"]].criteria}
    assert far["rail"].state == "not_met"
    assert far["rail"].text("en") == "3.2 km to rail > 2 km ✗"
    assert far["rail"].text("sv") == "3,2 km till järnväg > 2 km ✗"
    assert re.fullmatch(r"8\.0 ha < 10 ha ✗", far["area"].text("en"))
    full = {c.key: c for c in by_id[land["full"]].criteria}
    assert re.fullmatch(r"12\.0 ha ≥ 10 ha ✓", full["area"].text("en"))
    assert full["power"].text("en") == "30.0 MW ≥ 20 MW ✓"
    assert full["land_use"].state == "met" and by_id[land["full"]].fits
    power = {c.key: c for c in by_id[land["no_power"]].criteria}["power"]
    assert power.state == "unknown" and power.value is None
    assert power.text("en") == "power unknown, need 20 MW ?"
    assert by_id[land["no_power"]].fits  # unknown is not a failure
    flooded = {c.key: c for c in by_id[land["flooded"]].criteria}["constraints"]
    assert flooded.state == "not_met" and "flood zone (100y)" in flooded.text("en")
    wrong = {c.key: c for c in by_id[land["wrong_use"]].criteria}["land_use"]
    assert wrong.state == "not_met" and wrong.text("en").startswith("E (")
    # The need does not ask about water or port: no such criterion is shown.
    assert "water" not in full and "port" not in full


def test_reverse_match_agrees_with_forward(project: Project, land: dict[str, int]) -> None:
    with project.session_scope() as s:
        table = load_parcel_table(s)
        forward = {
            (r.need.id, m.parcel_id): m
            for actor in (land["actor_a"], land["actor_b"])
            for r in match_actor(s, actor)
            for m in r.matches
        }
        reverse = {}
        for parcel_id in table.ids.tolist():
            for fit in actors_for_parcel(s, parcel_id):
                reverse[(fit.need_id, parcel_id)] = fit.match
    assert set(forward) == set(reverse)
    for key, m in forward.items():
        assert reverse[key].score == m.score
        assert reverse[key].fits == m.fits
        assert reverse[key].criteria == m.criteria
    # And only_fitting keeps exactly the fitting ones.
    with project.session_scope() as s:
        fitting = {f.need_id for f in actors_for_parcel(s, land["full"], only_fitting=True)}
    assert fitting == {k[0] for k, m in forward.items() if k[1] == land["full"] and m.fits}


def test_top_limits_and_profile_defaults(project: Project, land: dict[str, int]) -> None:
    with project.session_scope() as s:
        [result] = match_actor(s, land["actor_a"], top=2)
        table = load_parcel_table(s)
    assert len(result.matches) == 2
    profile = NeedProfile.of(result.need, result.actor)
    assert profile.max_dist_rail_m == 2000.0 and profile.max_dist_port_m is None
    assert allowed_land_uses("hydrogen") == ("J",) and allowed_land_uses(None) == ("J", "Z")
    # A sector hosted on E ranks the E parcel first.
    wind = NeedProfile(actor_id=None, need_id=None, sector="wind", area_ha=10.0)
    assert match_need(table, wind)[0].parcel_id == land["wrong_use"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_cli_match_json_and_errors(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    with project.session_scope() as s:
        from kalixplan.services.actors import list_actors

        actor = next(a for a in list_actors(s) if a.name == "Polar Datahall AB")
    project.close()
    done = _run(
        "match",
        "--db",
        str(demo_path),
        "--actor",
        actor.org_number,
        "--top",
        "3",
        "--format",
        "json",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["actor"]["org_number"] == actor.org_number
    [need] = data["needs"]
    assert len(need["parcels"]) == 3
    scores = [p["score"] for p in need["parcels"]]
    assert scores == sorted(scores, reverse=True)
    for parcel in need["parcels"]:
        assert set(parcel) >= {"designation", "score", "criteria", "fits", "rank"}
        for c in parcel["criteria"]:
            assert c["result"] in ("met", "not_met", "unknown")
            assert c["text"][-1] in "✓✗?"
    table = _run("match", "--db", str(demo_path), "--actor", actor.org_number, "--top", "1")
    assert table.returncode == 0 and "Polar Datahall AB" in table.stdout and "ha" in table.stdout
    bad = _run("match", "--db", str(demo_path), "--actor", "556016-0681")
    assert bad.returncode == 2
    assert "check digit" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_long_work_reports_progress_and_can_be_cancelled(
    project: Project, land: dict[str, int]
) -> None:
    with project.session_scope() as s:
        table = load_parcel_table(s)
        [result] = match_actor(s, land["actor_a"])
        steps: list[tuple[int, int]] = []
        alone = match_actor_need(
            s, land["actor_a"], result.need.id, None, lambda d, t, _m: steps.append((d, t)), None
        )
        assert alone == result.matches and steps[-1] == (2, 2)
        assert match_actor_need(s, land["actor_a"], result.need.id, cancelled=lambda: True) is None
    profile = NeedProfile.of(result.need, result.actor)
    seen: list[int] = []
    all_results = match_all(table, [profile] * 3, top=2, progress=lambda d, t, _m: seen.append(d))
    assert [len(r) for r in all_results] == [2, 2, 2] and seen[-1] == 3
    calls = iter([False, True])
    partial = match_all(table, [profile] * 3, cancelled=lambda: next(calls))
    assert len(partial) == 1
