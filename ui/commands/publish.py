"""``kalixplan publish``: the public "ledig mark" site, with a prospectus PDF per parcel.

The pages come from the Qt-free ``kalixplan.services.publish``; this command adds
the prospectus PDFs, painted by the print machinery (``ui.printing.prospectus``)
with a QGuiApplication on the offscreen platform, which is why it lives in ``ui``.
Each PDF is one A4 page (the prospectus's parcel page) without what stays inside:
the owner always, prices unless ``--with-prices``, and on its map only published
parcels.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kalixplan.cli import add_db_argument
from kalixplan.domain.language import Lang

if TYPE_CHECKING:
    from kalixplan.services.publish.run import ProspectusWriter
    from kalixplan.store.engine import Project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "publish",
        help="write the public bilingual 'ledig mark' website of the published parcels",
        description=(
            "Write a static website (one folder; opens from disk or any web host) of the "
            "parcels marked public and available: an overview with a map and a filterable "
            "list, a page per area and per parcel, and each parcel's prospectus PDF. "
            "The folder is replaced at once, and only if KalixPlan published it before."
        ),
    )
    add_db_argument(p)
    p.add_argument("--out", required=True, metavar="DIR", help="the site folder")
    p.add_argument(
        "--lang",
        default="sv,en",
        metavar="sv,en",
        help="the site's languages, the first the default (default: sv,en)",
    )
    p.add_argument(
        "--with-prices", action="store_true", help="show the price per m² (off by default)"
    )
    p.add_argument("--logo", metavar="FILE", help="the municipality's PNG, JPEG or SVG logo")
    p.add_argument(
        "--colour",
        default=None,
        metavar="#RRGGBB",
        help="the municipality's colour for the page header (default #1f3b57)",
    )
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="where the site will be served (absolute hreflang and structured-data links)",
    )
    p.add_argument("--no-pdf", action="store_true", help="leave out the prospectus PDFs (faster)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.publish.run import (
        DEFAULT_COLOUR,
        PublishOptions,
        check_options,
        parse_langs,
        publish_site,
    )
    from kalixplan.store.engine import open_project

    options = PublishOptions(
        langs=parse_langs(args.lang),
        with_prices=args.with_prices,
        logo=Path(args.logo) if args.logo else None,
        colour=args.colour or DEFAULT_COLOUR,
        base_url=args.base_url,
    )
    check_options(options)  # a wrong option is one sentence before anything is opened
    writer = None
    if not args.no_pdf:
        from ui.commands.print import _headless_app

        _headless_app()
    project = open_project(args.db)
    try:
        if not args.no_pdf:
            writer = prospectus_writer(project, options.with_prices, options.logo)
        result = publish_site(project, Path(args.out), options, prospectus=writer)
    finally:
        project.close()
    print(
        f"Published {result.parcels} parcels on {result.pages} pages"
        + (f" with {result.pdfs} prospectus PDFs" if result.pdfs else "")
        + f" to {result.folder}."
    )
    return 0


def prospectus_writer(project: Project, with_prices: bool, logo: Path | None) -> ProspectusWriter:
    """A writer of one parcel's one-page public prospectus (see the module docstring)."""
    import dataclasses

    from PySide6.QtGui import QPainter

    from kalixplan.printing.labels import text
    from kalixplan.printing.paper import Paper
    from kalixplan.services.publish.gather import SiteParcel, public_map_content, public_sheet
    from ui.printing.canvas import Canvas
    from ui.printing.pdf import device_dpi, pdf_buffer, pdf_writer, save_pdf
    from ui.printing.prospectus import prepare_prospectus
    from ui.printing.prospectus_pages import draw_site

    published: frozenset[int] | None = None

    def write(parcel: SiteParcel, lang: Lang, target: Path) -> None:
        nonlocal published
        if published is None:
            from kalixplan.services.publish.gather import published_parcel_ids

            with project.read_scope() as session:
                published = frozenset(published_parcel_ids(session))
        job = prepare_prospectus(project, [parcel.id], lang, logo=logo)
        page = job.pages[0]
        page.sheet = public_sheet(page.sheet, lang, with_prices)
        page.content = public_map_content(page.content, published, with_prices)
        job = dataclasses.replace(job, pages=[page])
        buffer = pdf_buffer()
        device = pdf_writer(
            buffer, Paper.A4, False, f"{text('prospectus', lang)} {parcel.designation}"
        )
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(f"cannot paint the prospectus of {parcel.designation}")
        try:
            draw_site(Canvas(painter, device_dpi(device)), job, page, 1, 1)
        finally:
            painter.end()
        del device  # finishes the PDF
        save_pdf(buffer, target, 1)

    return write
