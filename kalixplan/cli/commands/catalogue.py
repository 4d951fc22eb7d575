"""``kalixplan catalogue``: which release of Boverket's planbestämmelsekatalog is in use,
and installing a newer release file (kept in the user's data folder, for every project)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "catalogue",
        help="show or install the release of Boverket's planbestämmelsekatalog in use",
        description="Without --install: the release in use and how many entries it has. "
        "With --install FILE: check a release file from Boverket whole and keep it for every "
        "project (NS Detaljplan deliveries refer to its entries' UUIDs).",
    )
    p.add_argument("--install", metavar="FILE", help="a release file (JSON) from Boverket")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.ns_detaljplan.catalogue import active_catalogue, install_release

    if args.install:
        catalogue = install_release(Path(args.install))
        print(
            f"Installed {catalogue.release} ({len(catalogue.entries)} entries) from "
            f"{args.install}; kept at {catalogue.source}."
        )
        return 0
    catalogue = active_catalogue()
    where = "shipped with KalixPlan" if catalogue.source == "shipped" else catalogue.source
    print(f"{catalogue.release}: {len(catalogue.entries)} entries ({where}).")
    print("Källa: Boverket, Planbestämmelsekatalogen.")
    return 0
