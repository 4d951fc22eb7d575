"""A plan's versions from the change log (issue 13, item 1: object versions with their
validity dates, NS Detaljplan 4.1 objektversion, versionGiltigFran, versionGiltigTill)."""

from __future__ import annotations

from datetime import date

from shapely.geometry import box

from kalixplan.services.history import row_history
from kalixplan.services.plans import create_plan, get_plan, update_plan
from kalixplan.store.engine import Project


def test_each_save_is_a_version_valid_until_the_next(project: Project) -> None:
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P9",
                "name": "Bredviken",
                "status": "started",
                "started_date": date(2025, 1, 10),
                "geom": box(150_000, 7_310_000, 150_200, 7_310_100),
            },
        )
    with project.session_scope() as s:
        plan = update_plan(s, plan.id, plan.version, {"status": "consultation",
                                                      "consultation_date": date(2025, 3, 1)})  # fmt: skip
    with project.session_scope() as s:
        plan = update_plan(s, plan.id, plan.version, {"name": "Bredviken etapp 2"})
    with project.read_scope() as s:
        now = get_plan(s, plan.id)
        history = row_history(s, "plans", plan.id, now.version)
    assert [h.version for h in history] == [3, 2, 1] and now.version == 3
    assert history[0].valid_to is None
    assert history[1].valid_to == history[0].valid_from
    assert history[2].action == "insert" and history[2].user == "tester"
    assert ("name", "Bredviken", "Bredviken etapp 2") in history[0].changes
    assert dict((f, (o, n)) for f, o, n in history[1].changes)["status"] == (
        "started",
        "consultation",
    )


def test_a_save_in_another_program_is_a_version_too(tmp_path: object) -> None:
    """GDAL (as QGIS writes the file): the file's triggers bump the version and log it."""
    import subprocess
    from pathlib import Path

    from kalixplan.store.engine import create_project, open_project

    db = Path(str(tmp_path)) / "p.gpkg"
    project = create_project(str(db), 3018)
    with project.session_scope() as s:
        plan = create_plan(s, {"designation": "2514-P9", "name": "Bredviken", "status": "started"})
    project.close()
    done = subprocess.run(
        ["ogrinfo", "-q", str(db), "-sql", "UPDATE plans SET name = 'Bredviken norra'"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "ERROR" not in done.stderr, done.stderr
    project = open_project(str(db))
    try:
        with project.read_scope() as s:
            now = get_plan(s, plan.id)
            history = row_history(s, "plans", plan.id, now.version)
    finally:
        project.close()
    assert [(h.version, h.user) for h in history] == [(2, "QGIS/external"), (1, "tester")]
    assert history[0].changes == (("name", "Bredviken", "Bredviken norra"),)
