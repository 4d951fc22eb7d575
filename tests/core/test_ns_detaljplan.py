"""NS Detaljplan 4.1 JSON out and in (issue 13, item 5): the file validates against the
specification's shape, carries identities and versions, and comes back field by field;
broken files are refused with the place named and nothing written.

The specification's required fields and code lists are checked twice: by KalixPlan's
schema and, independently, against the hand extract in ../shared/data/ns-detaljplan.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run_cli
from shapely.geometry import MultiPolygon, box

from kalixplan.services.ns_detaljplan import spec
from kalixplan.services.ns_detaljplan.reader import NotNsDocument, NsRefused, import_ns
from kalixplan.services.ns_detaljplan.writer import export_plans
from kalixplan.services.plans import (
    add_land_use_area,
    create_plan,
    find_plan,
    land_use_areas,
    list_plans,
    update_plan,
)
from kalixplan.store.engine import Project, create_project

EXTRACT = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ns-detaljplan"
X0, Y0 = 880_000.0, 7_305_000.0  # EPSG:3006 near Kalix


def fill(project: Project, x0: float = X0, y0: float = Y0) -> None:
    """A real-shaped register: a plan in force with two parts and industry, a change of
    it, an old town plan without an implementation period, and one in consultation."""
    with project.session_scope() as s:
        main = create_plan(
            s,
            {
                "designation": "2514-P2017:3",
                "name": "Grytnäs industriområde",
                "purpose": "Möjliggöra industri och tekniska anläggningar.",
                "diarienummer": "KS 2015/212",
                "decision_body": "kommunfullmäktige",
                "started_date": date(2015, 3, 2),
                "adopted_date": date(2017, 5, 22),
                "in_force_date": date(2017, 6, 20),
                "implementation_years": 15,
                "archive_id": "25-KAL-1234",
                "previous_designation": "0160-S59",
                # NS 4.1 kvalitetsbeskrivning and anvandbarhet, as a digitised plan has them.
                "digitisation": "ej komplett",
                "boundaries_corrected": True,
                "quality_note": "Digitaliserad från plankarta 1:2000, 2019.",
                "usability": "medel",
                "status": "in_force",
                "geom": MultiPolygon(
                    [box(x0, y0, x0 + 800, y0 + 600), box(x0 + 900, y0, x0 + 1200, y0 + 300)]
                ),
            },
            registering=True,
        )
        add_land_use_area(s, main.id, {"code": "J", "geom": box(x0, y0, x0 + 800, y0 + 600)})
        add_land_use_area(
            s, main.id, {"code": "JE", "geom": box(x0 + 900, y0, x0 + 1200, y0 + 300)}
        )
        add_land_use_area(s, main.id, {"code": "Z", "geom": box(x0, y0, x0 + 100, y0 + 100)})
        create_plan(
            s,
            {
                "designation": "DP 2024:1",
                "name": "Ändring av Grytnäs industriområde",
                "purpose": "Högre byggnadshöjd.",
                "decision_type": "ändring",  # the Swedish word is understood
                "previous_designation": "2514-P2017:3",
                "adopted_date": date(2024, 1, 15),
                "in_force_date": date(2024, 2, 12),
                "implementation_years": 5,
                "status": "in_force",
                "geom": box(x0, y0, x0 + 400, y0 + 300),
            },
            registering=True,
        )
        create_plan(
            s,
            {
                "designation": "0160-S59",
                "name": "Stadsplan för Strandby",
                "plan_type": "stadsplan",
                "in_force_date": date(1959, 4, 3),
                "status": "revoked",
                "geom": box(x0 - 500, y0 - 500, x0 + 1500, y0 + 1000),
            },
            registering=True,
        )
        create_plan(
            s,
            {
                "designation": "2514-P2026:1",
                "name": "Bredviken etapp 2",
                "status": "consultation",
                "geom": box(x0 + 3000, y0, x0 + 3500, y0 + 500),
            },
        )


@pytest.fixture()
def project3006(db_url: str) -> Any:
    proj = create_project(db_url, 3006)
    yield proj
    proj.close()


def plan_features(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f["properties"]["beteckning"]: f["properties"]
        for f in document["features"]
        if f["properties"]["feature:typ"] == "detaljplan"
    }


def test_the_file_has_the_specifications_shape(project3006: Project, tmp_path: Path) -> None:
    fill(project3006)
    out = tmp_path / "planer.json"
    report = export_plans(project3006, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert spec.schema_problems(document) == []
    assert document["feature:mediatyp"] == "application/vnd.lm.detaljplan.v4+json"
    assert report.plans == 4
    # J, and J and E of the combined area; Z's catalogue reference is not shipped yet.
    assert report.provisions == 3
    assert any(f.rule == "catalogue" and "Z" in f.field for f in report.findings)
    plans = plan_features(document)
    main = plans["2514-P2017:3"]
    with project3006.read_scope() as s:
        row = find_plan(s, "2514-P2017:3")
    assert main["objektidentitet"] == row.uuid and main["objektversion"] == row.version
    assert main["kommun"] == "Kalix" and main["status"] == "laga kraft"
    assert main["typ"] == "detaljplan" and main["syfte"].startswith("Möjliggöra")
    assert main["datumStatusforandring"] == "2017-06-20"
    # DP-0004: one geometry per part, no multi-geometries.
    assert [g["geometri"]["typ"] for g in main["plangeometri"]] == ["yta", "yta"]
    assert {g["geometri"]["koordinatsystemPlan"] for g in main["plangeometri"]} == {"EPSG:3006"}
    [decision] = main["beslutsinformation"]
    assert decision == {
        "instansInomKommunen": "kommunfullmäktige",
        "diarienummerKommun": "KS 2015/212",
        "beslutstyp": "antagande av ny detaljplan",
        "datumPaborjat": "2015-03-02",
        "datumAntagande": "2017-05-22",
        "datumLagakraft": ["2017-06-20"],
        "genomforandetid": 15,
        "genomforandetidStartar": "2017-06-20",
        "arkividentitetKommun": "25-KAL-1234",
        "foregaendePlansBeteckning": ["0160-S59"],
    }
    change = plans["DP 2024:1"]["beslutsinformation"][0]
    assert change["beslutstyp"] == "antagande om ändring"
    assert plans["0160-S59"]["status"] == "upphävd" and plans["0160-S59"]["typ"] == "stadsplan"
    assert plans["2514-P2026:1"]["syfte"] == spec.UNKNOWN  # required; not known yet
    # NGP: a plan in force without planbeskrivning or plankarta stops the delivery.
    stops = {(f.plan, f.rule) for f in report.stops}
    assert ("2514-P2017:3", "DP-0005") in stops and ("2514-P2017:3", "DP-0014") in stops
    # The change over the plan it amends is linked by its decision: no DP-0001.
    assert not any(f.rule == "DP-0001" for f in report.findings)


def test_the_file_meets_the_extract_of_the_specification(
    project3006: Project, tmp_path: Path
) -> None:
    source = EXTRACT / "ns-detaljplan-4.1-extract.json"
    if not source.exists():
        pytest.skip(f"the specification extract is not at {source}")
    extract = json.loads(source.read_text(encoding="utf-8"))
    fill(project3006)
    out = tmp_path / "planer.json"
    export_plans(project3006, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["feature:mediatyp"] == extract["mediatyp"]
    lists = extract["codelists"]
    crs = lists["koordinatsystemPlan (geometri-2.0.json, via rita codelists.py)"]
    for feature in document["features"]:
        props = feature["properties"]
        assert feature["geometry"] is None
        for key in extract["utbytesobjekt"]["required"]:
            assert key in props, key
        if props["feature:typ"] == "detaljplan":
            for key in extract["detaljplan"]["required"]:
                assert key in props, key
            assert props["status"] in lists["planstatus"]
            assert props["typ"] in lists["plantyp"]
            for key in extract["kvalitet"]["required"]:
                assert key in props["kvalitetsbeskrivning"]
            for decision in props["beslutsinformation"]:
                assert decision["beslutstyp"] in lists["beslutstyp"]
                if "instansInomKommunen" in decision:
                    assert decision["instansInomKommunen"] in lists["kommuninstans"]
            geometries = props["plangeometri"]
        else:
            for key in extract["planbestammelse (common)"]["required"]:
                assert key in props, key
            assert props["feature:typ"] == extract["anvandningsbestammelse"]["feature:typ"]
            geometries = props["bestammelsegeometri"]
        for g in geometries:
            assert g["geometri"]["koordinatsystemPlan"] in crs
            assert set(g) == {"geometri", "geometrimetadata"}


def test_round_trip_keeps_identities_versions_and_every_field(
    project3006: Project, tmp_path: Path
) -> None:
    """From a GeoPackage in SWEREF 99 23 15 to a project (GeoPackage and PostGIS) in
    SWEREF 99 TM: the file is in the source's CRS, the target reprojects."""
    source = create_project(str(tmp_path / "kalla.gpkg"), 3018)
    try:
        fill(source, 150_000.0, 7_310_000.0)
        out = tmp_path / "planer.json"
        export_plans(source, out)
        with source.read_scope() as s:
            before = {p.designation: p for p in list_plans(s)}
            uses_before = sorted(a.code for a in land_use_areas(s))
    finally:
        source.close()
    target = project3006
    report = import_ns(target, out)
    assert report.imported == 4 and report.updated == 0
    with target.read_scope() as s:
        after = {p.designation: p for p in list_plans(s)}
        uses_after = sorted(a.code for a in land_use_areas(s))
    assert set(after) == set(before)
    compared = (
        "uuid version name purpose status plan_type decision_type diarienummer "
        "decision_body started_date adopted_date in_force_date implementation_years "
        "implementation_start implementation_ends archive_id previous_designation "
        "municipality_code digitisation boundaries_corrected basis_checked usability "
        "quality_note"
    ).split()
    for name, old in before.items():
        new = after[name]
        for field in compared:
            assert getattr(new, field) == getattr(old, field), (name, field)
        from kalixplan.geo.crs import reproject

        back = reproject(new.geom, 3006, 3018)
        assert back.symmetric_difference(old.geom).area < 0.01, name
    # J, and the combined JE as its two uses; Z was left out with a finding.
    assert uses_before == ["J", "JE", "Z"] and uses_after == ["E", "J", "J"]
    # The same file again: nothing changes.
    again = import_ns(target, out)
    assert again.imported == 0 and again.updated == 0 and again.skipped == 4
    assert {line.reason for line in again.lines} == {"unchanged"}
    # Edited in another tool at the same version: taken in, identity kept.
    document = json.loads(out.read_text(encoding="utf-8"))
    plan_features(document)["DP 2024:1"]["namn"] = "Ändring 1 av Grytnäs"
    edited = tmp_path / "redigerad.json"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    taken = import_ns(target, edited)
    assert taken.updated == 1 and taken.skipped == 3
    with target.read_scope() as s:
        row = find_plan(s, "DP 2024:1")
    assert row.name == "Ändring 1 av Grytnäs" and row.uuid == before["DP 2024:1"].uuid
    assert row.version == before["DP 2024:1"].version + 1
    # The older file now is stale for that plan: the project's edit is kept.
    stale = import_ns(target, out)
    [line] = [ln for ln in stale.lines if ln.key == "DP 2024:1"]
    assert line.outcome == "skipped" and "edited since" in line.reason
    with target.read_scope() as s:
        assert find_plan(s, "DP 2024:1").name == "Ändring 1 av Grytnäs"


def count_plans(project: Project) -> int:
    with project.read_scope() as s:
        return len(list_plans(s))


@pytest.mark.parametrize(
    ("content", "refusal", "named"),
    [
        (b"\xff\xfe{ not utf-8 \xe5", NotNsDocument, "not UTF-8"),
        (b'{"type": "FeatureCollection", "features": [', NotNsDocument, "line 1"),
        (b'{"type": "FeatureCollection", "features": []}', NotNsDocument, "does not declare"),
    ],
)
def test_a_file_that_is_no_ns_document_is_refused(
    project3006: Project, tmp_path: Path, content: bytes, refusal: type, named: str
) -> None:
    path = tmp_path / "fel.json"
    path.write_bytes(content)
    with pytest.raises(refusal, match=named):
        import_ns(project3006, path)
    assert count_plans(project3006) == 0


def test_a_file_breaking_the_schema_names_each_place_and_writes_nothing(
    project3006: Project, tmp_path: Path
) -> None:
    fill(project3006)
    out = tmp_path / "planer.json"
    export_plans(project3006, out)
    with project3006.read_scope() as s:
        before = {p.designation: (p.version, p.name) for p in list_plans(s)}
    document = json.loads(out.read_text(encoding="utf-8"))
    plans = plan_features(document)
    plans["2514-P2017:3"]["status"] = "gällande"
    plans["2514-P2017:3"]["namn"] = "Nytt namn som inte får sparas"
    del plans["DP 2024:1"]["kommun"]
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(NsRefused) as caught:
        import_ns(project3006, out)
    where = {(f.plan, f.field) for f in caught.value.findings}
    assert any(p == "2514-P2017:3" and w.endswith("properties.status") for p, w in where)
    assert any(f.plan == "DP 2024:1" and "kommun" in f.message for f in caught.value.findings)
    assert "nothing was imported" in str(caught.value)
    with project3006.read_scope() as s:
        assert {p.designation: (p.version, p.name) for p in list_plans(s)} == before


def test_command_line_exports_and_imports_ns_detaljplan(tmp_path: Path) -> None:
    source = tmp_path / "kalla.gpkg"
    project = create_project(str(source), 3006)
    try:
        fill(project)
        with project.session_scope() as s:
            row = find_plan(s, "2514-P2026:1")
            update_plan(s, row.id, row.version, {"purpose": "Verksamheter vid E4."})
    finally:
        project.close()
    out = tmp_path / "leverans.json"
    cli = run_cli
    done = cli("export", "--db", str(source), "--kind", "plans", str(out))
    assert done.returncode == 0, done.stderr
    assert "4 plans and 3 provisions in NS Detaljplan 4.1" in done.stdout
    assert "[DP-0014, stops the delivery]" in done.stdout
    target = tmp_path / "mottagare.gpkg"
    assert cli("init", "--db", str(target)).returncode == 0
    wrong = cli("import", "--db", str(target), "--kind", "parcels", str(out))
    assert wrong.returncode != 0 and "import it as plans" in wrong.stderr
    done = cli("import", "--db", str(target), "--kind", "plans", str(out))
    assert done.returncode == 0, done.stderr
    assert "Imported 4 plans from leverans.json (NS Detaljplan 4.1)" in done.stdout
