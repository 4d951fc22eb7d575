"""An older project database is upgraded when it is opened."""

from __future__ import annotations

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
        assert current_revision(conn) == head_revision() == "0002"
    assert titles_present(project)


def test_older_database_is_upgraded_on_open(project: Project) -> None:
    with project.engine.begin() as conn:
        command.downgrade(_config(conn), "0001")
    assert not titles_present(project)
    project.close()
    reopened = open_project(project.db)
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == "0002"
        assert titles_present(reopened)
    finally:
        reopened.close()
