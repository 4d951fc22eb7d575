"""Actors' dialogue pipeline: stage changes in the change log, reservations, documents."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from shapely.geometry import box
from sqlalchemy import select

from kalixplan.domain.errors import StaleEdit, ValidationError
from kalixplan.services.actors import (
    add_activity,
    add_interest,
    create_actor,
    expired_reservations,
    furthest_stage,
    release_reservation,
    reservation_flag,
    reserve_parcel_for,
    set_interest_stage,
    update_activity,
)
from kalixplan.services.documents import add_document, delete_document, documents_of
from kalixplan.services.parcels import create_parcel, get_parcel
from kalixplan.store.engine import Project
from kalixplan.store.models import ChangeLog

ORG = "556016-0680"


def _setup(project: Project) -> tuple[int, int]:
    with project.session_scope() as s:
        actor = create_actor(s, {"org_number": ORG, "name": "A Vätgas AB", "sector": "hydrogen"})
        parcel = create_parcel(
            s,
            {
                "designation": "Kalix Test 1:1",
                "land_use": "J",
                "geom": box(150_000, 7_305_000, 150_300, 7_305_300),
            },
        )
    return actor.id, parcel.id


def test_bad_org_number_is_refused(project: Project) -> None:
    with project.session_scope() as s, pytest.raises(ValidationError) as err:
        create_actor(s, {"org_number": "556016-0681", "name": "Fel AB"})
    assert err.value.field == "org_number" and "check digit" in str(err.value)


def test_stage_changes_go_to_the_change_log(project: Project) -> None:
    actor_id, parcel_id = _setup(project)
    with project.session_scope() as s:
        interest = add_interest(s, actor_id, parcel_id, "lead", on=date(2026, 1, 5))
    with project.session_scope() as s:
        moved = set_interest_stage(s, interest.id, interest.version, "site_visit", date(2026, 2, 1))
    assert moved.stage == "site_visit" and moved.stage_changed_on == date(2026, 2, 1)
    with project.session_scope() as s:
        logged = s.execute(
            select(ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value, ChangeLog.user_name)
            .where(ChangeLog.table_name == "interests", ChangeLog.row_id == interest.id)
            .where(ChangeLog.action == "update")
        ).all()
    assert ("stage", "lead", "site_visit", "tester") in logged
    assert ("stage_changed_on", "2026-01-05", "2026-02-01", "tester") in logged
    # A second writer still holding the old version is refused.
    with project.session_scope() as s, pytest.raises(StaleEdit):
        set_interest_stage(s, interest.id, interest.version, "dialogue")
    with project.session_scope() as s, pytest.raises(ValidationError):
        set_interest_stage(s, interest.id, moved.version, "signed")


def test_reservation_sets_the_parcel_and_is_flagged_when_expired(project: Project) -> None:
    actor_id, parcel_id = _setup(project)
    until = date(2026, 3, 31)
    with project.session_scope() as s:
        parcel = get_parcel(s, parcel_id)
        reserved = reserve_parcel_for(s, actor_id, parcel_id, parcel.version, until)
    assert reserved.status == "reserved"
    assert reserved.reserved_until == until and reserved.reserved_for_id == actor_id
    assert reservation_flag(reserved, until - timedelta(days=60)) == "active"
    assert reservation_flag(reserved, until - timedelta(days=10)) == "expiring"
    assert reservation_flag(reserved, until + timedelta(days=1)) == "expired"
    with project.session_scope() as s:
        assert [p.id for p in expired_reservations(s, until + timedelta(days=1))] == [parcel_id]
        assert expired_reservations(s, until) == []
        logged = s.scalars(
            select(ChangeLog.new_value).where(
                ChangeLog.table_name == "parcels", ChangeLog.field == "status"
            )
        ).all()
    assert "reserved" in logged
    with project.session_scope() as s:
        released = release_reservation(s, parcel_id, reserved.version)
    assert released.status == "available" and released.reserved_for_id is None
    assert reservation_flag(released) is None


def test_documents_and_activities(project: Project) -> None:
    actor_id, _ = _setup(project)
    with project.session_scope() as s:
        doc = add_document(s, "actors", actor_id, " Avsiktsförklaring ", "/srv/loi.pdf")
        add_document(s, "actors", actor_id, "Webb", "https://example.se")
        with pytest.raises(ValidationError):
            add_document(s, "nowhere", actor_id, "x", "y")
    with project.session_scope() as s:
        docs = documents_of(s, "actors", actor_id)
        assert [d.title for d in docs] == ["Avsiktsförklaring", "Webb"]
        delete_document(s, doc.id, doc.version)
        assert [d.title for d in documents_of(s, "actors", actor_id)] == ["Webb"]
        step = add_activity(
            s,
            actor_id,
            {"on_date": date(2026, 1, 1), "next_step": "Ring", "next_step_due": date(2026, 1, 9)},
        )
        done = update_activity(s, step.id, step.version, {"done": True})
    assert done.done


def test_furthest_stage() -> None:
    assert furthest_stage([]) is None
    assert furthest_stage(["lead", "purchase", "paused"]) == "purchase"
    assert furthest_stage(["withdrawn", "paused"]) == "paused"
    assert furthest_stage(["withdrawn"]) == "withdrawn"
