"""The plan register's table model: ``PlanRow`` in, columns out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from kalixplan.domain.rows import PlanRow
from ui.i18n import decision_type_label, plan_status_label, procedure_label
from ui.models.base import Column, RowTableModel
from ui.models.formatting import PLAN_STATUS_COLOURS, iso_date, status_colour


def plan_columns() -> list[Column[PlanRow]]:
    """The plan register's columns, in order."""
    return [
        Column(
            "designation",
            lambda: QCoreApplication.translate("PlanTableModel", "Designation"),
            lambda r: r.designation,
            lambda r: r.designation,
        ),
        Column(
            "name",
            lambda: QCoreApplication.translate("PlanTableModel", "Name"),
            lambda r: r.name,
            lambda r: r.name,
            tooltip=lambda r: r.purpose,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("PlanTableModel", "Status"),
            lambda r: plan_status_label(r.status),
            lambda r: plan_status_label(r.status),
            decoration=lambda r: status_colour(r.status, PLAN_STATUS_COLOURS),
        ),
        Column(
            "procedure",
            lambda: QCoreApplication.translate("PlanTableModel", "Procedure"),
            lambda r: procedure_label(r.procedure),
            lambda r: procedure_label(r.procedure),
        ),
        Column(
            "decision_type",
            lambda: QCoreApplication.translate("PlanTableModel", "Decision"),
            lambda r: decision_type_label(r.decision_type),
            lambda r: decision_type_label(r.decision_type),
            tooltip=lambda r: r.previous_designation,
        ),
        Column(
            "in_force_date",
            lambda: QCoreApplication.translate("PlanTableModel", "In force"),
            lambda r: iso_date(r.in_force_date),
            lambda r: iso_date(r.in_force_date),
        ),
        Column(
            "implementation_ends",
            lambda: QCoreApplication.translate("PlanTableModel", "Implementation ends"),
            lambda r: iso_date(r.implementation_ends),
            lambda r: iso_date(r.implementation_ends),
        ),
    ]


class PlanTableModel(RowTableModel[PlanRow]):
    """Detailed plans as a table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(plan_columns(), parent)
