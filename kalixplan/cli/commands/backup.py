"""``kalixplan backup``: an online copy of a GeoPackage project."""

from __future__ import annotations

import argparse
from pathlib import Path

from kalixplan.cli import add_db_argument
from kalixplan.store.location import describe_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="copy the project database safely while it is in use")
    add_db_argument(p)
    p.add_argument("--out", required=True, help="backup file to create")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.backup import backup_project
    from kalixplan.store.engine import open_project

    project = open_project(args.db)
    try:
        backup_project(project, Path(args.out))
    finally:
        project.close()
    print(f"Backed up {describe_db(args.db)} to {args.out}.")
    return 0
