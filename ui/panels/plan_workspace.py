"""The plan workspace: the plan register and the plan form, linked to plan clicks on the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kalixplan.services.plans import get_plan, list_plans
from kalixplan.services.rows import PlanRow
from kalixplan.store.engine import Project
from ui.forms.plan_form import PlanForm
from ui.map.widget import MapWidget
from ui.models.plans import PlanTableModel
from ui.panels.register import RegisterWidget
from ui.undo import RecordEdits


class PlanWorkspace(QObject):
    """Owns the plan model; opens a plan's details from the table or the map.

    Signals:
        form_wanted(): a plan was picked; the details should be visible.
        plans_changed(list): the plan designations (for the parcel form's list).
    """

    form_wanted = Signal()
    plans_changed = Signal(list)

    def __init__(self, map_widget: MapWidget, edits: RecordEdits, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.map = map_widget
        self.edits = edits
        self.project: Project | None = None
        self.model = PlanTableModel(self)
        self.register = RegisterWidget(self.model)
        self.register.setObjectName("planRegister")
        self.form = PlanForm()
        self.register.selection_changed.connect(self._table_selected)
        self.register.activated.connect(lambda _id: self.form_wanted.emit())
        self.register.new_requested.connect(self.new_plan)
        self.register.delete_requested.connect(self.delete_plans)
        self.map.planClicked.connect(self.map_clicked)
        self.form.save_requested.connect(
            lambda row, changes: self.edits.update("plans", row, changes)
        )
        self.form.create_requested.connect(self._create)
        self.form.delete_requested.connect(lambda row: self.delete_plans([row.id]))
        edits.row_changed.connect(self._row_changed)
        edits.row_removed.connect(self._row_removed)

    def set_project(self, project: Project | None) -> None:
        """Show the plans of ``project``."""
        self.project = project
        self.form.clear()
        self.reload()

    def reload(self) -> None:
        """Read every plan again."""
        rows: list[PlanRow] = []
        if self.project is not None:
            with self.project.read_scope() as session:
                rows = list_plans(session)
        self.model.set_rows(rows)
        self.plans_changed.emit(sorted(r.designation for r in rows))

    def _table_selected(self, ids: list[int]) -> None:
        self.map.select_plans(ids, zoom=bool(ids))
        if len(ids) == 1:
            self._open_form(ids[0])

    def map_clicked(self, plan_id: int) -> None:
        """A plan boundary was clicked: select its row, highlight it and open its details."""
        self.register.select_ids([plan_id])
        self.map.select_plans([plan_id], zoom=False)
        self._open_form(plan_id)

    def _open_form(self, plan_id: int) -> None:
        row = self.model.row_by_id(plan_id)
        if row is None:
            return
        if self.form.row is None or self.form.row.id != plan_id:
            self.form.load(row)
        self.form_wanted.emit()

    def new_plan(self) -> None:
        """An empty form for a new plan."""
        self.register.select_ids([])
        self.form.load(None)
        for key, value in (
            ("status", "started"),
            ("procedure", "standard"),
            ("plan_type", "detaljplan"),
        ):
            self.form.editors[key].set_value(value)
        self.form_wanted.emit()

    def _create(self, values: dict[str, Any]) -> None:
        row = self.edits.create("plans", values)
        if row is not None:
            self.register.select_ids([row.id])

    def delete_plans(self, ids: list[int]) -> None:
        """Delete plans after asking; Edit ▸ Undo restores them with their areas and links."""
        rows = [r for r in (self.model.row_by_id(i) for i in ids) if r is not None]
        if not rows:
            return
        answer = QMessageBox.warning(
            self.window,
            self.tr("Delete plans"),
            self.tr(
                "Delete %1 with its land-use areas? Parcels keep their data but lose the link "
                "to the plan. Edit ▸ Undo restores the plans, their areas and the links."
            ).replace("%1", ", ".join(r.designation for r in rows)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for row in rows:
            self.edits.delete("plans", row)

    def _row_changed(self, kind: str, row: Any) -> None:
        if kind != "plans":
            return
        self.model.upsert(row)
        if (self.form.row is None and self.form.isEnabled()) or (
            self.form.row is not None and self.form.row.id == row.id
        ):
            self.form.saved(row)
        self.plans_changed.emit(sorted(r.designation for r in self.model.rows))

    def _row_removed(self, kind: str, row_id: int) -> None:
        if kind != "plans":
            return
        self.model.remove_ids([row_id])
        if self.form.row is not None and self.form.row.id == row_id:
            self.form.clear()
        self.plans_changed.emit(sorted(r.designation for r in self.model.rows))

    def fresh_row(self, plan_id: int) -> PlanRow | None:
        """The plan as stored now (after a conflict)."""
        if self.project is None:
            return None
        with self.project.read_scope() as session:
            return get_plan(session, plan_id)
