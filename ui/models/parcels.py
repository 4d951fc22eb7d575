"""The parcel register's table model: ``ParcelRow`` in, columns out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from kalixplan.domain.rows import ParcelRow
from ui.i18n import land_use_label, parcel_status_label
from ui.models.base import Column, RowTableModel
from ui.models.formatting import first_line, hectares, number, status_colour


def parcel_columns() -> list[Column[ParcelRow]]:
    """The parcel register's columns, in order."""
    # Literal strings inside QCoreApplication.translate so pyside6-lupdate finds them.
    return [
        Column(
            "designation",
            lambda: QCoreApplication.translate("ParcelTableModel", "Designation"),
            lambda r: r.designation,
            lambda r: r.designation,
        ),
        Column(
            "area_name",
            lambda: QCoreApplication.translate("ParcelTableModel", "Area"),
            lambda r: r.area_name or "",
            lambda r: r.area_name or "",
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("ParcelTableModel", "Status"),
            lambda r: parcel_status_label(r.status),
            lambda r: parcel_status_label(r.status),
            decoration=lambda r: status_colour(r.status),
        ),
        Column(
            "land_use",
            lambda: QCoreApplication.translate("ParcelTableModel", "Land use"),
            lambda r: r.land_use or "",
            lambda r: r.land_use or "",
            tooltip=lambda r: land_use_label(r.land_use) or None,
        ),
        Column(
            "plan",
            lambda: QCoreApplication.translate("ParcelTableModel", "Plan"),
            lambda r: r.plan or "",
            lambda r: r.plan or "",
        ),
        Column(
            "area_ha",
            lambda: QCoreApplication.translate("ParcelTableModel", "Area (ha)"),
            lambda r: hectares(r.area_m2),
            lambda r: r.area_m2,
            numeric=True,
        ),
        Column(
            "price_sek_m2",
            lambda: QCoreApplication.translate("ParcelTableModel", "Price (SEK/m²)"),
            lambda r: number(r.price_sek_m2),
            lambda r: r.price_sek_m2 if r.price_sek_m2 is not None else -1.0,
            numeric=True,
        ),
        Column(
            "power_mw",
            lambda: QCoreApplication.translate("ParcelTableModel", "Power (MW)"),
            lambda r: number(r.power_mw, 1),
            lambda r: r.power_mw if r.power_mw is not None else -1.0,
            numeric=True,
        ),
        Column(
            "dist_rail_m",
            lambda: QCoreApplication.translate("ParcelTableModel", "Rail (m)"),
            lambda r: number(r.dist_rail_m),
            lambda r: r.dist_rail_m if r.dist_rail_m is not None else 1e12,
            numeric=True,
        ),
        Column(
            "dist_port_m",
            lambda: QCoreApplication.translate("ParcelTableModel", "Port (m)"),
            lambda r: number(r.dist_port_m),
            lambda r: r.dist_port_m if r.dist_port_m is not None else 1e12,
            numeric=True,
        ),
        Column(
            "owner",
            lambda: QCoreApplication.translate("ParcelTableModel", "Owner"),
            lambda r: r.owner or "",
            lambda r: r.owner or "",
        ),
        Column(
            "notes",
            lambda: QCoreApplication.translate("ParcelTableModel", "Notes"),
            lambda r: first_line(r.notes),
            lambda r: r.notes or "",
            tooltip=lambda r: r.notes,
        ),
    ]


class ParcelTableModel(RowTableModel[ParcelRow]):
    """Parcels of industrial land as a table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parcel_columns(), parent)

    def total_area_m2(self) -> float:
        """The summed geodesic area of every row."""
        return sum(r.area_m2 for r in self._rows)
