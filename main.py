"""KalixPlan entry point: parse the command line, then run a command or start the GUI.

``python main.py ...`` and the installed ``kalixplan`` script are the same program.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run KalixPlan with ``argv`` (default: the process arguments)."""
    from kalixplan.cli import build_parser, run

    extra = _ui_command_modules()
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, args.lang)
    return run(args)


def _ui_command_modules() -> list:  # type: ignore[type-arg]
    """Commands that draw with Qt (print, report); absent when Qt is not installed."""
    try:
        from ui.commands import command_modules
    except ImportError:
        return []
    return command_modules()


if __name__ == "__main__":
    sys.exit(main())
