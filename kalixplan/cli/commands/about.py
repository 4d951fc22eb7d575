"""``kalixplan about``: the version, where the log and the user's files are, and the
licences of what KalixPlan runs on (what Help ▸ About shows in the window)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "about", help="version, where the log and user files are, licences of the components"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.app.about import about_text

    print(about_text())
    return 0
