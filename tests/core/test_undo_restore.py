"""Deleting a parcel or a plan and creating it again brings back what went along.

``kalixplan.services.restoring`` is what undo (``ui/undo.py``) runs: a delete that
saves a parcel's interests and document links (a plan's land-use areas, parcel
links and document links) and a re-creation that restores them for the new id,
in one transaction. On both engines.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from shapely.geometry import box
from sqlalchemy import inspect, select

from kalixplan.domain.errors import StaleEdit
from kalixplan.services.actors import (
    add_interest,
    create_actor,
    delete_actor,
    get_actor,
    reserve_parcel_for,
    set_interest_stage,
)
from kalixplan.services.documents import add_document, documents_of
from kalixplan.services.parcels import create_parcel, get_parcel
from kalixplan.services.plans import add_land_use_area, create_plan, get_plan, land_use_areas
from kalixplan.services.restoring import (
    LostKind,
    count_interests,
    delete_parcel_saving,
    delete_plan_saving,
    recreate_parcel,
    recreate_plan,
)
from kalixplan.store.engine import Project
from kalixplan.store.models import ChangeLog, Interest, LandUseArea

# What undo leaves out when it writes a row again (ui/undo_commands.py, RowOps.computed).
PARCEL_COMPUTED = {"id", "version", "area_m2", "plan_id", "updated_at"}
PLAN_COMPUTED = {"id", "version", "implementation_ends", "updated_at"}

ORG_A, ORG_B = "556016-0680", "556036-0793"


def fields_of(row: Any, computed: set[str]) -> dict[str, Any]:
    """The fields undo keeps of a deleted row (as ``ui.undo_commands.fields_of`` does)."""
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    return {k: v for k, v in values.items() if k not in computed and v is not None}


def stored(session: Any, model: type, **where: Any) -> list[dict[str, Any]]:
    """Every column of the rows of ``model`` matching ``where``, by id."""
    query = select(model).filter_by(**where).order_by(model.id)  # type: ignore[attr-defined]
    out = []
    for obj in session.scalars(query):
        out.append({c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs})
    return out


def _world(project: Project) -> dict[str, Any]:
    """Two actors with interests in one parcel (one reserved for B), a plan, a document."""
    with project.session_scope() as s:
        plan = create_plan(s, {"designation": "2514-P900", "name": "Testplan"})
        a = create_actor(s, {"org_number": ORG_A, "name": "A Vätgas AB", "sector": "hydrogen"})
        b = create_actor(s, {"org_number": ORG_B, "name": "B Batteri AB", "sector": "batteries"})
        parcel = create_parcel(
            s,
            {
                "designation": "Kalix Test 1:1",
                "land_use": "J",
                "plan": plan.designation,
                "notes": "Nära hamnen",
                "geom": box(150_000, 7_305_000, 150_300, 7_305_300),
            },
        )
        other = create_parcel(s, {"designation": "Kalix Test 1:2", "plan": plan.designation})
        first = add_interest(s, a.id, parcel.id, "lead", on=date(2025, 11, 3), notes="Vill ha 5 ha")
        add_interest(s, b.id, parcel.id, "dialogue", on=date(2026, 1, 12))
        add_interest(s, b.id, other.id, "lead", on=date(2026, 1, 12))
        set_interest_stage(s, first.id, first.version, "site_visit", on=date(2026, 2, 20))
        reserve_parcel_for(s, b.id, parcel.id, get_parcel(s, parcel.id).version, date(2026, 9, 30))
        add_document(s, "parcels", parcel.id, "Foto", "https://example.se/foto.jpg")
        return {
            "parcel": get_parcel(s, parcel.id),
            "other": other.id,
            "plan": plan,
            "a": a.id,
            "b": b.id,
            "interests": stored(s, Interest, parcel_id=parcel.id),
        }


def test_delete_and_recreate_gives_back_identical_interests(project: Project) -> None:
    world = _world(project)
    parcel = world["parcel"]
    before = world["interests"]
    assert len(before) == 2 and before[0]["version"] == 2

    with project.session_scope() as s:
        assert count_interests(s, [parcel.id, world["other"]]) == 3
        removed = delete_parcel_saving(s, parcel.id, parcel.version)
    with project.session_scope() as s:
        assert stored(s, Interest, parcel_id=parcel.id) == []
        deleted = s.scalars(
            select(ChangeLog.row_id).where(
                ChangeLog.table_name == "interests", ChangeLog.action == "delete"
            )
        ).all()
    assert sorted(deleted) == [i["id"] for i in before]  # logged one by one

    with project.session_scope() as s:
        restored = recreate_parcel(s, fields_of(parcel, PARCEL_COMPUTED), removed)
    new_id = restored.row.id
    assert restored.lost == ()
    with project.session_scope() as s:
        after = stored(s, Interest, parcel_id=new_id)
        back = get_parcel(s, new_id)
        documents = documents_of(s, "parcels", new_id)
        inserted = s.scalars(
            select(ChangeLog.row_id).where(
                ChangeLog.table_name == "interests", ChangeLog.action == "insert"
            )
        ).all()
    # Everything as it was (ids, versions, stages, dates, notes, timestamps) but the parcel.
    assert after == [{**i, "parcel_id": new_id} for i in before]
    assert sorted(restored.interests) == [i["id"] for i in before]
    assert (back.reserved_for_id, back.reserved_until, back.status) == (
        world["b"],
        date(2026, 9, 30),
        "reserved",
    )
    assert back.plan == "2514-P900" and back.notes == "Nära hamnen"
    assert [d.title for d in documents] == ["Foto"]
    assert inserted.count(before[0]["id"]) == 2  # when registered, when restored


def test_redo_deletes_again_and_a_second_undo_restores_again(project: Project) -> None:
    world = _world(project)
    parcel = world["parcel"]
    with project.session_scope() as s:
        removed = delete_parcel_saving(s, parcel.id, parcel.version)
    with project.session_scope() as s:
        first = recreate_parcel(s, fields_of(parcel, PARCEL_COMPUTED), removed).row
        # edited after undo: the next delete saves this state, not the first one
        interest = stored(s, Interest, parcel_id=first.id)[0]
        set_interest_stage(s, interest["id"], interest["version"], "letter_of_intent")
    with project.session_scope() as s:
        wanted = stored(s, Interest, parcel_id=first.id)
        removed = delete_parcel_saving(s, first.id, first.version)
    with project.session_scope() as s:
        assert stored(s, Interest, parcel_id=first.id) == []
        second = recreate_parcel(s, fields_of(first, PARCEL_COMPUTED), removed).row
    with project.session_scope() as s:
        again = stored(s, Interest, parcel_id=second.id)
    assert again == [{**i, "parcel_id": second.id} for i in wanted]
    assert again[0]["stage"] == "letter_of_intent"


def test_an_interest_id_taken_meanwhile_gives_the_restored_one_a_new_id(
    project: Project,
) -> None:
    world = _world(project)
    with project.session_scope() as s:
        other = get_parcel(s, world["other"])
        before = stored(s, Interest, parcel_id=other.id)
        removed = delete_parcel_saving(s, other.id, other.version)
    with project.session_scope() as s:  # SQLite hands the freed highest id out again
        third = create_parcel(s, {"designation": "Kalix Test 1:3"})
        taken = add_interest(s, world["a"], third.id, "lead")
    if project.is_sqlite:
        assert taken.id == before[0]["id"]
    with project.session_scope() as s:
        restored = recreate_parcel(s, fields_of(other, PARCEL_COMPUTED), removed)
        after = stored(s, Interest, parcel_id=restored.row.id)
    assert [{**i, "id": 0} for i in after] == [
        {**i, "id": 0, "parcel_id": restored.row.id} for i in before
    ]
    assert list(restored.interests) == [i["id"] for i in after]


def test_actor_deleted_meanwhile_restores_the_rest_and_says_what_not(project: Project) -> None:
    world = _world(project)
    parcel = world["parcel"]
    with project.session_scope() as s:
        removed = delete_parcel_saving(s, parcel.id, parcel.version)
    with project.session_scope() as s:  # a colleague deletes actor B
        delete_actor(s, world["b"], get_actor(s, world["b"]).version)
    with project.session_scope() as s:
        restored = recreate_parcel(s, fields_of(parcel, PARCEL_COMPUTED), removed)
    with project.session_scope() as s:
        after = stored(s, Interest, parcel_id=restored.row.id)
        back = get_parcel(s, restored.row.id)
    a_interest = next(i for i in world["interests"] if i["actor_id"] == world["a"])
    assert after == [{**a_interest, "parcel_id": restored.row.id}]
    # the reservation keeps its status and date but has no counterpart, as SET NULL would do
    assert (back.status, back.reserved_until, back.reserved_for_id) == (
        "reserved",
        date(2026, 9, 30),
        None,
    )
    assert {(x.kind, x.parcel, x.other) for x in restored.lost} == {
        (LostKind.INTEREST, "Kalix Test 1:1", "B Batteri AB"),
        (LostKind.RESERVATION, "Kalix Test 1:1", "B Batteri AB"),
    }


def test_parcel_whose_plan_was_deleted_meanwhile_comes_back_without_it(project: Project) -> None:
    world = _world(project)
    parcel = world["parcel"]
    with project.session_scope() as s:
        removed = delete_parcel_saving(s, parcel.id, parcel.version)
        plan = get_plan(s, world["plan"].id)
        delete_plan_saving(s, plan.id, plan.version)
    with project.session_scope() as s:
        restored = recreate_parcel(s, fields_of(parcel, PARCEL_COMPUTED), removed)
    assert restored.row.plan_id is None
    assert [(x.kind, x.other) for x in restored.lost] == [(LostKind.PLAN_LINK, "2514-P900")]
    assert len(restored.interests) == 2


def test_stale_delete_deletes_nothing(project: Project) -> None:
    world = _world(project)
    parcel = world["parcel"]
    with pytest.raises(StaleEdit), project.session_scope() as s:  # rolled back whole
        delete_parcel_saving(s, parcel.id, parcel.version - 1)
    with project.session_scope() as s:
        assert stored(s, Interest, parcel_id=parcel.id) == world["interests"]


def test_plan_delete_and_recreate_gives_back_areas_and_parcel_links(project: Project) -> None:
    world = _world(project)
    plan = world["plan"]
    with project.session_scope() as s:
        add_land_use_area(s, plan.id, {"code": "J", "max_height_m": 20.0, "provisions": "e1"})
        add_land_use_area(s, plan.id, {"code": "GATA", "geom": box(0, 0, 10, 10)})
        add_document(s, "plans", plan.id, "Plankarta", "https://example.se/plankarta.pdf")
        areas = stored(s, LandUseArea, plan_id=plan.id)
        plan = get_plan(s, plan.id)
        removed = delete_plan_saving(s, plan.id, plan.version)
    with project.session_scope() as s:
        assert get_parcel(s, world["parcel"].id).plan_id is None
        assert land_use_areas(s, plan.id) == []
        restored = recreate_plan(s, fields_of(plan, PLAN_COMPUTED), removed)
    new_id = restored.row.id
    assert restored.lost == ()
    assert {p.id for p in restored.relinked} == {world["parcel"].id, world["other"]}
    with project.session_scope() as s:
        after = stored(s, LandUseArea, plan_id=new_id)
        parcel = get_parcel(s, world["parcel"].id)
        documents = documents_of(s, "plans", new_id)
        relinks = s.scalars(
            select(ChangeLog.new_value).where(
                ChangeLog.table_name == "parcels", ChangeLog.field == "plan_id"
            )
        ).all()
    assert [{k: v for k, v in a.items() if k != "geom"} for a in after] == [
        {k: v for k, v in a.items() if k != "geom"} | {"plan_id": new_id} for a in areas
    ]
    assert after[1]["geom"].equals(areas[1]["geom"])
    assert (parcel.plan_id, parcel.plan) == (new_id, "2514-P900")
    assert [d.title for d in documents] == ["Plankarta"]
    assert relinks == [str(new_id), str(new_id)]


def test_plan_restore_finds_a_governed_parcel_restored_under_a_new_id(project: Project) -> None:
    world = _world(project)
    with project.session_scope() as s:
        plan = get_plan(s, world["plan"].id)
        plan_removed = delete_plan_saving(s, plan.id, plan.version)
    with project.session_scope() as s:
        parcel = get_parcel(s, world["parcel"].id)
        parcel_removed = delete_parcel_saving(s, parcel.id, parcel.version)
    with project.session_scope() as s:  # undo, newest first: the parcel, then the plan
        new_parcel = recreate_parcel(s, fields_of(parcel, PARCEL_COMPUTED), parcel_removed).row
    renumbered = plan_removed.renumbered(lambda i: new_parcel.id if i == parcel.id else i)
    with project.session_scope() as s:
        restored = recreate_plan(s, fields_of(plan, PLAN_COMPUTED), renumbered)
        assert get_parcel(s, new_parcel.id).plan == "2514-P900"
    assert restored.lost == ()
    # without the new id the link is reported, not forced
    with project.session_scope() as s:
        plan = get_plan(s, restored.row.id)
        removed = delete_plan_saving(s, plan.id, plan.version)
        parcel = get_parcel(s, new_parcel.id)
        delete_parcel_saving(s, parcel.id, parcel.version)
    with project.session_scope() as s:
        again = recreate_plan(s, fields_of(plan, PLAN_COMPUTED), removed)
    assert [(x.kind, x.parcel) for x in again.lost] == [(LostKind.PLAN_LINK, "Kalix Test 1:1")]
