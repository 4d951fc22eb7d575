"""A plan's documents in NS Detaljplan 4.1's terms (issue 13, item 1): plankarta,
beslutsprotokoll, planbeskrivning and planeringsunderlag with their underlagstyp, linked
to the plan, delivered where the specification keeps them (so NGP's DP-0005 and DP-0014
are met) and taken in again with their kinds.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import box

from kalixplan.domain.errors import ValidationError
from kalixplan.services.documents import add_document, documents_of
from kalixplan.services.ns_detaljplan import spec
from kalixplan.services.ns_detaljplan.reader import import_ns
from kalixplan.services.ns_detaljplan.writer import export_plans
from kalixplan.services.parcels import create_parcel
from kalixplan.services.plans import create_plan, find_plan
from kalixplan.store.engine import Project, create_project

X0, Y0 = 150_000.0, 7_310_000.0
BASE = "https://www.kalix.se/planer/2514-P2017-3/"


def plan_in_force(project: Project) -> int:
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P2017:3",
                "name": "Grytnäs industriområde",
                "status": "in_force",
                "diarienummer": "KS 2015/212",
                "adopted_date": date(2017, 5, 22),
                "in_force_date": date(2017, 6, 20),
                "implementation_years": 15,
                "geom": box(X0, Y0, X0 + 400, Y0 + 300),
            },
            registering=True,
        )
        add_document(s, "plans", plan.id, "Plankarta", BASE + "plankarta.pdf", kind="plankarta")
        add_document(
            s, "plans", plan.id, "Protokoll KF § 55", BASE + "kf55.pdf", kind="beslutsprotokoll"
        )
        add_document(
            s, "plans", plan.id, "Planbeskrivning", BASE + "beskrivning.pdf", kind="planbeskrivning"
        )
        add_document(
            s,
            "plans",
            plan.id,
            "Geoteknisk utredning 2016",
            BASE + "geoteknik.pdf",
            kind="planeringsunderlag",
            basis_type="geoteknisk utredning",
        )
        add_document(
            s, "plans", plan.id, "Arbetskopia", "/home/plan/arbetskopia.pdf", kind="övrigt"
        )
    return plan.id


@pytest.mark.parametrize(
    ("owner", "kind", "basis", "field"),
    [
        ("plans", "karta", None, "kind"),
        ("plans", "plankarta", "geoteknisk utredning", "basis_type"),  # only studies have one
        ("plans", "planeringsunderlag", "horoskop", "basis_type"),
        ("parcels", "plankarta", None, "kind"),  # only a plan's documents have a kind
    ],
)
def test_a_document_kind_outside_the_specification_is_refused(
    project: Project, owner: str, kind: str, basis: str | None, field: str
) -> None:
    plan_id = plan_in_force(project)
    with project.session_scope() as s:
        owner_id = plan_id
        if owner == "parcels":
            owner_id = create_parcel(
                s, {"designation": "Kalix Grytnäs 1:1", "geom": box(X0, Y0, X0 + 50, Y0 + 50)}
            ).id
    with project.session_scope() as s, pytest.raises(ValidationError) as caught:
        add_document(
            s, owner, owner_id, "X", "https://example.se/x.pdf", kind=kind, basis_type=basis
        )
    assert caught.value.field == field


def test_documents_go_where_the_specification_keeps_them(project: Project, tmp_path: Path) -> None:
    plan_in_force(project)
    out = tmp_path / "planer.json"
    report = export_plans(project, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert spec.schema_problems(document) == []
    [plan] = [
        f["properties"]
        for f in document["features"]
        if f["properties"]["feature:typ"] == "detaljplan"
    ]
    assert plan["planbeskrivning"]["planbeskrivning"]["namn"] == "Planbeskrivning"
    assert (
        plan["planbeskrivning"]["planbeskrivning"]["referens"][0]["lank"]
        == BASE + "beskrivning.pdf"
    )
    handlingar = plan["beslutsinformation"][0]["beslutshandling"]
    assert [h["innehall"] for h in handlingar] == [["plankarta"], ["beslutsprotokoll"]]
    [study] = plan["planeringsunderlag"]
    assert (study["huvudomrade"], study["underlagstyp"]) == ("utredningar", "geoteknisk utredning")
    # NGP would no longer stop on the documents (DP-0005 planbeskrivning, DP-0014 plankarta).
    rules_hit = {(f.rule, f.field) for f in report.findings}
    assert ("DP-0005", "planbeskrivning") not in rules_hit
    assert not any(r == "DP-0014" for r, _ in rules_hit)
    # The local working copy cannot be delivered: said, as a warning.
    [local] = [f for f in report.findings if f.rule == "documents"]
    assert "Arbetskopia" in local.field and not local.stops


def test_documents_come_back_with_their_kinds(project: Project, tmp_path: Path) -> None:
    plan_in_force(project)
    out = tmp_path / "planer.json"
    export_plans(project, out)
    target = create_project(str(tmp_path / "t.gpkg"), 3006)
    try:
        report = import_ns(target, out)
        assert report.imported == 1
        with target.read_scope() as s:
            plan = find_plan(s, "2514-P2017:3")
            back = {
                (d.title, d.location, d.kind, d.basis_type)
                for d in documents_of(s, "plans", plan.id)
            }
    finally:
        target.close()
    assert back == {
        ("Plankarta", BASE + "plankarta.pdf", "plankarta", None),
        ("Protokoll KF § 55", BASE + "kf55.pdf", "beslutsprotokoll", None),
        ("Planbeskrivning", BASE + "beskrivning.pdf", "planbeskrivning", None),
        (
            "Geoteknisk utredning 2016",
            BASE + "geoteknik.pdf",
            "planeringsunderlag",
            "geoteknisk utredning",
        ),
    }


def test_a_document_kind_written_by_another_program_is_guarded(tmp_path: Path) -> None:
    """QGIS (through GDAL) writes the documents table too: the code list holds there."""
    import subprocess

    db = tmp_path / "p.gpkg"
    project = create_project(str(db), 3018)
    try:
        plan_in_force(project)
    finally:
        project.close()
    done = subprocess.run(
        ["ogrinfo", "-q", str(db), "-sql", "UPDATE documents SET kind = 'karta'"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "KalixPlan rule documents.kind" in done.stderr


@pytest.mark.parametrize(
    ("field", "value"),
    [("digitisation", "halvfärdig"), ("usability", "utmärkt")],
)
def test_a_quality_outside_the_specification_is_refused(
    project: Project, field: str, value: str
) -> None:
    """NS 4.1 digitaliseringsniva (komplett, ej komplett) and anvandbarhet (god, medel,
    låg); the Swedish and English words are understood."""
    from kalixplan.services.plans import update_plan

    plan_id = plan_in_force(project)
    with project.session_scope() as s:
        plan = find_plan(s, "2514-P2017:3")
        row = update_plan(
            s, plan_id, plan.version, {"digitisation": "Complete", "usability": "Låg"}
        )
    assert (row.digitisation, row.usability) == ("komplett", "låg")
    with project.session_scope() as s, pytest.raises(ValidationError) as caught:
        update_plan(s, plan_id, row.version, {field: value})
    assert caught.value.field == field
