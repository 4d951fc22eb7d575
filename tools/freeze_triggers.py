"""Write the trigger SQL of ``kalixplan.store.triggers`` into a migration, frozen as text.

    python tools/freeze_triggers.py kalixplan/store/migrations/versions/0003_outside_edits.py

A migration must install what it installed when it was written, whatever the
live code says later: its SQL is text, not generated at upgrade time. Run this
only on a revision that has not been released yet (nothing in the field runs it);
a later change to the triggers is a new revision, frozen the same way.
"""

from __future__ import annotations

import pprint
import re
import sys
from pathlib import Path

from kalixplan.store.triggers import live_spec, postgres_ddl, sqlite_ddl

START = re.compile(r"^SQLITE_DEFAULTS: dict\[str, dict\[str, str\]\] = \{", re.M)
END = re.compile(r"^(_COLUMN = re\.compile|# End of the frozen constants)", re.M)


def frozen_constants() -> str:
    """The three constants as Python source."""
    spec = live_spec()
    parts = [
        "SQLITE_DEFAULTS: dict[str, dict[str, str]] = "
        + pprint.pformat(spec.defaults, width=96, sort_dicts=True),
        "SQLITE_DDL: list[str] = " + pprint.pformat(sqlite_ddl(spec), width=96),
        "POSTGRES_DDL: list[str] = " + pprint.pformat(postgres_ddl(spec), width=96),
    ]
    return "\n\n".join(parts) + "\n\n\n"


def main(path: str) -> int:
    source = Path(path).read_text("utf-8")
    start, end = START.search(source), END.search(source)
    if start is None or end is None:
        print(f"{path} has no frozen trigger constants to replace", file=sys.stderr)
        return 1
    Path(path).write_text(source[: start.start()] + frozen_constants() + source[end.start() :])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
