"""``kalixplan export``: a register, or a filter of it, to a file; the format follows the extension."""

from __future__ import annotations

import argparse
from pathlib import Path

from kalixplan.cli import add_db_argument, parse_pairs
from kalixplan.domain.choices import EXPORT_KINDS as KINDS
from kalixplan.domain.errors import KalixPlanError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export parcels, plans, actors or a reference layer")
    add_db_argument(p)
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--name", help="reference layer name (with --kind reference)")
    p.add_argument(
        "--where",
        action="append",
        metavar="FIELD=VALUE",
        help="keep rows whose field has this value (repeatable)",
    )
    p.add_argument(
        "--lang",
        choices=("sv", "en"),
        default="en",
        help="column headers: Swedish or the stable English field names (default)",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing file (a project database is never replaced)",
    )
    p.add_argument(
        "out",
        help="output file: .gpkg, .geojson, .shp, .csv (with WKT) or .xlsx; plans to .json are "
        "written in NS Detaljplan 4.1 (Lantmäteriet's national specification) with a report "
        "of what the national platform would stop on",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.export.layers import export_layer
    from kalixplan.services.outputs import check_target
    from kalixplan.store.engine import open_project

    where = parse_pairs(args.where, "--where")
    # Refused before the project is even opened: it stays byte for byte as it was.
    check_target(Path(args.out), protect=[args.db], overwrite=args.overwrite, what="export")
    project = open_project(args.db)
    if args.kind == "plans" and Path(args.out).suffix.lower() == ".json":
        from kalixplan.services.ns_detaljplan.writer import export_plans

        try:
            if where:
                raise KalixPlanError(
                    "--where is not used for NS Detaljplan 4.1: a delivery holds whole plans; "
                    "export to .geojson or .gpkg to filter.",
                    sv="--where används inte för NS Detaljplan 4.1: en leverans innehåller hela "
                    "planer; exportera till .geojson eller .gpkg för att filtrera.",
                )
            report = export_plans(project, Path(args.out))
        finally:
            project.close()
        print("\n".join(report.lines()))
        return 0
    try:
        count = export_layer(
            project,
            args.kind,
            Path(args.out),
            name=args.name,
            where=where,
            lang=args.lang,
            overwrite=args.overwrite,
        )
    finally:
        project.close()
    print(f"Exported {count} {args.kind} to {args.out}.")
    return 0
