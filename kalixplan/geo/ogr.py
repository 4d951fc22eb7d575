"""pyogrio (GDAL for Python), imported without the data-frame libraries it only looks for.

pyogrio's package import checks which optional libraries are installed: it imports
geopandas and pandas and reads pandas' version, although only its data-frame
functions (``read_dataframe``, ``write_dataframe``) use them, and those import them
again when called. That check costs a fifth of a second, the largest part of
starting a command-line import, which reads a GeoPackage through GDAL's Arrow
stream and never needs a data frame. So while pyogrio is imported, pandas and
geopandas are stand-ins that answer what pyogrio asks (that they are there, and
pandas' version, from the installed package's metadata): pyogrio's flags come out
exactly as with the real libraries, and the first use of either afterwards imports
the real one (the stand-ins are gone from ``sys.modules`` by then; should anything
ask a stand-in for more than its version, it imports the real library and answers
from that).

Where pandas is loaded already (the desktop application, the export), or another
thread could import it meanwhile, pyogrio is imported as it is.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _StandIn(types.ModuleType):
    """An installed library, not yet imported: its version, or the real library."""

    def __getattr__(self, attr: str) -> Any:
        if attr == "__version__":
            return importlib.metadata.version(self.__name__)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attr)


@contextmanager
def _looked_for_only(*names: str) -> Iterator[None]:
    """Imports inside find ``names`` installed without loading them (see the module)."""
    if threading.active_count() > 1 or any(name in sys.modules for name in names):
        yield
        return
    placed = {}
    for name in names:
        if importlib.util.find_spec(name) is not None:
            placed[name] = sys.modules[name] = _StandIn(name)
    try:
        yield
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


with _looked_for_only("pandas", "geopandas"):
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

__all__ = ["DataLayerError", "DataSourceError", "pyogrio"]
