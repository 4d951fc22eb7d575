"""``kalixplan check``: conformance and integrity report; non-zero exit on problems."""

from __future__ import annotations

import argparse

from kalixplan.cli import add_db_argument
from kalixplan.store.location import describe_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check",
        help="conformance and integrity report (exit 0: sound, 1: problems, 2: not a project)",
    )
    add_db_argument(p)
    p.add_argument(
        "--repair",
        action="store_true",
        help="mend what can be mended (rules for outside writes, areas and distances after "
        "outside edits), then report what is left",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.check import check_project, repair_project
    from kalixplan.store.engine import open_project

    project = open_project(args.db)
    try:
        mended = repair_project(project) if args.repair else []
        findings = check_project(project)
    finally:
        project.close()
    for f in mended:
        print("mended  " + f.message)
    problems = [f for f in findings if f.problem]
    for f in findings:
        print(("PROBLEM " if f.problem else "note    " if f.rule else "ok      ") + f.message)
    print(f"{len(problems)} problem(s) found in {describe_db(args.db)}.")
    return 1 if problems else 0
