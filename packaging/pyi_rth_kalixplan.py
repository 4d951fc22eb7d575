"""Run-time hook of the frozen KalixPlan: PyInstaller runs it before ``main.py``.

Alembic loads the schema revisions from their ``.py`` files, and Python would write their
bytecode beside them, into the installed program folder (read-only for a planner on a managed
machine, and checked unchanged by ``tests/bundle``). The folder stays as it was installed.
"""

import sys

sys.dont_write_bytecode = True
