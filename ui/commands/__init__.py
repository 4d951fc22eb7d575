"""Commands that need Qt to draw (print, report); every module here is registered."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    """The Qt command modules, in name order; each exposes ``register(subparsers)``."""
    return [
        importlib.import_module(f"{__name__}.{m.name}")
        for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
    ]
