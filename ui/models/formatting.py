"""How numbers, dates and status colours read in tables and forms (locale-aware)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from kalixplan.domain.language import format_number
from kalixplan.maps.style import STATUS_COLOURS
from ui.i18n import current_language

# The map's legend colours, so a status reads the same in the table and on the map.
PARCEL_STATUS_COLOURS: dict[str, str] = dict(STATUS_COLOURS)

PLAN_STATUS_COLOURS: dict[str, str] = {
    "started": "#90a4ae",
    "consultation": "#4fc3f7",
    "review": "#29b6f6",
    "adopted": "#7e57c2",
    "appealed": "#ff7043",
    "in_force": "#2e7d32",
    "revoked": "#616161",
    "closed": "#9e9e9e",
}


def number(value: float | int | None, decimals: int = 0) -> str:
    """A number with the current locale's separators; empty for None."""
    if value is None:
        return ""
    return format_number(float(value), decimals, current_language())


def hectares(area_m2: float | None) -> str:
    """An area in m² as hectares with two decimals."""
    return "" if area_m2 is None else number(area_m2 / 10_000.0, 2)


def iso_date(value: date | None) -> str:
    """A date as YYYY-MM-DD (what Swedish offices write); empty for None."""
    return value.isoformat() if value else ""


def status_colour(value: str | None, table: dict[str, str] = PARCEL_STATUS_COLOURS) -> QColor:
    """The legend colour of a status value (grey when unknown)."""
    return QColor(table.get(value or "", "#9e9e9e"))


def first_line(text: str | None, limit: int = 60) -> str:
    """The first line of a free text, shortened for a table cell."""
    if not text:
        return ""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
