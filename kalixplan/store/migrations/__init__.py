"""Alembic migrations, run in-process when an older project database is opened.

A new database is created from the models and stamped with the newest
revision (Alembic's cookbook way); revisions after the baseline upgrade
databases created by older versions.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

_HERE = Path(__file__).parent


def _config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database."""
    return MigrationContext.configure(conn).get_current_revision()


def stamp_head(conn: Connection) -> None:
    """Mark a freshly created database as being at the newest revision."""
    command.stamp(_config(conn), "head")


def upgrade_to_head(conn: Connection) -> None:
    """Bring an older database up to the newest revision (no-op when current)."""
    if current_revision(conn) != head_revision():
        command.upgrade(_config(conn), "head")
