"""One application-wide notice board: panels say what they changed, others refresh.

Any panel, dialog or worker callback that writes to the project database emits
``data_events().changed(kind, ids)`` on the UI thread; tables, the map and the
dashboard listen and reload only what they show. ``kind`` is one of
``parcels``, ``plans``, ``land_use``, ``actors``, ``interests``, ``reference``,
``project`` (a different project was opened); ``ids`` is a list of row ids, or
None for "anything may have changed".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

KINDS = ("parcels", "plans", "land_use", "actors", "interests", "reference", "project")


class DataEvents(QObject):
    """Signals about changed project data."""

    changed = Signal(str, object)


_EVENTS: DataEvents | None = None


def data_events() -> DataEvents:
    """The application's single ``DataEvents`` object."""
    global _EVENTS
    if _EVENTS is None:
        _EVENTS = DataEvents()
    return _EVENTS
