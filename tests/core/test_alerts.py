"""Alerts at start: expired and expiring reservations, ending periods, due next steps."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from kalixplan.domain.rows import ActivityRow
from kalixplan.services.actors import update_activity
from kalixplan.services.alerts import (
    IMPLEMENTATION_ENDING,
    NEXT_STEP_DUE,
    RESERVATION_EXPIRED,
    RESERVATION_EXPIRING,
    alerts_exist,
    collect_alerts,
)
from kalixplan.store.engine import open_project


def _ids(alerts, kind):  # type: ignore[no-untyped-def]
    return {a.row_id for a in alerts if a.kind == kind}


def test_demo_alerts_match_the_database(demo_path: Path) -> None:
    today = date.today()
    project = open_project(str(demo_path))
    with project.session_scope() as s:
        alerts = collect_alerts(s, today)
    project.close()
    conn = sqlite3.connect(demo_path)
    iso = today.isoformat()
    soon = (today + timedelta(days=30)).isoformat()
    expired = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM parcels WHERE status = 'reserved' AND reserved_until < ?", (iso,)
        )
    }
    expiring = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM parcels WHERE status = 'reserved' AND reserved_until BETWEEN ? AND ?",
            (iso, soon),
        )
    }
    due = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM activities WHERE next_step_due <= ? AND done = 0", (iso,)
        )
    }
    conn.close()
    assert expired and due and expiring  # the demo has each kind
    assert _ids(alerts, RESERVATION_EXPIRED) == expired
    assert _ids(alerts, RESERVATION_EXPIRING) == expiring
    assert _ids(alerts, NEXT_STEP_DUE) == due
    assert _ids(alerts, IMPLEMENTATION_ENDING)  # P102 ends within 12 months in the demo
    # Most urgent first: expired reservations lead the list.
    assert alerts[0].kind == RESERVATION_EXPIRED and alerts[0].overdue
    first = alerts[0]
    assert "expired" in first.message("en", today) and "gick ut" in first.message("sv", today)


def test_done_steps_and_quiet_projects(demo_path: Path) -> None:
    today = date.today()
    project = open_project(str(demo_path))
    with project.session_scope() as s:
        before = collect_alerts(s, today)
        step = next(a for a in before if a.kind == NEXT_STEP_DUE)
        from kalixplan.domain.rows import row_from
        from kalixplan.services.editing import load
        from kalixplan.store.models import Activity

        row = row_from(load(s, Activity, step.row_id), ActivityRow)
        update_activity(s, row.id, row.version, {"done": True})
    with project.session_scope() as s:
        after = collect_alerts(s, today)
        assert step.row_id not in _ids(after, NEXT_STEP_DUE)
        # Ten years back nothing was due yet and nothing had expired.
        assert not [a for a in collect_alerts(s, today - timedelta(days=3650)) if a.overdue]
        assert alerts_exist(s, today)
    project.close()
