"""``kalixplan import``: parcels, plans, land-use areas or a reference layer from a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from kalixplan.cli import add_db_argument
from kalixplan.domain.choices import (
    ENCODINGS,
    IMPORT_KINDS,
    ON_DUPLICATE,
    ON_EXISTING_LAYER,
    ON_INVALID,
)
from kalixplan.domain.codes import ReferenceKind
from kalixplan.domain.errors import KalixPlanError, sentence_of


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="import parcels, plans, land-use areas or a reference layer from a file",
        description="Import from GeoPackage, Shapefile, GeoJSON, GML, KML, CSV (WKT or x/y "
        "columns) or XLSX. Everything is checked before anything is written, in one "
        "transaction.",
    )
    add_db_argument(p)
    p.add_argument("--kind", required=True, choices=IMPORT_KINDS)
    p.add_argument("file", help="the source file")
    p.add_argument("--layer", help="the layer to read when the file holds several")
    p.add_argument("--src-crs", type=int, metavar="EPSG", help="source CRS when the file has none")
    p.add_argument(
        "--override-crs",
        action="store_true",
        help="read the coordinates in --src-crs although the file states another CRS "
        "(a file that states the wrong one)",
    )
    p.add_argument(
        "--encoding",
        help=f"text encoding of a Shapefile without .cpg, e.g. {', '.join(ENCODINGS)}",
    )
    p.add_argument("--name", help="reference layer name (default: the source layer's name)")
    p.add_argument(
        "--ref-kind",
        default=None,
        choices=[k.value for k in ReferenceKind],
        help="what a reference layer represents (drives distances and flags); default: an "
        "existing layer's kind, else 'other'",
    )
    p.add_argument(
        "--on-existing",
        choices=ON_EXISTING_LAYER,
        help="a reference layer of that --name exists: replace its features, append to them "
        "or cancel (without it such an import is refused)",
    )
    p.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN",
        help="which source column feeds a field (repeatable); FIELD= unmaps it",
    )
    p.add_argument("--preset", help="use a saved field mapping")
    p.add_argument("--save-preset", metavar="NAME", help="save the mapping used under NAME")
    p.add_argument("--on-invalid", default="abort", choices=ON_INVALID)
    p.add_argument("--on-duplicate", default="update", choices=ON_DUPLICATE)
    p.add_argument("--geometry-columns", metavar="COL[,COL]", help="CSV: WKT column or x,y")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--report", metavar="FILE", help="save the report (.csv or .txt)")
    p.add_argument("--overwrite", action="store_true", help="let --report replace an existing file")
    p.set_defaults(func=run)


def _map_pairs(pairs: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs or ():
        field, sep, column = pair.partition("=")
        if not sep or not field.strip():
            raise KalixPlanError(
                f"--map '{pair}' must read FIELD=COLUMN, e.g. designation=FASTBET.",
                sv=f"--map '{pair}' ska skrivas FIELD=COLUMN, t.ex. designation=FASTBET.",
            )
        out[field.strip()] = column.strip()
    return out


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.importing.fields import load_preset, save_preset
    from kalixplan.services.importing.report import ImportOptions
    from kalixplan.services.importing.run import import_file
    from kalixplan.services.outputs import check_target
    from kalixplan.store.engine import open_project

    path = Path(args.file)
    if args.report:  # a report that may not be written is refused before anything is imported
        check_target(Path(args.report), protect=[args.db], overwrite=args.overwrite, what="report")
    project = open_project(args.db)
    try:
        mapping: dict[str, str] = {}
        if args.preset:
            with project.read_scope() as session:
                kind, mapping = load_preset(session, args.preset)
            if kind != args.kind:
                raise KalixPlanError(
                    f"Preset '{args.preset}' maps {kind}, not {args.kind}; choose another preset.",
                    sv=f"Mallen '{args.preset}' kopplar {kind}, inte {args.kind}; välj en annan "
                    "mall.",
                )
        mapping.update(_map_pairs(args.map))
        geometry_columns = (
            tuple(c.strip() for c in args.geometry_columns.split(","))
            if args.geometry_columns
            else None
        )
        options = ImportOptions(
            kind=args.kind,
            layer=args.layer,
            src_epsg=args.src_crs,
            override_crs=args.override_crs,
            encoding=args.encoding,
            mapping=mapping,
            on_invalid=args.on_invalid,
            on_duplicate=args.on_duplicate,
            name=args.name,
            ref_kind=args.ref_kind,
            on_existing_layer=args.on_existing,
            geometry_columns=geometry_columns,
        )
        report = import_file(project, path, options, dry_run=args.dry_run)
        if args.save_preset:
            with project.session_scope() as session:
                save_preset(session, args.save_preset, args.kind, mapping)
    finally:
        project.close()
    print(report.summary())
    for issue in report.issues[:20]:
        print(f"  skipped: {issue.describe()}")
    if len(report.issues) > 20:
        print(f"  … and {len(report.issues) - 20} more; see the report file.")
    if args.report:
        try:
            report.save(Path(args.report), overwrite=args.overwrite, protect=[args.db])
        except KalixPlanError as exc:
            raise KalixPlanError(
                f"The import is saved, but its report is not: {sentence_of(exc, 'en')}",
                sv=f"Importen är sparad, men inte dess rapport: {sentence_of(exc, 'sv')}",
            ) from exc
        print(f"Report saved to {args.report}.")
    return 0
