"""A save waits a few seconds for another writer, then says so in one sentence.

Issue "Hostile and awkward input", item 5: "a save should wait a few seconds (SQLite's
busy timeout, PostgreSQL's lock timeout) before it gives up" and "no lost updates, which
must stay so". Another program (QGIS, sqlite3, psql) holds the lock here; the wait is
shortened through ``KALIXPLAN_LOCK_WAIT`` so the test is quick.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from kalixplan.domain.errors import ProjectBusy
from kalixplan.services.parcels import get_parcel, update_parcel
from kalixplan.store.engine import open_project
from kalixplan.store.models import Parcel


def first_parcel(db: str) -> tuple[int, int, float | None]:
    project = open_project(db)
    try:
        with project.read_scope() as session:
            row_id = session.scalars(select(Parcel.id).order_by(Parcel.id)).first()
            assert row_id is not None
            row = get_parcel(session, row_id)
            return row.id, row.version, row.price_sek_m2
    finally:
        project.close()


def test_sqlite_save_waits_for_the_lock_and_then_succeeds(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KALIXPLAN_LOCK_WAIT", "5")
    row_id, version, _ = first_parcel(str(demo_path))
    held = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(demo_path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(1.0)
        conn.execute("COMMIT")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(10)
    began = time.monotonic()
    project = open_project(str(demo_path))  # opening waits too (it checks the schema)
    try:
        with project.session_scope() as session:
            update_parcel(session, row_id, version, {"price_sek_m2": 321})
        waited = time.monotonic() - began
    finally:
        holder.join()
        project.close()
    assert waited >= 0.5  # it waited for the other writer instead of refusing at once
    assert first_parcel(str(demo_path))[2] == 321


def test_sqlite_lock_held_past_the_wait_is_a_sentence_and_nothing_saved(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KALIXPLAN_LOCK_WAIT", "0.5")
    row_id, version, price = first_parcel(str(demo_path))
    project = open_project(str(demo_path))
    conn = sqlite3.connect(demo_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProjectBusy) as opening:
            open_project(str(demo_path))  # another window opening it meanwhile
        with pytest.raises(ProjectBusy) as caught:
            with project.session_scope() as session:
                update_parcel(session, row_id, version, {"price_sek_m2": 999})
    finally:
        conn.execute("COMMIT")
        conn.close()
        project.close()
    assert "busy with another user's save (waited 0.5 s)" in caught.value.sentence("en")
    assert "upptaget av en annan användares sparning" in caught.value.sentence("sv")
    assert first_parcel(str(demo_path))[2] == price
    assert "it was not opened" in opening.value.sentence("en")
    assert "den öppnades inte" in opening.value.sentence("sv")


@pytest.mark.postgis
def test_postgres_row_lock_held_past_lock_timeout_is_a_sentence(
    pg_demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KALIXPLAN_LOCK_WAIT", "0.5")
    row_id, version, price = first_parcel(pg_demo_db)
    other = create_engine(pg_demo_db)  # psql or QGIS editing the same row
    project = open_project(pg_demo_db)
    try:
        with other.connect() as conn:
            conn.execute(text("SELECT id FROM parcels WHERE id = :id FOR UPDATE"), {"id": row_id})
            began = time.monotonic()
            with pytest.raises(ProjectBusy) as caught:
                with project.session_scope() as session:
                    update_parcel(session, row_id, version, {"price_sek_m2": 999})
            waited = time.monotonic() - began
            conn.rollback()
        # released: the same save goes through
        with project.session_scope() as session:
            update_parcel(session, row_id, version, {"price_sek_m2": 654})
    finally:
        project.close()
        other.dispose()
    assert 0.4 <= waited < 5  # waited the lock timeout, not forever
    assert "nothing was saved" in caught.value.sentence("en")
    assert "ingenting sparades" in caught.value.sentence("sv")
    assert price != 654
    assert first_parcel(pg_demo_db)[2] == 654
