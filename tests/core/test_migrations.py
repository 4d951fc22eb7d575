"""An older project database is upgraded when it is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from kalixplan.store.engine import Project, open_project
from kalixplan.store.migrations import HEAD, _config, current_revision, head_revision


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
        assert current_revision(conn) == head_revision() == HEAD == "0006"
    assert titles_present(project)


def test_older_database_is_upgraded_on_open(project: Project) -> None:
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0001")
    assert not titles_present(project)
    project.close()
    reopened = open_project(project.db)
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == "0006"
        assert titles_present(reopened)
    finally:
        reopened.close()


def _guard_schema(project: Project) -> dict[str, str]:
    """The outside-edit triggers (and on SQLite the edited table definitions)."""
    with project.engine.connect() as conn:
        if project.is_sqlite:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'kalixplan_%' "
                "OR (type = 'table' AND name = 'actors')"
            ).all()
            # ADD COLUMN appends facts_stale (0003) and decision_type (0004): compare the
            # columns, and that an explicit NULL takes the default, not the text's order.
            for table in ("parcels", "plans"):
                info = conn.exec_driver_sql(f"PRAGMA table_info({table})").all()
                rows += [(f"{table}.{r[1]}", f"{r[2]} {r[3]} {r[4]}") for r in info]
                sql = conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
                ).scalar_one()
                rows.append((f"{table} replaces NULL", str(sql.count("ON CONFLICT REPLACE"))))
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


def _revision(name: str) -> Any:
    import importlib.util

    folder = Path(__file__).resolve().parents[2] / "kalixplan" / "store" / "migrations" / "versions"
    spec = importlib.util.spec_from_file_location(f"rev{name[:4]}", folder / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_revisions_0002_0004_0005_write_the_titles_new_projects_get(project: Project) -> None:
    """The frozen titles of 0002, with what 0004 and 0005 add, are a new project's."""
    from kalixplan.store.columns import COLUMN_TITLES, ENUM_CONSTRAINTS

    titles = {t: dict(c) for t, c in _revision("0002_column_titles.py").TITLES.items()}
    enums = {k: (n, dict(v)) for k, (n, v) in _revision("0002_column_titles.py").ENUMS.items()}
    later = _revision("0004_decisions_and_tillsyn.py")
    for table, more in later.TITLES.items():
        titles.setdefault(table, {}).update(more)
    for key, (name, values) in later.ENUMS.items():
        enums.setdefault(key, (name, {}))[1].update(values)
    provisions = _revision("0005_provisions.py")
    titles["provisions"] = dict(provisions.TITLES)
    titles["parcels"]["public"] = provisions.PUBLIC_TITLE
    titles["documents"] = dict(provisions.DOCUMENT_TITLES)
    titles["plans"].update(provisions.PLAN_TITLES)
    titles["parcels"].update(provisions.PARCEL_TITLES)
    enums["provisions.kind"] = (provisions.KIND_ENUM[0], dict(provisions.KIND_ENUM[1]))
    assert titles == COLUMN_TITLES
    assert enums == {f"{t}.{c}": v for (t, c), v in ENUM_CONSTRAINTS.items()}


class Refused(Exception):
    """The database refused an outside statement (its message is GDAL's or the server's)."""


def _outside(project: Project, sql: str) -> None:
    """One statement from a client that is not KalixPlan: GDAL's ``ogrinfo -sql`` (how QGIS
    writes a GeoPackage) or a plain server connection (as psql)."""
    import subprocess

    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    if project.is_sqlite:
        done = subprocess.run(
            ["ogrinfo", "-q", project.db, "-sql", sql], capture_output=True, text=True, timeout=60
        )
        if "ERROR" in done.stderr or done.returncode != 0:
            raise Refused(done.stderr)
        return
    engine = create_engine(project.db, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(sql)
    except DBAPIError as exc:
        raise Refused(str(exc)) from exc
    finally:
        engine.dispose()


def test_revision_0004_carries_plans_over_and_knows_tillsyn(project: Project) -> None:
    """A project of the previous release (0003) with its plans opens at 0004: every plan
    is kept, is a new plan (what it was registered as), and the database's own rules now
    know tillsyn (PBL 11 kap. 10-12 §§) and the beslutstyp code list."""
    from datetime import date

    from kalixplan.services.plans import create_plan, list_plans

    with project.session_scope() as s:
        create_plan(
            s,
            {
                "designation": "2514-P1",
                "name": "Hamnen",
                "status": "adopted",
                "adopted_date": date(2026, 1, 1),
            },
        )
    with project.read_scope() as s:
        before = {p.designation: (p.uuid, p.version, p.name) for p in list_plans(s)}
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0003")
    with pytest.raises(Refused, match="plan status"):
        _outside(project, "UPDATE plans SET status = 'supervision'")
    project.close()
    reopened = open_project(project.db)
    try:
        with reopened.read_scope() as s:
            rows = list_plans(s)
        assert {p.designation: (p.uuid, p.version, p.name) for p in rows} == before
        assert {p.decision_type for p in rows} == {"new_plan"}
        _outside(reopened, "UPDATE plans SET status = 'supervision'")  # adopted -> tillsyn
        with pytest.raises(Refused, match="decision type"):
            _outside(reopened, "UPDATE plans SET decision_type = 'merger'")
        with reopened.read_scope() as s:
            assert [(p.status, p.version) for p in list_plans(s)] == [("supervision", 2)]
    finally:
        reopened.close()


def _provisions_schema(project: Project) -> dict[str, str]:
    """The provisions table as GIS tools and the guards see it, on either engine."""
    with project.engine.connect() as conn:
        if project.is_sqlite:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('provisions', "
                "'rtree_provisions_geom') UNION ALL SELECT 'contents', data_type || ' ' || "
                "identifier || ' ' || srs_id FROM gpkg_contents WHERE table_name = 'provisions' "
                "UNION ALL SELECT 'geometry', geometry_type_name || ' ' || srs_id FROM "
                "gpkg_geometry_columns WHERE table_name = 'provisions' UNION ALL SELECT "
                "'extension', extension_name FROM gpkg_extensions WHERE table_name = 'provisions' "
                "UNION ALL SELECT 'title ' || column_name, title || ' ' || "
                "coalesce(constraint_name, '') FROM gpkg_data_columns "
                "WHERE table_name = 'provisions'"
            ).all()
        elif conn.exec_driver_sql("SELECT to_regclass('public.provisions')").scalar() is None:
            rows = []
        else:
            rows = conn.exec_driver_sql(
                "SELECT column_name, data_type || ' ' || is_nullable || ' ' || "
                "coalesce(column_default, '') FROM information_schema.columns "
                "WHERE table_name = 'provisions' UNION ALL SELECT indexname, indexdef "
                "FROM pg_indexes WHERE tablename = 'provisions' UNION ALL "
                "SELECT 'srid', Find_SRID('public', 'provisions', 'geom')::text UNION ALL "
                "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                "WHERE tgrelid = 'provisions'::regclass AND tgname LIKE 'kalixplan_%%'"
            ).all()
    return {str(name): str(sql) for name, sql in rows}


def test_revision_0005_adds_provisions_as_a_new_project_has_them(project: Project) -> None:
    """A project of the previous release (0004) opens at 0005 with its plans as they were
    and a provisions layer identical to a new project's: registered for GIS tools with
    its R-tree (GeoPackage 1.2) or GiST index, titles, and the guards' code lists."""
    from kalixplan.services.plans import create_plan, list_plans

    with project.session_scope() as s:
        create_plan(s, {"designation": "2514-P1", "name": "Hamnen", "status": "started"})
    with project.read_scope() as s:
        before = [(p.uuid, p.version, p.designation) for p in list_plans(s)]
    fresh = _provisions_schema(project)
    guards = _guard_schema(project)
    assert "contents" in fresh or "srid" in fresh
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0004")
    assert _provisions_schema(project) == {}
    project.close()
    reopened = open_project(project.db)
    try:
        assert _provisions_schema(reopened) == fresh
        assert _guard_schema(reopened) == guards
        with reopened.read_scope() as s:
            assert [(p.uuid, p.version, p.designation) for p in list_plans(s)] == before
        # The database's own rules know the new code lists (NS 4.1 vardetyp).
        with pytest.raises(Refused, match="value kind"):
            _outside(
                reopened,
                "INSERT INTO provisions (plan_id, kind, code, wording, value_kind) "
                "SELECT id, 'property', 'h1', 'Högsta nockhöjd', 'highest' FROM plans",
            )
    finally:
        reopened.close()


def test_revision_0006_lets_reference_layers_be_property_maps(project: Project) -> None:
    """A project of the previous release (0005) opens at 0006 with the guards a new project
    has: a reference layer may be a property map (fastighetsindelning), written by QGIS or
    psql as well as by KalixPlan, while an unknown kind is still refused. Going back turns
    property maps into 'other', the kind they were imported as before."""
    from kalixplan.services.reference import create_reference_layer, list_reference_layers

    guards = _guard_schema(project)
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0005")
    with pytest.raises(Refused, match="reference layer kind"):
        _outside(
            project,
            "INSERT INTO reference_layers (name, kind) VALUES ('Fastigheter', 'property')",
        )
    project.close()
    reopened = open_project(project.db)
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == "0006"
        assert _guard_schema(reopened) == guards
        _outside(
            reopened,
            "INSERT INTO reference_layers (name, kind) VALUES ('Fastigheter', 'property')",
        )
        with pytest.raises(Refused, match="reference layer kind"):
            _outside(
                reopened, "INSERT INTO reference_layers (name, kind) VALUES ('Tomter', 'plots')"
            )
        with reopened.session_scope() as s:
            create_reference_layer(s, "Fastighetsindelning Kalix", "property", [])
        with reopened.read_scope() as s:
            kinds = {layer.name: layer.kind for layer in list_reference_layers(s)}
        assert kinds == {"Fastigheter": "property", "Fastighetsindelning Kalix": "property"}
        with reopened.engine.begin() as conn:
            command.downgrade(_config(conn), "0005")
        with reopened.read_scope() as s:
            assert {layer.kind for layer in list_reference_layers(s)} == {"other"}
    finally:
        reopened.close()
