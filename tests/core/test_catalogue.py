"""Boverket's planbestämmelsekatalog (issue 13, item 2): shipped with the application,
updatable from a newer release file, used by NS Detaljplan 4.1 deliveries and imports;
a file that is no release is refused in one sentence and the installed one kept.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_runner import cli_env, run_cli
from shapely.geometry import box

from kalixplan.services.ns_detaljplan.catalogue import (
    CatalogueRefused,
    active_catalogue,
    install_release,
)
from kalixplan.services.ns_detaljplan.reader import import_ns
from kalixplan.services.ns_detaljplan.writer import export_plans
from kalixplan.services.plans import add_land_use_area, create_plan, land_use_areas
from kalixplan.store.engine import create_project

X0, Y0 = 150_000.0, 7_310_000.0
J_REF = "a0f58fd5-a361-4002-a359-03474901c15f"  # from the shared extract of release 7
Z_REF = "5e2a4b1c-7d3f-4a6e-9b8c-0d1e2f3a4b5c"  # a release as the test writes it
Z_VARIANT = "6f3b5c2d-8e4a-4b7f-8c9d-1e2f3a4b5c6d"


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("KALIXPLAN_DATA_DIR", str(folder))
    return folder


def release(path: Path, *entries: dict[str, str], name: str = "7 (20251201)") -> Path:
    """A release file shaped like Boverket's: entries nested under their category."""
    path.write_text(
        json.dumps(
            {"release": name, "kategorier": [{"namn": "Kvartersmark", "bestammelser": entries}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


Z_ENTRIES = (
    {"id": J_REF, "kod": "DP_KM_J2", "beteckning": "J", "formulering": "Industri"},
    {"id": Z_REF.upper(), "kod": "DP_KM_Z2", "beteckning": "Z", "formulering": "Verksamheter"},
    # A specified variant (Z1, Z2 … on the plan map) is not the base entry of Z.
    {"id": Z_VARIANT, "kod": "DP_KM_Z2_Bilprovning", "beteckning": "Z#", "formulering": "x"},
)


def test_the_shipped_catalogue_holds_what_kalixplan_can_vouch_for(data_dir: Path) -> None:
    catalogue = active_catalogue()
    assert catalogue.source == "shipped"
    assert catalogue.use_reference("J") == J_REF and catalogue.use_code(J_REF) == "J"
    assert catalogue.use_reference("Z") is None


def test_a_release_installed_serves_every_project(data_dir: Path, tmp_path: Path) -> None:
    """Before: a Z area is named in the delivery report and left out. After installing a
    release that has Z, it goes out with Z's reference and comes back as Z."""
    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    try:
        with project.session_scope() as s:
            plan = create_plan(
                s,
                {
                    "designation": "2514-P9",
                    "name": "Bredviken",
                    "status": "in_force",
                    "adopted_date": date(2020, 1, 10),
                    "in_force_date": date(2020, 2, 10),
                    "implementation_years": 10,
                    "geom": box(X0, Y0, X0 + 200, Y0 + 100),
                },
                registering=True,
            )
            add_land_use_area(s, plan.id, {"code": "Z", "geom": box(X0, Y0, X0 + 200, Y0 + 100)})
        before = export_plans(project, tmp_path / "fore.json")
        assert any("has no entry for Z" in f.message for f in before.findings)
        assert before.provisions == 0
        installed = install_release(release(tmp_path / "katalog.json", *Z_ENTRIES))
        assert (
            installed.release == "7 (20251201)"
            and (data_dir / "planbestammelsekatalog.json").exists()
        )
        after = export_plans(project, tmp_path / "efter.json")
    finally:
        project.close()
    assert after.provisions == 1 and not [f for f in after.findings if f.rule == "catalogue"]
    document = json.loads((tmp_path / "efter.json").read_text(encoding="utf-8"))
    refs = [f["properties"].get("planbestammelsekatalogreferens") for f in document["features"]]
    assert Z_REF in refs and Z_VARIANT not in refs
    target = create_project(str(tmp_path / "t.gpkg"), 3018)
    try:
        import_ns(target, tmp_path / "efter.json")
        with target.read_scope() as s:
            assert [a.code for a in land_use_areas(s)] == ["Z"]
    finally:
        target.close()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"release": 7,', "is not JSON (line 1"),
        (b"\xff\xfe{}", "is not UTF-8"),
        (json.dumps({"release": "7", "bestammelser": []}).encode(), "holds no catalogue entries"),
        (
            json.dumps([{"id": "DP_KM_J2", "kod": "DP_KM_J2"}]).encode(),
            "entry 1 (DP_KM_J2) has the id 'DP_KM_J2', which is not a UUID",
        ),
        (
            json.dumps([{"id": J_REF, "kod": "A"}, {"id": J_REF, "kod": "B"}]).encode(),
            f"the id {J_REF} is given twice (entry 2, B)",
        ),
    ],
)
def test_a_file_that_is_no_release_is_refused_and_the_installed_one_kept(
    data_dir: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    good = install_release(release(tmp_path / "bra.json", *Z_ENTRIES))
    kept = (data_dir / "planbestammelsekatalog.json").read_bytes()
    bad = tmp_path / "trasig.json"
    bad.write_bytes(content)
    with pytest.raises(CatalogueRefused, match=words.replace("(", r"\(").replace(")", r"\)")):
        install_release(bad)
    assert (data_dir / "planbestammelsekatalog.json").read_bytes() == kept
    assert active_catalogue().release == good.release
    # The command line says the same in one sentence, exit status 2, no traceback.
    done = run_cli(
        "catalogue", "--install", str(bad), env=cli_env({"KALIXPLAN_DATA_DIR": str(data_dir)})
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert words.split(" (")[0] in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_command_line_shows_and_installs(data_dir: Path, tmp_path: Path) -> None:
    env = cli_env({"KALIXPLAN_DATA_DIR": str(data_dir)})
    shown = run_cli("catalogue", env=env)
    assert shown.returncode == 0 and "3 entries (shipped with KalixPlan)" in shown.stdout
    done = run_cli("catalogue", "--install", str(release(tmp_path / "k.json", *Z_ENTRIES)), env=env)
    assert done.returncode == 0, done.stderr
    assert "Installed 7 (20251201) (5 entries)" in done.stdout  # with B and E as shipped
    again = run_cli("catalogue", env=env)
    assert "7 (20251201): 5 entries" in again.stdout and str(data_dir) in again.stdout
