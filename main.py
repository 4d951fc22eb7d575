"""KalixPlan entry point: parse the command line, then run a command or start the GUI.

``python main.py ...`` and the installed ``kalixplan`` script are the same program.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Run KalixPlan with ``argv`` (default: the process arguments)."""
    from kalixplan.cli import build_parser, run

    extra = _ui_command_modules()
    parser = build_parser(extra)
    words = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(_project_file_as_db(parser, words))
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, args.lang)
    return run(args)


def _project_file_as_db(parser: argparse.ArgumentParser, words: list[str]) -> list[str]:
    """``kalixplan FILE.gpkg`` is ``kalixplan --db FILE.gpkg``: how a desktop's "Open with"
    (``kalixplan %f``, Windows' ``"%1"``) starts the application on a project."""
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    if not words or words[-1].startswith("-") or commands.intersection(words):
        return words
    if len(words) > 1 and words[-2] in ("--db", "--lang"):
        return words  # the value of an option
    path = Path(words[-1])
    if path.suffix.lower() != ".gpkg" and not path.is_file():
        return words  # a mistyped command: argparse names the choices
    return [*words[:-1], "--db", words[-1]]


def _ui_command_modules() -> list:  # type: ignore[type-arg]
    """Commands that draw with Qt (print, report); absent when Qt is not installed."""
    try:
        from ui.commands import command_modules
    except ImportError:
        return []
    return command_modules()


if __name__ == "__main__":
    sys.exit(main())
