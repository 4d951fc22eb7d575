"""The Qt-free workspace: do, undo and redo of every edit, on both engines (issue "One edit path").

Each test uses the real project database (a GeoPackage and a PostGIS database
through the ``project`` fixture); a colleague is a second connection to the same
database, and a broken database is a real trigger that raises inside it.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from shapely.geometry import box
from sqlalchemy import text

from kalixplan.app.changes import Changes, Kind, Origin
from kalixplan.app.commands import Action
from kalixplan.app.workspace import Workspace
from kalixplan.domain.errors import NotFound, StaleEdit, ValidationError
from kalixplan.services.actors import add_interest, create_actor, delete_actor, interests
from kalixplan.services.parcels import create_parcel, get_parcel, update_parcel
from kalixplan.services.plans import add_land_use_area, create_plan, get_plan, land_use_areas
from kalixplan.store.engine import Project, open_project

SQUARE = box(1_000, 7_300_000, 1_200, 7_300_150)  # 3 ha in EPSG:3018 (a local grid)


@pytest.fixture
def heard(project: Project) -> tuple[Workspace, list[Changes]]:
    ws = Workspace(project)
    notices: list[Changes] = []
    ws.subscribe(notices.append)
    return ws, notices


def _colleague(project: Project) -> Project:
    return open_project(project.db)


# --- create, update, delete for every kind, and undo/redo of each --------------------------
CASES = [
    (
        Kind.PARCELS,
        {"designation": "Kalix Nyborg 1:1", "geom": SQUARE},
        "price_sek_m2",
        120.0,
        get_parcel,
    ),
    (
        Kind.PLANS,
        {"designation": "2514-P950", "name": "Nyborg industri"},
        "name",
        "Nyborg norra",
        get_plan,
    ),
]


@pytest.mark.parametrize(("kind", "values", "field", "new", "get"), CASES)
def test_create_update_delete_with_undo_and_redo(
    heard: tuple[Workspace, list[Changes]],
    project: Project,
    kind: Kind,
    values: dict[str, Any],
    field: str,
    new: Any,
    get: Any,
) -> None:
    ws, notices = heard
    form = object()  # the initiator: whoever asked
    created = ws.create(kind, values, initiator=form)
    assert created.ok and created.row.designation == values["designation"]
    assert notices[-1].rows(kind) == (created.row,) and notices[-1].initiator is form
    assert ws.next_undo() is not None and ws.next_undo().action is Action.CREATE  # type: ignore[union-attr]

    old = getattr(created.row, field)
    updated = ws.update(kind, created.row, {field: new}, initiator=form)
    assert updated.ok and getattr(updated.row, field) == new
    assert updated.row.version == created.row.version + 1
    assert notices[-1].origin is Origin.EDIT and notices[-1].ids(kind) == (created.row.id,)

    undone = ws.undo()
    assert undone.ok and notices[-1].origin is Origin.UNDO
    with project.read_scope() as s:
        assert getattr(get(s, created.row.id), field) == old
    assert ws.redo().ok
    with project.read_scope() as s:
        stored = get(s, created.row.id)
    assert getattr(stored, field) == new

    deleted = ws.delete(kind, stored)
    assert deleted.ok and notices[-1].removed_ids(kind) == (stored.id,)
    with project.read_scope() as s, pytest.raises(NotFound):
        get(s, stored.id)
    assert ws.undo().ok  # the row is back, under an id of its own
    back_id = ws.current_id(kind, stored.id)
    with project.read_scope() as s:
        back = get(s, back_id)
    assert (back.designation, getattr(back, field)) == (values["designation"], new)
    assert notices[-1].rows(kind)[0].id == back_id

    # The earlier steps still work on the row brought back: they resolve its new id.
    assert ws.undo().ok  # the update, undone on the new id
    with project.read_scope() as s:
        assert getattr(get(s, back_id), field) == old
    assert ws.undo().ok  # the create, undone: the row is gone
    with project.read_scope() as s, pytest.raises(NotFound):
        get(s, back_id)
    assert not ws.can_undo()
    for _ in range(3):
        assert ws.redo().ok
    with project.read_scope() as s, pytest.raises(NotFound):
        get(s, ws.current_id(kind, stored.id))  # redo of the delete deleted it again


def test_a_refused_value_is_no_undo_step_and_names_the_field(
    heard: tuple[Workspace, list[Changes]],
) -> None:
    ws, notices = heard
    row = ws.create(Kind.PARCELS, {"designation": "Kalix Nyborg 1:2"}).row
    steps, heard_before = ws.next_undo(), len(notices)
    refused = ws.update(Kind.PARCELS, row, {"status": "for_sale"})
    assert not refused.ok and isinstance(refused.failure.error, ValidationError)  # type: ignore[union-attr]
    assert refused.failure.field == "status" and not refused.failure.unexpected  # type: ignore[union-attr]
    assert "for_sale" in refused.failure.sentence() or "status" in refused.failure.sentence()  # type: ignore[union-attr]
    assert ws.next_undo() is steps and len(notices) == heard_before  # nothing changed


def test_a_stale_edit_writes_nothing_and_says_whose(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, _ = heard
    row = ws.create(Kind.PARCELS, {"designation": "Kalix Nyborg 1:3", "geom": SQUARE}).row
    other = _colleague(project)
    try:
        with other.session_scope() as s:
            update_parcel(s, row.id, row.version, {"price_sek_m2": 95.0})
    finally:
        other.close()
    stale = ws.update(Kind.PARCELS, row, {"price_sek_m2": 150.0})
    assert stale.failure is not None and isinstance(stale.failure.stale, StaleEdit)
    assert stale.failure.stale.theirs["price_sek_m2"] == 95.0
    assert stale.failure.kind is Kind.PARCELS
    with project.read_scope() as s:
        assert get_parcel(s, row.id).price_sek_m2 == 95.0


def test_undo_after_a_colleague_saved_is_refused_and_leaves_the_history(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, _ = heard
    row = ws.create(Kind.PARCELS, {"designation": "Kalix Nyborg 1:4"}).row
    edited = ws.update(Kind.PARCELS, row, {"price_sek_m2": 100.0}).row
    other = _colleague(project)
    try:
        with other.session_scope() as s:
            update_parcel(s, edited.id, edited.version, {"price_sek_m2": 80.0})
    finally:
        other.close()
    undone = ws.undo()
    assert undone.failure is not None and undone.failure.stale is not None
    with project.read_scope() as s:
        assert get_parcel(s, row.id).price_sek_m2 == 80.0  # the colleague's value stands
    assert ws.next_undo() is not None and ws.next_undo().action is Action.CREATE  # type: ignore[union-attr]
    assert not ws.can_redo()  # the refused step left the history


def test_a_group_is_one_step(heard: tuple[Workspace, list[Changes]], project: Project) -> None:
    ws, _ = heard
    rows = [ws.create(Kind.PARCELS, {"designation": f"Kalix Grupp 1:{i}"}).row for i in (1, 2, 3)]
    with ws.group(Kind.PARCELS, "3"):
        for row in rows:
            assert ws.delete(Kind.PARCELS, row).ok
    assert ws.next_undo().action is Action.GROUP  # type: ignore[union-attr]
    assert ws.undo().ok
    with project.read_scope() as s:
        names = sorted(get_parcel(s, ws.current_id(Kind.PARCELS, r.id)).designation for r in rows)
    assert names == [r.designation for r in rows]
    assert ws.next_undo().action is Action.CREATE  # type: ignore[union-attr]


def test_plan_delete_takes_areas_and_links_along_and_undo_brings_them_back(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, notices = heard
    with project.session_scope() as s:
        plan = create_plan(s, {"designation": "2514-P901", "name": "Hamnen"})
        add_land_use_area(s, plan.id, {"code": "J", "geom": box(0, 0, 100, 100)})
        parcel = create_parcel(s, {"designation": "Kalix Hamn 1:1", "plan": plan.designation})
        plan = get_plan(s, plan.id)
    deleted = ws.delete(Kind.PLANS, plan)
    assert deleted.ok
    assert notices[-1].ids(Kind.PARCELS) == (parcel.id,)  # its parcel lost the link
    assert notices[-1].touches(Kind.LAND_USE)
    assert ws.undo().ok
    new_id = ws.current_id(Kind.PLANS, plan.id)
    with project.read_scope() as s:
        assert [a.code for a in land_use_areas(s, new_id)] == ["J"]
        assert get_parcel(s, parcel.id).plan_id == new_id
    assert [r.plan for r in notices[-1].rows(Kind.PARCELS)] == ["2514-P901"]
    assert ws.redo().ok
    with project.read_scope() as s:
        assert land_use_areas(s) == [] and get_parcel(s, parcel.id).plan_id is None


def test_undo_of_a_create_keeps_the_interests_for_redo(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, notices = heard
    with project.session_scope() as s:
        actor = create_actor(s, {"org_number": "556016-0680", "name": "A Vätgas AB"})
    parcel = ws.create(Kind.PARCELS, {"designation": "Kalix Ny 1:1"}).row
    with project.session_scope() as s:
        add_interest(s, actor.id, parcel.id, "dialogue", notes="Ringer i maj")
    assert ws.undo().ok  # removes the new parcel and its interest
    assert notices[-1].touches(Kind.INTERESTS)
    with project.read_scope() as s:
        assert interests(s) == []
    assert ws.redo().ok
    with project.read_scope() as s:
        back = interests(s)
    assert [(i.parcel_id, i.stage, i.notes) for i in back] == [
        (ws.current_id(Kind.PARCELS, parcel.id), "dialogue", "Ringer i maj")
    ]


def test_undo_says_what_a_colleague_removed_meanwhile(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, _ = heard
    with project.session_scope() as s:
        actor = create_actor(s, {"org_number": "556016-0680", "name": "A Vätgas AB"})
        parcel = create_parcel(s, {"designation": "Kalix Ny 1:2"})
        add_interest(s, actor.id, parcel.id, "dialogue")
    assert ws.delete(Kind.PARCELS, parcel).ok
    with project.session_scope() as s:
        delete_actor(s, actor.id, actor.version)
    undone = ws.undo()
    assert undone.ok and [(x.parcel, x.other) for x in undone.lost] == [
        ("Kalix Ny 1:2", "A Vätgas AB")
    ]


def test_plan_and_parcel_deletes_undone_relink_the_parcel_under_its_new_id(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, _ = heard
    with project.session_scope() as s:
        plan = create_plan(s, {"designation": "2514-P902", "name": "Bondersbyn"})
        parcel = create_parcel(s, {"designation": "Kalix Bond 2:1", "plan": plan.designation})
        plan = get_plan(s, plan.id)
    assert ws.delete(Kind.PLANS, plan).ok
    assert parcel.plan == "2514-P902"  # the caller's copy still names the plan
    assert ws.delete(Kind.PARCELS, parcel).ok
    first, second = ws.undo(), ws.undo()  # the parcel (new id), then the plan
    assert first.ok and second.ok and not first.lost and not second.lost
    with project.read_scope() as s:
        back = get_parcel(s, ws.current_id(Kind.PARCELS, parcel.id))
    assert back.plan == "2514-P902"


# --- the one error path ------------------------------------------------------------------
def _break_updates(project: Project) -> None:
    """A database fault no rule of ours knows: every UPDATE of a parcel fails inside it."""
    with project.engine.begin() as conn:
        if project.is_sqlite:
            conn.execute(
                text(
                    "CREATE TRIGGER broken BEFORE UPDATE ON parcels "
                    "BEGIN SELECT RAISE(ABORT, 'the storage controller reported an I/O fault'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION broken() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "RAISE EXCEPTION 'the storage controller reported an I/O fault' "
                    "USING ERRCODE = 'XX001'; END $$"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER broken BEFORE UPDATE ON parcels "
                    "FOR EACH ROW EXECUTE FUNCTION broken()"
                )
            )


def test_an_unexpected_error_is_logged_and_named_in_one_sentence(
    heard: tuple[Workspace, list[Changes]], project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    ws, notices = heard
    row = ws.create(Kind.PARCELS, {"designation": "Kalix Nyborg 1:5"}).row
    _break_updates(project)
    heard_before = len(notices)
    with caplog.at_level(logging.ERROR, logger="kalixplan"):
        outcome = ws.update(Kind.PARCELS, row, {"price_sek_m2": 111.0})
    failure = outcome.failure
    assert failure is not None and failure.unexpected and failure.log_file is not None
    assert "Something unexpected happened" in failure.sentence()
    assert str(failure.log_file) in failure.sentence()
    assert "I/O fault" in failure.sentence()
    assert "Något oväntat hände" in failure.sentence("sv")
    # The traceback is logged (the log's masking filter may have folded it into the message).
    assert any(
        (r.exc_info and "I/O fault" in str(r.exc_info[1])) or "Traceback" in r.getMessage()
        for r in caplog.records
    )
    assert len(notices) == heard_before and ws.next_undo().action is Action.CREATE  # type: ignore[union-attr]
    with project.read_scope() as s:
        assert get_parcel(s, row.id).price_sek_m2 is None  # nothing written


def test_a_view_that_cannot_follow_does_not_undo_the_write(project: Project) -> None:
    ws = Workspace(project)

    def broken_view(_changes: Changes) -> None:
        raise RuntimeError("the table model lost its rows")

    ws.subscribe(broken_view)
    outcome = ws.create(Kind.PARCELS, {"designation": "Kalix Nyborg 1:6"})
    assert outcome.ok and outcome.afterwards is not None and outcome.afterwards.unexpected
    with project.read_scope() as s:
        assert get_parcel(s, outcome.row.id).designation == "Kalix Nyborg 1:6"


def test_other_writes_and_opening_are_announced(
    heard: tuple[Workspace, list[Changes]], project: Project
) -> None:
    ws, notices = heard
    panel = object()
    outcome = ws.write(
        [Kind.ACTORS],
        lambda s: create_actor(s, {"org_number": "556016-0680", "name": "A Vätgas AB"}),
        initiator=panel,
    )
    assert outcome.ok and outcome.row.name == "A Vätgas AB"
    assert notices[-1].everything(Kind.ACTORS) and notices[-1].initiator is panel
    refused = ws.write([Kind.ACTORS], lambda s: create_actor(s, {"name": ""}))
    assert refused.failure is not None and not refused.failure.unexpected
    ws.create(Kind.PARCELS, {"designation": "Kalix Nyborg 1:7"})
    ws.open(project)  # the same project again: history forgotten, views told
    assert notices[-1].origin is Origin.OPENED and notices[-1].everything(Kind.PROJECT)
    assert not ws.can_undo()


def test_changes_ids() -> None:
    assert not Changes() and Changes.of([Kind.PLANS]).touches(Kind.PLANS, Kind.ACTORS)
