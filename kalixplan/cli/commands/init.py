"""``kalixplan init``: create a project database, empty or with the Kalix demo data."""

from __future__ import annotations

import argparse
import sys

from kalixplan.cli import add_db_argument
from kalixplan.geo.crs import DEFAULT_PROJECT_EPSG, crs_name
from kalixplan.services.demo import DEMO_EPSG, build_demo
from kalixplan.store.engine import create_project, is_url
from kalixplan.store.gpkg import update_extents


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create a project database (empty or with the Kalix demo)")
    add_db_argument(p)
    p.add_argument("--demo", action="store_true", help="fill it with the Kalix demo data")
    p.add_argument(
        "--crs",
        type=int,
        default=None,
        help=f"project CRS as an EPSG code (default {DEFAULT_PROJECT_EPSG}; "
        f"{DEMO_EPSG} with --demo)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    epsg = args.crs or (DEMO_EPSG if args.demo else DEFAULT_PROJECT_EPSG)
    init_project(args.db, epsg, demo=args.demo)
    what = "with the Kalix demo data (example data)" if args.demo else "empty"
    print(f"Created {args.db} in EPSG:{epsg} ({crs_name(epsg)}), {what}.")
    return 0


def init_project(db: str, epsg: int, *, demo: bool) -> None:
    """Create the database and, with ``demo``, fill it in the same transaction."""
    project = create_project(db, epsg)
    try:
        if demo:
            try:
                with project.session_scope() as session:
                    build_demo(session, epsg)
            except BaseException:
                project.close()
                _remove(db)
                raise
        if project.is_sqlite:
            with project.engine.begin() as conn:
                update_extents(conn.connection.dbapi_connection)  # type: ignore[arg-type]
    finally:
        project.close()


def _remove(db: str) -> None:
    if is_url(db):
        print("The server database was left with an empty schema.", file=sys.stderr)
        return
    from pathlib import Path

    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
