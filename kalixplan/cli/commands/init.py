"""``kalixplan init``: create a project database, empty or with the Kalix demo data."""

from __future__ import annotations

import argparse

from kalixplan.cli import add_db_argument
from kalixplan.domain.choices import DEFAULT_PROJECT_EPSG, DEMO_EPSG
from kalixplan.store.location import describe_db


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
    p.add_argument(
        "--municipality",
        metavar="KOMMUNKOD",
        help="the project's municipality (four digits, e.g. 2514 for Kalix): imported parcels "
        "and plans must lie in it (10 km margin)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.geo.crs import crs_name

    epsg = args.crs or (DEMO_EPSG if args.demo else DEFAULT_PROJECT_EPSG)
    municipality = None
    if args.municipality and not args.demo:  # the demo is Kalix's
        from kalixplan.geo.municipality import municipality_name

        municipality = (args.municipality.strip(), municipality_name(args.municipality))
    init_project(args.db, epsg, demo=args.demo, lang=args.lang or "sv", municipality=municipality)
    what = "with the Kalix demo data (example data)" if args.demo else "empty"
    print(f"Created {describe_db(args.db)} in EPSG:{epsg} ({crs_name(epsg)}), {what}.")
    return 0


def init_project(
    db: str,
    epsg: int,
    *,
    demo: bool,
    lang: str = "sv",
    municipality: tuple[str, str] | None = None,
) -> None:
    """Create the database (and the demo in the same transaction) and close it.

    Args:
        lang: the project's language (``--lang``): the words QGIS shows for its layers.
    """
    from kalixplan.services.projects import new_project

    new_project(db, epsg, demo=demo, lang=lang, municipality=municipality).close()
