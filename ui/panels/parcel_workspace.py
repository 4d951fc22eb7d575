"""The land workspace: parcel register, filter, parcel form and the map kept in step.

One place decides what is shown: the filter asks the service for the parcels
that meet it, the quick search narrows the table further, and the map shows
exactly the rows the table shows (``set_visible_parcels``). Selection goes both
ways without echo loops: the register does not re-emit a selection made from
the map, and the map is told about selections made in the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kalixplan.app.changes import Changes, Kind
from kalixplan.domain.rows import ParcelRow
from kalixplan.process import gc_paused
from kalixplan.services.parcels import ParcelFilter, get_parcel, search_parcels
from kalixplan.services.restoring import count_interests
from kalixplan.store.engine import Project
from ui.forms.parcel_form import ParcelForm
from ui.map.widget import MapWidget
from ui.models.parcels import ParcelTableModel
from ui.panels.filter import ParcelFilterPanel
from ui.panels.register import RegisterWidget
from ui.workspace import QtWorkspace


class ParcelWorkspace(QObject):
    """Owns the parcel model and links the register, the filter, the form and the map.

    Signals:
        shown_changed(count, area_m2): what the table and the map show now.
        form_wanted(): a parcel was picked; the details should be visible.
    """

    shown_changed = Signal(int, float)
    form_wanted = Signal()
    notice = Signal(str)  # one sentence for the status bar

    def __init__(self, map_widget: MapWidget, workspace: QtWorkspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.map = map_widget
        self.workspace = workspace
        self.model = ParcelTableModel(self)
        self.register = RegisterWidget(self.model)
        self.register.setObjectName("parcelRegister")
        self.filter_panel = ParcelFilterPanel()
        self.form = ParcelForm()
        self.flt = ParcelFilter()
        self._visible: list[int] | None = None

        self.filter_panel.filter_changed.connect(self.apply_filter)
        self.register.proxy.layoutChanged.connect(self._shown_changed)
        self.register.proxy.rowsInserted.connect(self._shown_changed)
        self.register.proxy.rowsRemoved.connect(self._shown_changed)
        self.register.proxy.modelReset.connect(self._shown_changed)
        self.register.search.textChanged.connect(lambda _t: self._shown_changed())
        self.register.selection_changed.connect(self._table_selected)
        self.register.activated.connect(lambda _id: self.form_wanted.emit())
        self.register.new_requested.connect(self.new_parcel)
        self.register.delete_requested.connect(self.delete_parcels)
        self.map.parcelClicked.connect(self.map_clicked)
        self.form.save_requested.connect(self._save)
        self.form.create_requested.connect(self._create)
        self.form.delete_requested.connect(lambda row: self.delete_parcels([row.id]))
        workspace.changed.connect(self.follow)

    # --- following changes ----------------------------------------------------------
    def follow(self, changes: Changes) -> None:
        """Show what changed: in the register, on the map, in the form, in the totals."""
        if changes.touches(Kind.PROJECT):
            self.form.clear()
            self.reload()
            return
        if changes.everything(Kind.PARCELS):
            self.refresh_rows(None)
            return
        if any(changes.everything(k) for k in (Kind.PLANS, Kind.LAND_USE, Kind.REFERENCE)):
            self.reload()  # a parcel's plan and land use come from these
            return
        written = changes.rows(Kind.PARCELS)
        for row in written:
            self.model.upsert(row)
            self.form.follow(row, changes.initiator)
        if written:
            self.map.update_parcels(list(written))
        removed = changes.removed_ids(Kind.PARCELS)
        if removed:
            self._remove(list(removed))
        done = {int(r.id) for r in written} | set(removed)
        others = [i for i in changes.ids(Kind.PARCELS) or () if i not in done]
        if others:
            self.refresh_rows(others)
        if changes.touches(Kind.PARCELS):
            self._shown_changed()

    @property
    def project(self) -> Project | None:
        return self.workspace.project

    # --- loading --------------------------------------------------------------
    def reload(self) -> None:
        """Read the parcels meeting the filter again."""
        if self.project is None:
            self.model.set_rows([])
            self._shown_changed()
            return
        selected = self.register.selected_ids()
        with gc_paused():  # a county's 10⁵ rows (kalixplan.process)
            rows = self.workspace.query(search_parcels, self.flt)
            self.model.set_rows(rows)
        self.filter_panel.set_land_uses(sorted({r.land_use for r in rows if r.land_use}))
        if selected:
            self.register.select_ids(selected, scroll=False)
        self._shown_changed()

    def refresh_rows(self, ids: list[int] | None) -> None:
        """Someone else wrote these parcels: read them again (None: everything).

        With None (an import, an outside edit) the map receives every parcel, not only
        those the filter shows: new ones must be on the page, counted in the legend and
        selectable once the filter lets them through (issue "The desktop application
        as a planner meets it", 2).
        """
        if self.project is None:
            return
        if ids is None:
            self.reload()
            everything = self.workspace.query(search_parcels)
            if everything:
                self.map.update_parcels(everything)
            hidden = len(everything) - self.model.rowCount()
            if hidden > 0:
                self.notice.emit(
                    self.tr(
                        "%n parcel(s) are not shown: the filter or search hides them "
                        "(Show all parcels).",
                        "",
                        hidden,
                    )
                )
            return
        fresh: list[ParcelRow] = []
        rows = self.workspace.query(search_parcels, ParcelFilter(ids=frozenset(ids)))
        found = {r.id: r for r in rows}
        for row_id in ids:
            row = found.get(row_id)
            if row is None:
                self._remove([row_id])
            else:
                self.model.upsert(row)
                fresh.append(row)
                if (
                    self.form.row is not None
                    and self.form.row.id == row_id
                    and not self.form.is_dirty()
                ):
                    self.form.load(row)
        if fresh:
            self.map.update_parcels(fresh)

    def apply_filter(self, flt: ParcelFilter) -> None:
        """Show only the parcels meeting ``flt``, in the table and on the map."""
        self.flt = flt
        self.reload()

    # --- what is shown ----------------------------------------------------------
    def shown_ids(self) -> list[int]:
        """Ids of the rows the table shows (after filter and quick search)."""
        return self.register.proxy.shown_ids()

    def _shown_changed(self, *_args: object) -> None:
        ids = self.shown_ids()
        everything = self.flt == ParcelFilter() and not self.register.search.text()
        visible = None if everything else ids
        if visible != self._visible:
            self._visible = visible
            self.map.set_visible_parcels(None if visible is None else set(visible))
        area = sum(r.area_m2 for r in (self.model.row_by_id(i) for i in ids) if r is not None)
        self.filter_panel.show_summary(len(ids), area)
        self.shown_changed.emit(len(ids), area)

    def restore_map_state(self) -> None:
        """After the map page (re)loaded: the same visible set and selection again."""
        if self._visible is not None:
            self.map.set_visible_parcels(set(self._visible))
        selected = self.register.selected_ids()
        if selected:
            self.map.select_parcels(selected, zoom=False)

    # --- selection ------------------------------------------------------------------
    def _table_selected(self, ids: list[int]) -> None:
        self.map.select_parcels(ids, zoom=bool(ids))
        if len(ids) == 1:
            self._open_form(ids[0])

    def map_clicked(self, parcel_id: int) -> None:
        """A parcel was clicked on the map: select its row and open its details."""
        if self.model.position_of(parcel_id) is None:
            return  # filtered out of the table (and so hidden on the map)
        self.register.select_ids([parcel_id])
        self.map.select_parcels([parcel_id], zoom=False)
        self._open_form(parcel_id)

    def _open_form(self, parcel_id: int) -> None:
        row = self.model.row_by_id(parcel_id)
        if row is None or (self.form.row is not None and self.form.row.id == parcel_id):
            if row is not None:
                self.form_wanted.emit()
            return
        self._settle_unsaved()
        self.form.load(row)
        self.form_wanted.emit()

    def _settle_unsaved(self) -> None:
        """Ask about unsaved edits before the form shows another parcel."""
        if not self.form.is_dirty() or self.form.row is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to %1?").replace("%1", self.form.row.designation),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.form.submit()

    # --- edits ------------------------------------------------------------------
    def new_parcel(self) -> None:
        """An empty form for a new parcel (without a boundary until one is imported)."""
        self._settle_unsaved()
        self.register.select_ids([])
        self.form.load(None)
        self.form.editors["status"].set_value("available")
        self.form_wanted.emit()

    def _save(self, row: ParcelRow, changes: dict[str, Any]) -> None:
        self.workspace.update(Kind.PARCELS, row, changes, initiator=self.form)

    def _create(self, values: dict[str, Any]) -> None:
        outcome = self.workspace.create(Kind.PARCELS, values, initiator=self.form)
        if outcome.ok:
            self.register.select_ids([outcome.row.id])

    def delete_parcels(self, ids: list[int]) -> None:
        """Delete parcels after asking; undo brings them back."""
        rows = [r for r in (self.model.row_by_id(i) for i in ids) if r is not None]
        if not rows:
            return
        names = ", ".join(r.designation for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        interests = 0
        if self.project is not None:
            interests = self.workspace.query(count_interests, [r.id for r in rows])
        if interests:
            text = self.tr(
                "Delete %1 with the actors' interests in them (%2)? "
                "Edit ▸ Undo restores the parcels with their interests."
            )
        else:
            text = self.tr("Delete %1? Edit ▸ Undo restores the parcels.")
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete parcels"),
            text.replace("%2", str(interests)).replace("%1", names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.workspace.group(Kind.PARCELS, str(len(rows))):
            for row in rows:
                if not self.workspace.delete(Kind.PARCELS, row).ok:
                    break  # the failure is shown once; the rest stays

    def _remove(self, ids: list[int]) -> None:
        self.model.remove_ids(ids)
        self.map.remove_parcels(ids)
        if self.form.row is not None and self.form.row.id in ids:
            self.form.clear()

    def fresh_row(self, parcel_id: int) -> ParcelRow | None:
        """The parcel as stored now (after a conflict)."""
        if self.project is None:
            return None
        return self.workspace.query(get_parcel, parcel_id)
