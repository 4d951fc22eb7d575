"""Egenskapsbestämmelser and administrativa bestämmelser (issue 13, item 2): stored with
sign, catalogue reference, wording, value, motiv and their own polygon, line or point;
guarded by the database; listed by "what applies here" for the plans that apply; kept
through a plan's delete and undo; delivered and taken in as NS Detaljplan 4.1 features.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import LineString, MultiPolygon, Point, box

from kalixplan.domain.errors import InvalidGeometry, ValidationError
from kalixplan.domain.provisions import check_provision, value_text
from kalixplan.services.ns_detaljplan import spec
from kalixplan.services.ns_detaljplan.reader import import_ns
from kalixplan.services.ns_detaljplan.writer import export_plans
from kalixplan.services.plans import add_land_use_area, create_plan, what_applies_here
from kalixplan.services.provisions import (
    add_provision,
    delete_provision,
    list_provisions,
    update_provision,
)
from kalixplan.services.restoring import delete_plan_saving, recreate_plan
from kalixplan.store.engine import Project, create_project

X0, Y0 = 150_000.0, 7_310_000.0  # SWEREF 99 23 15 near Kalix
HEIGHT_REF = "0b6c6d2e-1f0a-4c3b-9d8e-7a6b5c4d3e2f"  # catalogue entries as a file gives them
PRICK_REF = "1c7d7e3f-2a1b-4d4c-8e9f-8b7c6d5e4f30"
ADMIN_REF = "2d8e8f40-3b2c-4e5d-9fa0-9c8d7e6f5041"


def industrial_plan(project: Project, **extra: object) -> int:
    """Grytnäs industry: J over the whole plan, with h1, a prickmark strip, an
    utfartsförbud line along the road and an a1 on a longer implementation period."""
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P2017:3",
                "name": "Grytnäs industriområde",
                "status": "in_force",
                "adopted_date": date(2017, 5, 22),
                "in_force_date": date(2017, 6, 20),
                "implementation_years": 10,
                "geom": box(X0, Y0, X0 + 400, Y0 + 300),
                **extra,
            },
            registering=True,
        )
        add_land_use_area(s, plan.id, {"code": "J", "geom": box(X0, Y0, X0 + 400, Y0 + 300)})
        add_provision(
            s,
            plan.id,
            {
                "kind": "property",
                "code": "h1",
                "catalogue_ref": HEIGHT_REF.upper(),  # a UUID in capitals is the same UUID
                "wording": "Högsta nockhöjd är 12,0 meter",
                "value": 12,
                "value_kind": "max",
                "unit": "meter",  # NS's word for the unit is understood
                "motiv": "Höga hallar behövs för industrin.",
                "geom": box(X0, Y0 + 20, X0 + 400, Y0 + 300),
            },
        )
        add_provision(
            s,
            plan.id,
            {
                "kind": "egenskapsbestämmelse",
                "code": "prickmark",
                "catalogue_ref": PRICK_REF,
                "wording": "Marken får inte förses med byggnad",
                "geom": box(X0, Y0, X0 + 400, Y0 + 20),
            },
        )
        add_provision(
            s,
            plan.id,
            {
                "kind": "property",
                "wording": "Utfart får inte finnas",
                "geom": LineString([(X0, Y0), (X0 + 400, Y0)]),
            },
        )
        add_provision(
            s,
            plan.id,
            {
                "kind": "administrative",
                "code": "a1",
                "catalogue_ref": ADMIN_REF,
                "wording": "Genomförandetiden är 15 år från den dag planen vinner laga kraft",
                "value": 15,
                "value_kind": "exakt",
                "unit": "years",
                "geom": box(X0 + 200, Y0, X0 + 400, Y0 + 300),
            },
        )
    return plan.id


# --- the rules of one provision -------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        # NS Detaljplan 4.1: bestammelseformulering is required of every provision.
        ({"kind": "property", "wording": "  "}, "wording", "wording"),
        ({"kind": "usage", "wording": "x"}, "kind", "not a known kind"),
        # NS 4.1 planbestammelsekatalogreferens: the catalogue entry's UUID.
        ({"catalogue_ref": "DP_KM_J2"}, "catalogue_ref", "UUID"),
        # NS 4.1 bestammelsevarde: a value carries its vardetyp and enhet.
        ({"value": 10, "value_kind": None, "unit": "m"}, "value_kind", "min, max"),
        ({"value": 10, "value_kind": "max", "unit": None}, "unit", "unit"),
        ({"value": 10, "value_kind": "max", "unit": "feet"}, "unit", "not a known unit"),
        ({"value": 140, "value_kind": "max", "unit": "procent"}, "value", "0 and 100"),
        ({"value": float("nan"), "value_kind": "max", "unit": "m"}, "value", "finite"),
        ({"value": -3, "value_kind": "min", "unit": "m"}, "value", "negative"),
        ({"code": "x" * 41}, "code", "40 characters"),
    ],
)
def test_a_provision_breaking_a_rule_is_refused(
    values: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        check_provision(values)
    assert caught.value.field == field


def test_values_read_as_people_read_them() -> None:
    assert value_text(12, "max", "m", "sv") == "högst 12 m"
    assert value_text(12.5, "min", "percent", "en") == "at least 12.5 %"
    assert value_text(15, "exact", "years", "en") == "exactly 15 years"
    assert value_text(None, "max", "m", "sv") == ""


def test_stored_edited_and_removed_on_both_engines(project: Project) -> None:
    plan_id = industrial_plan(project)
    with project.read_scope() as s:
        rows = list_provisions(s, plan_id)
    assert [(r.kind, r.code) for r in rows] == [
        ("property", "h1"),
        ("property", "prickmark"),
        ("property", None),
        ("administrative", "a1"),
    ]
    h1 = rows[0]
    assert (h1.catalogue_ref, h1.value, h1.value_kind, h1.unit) == (HEIGHT_REF, 12, "max", "m")
    assert rows[2].geom is not None and rows[2].geom.geom_type == "LineString"
    assert len({r.uuid for r in rows}) == 4
    with project.session_scope() as s:
        changed = update_provision(s, h1.id, h1.version, {"value": 14, "wording": "Högsta 14 m"})
    assert (changed.value, changed.version) == (14, h1.version + 1)
    with project.session_scope() as s, pytest.raises(InvalidGeometry, match="polygon, a line"):
        update_provision(
            s,
            h1.id,
            changed.version,
            {"geom": Point(X0, Y0).buffer(1).union(LineString([(X0, Y0), (X0 + 9, Y0)]))},
        )
    with project.session_scope() as s:
        delete_provision(s, h1.id, changed.version)
    with project.read_scope() as s:
        assert len(list_provisions(s, plan_id)) == 3


# --- what applies here ------------------------------------------------------------------


def test_what_applies_lists_the_provisions_of_the_plans_that_apply(project: Project) -> None:
    """Polygons that cover the point, lines and points within 5 m; a change plan's
    provisions before those of the plan it amends (PBL 4 kap. 39 §); a replaced plan's
    provisions apply no more (PBL 4 kap. 38 §)."""
    base = industrial_plan(project)
    with project.session_scope() as s:
        change = create_plan(
            s,
            {
                "designation": "DP 2024:1",
                "name": "Ändring av Grytnäs",
                "decision_type": "change",
                "previous_designation": "2514-P2017:3",
                "status": "in_force",
                "adopted_date": date(2024, 1, 15),
                "in_force_date": date(2024, 2, 12),
                "implementation_years": 5,
                "geom": box(X0, Y0, X0 + 100, Y0 + 300),
            },
            registering=True,
        )
        add_provision(
            s,
            change.id,
            {
                "kind": "property",
                "code": "h2",
                "wording": "Högsta nockhöjd är 20,0 meter",
                "value": 20,
                "value_kind": "max",
                "unit": "m",
                "geom": box(X0, Y0 + 20, X0 + 100, Y0 + 300),
            },
        )
    with project.read_scope() as s:
        inside_change = what_applies_here(s, X0 + 50, Y0 + 150)
        by_the_road = what_applies_here(s, X0 + 300, Y0 + 3)
        outside = what_applies_here(s, X0 + 1000, Y0 + 150)
    assert [p.code for p in inside_change.provisions] == ["h2", "h1"]
    assert inside_change.provisions[0].plan_id == change.id
    # The prickmark strip covers the point, the road line is 3 m off, a1 covers the east.
    assert sorted(p.code or "line" for p in by_the_road.provisions) == [
        "a1",
        "line",
        "prickmark",
    ]
    assert outside.provisions == ()
    # A new plan that replaces the industrial plan: its provisions stop applying.
    with project.session_scope() as s:
        create_plan(
            s,
            {
                "designation": "DP 2026:1",
                "name": "Ny plan för Grytnäs",
                "previous_designation": "2514-P2017:3; DP 2024:1",
                "status": "in_force",
                "adopted_date": date(2026, 3, 1),
                "in_force_date": date(2026, 3, 30),
                "implementation_years": 5,
                "geom": box(X0, Y0, X0 + 400, Y0 + 300),
            },
            registering=True,
        )
    with project.read_scope() as s:
        replaced = what_applies_here(s, X0 + 50, Y0 + 150, today=date(2026, 6, 1))
    assert replaced.provisions == ()
    assert base in {a.plan.id for a in replaced.set_aside}


def test_deleting_a_plan_and_undoing_brings_its_provisions_back(project: Project) -> None:
    plan_id = industrial_plan(project)
    with project.read_scope() as s:
        before = list_provisions(s, plan_id)
        from kalixplan.services.plans import get_plan

        plan = get_plan(s, plan_id)
    with project.session_scope() as s:
        removed = delete_plan_saving(s, plan_id, plan.version)
    with project.read_scope() as s:
        assert list_provisions(s) == []
    assert len(removed.provisions) == 4
    fields = {k: getattr(plan, k) for k in ("designation", "name", "status", "geom")}
    with project.session_scope() as s:
        restored = recreate_plan(s, fields, removed)
    with project.read_scope() as s:
        after = list_provisions(s, restored.row.id)
    keep = ("uuid", "kind", "code", "catalogue_ref", "wording", "value", "unit", "motiv")
    assert [[getattr(r, k) for k in keep] for r in after] == [
        [getattr(r, k) for k in keep] for r in before
    ]


# --- the database guards itself ----------------------------------------------------------


def test_a_provision_drawn_in_another_program_is_guarded(tmp_path: Path) -> None:
    """GDAL (as QGIS writes a GeoPackage): unknown units are refused with the rule's name,
    a provision drawn without identity gets one (NS 4.1 objektidentitet), and the change
    log records it."""
    db = tmp_path / "p.gpkg"
    project = create_project(str(db), 3018)
    try:
        industrial_plan(project)
    finally:
        project.close()

    def ogr(sql: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["ogrinfo", "-q", str(db), "-sql", sql], capture_output=True, text=True, timeout=60
        )

    refused = ogr("UPDATE provisions SET unit = 'feet' WHERE code = 'h1'")
    assert "KalixPlan rule provisions.unit" in refused.stderr
    done = ogr(
        "INSERT INTO provisions (plan_id, kind, code, wording) "
        "SELECT id, 'property', 'e1', 'Största byggnadsarea är 50 %' FROM plans"
    )
    assert "ERROR" not in done.stderr, done.stderr
    import sqlite3

    raw = sqlite3.connect(db)
    try:
        uuid, version = raw.execute(
            "SELECT uuid, version FROM provisions WHERE code = 'e1'"
        ).fetchone()
        logged = raw.execute(
            "SELECT user_name, action FROM change_log WHERE table_name = 'provisions' "
            "AND new_value = 'e1'"
        ).fetchall()
    finally:
        raw.close()
    assert len(uuid) == 36 and version == 1
    assert logged == [("QGIS/external", "insert")]


# --- NS Detaljplan 4.1 in and out ---------------------------------------------------------


def test_provisions_go_out_and_come_back_as_ns_features(project: Project, tmp_path: Path) -> None:
    """Each provision with a catalogue reference becomes an egenskapsbestämmelse or
    administrativ bestämmelse feature that validates against the specification's shape;
    one without a reference is named in the report and left out. Imported into a project
    in SWEREF 99 TM, every field comes back and the identities are kept."""
    industrial_plan(project)
    out = tmp_path / "planer.json"
    report = export_plans(project, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert spec.schema_problems(document) == []
    kinds = [f["properties"]["feature:typ"] for f in document["features"]]
    assert kinds.count("egenskapsbestämmelse") == 2
    assert kinds.count("administrativ bestämmelse") == 1
    [missing] = [f for f in report.findings if f.rule == "catalogue" and "provision" in f.field]
    assert "Utfart" in missing.field and "left out" in missing.message
    [h1] = [
        f["properties"]
        for f in document["features"]
        if f["properties"].get("planbestammelsekatalogreferens") == HEIGHT_REF
    ]
    assert h1["bestammelsevarde"] == [
        {"datatyp": "decimaltal", "variabelvarde": "12", "beskrivning": "högst 12 m",
         "vardetyp": "max", "enhet": "meter"}
    ]  # fmt: skip
    assert h1["planbestammelsebeskrivning"] == {"motiv": "Höga hallar behövs för industrin."}
    assert h1["bestammelsegeometri"][0]["geometri"]["koordinatsystemPlan"] == "EPSG:3018"

    target = create_project(str(tmp_path / "tm.gpkg"), 3006)
    try:
        taken = import_ns(target, out)
        assert taken.imported == 1, taken.summary()
        with target.read_scope() as s:
            after = {r.uuid: r for r in list_provisions(s)}
        with project.read_scope() as s:
            before = {r.uuid: r for r in list_provisions(s) if r.catalogue_ref}
    finally:
        target.close()
    assert set(after) == set(before)
    from kalixplan.geo.crs import reproject

    for uuid, old in before.items():
        new = after[uuid]
        for name in ("kind", "catalogue_ref", "wording", "value", "value_kind", "unit", "motiv"):
            assert getattr(new, name) == getattr(old, name), (uuid, name)
        assert new.code is None  # NS 4.1 delivers no map sign
        assert old.geom is not None and new.geom is not None
        assert reproject(new.geom, 3006, 3018).symmetric_difference(old.geom).area < 0.01


def test_a_provision_value_kalixplan_cannot_hold_is_reported(
    project: Project, tmp_path: Path
) -> None:
    """A second value (or a text value) is kept in the wording and named in the report."""
    industrial_plan(project)
    out = tmp_path / "planer.json"
    export_plans(project, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    for feature in document["features"]:
        props = feature["properties"]
        if props.get("planbestammelsekatalogreferens") == HEIGHT_REF:
            props["bestammelsevarde"].append(
                {"datatyp": "text", "variabelvarde": "sadeltak", "beskrivning": "takform"}
            )
    edited = tmp_path / "tva_varden.json"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = create_project(str(tmp_path / "t.gpkg"), 3018)
    try:
        report = import_ns(target, edited)
    finally:
        target.close()
    assert report.imported == 1
    assert any("sadeltak" in issue.message for issue in report.issues)


def test_a_plan_with_several_parts_keeps_its_provisions_within_it(project: Project) -> None:
    """A provision may cover two parts of a plan (a MultiPolygon is NS's list of two)."""
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "P1",
                "name": "Två delar",
                "status": "started",
                "geom": MultiPolygon(
                    [box(X0, Y0, X0 + 10, Y0 + 10), box(X0 + 20, Y0, X0 + 30, Y0 + 10)]
                ),
            },
        )
        row = add_provision(
            s,
            plan.id,
            {
                "kind": "property",
                "code": "n1",
                "wording": "Marken ska vara planterad",
                "geom": MultiPolygon(
                    [box(X0, Y0, X0 + 5, Y0 + 5), box(X0 + 20, Y0, X0 + 25, Y0 + 5)]
                ),
            },
        )
    assert row.geom is not None and row.geom.geom_type == "MultiPolygon"


def test_a_prospectus_tells_the_provisions_on_its_parcel(project: Project) -> None:
    """What an investor may build on the parcel, from the plan: the provisions that cover
    some of it (or run along its edge), in the sheet's language, and none of the others."""
    from kalixplan.services.parcels import create_parcel
    from kalixplan.services.printing import prospectus_sheets

    plan_id = industrial_plan(project)
    with project.session_scope() as s:
        west = create_parcel(
            s,
            {
                "designation": "Kalix Grytnäs 1:1",
                "plan_id": plan_id,
                "geom": box(X0 + 10, Y0, X0 + 150, Y0 + 200),  # on the road, west of a1
            },
        )
        inner = create_parcel(
            s,
            {
                "designation": "Kalix Grytnäs 1:2",
                "plan_id": plan_id,
                "geom": box(X0 + 250, Y0 + 150, X0 + 390, Y0 + 290),  # back land, east
            },
        )
        sv_west, sv_inner = prospectus_sheets(s, [west.id, inner.id], "sv")
        (en_inner,) = prospectus_sheets(s, [inner.id], "en")

    def lines(sheet: object) -> dict[str, str]:
        return {k: v for sec in sheet.sections for k, v in sec.lines}  # type: ignore[attr-defined]

    west_lines, inner_lines = lines(sv_west), lines(sv_inner)
    assert west_lines["Planbestämmelse h1"] == "Högsta nockhöjd är 12,0 meter"
    assert west_lines["Planbestämmelse prickmark"] == "Marken får inte förses med byggnad"
    assert west_lines["Planbestämmelse"] == "Utfart får inte finnas"  # the line on its edge
    assert "Planbestämmelse a1" not in west_lines
    assert "Planbestämmelse prickmark" not in inner_lines
    assert "Planbestämmelse" not in inner_lines
    assert inner_lines["Planbestämmelse a1"].startswith("Genomförandetiden är 15 år")
    assert lines(en_inner)["Plan provision h1"] == "Högsta nockhöjd är 12,0 meter"


def test_check_names_a_provision_reaching_outside_its_plan(project: Project) -> None:
    from kalixplan.services.check import provisions_outside_checks

    plan_id = industrial_plan(project)
    with project.read_scope() as s:
        assert provisions_outside_checks(s) == []
    with project.session_scope() as s:
        add_provision(
            s,
            plan_id,
            {"kind": "property", "code": "n1", "wording": "Träd ska bevaras",
             "geom": box(X0 + 350, Y0 + 250, X0 + 450, Y0 + 350)},
        )  # fmt: skip
    with project.read_scope() as s:
        [finding] = provisions_outside_checks(s)
    assert not finding.problem
    assert "Provision n1 of plan 2514-P2017:3 reaches outside" in finding.message
