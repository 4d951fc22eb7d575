"""The plan workspace: the plan register and the plan form, linked to plan clicks on the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kalixplan.app.changes import Changes, Kind
from kalixplan.domain.rows import DocumentRow, PeriodDecisionRow, PlanRow
from kalixplan.services.documents import add_document, delete_document, documents_of
from kalixplan.services.history import row_history
from kalixplan.services.period_decisions import (
    add_period_decision,
    delete_period_decision,
    period_decisions,
)
from kalixplan.services.plans import get_plan, list_plans
from kalixplan.services.provisions import list_provisions
from kalixplan.store.engine import Project
from ui.actors.list_actions import document_url
from ui.forms.plan_form import PlanForm
from ui.map.widget import MapWidget
from ui.models.plans import PlanTableModel
from ui.panels.register import RegisterWidget
from ui.workspace import QtWorkspace


class PlanWorkspace(QObject):
    """Owns the plan model; opens a plan's details from the table or the map.

    Signals:
        form_wanted(): a plan was picked; the details should be visible.
        plans_changed(list): the plan designations (for the parcel form's list).
    """

    form_wanted = Signal()
    plans_changed = Signal(list)

    def __init__(self, map_widget: MapWidget, workspace: QtWorkspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.map = map_widget
        self.workspace = workspace
        self.model = PlanTableModel(self)
        self.register = RegisterWidget(self.model)
        self.register.setObjectName("planRegister")
        self.form = PlanForm()
        self.register.selection_changed.connect(self._table_selected)
        self.register.activated.connect(lambda _id: self.form_wanted.emit())
        self.register.new_requested.connect(self.new_plan)
        self.register.delete_requested.connect(self.delete_plans)
        self.map.planClicked.connect(self.map_clicked)
        self.form.save_requested.connect(self._save)
        self.form.create_requested.connect(self._create)
        self.form.delete_requested.connect(lambda row: self.delete_plans([row.id]))
        documents = self.form.documents_box
        documents.add_requested.connect(self._add_document)
        documents.remove_requested.connect(self._remove_document)
        documents.open_requested.connect(self._open_document)
        periods = self.form.periods_box
        periods.add_requested.connect(self._add_period)
        periods.remove_requested.connect(self._remove_period)
        workspace.changed.connect(self.follow)

    @property
    def project(self) -> Project | None:
        return self.workspace.project

    def follow(self, changes: Changes) -> None:
        """Show what changed in the plan register and the plan form."""
        if changes.touches(Kind.PROJECT):
            self.form.clear()
            self.reload()
            return
        if changes.everything(Kind.PLANS):
            self.reload()
            return
        if not changes.touches(Kind.PLANS):
            return
        for row in changes.rows(Kind.PLANS):
            self.model.upsert(row)
            self.form.follow(row, changes.initiator)
            if self.form.row is not None and self.form.row.id == row.id:
                self._show_history(row)
        removed = list(changes.removed_ids(Kind.PLANS))
        if removed:
            self.model.remove_ids(removed)
            if self.form.row is not None and self.form.row.id in removed:
                self.form.clear()
        self.plans_changed.emit(sorted(r.designation for r in self.model.rows))

    def reload(self) -> None:
        """Read every plan again."""
        rows: list[PlanRow] = []
        if self.project is not None:
            rows = self.workspace.query(list_plans)
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
            self.form.show_provisions(self.workspace.query(list_provisions, plan_id))
            self._show_documents(plan_id)
            self._show_periods(plan_id)
            self._show_history(row)
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

    def _save(self, row: PlanRow, changes: dict[str, Any]) -> None:
        self.workspace.update(Kind.PLANS, row, changes, initiator=self.form)

    def _create(self, values: dict[str, Any]) -> None:
        outcome = self.workspace.create(Kind.PLANS, values, initiator=self.form)
        if outcome.ok:
            self.register.select_ids([outcome.row.id])

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
        with self.workspace.group(Kind.PLANS, str(len(rows))):
            for row in rows:
                if not self.workspace.delete(Kind.PLANS, row).ok:
                    break  # the failure is shown once; the rest stays

    # --- extensions and renewals of the implementation period (PBL 4 kap. 24 §) ----------
    def _show_periods(self, plan_id: int) -> None:
        self.form.periods_box.show_rows(self.workspace.query(period_decisions, plan_id))

    def _add_period(self, values: dict[str, Any]) -> None:
        row = self.form.row
        if row is None:
            return
        # The plan's end date moves: the stored plan is announced to every view.
        outcome = self.workspace.write(
            [Kind.PLANS], lambda s: add_period_decision(s, row.id, values)
        )
        if outcome.ok:
            self._show_periods(row.id)

    def _remove_period(self, decision: PeriodDecisionRow) -> None:
        outcome = self.workspace.write(
            [Kind.PLANS], lambda s: delete_period_decision(s, decision.id, decision.version)
        )
        if outcome.ok:
            self._show_periods(decision.plan_id)

    def _show_history(self, row: PlanRow) -> None:
        self.form.show_history(self.workspace.query(row_history, "plans", row.id, row.version))

    # --- the plan's documents (not undoable, like an actor's) ---------------------------
    def _show_documents(self, plan_id: int) -> None:
        self.form.documents_box.show_rows(self.workspace.query(documents_of, "plans", plan_id))

    def _add_document(self, values: dict[str, Any]) -> None:
        row = self.form.row
        if row is None:
            return
        outcome = self.workspace.write(
            [Kind.PLANS], lambda s: add_document(s, "plans", row.id, **values), ids=[row.id]
        )
        if outcome.ok:
            self._show_documents(row.id)

    def _remove_document(self, document: DocumentRow) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Remove document"),
            self.tr("Remove the link to %1? The document itself is not touched.").replace(
                "%1", document.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = self.workspace.write(
            [Kind.PLANS],
            lambda s: delete_document(s, document.id, document.version),
            ids=[document.owner_id],
        )
        if outcome.ok:
            self._show_documents(document.owner_id)

    def _open_document(self, document: DocumentRow) -> None:
        url = document_url(document.location)
        if url is None:
            QMessageBox.warning(
                self.window,
                self.tr("Open document"),
                self.tr("Only web addresses, e-mail addresses and files that exist can be opened."),
            )
            return
        QDesktopServices.openUrl(url)

    def fresh_row(self, plan_id: int) -> PlanRow | None:
        """The plan as stored now (after a conflict)."""
        if self.project is None:
            return None
        return self.workspace.query(get_plan, plan_id)
