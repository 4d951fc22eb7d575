"""Running a script of SQL statements on a raw SQLite connection, inside its transaction."""

from __future__ import annotations

import sqlite3


def run_script(dbapi_conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the current transaction.

    ``executescript`` would commit the open transaction first, so statements
    are split with SQLite's own completeness test and run one by one.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            dbapi_conn.execute(pending)
            pending = ""
    if pending.strip():
        dbapi_conn.execute(pending)
