"""The command line: the automation interface of DESIGN.md, also used by tests.

Each command lives in its own module under ``kalixplan/cli/commands`` (Qt-free)
or ``ui/commands`` (those that need Qt to draw, such as ``print``) and exposes
``register(subparsers)``, which adds its parser and sets ``func``.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import pkgutil
import sys
from collections.abc import Iterable, Sequence
from types import ModuleType

from kalixplan import __version__
from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.language import pick

FIELDS_HELP = """\
Field names for --where and --map:
  parcels: designation, area_name, owner, status (available, reserved, option, sold,
           planning, unavailable), reserved_until, price_sek_m2, power_mw, area_m2
           (geodesic, computed, read-only), land_use (J, Z, E, ...), plan, dist_rail_m,
           dist_port_m, dist_road_m
  plans:   designation (e.g. 2514-P123), name, status (started, consultation, review,
           adopted, appealed, in_force, revoked, closed), procedure (standard, extended,
           limited, coordinated), in_force_date, implementation_years, implementation_ends
  actors:  org_number (NNNNNN-NNNN), name, sector, kind, need_area_ha, need_power_mw,
           needs_rail, needs_port
DB is a file path (GeoPackage) or a postgresql+psycopg:// URL; KALIXPLAN_DB may stand in
for --db.
"""


def core_command_modules() -> list[ModuleType]:
    """The Qt-free command modules, in name order."""
    from kalixplan.cli import commands

    return [
        importlib.import_module(f"{commands.__name__}.{m.name}")
        for m in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name)
    ]


def build_parser(extra_modules: Iterable[ModuleType] = ()) -> argparse.ArgumentParser:
    """The full parser; with no command the desktop application starts."""
    parser = argparse.ArgumentParser(
        prog="kalixplan",
        description="KalixPlan: detailed plans, industrial land and green-transition actors.",
        epilog=FIELDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kalixplan {__version__}")
    add_db_argument(parser, required=False)
    parser.add_argument(
        "--lang", choices=("sv", "en"), action=_Language, help="language of the application"
    )
    parser.set_defaults(message_lang=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in [*core_command_modules(), *extra_modules]:
        module.register(sub)
    return parser


class _Language(argparse.Action):
    """The application's ``--lang``, also kept as ``message_lang``: a command's own
    ``--lang`` (the language of a printed sheet, of a published site) writes ``lang`` over
    it, while the sentences the command says stay in the language asked for here."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, values)
        namespace.message_lang = values


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--db``, defaulting to $KALIXPLAN_DB."""
    default = os.environ.get("KALIXPLAN_DB")
    parser.add_argument(
        "--db",
        default=default,
        required=required and default is None,
        help="project database: a .gpkg file or a postgresql+psycopg:// URL",
    )


def parse_pairs(pairs: Sequence[str] | None, option: str) -> dict[str, str]:
    """``FIELD=VALUE`` arguments as a dict.

    Raises:
        KalixPlanError: an argument without '='.
    """
    out: dict[str, str] = {}
    for pair in pairs or ():
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise KalixPlanError(
                f"{option} '{pair}' must read FIELD=VALUE, e.g. status=available.",
                sv=f"{option} '{pair}' ska skrivas FÄLT=VÄRDE, t.ex. status=available.",
            )
        out[field.strip()] = value.strip()
    return out


def message_language(args: argparse.Namespace) -> str:
    """The language of the command's sentences: the application's ``--lang`` (before the
    command), else $KALIXPLAN_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG:
    Swedish for 'sv…'), else English.

    English by default, unlike the window (Swedish): scripts and logs that match on a
    command's words keep working, and a Swedish desktop session (LANG=sv_SE.UTF-8)
    reads Swedish without asking.
    """
    lang = getattr(args, "message_lang", None)
    if lang in ("sv", "en"):
        return str(lang)
    chosen = os.environ.get("KALIXPLAN_LANG", "")
    if chosen in ("sv", "en"):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return "en"


def run(args: argparse.Namespace) -> int:
    """Run a parsed command at the boundary of the command line.

    User mistakes become one sentence on stderr and exit 2; an unexpected error one
    sentence naming the log file (which holds the traceback) and exit 1. Everything
    printed, on both streams and in the log, has every password masked (issue
    "Never lose the user's work or secrets": "a test scans everything the commands
    print for the password").
    """
    from kalixplan.app.failures import failure_of
    from kalixplan.app.logs import setup_logging
    from kalixplan.store import secrets

    _collect_once_at_exit()
    secrets.remember_db(getattr(args, "db", None), os.environ.get("KALIXPLAN_DB"))
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = secrets.MaskingStream(out), secrets.MaskingStream(err)  # type: ignore[assignment]
    try:
        setup_logging()
        try:
            return int(args.func(args) or 0)
        except KeyboardInterrupt:
            said = pick(
                ("avbröts; ingenting sparades.", "interrupted; nothing was saved."),
                message_language(args),
            )
            print(f"kalixplan {args.command}: {said}", file=sys.stderr)
            return 130
        except Exception as exc:  # the boundary: the one error path of the workspace
            failure = failure_of(exc)  # an unexpected one is logged with its traceback
            said = failure.sentence(message_language(args))
            print(f"kalixplan {args.command}: {said}", file=sys.stderr)
            return 1 if failure.unexpected else 2
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = out, err


def _collect_once_at_exit() -> None:
    """Let the process end without freeing, object by object, what its modules made.

    When the interpreter exits it tears the modules down and the cyclic garbage
    collector frees what they built (SQLAlchemy's mappers, pandas, GDAL's bindings),
    one object at a time: 0.1 s after a parcel import, as long as ``ogr2ogr`` takes
    to start. An exit handler instead collects the garbage there is (so whatever an
    object's finalizer does, closing a connection or a file left open, happens as
    before) and then freezes what is still reachable (``gc.freeze``), which the
    collector then leaves alone; the operating system takes the memory back at once.
    Nothing that keeps data waits for that teardown: a command closes its project,
    logging's own exit handler (registered before, so run after this one) flushes
    and closes the log, and the interpreter flushes stdout and stderr. Exit handlers
    run when the process ends, so commands run inside another program (the tests)
    change nothing before that program ends.
    """
    global _EXIT_HANDLER
    if not _EXIT_HANDLER:
        atexit.register(_collect_and_freeze)
        _EXIT_HANDLER = True


_EXIT_HANDLER = False


def _collect_and_freeze() -> None:
    gc.collect()
    gc.freeze()
