"""``kalixplan print``: a true-scale map sheet or prospectus sheets as PDF, headless."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from kalixplan.cli import add_db_argument, parse_pairs
from kalixplan.domain.errors import KalixPlanError, NotFound
from kalixplan.domain.language import check_lang
from kalixplan.printing.paper import parse_paper
from kalixplan.printing.scale import check_scale
from kalixplan.printing.spec import MapSpec, municipality_spec


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="print a true-scale map or prospectus sheets to PDF")
    add_db_argument(p)
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--paper", default="A3", help="A4 or A3 (default A3; prospectus: A4)")
    p.add_argument(
        "--landscape",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="landscape (or --no-landscape: portrait) orientation; default portrait, "
        "with --overview the one that holds the municipality at the larger scale",
    )
    p.add_argument(
        "--scale",
        type=float,
        help="scale denominator from 500 to 500000, e.g. 10000 for 1:10 000",
    )
    p.add_argument(
        "--overview",
        action="store_true",
        help="the whole municipality (its boundary and every parcel) on one sheet, "
        "at the largest nice scale that holds it",
    )
    p.add_argument(
        "--where",
        action="append",
        metavar="FIELD=VALUE",
        help="print the parcels whose field has this value (repeatable)",
    )
    p.add_argument("--title", default="", help="title of the sheet")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="language of the sheet")
    p.add_argument("--prospectus", action="store_true", help="one prospectus page per parcel")
    p.add_argument(
        "--grid",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="coordinate ticks at round values along the map frame (default: on)",
    )
    p.add_argument(
        "--logo", metavar="FILE", help="a PNG, JPEG or SVG logo for the sheet's logo box"
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing PDF (a project database is never replaced)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    where = parse_pairs(args.where, "--where")
    from kalixplan.services.outputs import check_target
    from kalixplan.services.printing import (
        matching_parcel_ids,
        municipality_extent,
        parcels_extent,
    )
    from kalixplan.store.engine import open_project

    lang = check_lang(args.lang)
    paper = parse_paper(args.paper)
    if args.overview and (args.prospectus or where):
        raise KalixPlanError(
            "--overview prints the whole municipality; leave out --prospectus and --where.",
            sv="--overview skriver ut hela kommunen; utelämna --prospectus och --where.",
        )
    scale = check_scale(args.scale) if args.scale is not None else None
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise KalixPlanError(
            f"--out '{out}' must be a .pdf file.", sv=f"--out '{out}' måste vara en .pdf-fil."
        )
    if not out.parent.exists():
        raise KalixPlanError(
            f"The folder of '{out}' does not exist; create it first.",
            sv=f"Mappen för '{out}' finns inte; skapa den först.",
        )
    # Refused before the project is opened: it stays byte for byte as it was.
    check_target(out, protect=[args.db], overwrite=args.overwrite, what="PDF")
    logo = Path(args.logo) if args.logo else None
    _headless_app()
    if logo is not None:
        from ui.printing.logo import load_logo

        with _decoder_noise_hidden():
            load_logo(logo)  # a wrong file is one sentence before anything is opened or written
    project = open_project(args.db)
    try:
        with project.read_scope() as session:
            ids = matching_parcel_ids(session, where)
            if not ids:
                raise NotFound(
                    "No parcel matches the --where condition; nothing was printed.",
                    sv="Ingen fastighet matchar villkoret i --where; ingenting skrevs ut.",
                )
            area = municipality_extent(session) if args.overview else parcels_extent(session, ids)
        if args.prospectus:
            from ui.printing.prospectus import write_prospectus_pdf

            pages = write_prospectus_pdf(
                project, ids, lang, out, logo=logo, overwrite=args.overwrite
            )
        else:
            from ui.printing.pdf import write_map_pdf

            if args.overview:
                spec = municipality_spec(
                    area, paper, lang, landscape=args.landscape, scale=scale, title=args.title
                )
                spec = replace(spec, grid=args.grid, logo=logo)
            else:
                spec = MapSpec(
                    area=area,
                    paper=paper,
                    landscape=bool(args.landscape),
                    scale=scale,
                    title=args.title,
                    lang=lang,
                    grid=args.grid,
                    logo=logo,
                )
            write_map_pdf(project, spec, out, overwrite=args.overwrite)
            pages = 1
            _note_if_cut(spec)
    finally:
        project.close()
    print(f"Printed {len(ids)} parcels on {pages} page(s) to {out}.")
    return 0


def _note_if_cut(spec: MapSpec) -> None:
    """Say so when the parcels need a smaller scale than a printout offers."""
    from kalixplan.printing.paper import map_layout
    from kalixplan.printing.scale import MAX_SCALE, OVERVIEW_SCALES, fitting_scale, format_scale

    if spec.scale is not None:
        return
    frame = map_layout(spec.paper, spec.landscape).map_frame
    needed = fitting_scale(
        spec.area, frame.w, frame.h, padding=spec.fit_padding, scales=OVERVIEW_SCALES
    )
    if needed > MAX_SCALE:
        print(
            f"Note: all the parcels need {format_scale(needed)}; the sheet shows their middle "
            f"at {format_scale(MAX_SCALE)}. Use --where to print one area at a time."
        )


@contextmanager
def _decoder_noise_hidden() -> Iterator[None]:
    """Hide what image decoders write to stderr themselves ('libpng error: ...').

    libpng prints its complaint straight to file descriptor 2, past Qt's message
    handler; the user gets one sentence from ``load_logo`` instead. Only the
    command line does this: it is one thread, and no other output is lost.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _headless_app() -> None:
    """A QGuiApplication on the offscreen platform (fonts need one; no window opens)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _APP
        _APP = QGuiApplication(["kalixplan-print"])


_APP: object | None = None
