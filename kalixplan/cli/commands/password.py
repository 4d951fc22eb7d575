"""``kalixplan password``: keep a server project's password in the system keyring.

Then no password needs to be typed into a URL on a command line (where the shell
history and the process list would show it): ``--db postgresql+psycopg://user@host/db``
finds it in the keyring, as it finds ``PGPASSWORD`` and ``~/.pgpass`` through libpq.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from kalixplan.cli import add_db_argument
from kalixplan.domain.errors import KalixPlanError
from kalixplan.store.location import describe_db, is_url, without_password


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "password",
        help="keep a PostGIS project's password in the system keyring (asked, never echoed)",
    )
    add_db_argument(p)
    p.add_argument(
        "--stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.store.secrets import remember, store_in_keyring

    if not is_url(args.db):
        raise KalixPlanError(
            f"{args.db} is a project file; only server projects (postgresql+psycopg://…) "
            "have a password.",
            sv=f"{args.db} är en projektfil; bara serverprojekt (postgresql+psycopg://…) "
            "har ett lösenord.",
        )
    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {describe_db(args.db)}: ")
    if not password:
        raise KalixPlanError(
            "No password given; nothing was stored.",
            sv="Inget lösenord angavs; ingenting sparades.",
        )
    remember(password)
    try:
        where = store_in_keyring(without_password(args.db), password)
    except RuntimeError as exc:
        raise KalixPlanError(
            f"This computer has no usable system keyring ({exc}); use PGPASSWORD or "
            "~/.pgpass instead.",
            sv=f"Datorn har ingen nyckelring i systemet som går att använda ({exc}); använd "
            "PGPASSWORD eller ~/.pgpass i stället.",
        ) from None
    print(f"The password for {describe_db(args.db)} is kept in the system keyring ({where}).")
    return 0
