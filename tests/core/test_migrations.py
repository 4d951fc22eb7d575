"""An older project database is upgraded when it is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from kalixplan.store.engine import Project, open_project
from kalixplan.store.migrations import _config, current_revision, head_revision


def titles_present(project: Project) -> bool:
    with project.engine.connect() as conn:
        if project.is_sqlite:
            return bool(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_data_columns'"
                ).scalar()
            )
        comment = conn.execute(
            text(
                "SELECT col_description('parcels'::regclass, "
                "(SELECT attnum FROM pg_attribute WHERE attrelid = 'parcels'::regclass "
                "AND attname = 'designation'))"
            )
        ).scalar()
        return comment is not None


def test_new_database_is_at_head(project: Project) -> None:
    with project.engine.connect() as conn:
        assert current_revision(conn) == head_revision() == "0003"
    assert titles_present(project)


def test_older_database_is_upgraded_on_open(project: Project) -> None:
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0001")
    assert not titles_present(project)
    project.close()
    reopened = open_project(project.db)
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == "0003"
        assert titles_present(reopened)
    finally:
        reopened.close()


def _guard_schema(project: Project) -> dict[str, str]:
    """The outside-edit triggers (and on SQLite the edited table definitions)."""
    with project.engine.connect() as conn:
        if project.is_sqlite:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'kalixplan_%' "
                "OR (type = 'table' AND name IN ('plans', 'actors'))"
            ).all()
            # ADD COLUMN appends facts_stale: compare the parcels columns, not the text.
            info = conn.exec_driver_sql("PRAGMA table_info(parcels)").all()
            rows += [(f"parcels.{r[1]}", f"{r[2]} {r[3]} {r[4]}") for r in info]
        else:
            rows = conn.exec_driver_sql(
                "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
                "WHERE p.proname LIKE 'kalixplan_%%' UNION ALL "
                "SELECT tgname || ' ON ' || tgrelid::regclass::text, pg_get_triggerdef(oid) "
                "FROM pg_trigger WHERE tgname LIKE 'kalixplan_%%' UNION ALL "
                "SELECT table_name || '.' || column_name, coalesce(column_default, '') "
                "FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name IN ('parcels', 'plans', 'actors')"
            ).all()
    return {str(name): str(sql) for name, sql in rows}


def test_revision_0003_installs_what_a_new_project_has(project: Project) -> None:
    fresh = _guard_schema(project)
    assert any("kalixplan_parcels" in name for name in fresh)
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0002")
    assert not any(name.startswith("kalixplan_parcels") for name in _guard_schema(project))
    project.close()
    reopened = open_project(project.db)
    try:
        assert _guard_schema(reopened) == fresh
    finally:
        reopened.close()


def test_a_file_with_alembic_version_keeps_its_revision_out_of_qgis_list(
    tmp_path: Path,
) -> None:
    """Files written before the rename kept the revision in 'alembic_version', which QGIS
    listed as a layer that cannot be loaded; opening moves it to the extension table."""
    import sqlite3

    from kalixplan.store.engine import create_project

    db = tmp_path / "old.gpkg"
    create_project(str(db), 3018).close()
    raw = sqlite3.connect(db)
    raw.execute('ALTER TABLE "gpkgext_kalixplan_revision" RENAME TO "alembic_version"')
    raw.execute("DELETE FROM gpkg_extensions WHERE table_name = 'gpkgext_kalixplan_revision'")
    raw.commit()
    raw.close()
    reopened = open_project(str(db))
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
            registered = {
                r[0] for r in conn.exec_driver_sql("SELECT table_name FROM gpkg_extensions")
            }
    finally:
        reopened.close()
    assert "alembic_version" not in tables and "gpkgext_kalixplan_revision" in tables
    assert {"gpkgext_kalixplan_revision", "gpkgext_kalixplan_outside_edits"} <= registered


def test_opening_twice_registers_each_internal_table_once(demo_path: Path) -> None:
    for _ in range(3):
        open_project(str(demo_path)).close()
    reopened = open_project(str(demo_path))
    try:
        with reopened.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT table_name, count(*) FROM gpkg_extensions "
                "WHERE table_name LIKE 'gpkgext_%' GROUP BY table_name"
            ).all()
    finally:
        reopened.close()
    assert dict(rows) == {"gpkgext_kalixplan_outside_edits": 1, "gpkgext_kalixplan_revision": 1}


def test_revisions_import_no_live_code() -> None:
    """A revision is history: it must give the same result when the code has moved on.

    Each one carries its SQL and data frozen (issue "One edit path": 0002 used to
    import the live ``COLUMN_TITLES``), so it may import Alembic, SQLAlchemy and
    the standard library, never ``kalixplan``.
    """
    import ast

    folder = Path(__file__).resolve().parents[2] / "kalixplan" / "store" / "migrations" / "versions"
    revisions = sorted(folder.glob("0*.py"))
    assert len(revisions) >= 3
    for path in revisions:
        tree = ast.parse(path.read_text("utf-8"))
        imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        imported += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [m for m in imported if m.startswith(("kalixplan", "ui"))], path.name


def test_revision_0002_writes_the_titles_new_projects_get(project: Project) -> None:
    """The frozen titles of 0002 are the ones a new project is created with today."""
    import importlib.util

    from kalixplan.store.columns import COLUMN_TITLES, ENUM_CONSTRAINTS

    folder = Path(__file__).resolve().parents[2] / "kalixplan" / "store" / "migrations" / "versions"
    spec = importlib.util.spec_from_file_location("rev0002", folder / "0002_column_titles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TITLES == COLUMN_TITLES
    assert module.ENUMS == {f"{t}.{c}": v for (t, c), v in ENUM_CONSTRAINTS.items()}
