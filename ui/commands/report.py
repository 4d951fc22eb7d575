"""``kalixplan report``: the business dashboard as a one-page PDF (drawn with Qt, offscreen)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kalixplan.cli import add_db_argument
from kalixplan.domain.errors import KalixPlanError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="the dashboard as a one-page PDF")
    add_db_argument(p)
    p.add_argument("--out", required=True, help="the PDF file to write")
    # SUPPRESS keeps a --lang given before the command (kalixplan --lang en report ...).
    p.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS)
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing PDF (a project database is never replaced)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.outputs import check_target
    from kalixplan.store.engine import open_project

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise KalixPlanError(
            f"The report is a PDF: give --out a name ending in .pdf (got {out.name}).",
            sv=f"Rapporten är en PDF: ge --out ett namn som slutar på .pdf (fick {out.name}).",
        )
    if not out.parent.exists():
        raise KalixPlanError(
            f"The folder {out.parent} does not exist; create it or choose another --out.",
            sv=f"Mappen {out.parent} finns inte; skapa den eller välj en annan --out.",
        )
    # Refused before the project is opened: it stays byte for byte as it was.
    check_target(out, protect=[args.db], overwrite=args.overwrite, what="report")
    lang = getattr(args, "lang", None) or "sv"
    # No window is shown: paint on the offscreen platform unless one is configured.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui.dashboard.report_pdf import write_report

    app = QGuiApplication.instance() or QGuiApplication(["kalixplan"])  # noqa: F841 - keeps Qt alive
    project = open_project(args.db)
    try:
        data = write_report(project, out, lang, overwrite=args.overwrite)
    finally:
        project.close()
    print(
        f"Wrote the dashboard ({data.parcel_count} parcels, {data.actor_count} actors, "
        f"{data.plan_count} plans) to {out}."
    )
    return 0
