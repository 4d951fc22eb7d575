"""The actors panel: the register of green-transition actors and everything about each.

Left: the register (name, organisation number, sector, furthest dialogue stage,
next step due). Right: the chosen actor's details, contacts, land needs,
activity log, interests in parcels (with stage changes and reservations),
document links, and the land that matches its needs.

This module is the shell: register, tabs, reading, the one write path
(``ActorsPanel.write``) and the texts; what each list's buttons write is
``ui.actors.list_actions``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kalixplan.app.changes import Changes, Kind
from kalixplan.app.workspace import Reader as Session
from kalixplan.services import actors as svc
from kalixplan.services.actor_overview import actor_rows, interest_rows, parcel_choices
from kalixplan.services.documents import documents_of
from ui.actors.forms import ActorForm, FormDialog
from ui.actors.interests import InterestsTab
from ui.actors.list_actions import ActorListActions
from ui.actors.lists import ListTab
from ui.actors.match_panel import MatchPanel
from ui.actors.models import (
    ActorListRow,
    activity_columns,
    actor_columns,
    contact_columns,
    document_columns,
    need_columns,
)
from ui.forms.base import RowForm
from ui.models.base import RowTableModel
from ui.panels.register import RegisterWidget
from ui.workspace import QtWorkspace

_WATCHED = (Kind.ACTORS, Kind.INTERESTS, Kind.PARCELS)


class ActorsPanel(QWidget):
    """Register and details of actors; writes go through the services, then a change notice.

    Signals:
        showParcelsOnMap(list): ranked parcel ids to select on the map.
    """

    showParcelsOnMap = Signal(list)  # noqa: N815 - the name the main window connects

    def __init__(self, workspace: QtWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id: int | None = None
        self.dialog: FormDialog | None = None  # the open add/edit dialog (tests reach it)

        self.model: RowTableModel[ActorListRow] = RowTableModel(actor_columns(), self)
        self.register = RegisterWidget(self.model)
        self.register.selection_changed.connect(self._actor_selected)
        self.register.new_requested.connect(self.new_actor)
        self.register.delete_requested.connect(self._delete_selected)

        self.form = ActorForm()
        self.form.create_requested.connect(self._create_actor)
        self.form.save_requested.connect(self._save_actor)
        self.form.delete_requested.connect(lambda row: self._delete_actor(row))

        self.contacts = ListTab(contact_columns())
        self.needs = ListTab(need_columns())
        self.activities = ListTab(activity_columns())
        self.documents = ListTab(document_columns(), editable=False)
        self.interests = InterestsTab()
        self.match = MatchPanel(workspace)
        self.match.showParcelsOnMap.connect(self.showParcelsOnMap.emit)
        self.match.actorRequested.connect(self.select_actor)
        self.done_button = QPushButton()
        self.activities.add_button_to_bar(self.done_button)
        self.open_button = QPushButton()
        self.documents.add_button_to_bar(self.open_button)
        self.list_actions = ActorListActions(self)  # keeps the connections alive

        self.tabs = QTabWidget()
        for widget in (
            self.form,
            self.contacts,
            self.needs,
            self.activities,
            self.interests,
            self.documents,
            self.match,
        ):
            self.tabs.addTab(widget, "")
        self.split = split = QSplitter()
        split.addWidget(self.register)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([480, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        workspace.changed.connect(self._follow)
        self.retranslate()
        self.reload()
        self._show_actor(None)

    # --- reading ------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the register and the chosen actor's lists."""
        rows = self.workspace.query(actor_rows)
        parcels = self.workspace.query(parcel_choices)
        self.model.set_rows(rows)
        self.interests.set_parcels(parcels)
        self.match.set_parcels(parcels)
        if self.actor_id is not None and self.model.row_by_id(self.actor_id) is None:
            self.actor_id = None
        if self.actor_id is not None:
            self.register.select_ids([self.actor_id], scroll=False)
        self._show_actor(self.actor_id, keep_form=self.form.is_dirty())

    def select_actor(self, actor_id: int) -> None:
        """Show one actor (picked in the register, the reverse match or elsewhere)."""
        self.register.select_ids([actor_id])
        self._show_actor(actor_id)

    def show_actors_for_parcel(self, parcel_id: int) -> None:
        """Show which actors' needs a parcel fits (e.g. after a click on the map)."""
        if self.actor_id is not None:
            self.tabs.setCurrentWidget(self.match)
        self.match.run_reverse(parcel_id)

    def _actor_selected(self, ids: list[int]) -> None:
        self._show_actor(ids[0] if len(ids) == 1 else None)

    def _show_actor(self, actor_id: int | None, *, keep_form: bool = False) -> None:
        changed = actor_id != self.actor_id
        self.actor_id = actor_id
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, actor_id is not None)
        if actor_id is None:
            if not keep_form and self.form.row is not None:
                self.form.clear()
            for tab in (self.contacts, self.needs, self.activities, self.documents):
                tab.set_rows([])
            self.interests.set_rows([])
            self.match.set_actor(None)
            return

        def everything(s: Session) -> tuple[Any, ...]:
            return (
                svc.get_actor(s, actor_id),
                svc.contacts_of(s, actor_id),
                svc.needs_of(s, actor_id),
                svc.activities_of(s, actor_id),
                documents_of(s, "actors", actor_id),
                interest_rows(s, actor_id),
            )

        actor, contacts, needs, activities, documents, interests = self.workspace.query(everything)
        if not keep_form or changed:
            self.form.load(actor)
        self.contacts.set_rows(contacts)
        self.needs.set_rows(needs)
        self.activities.set_rows(activities)
        self.documents.set_rows(documents)
        self.interests.set_rows(interests)
        if changed or self.match.actor_id != actor_id or len(needs) != len(self.match._needs):
            self.match.set_actor(actor_id)

    def _follow(self, changes: Changes) -> None:
        if changes.touches(*_WATCHED) and self.workspace.project is not None:
            self.reload()

    # --- writing ------------------------------------------------------------
    def write(
        self, kind: Kind, work: Callable[[Session], Any], form: RowForm | None = None
    ) -> Any | None:
        """Run one write in one transaction; every view follows it, or the user learns why.

        A refused value is shown at its field in ``form``; a colleague's earlier save
        reloads what is shown; anything unexpected goes the window's one error path.
        """
        outcome = self.workspace.write([kind], work, initiator=self, report=False)
        failure = outcome.failure
        if failure is None:
            return True if outcome.row is None else outcome.row
        if failure.unexpected:
            self.workspace.report(failure)
        elif form is not None and failure.field in form.editors:
            form.show_error(failure.field or "", failure.sentence())
        elif failure.stale is not None:
            QMessageBox.warning(self, self.tr("Saved by someone else"), failure.sentence())
            self.reload()
        elif form is not None and failure.field is None:
            form.message.setText(failure.sentence())
        else:
            QMessageBox.warning(self, self.tr("Actors"), failure.sentence())
        return None

    def new_actor(self) -> None:
        """An empty actor form for registering a new actor."""
        self.register.select_ids([])
        self._show_actor(None)
        self.tabs.setCurrentWidget(self.form)
        self.form.load(None)
        self.form.editors["org_number"].editor().setFocus()

    def _create_actor(self, values: dict[str, Any]) -> None:
        row = self.write(Kind.ACTORS, lambda s: svc.create_actor(s, values), self.form)
        if row is not None:
            self.select_actor(row.id)
            self.form.saved(row)

    def _save_actor(self, row: Any, changes: dict[str, Any]) -> None:
        saved = self.write(
            Kind.ACTORS, lambda s: svc.update_actor(s, row.id, row.version, changes), self.form
        )
        if saved is not None:
            self.form.saved(saved)

    def _delete_actor(self, row: Any) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete actor"),
            self.tr("Delete %1 with its contacts, needs, interests and activities?").replace(
                "%1", row.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write(Kind.ACTORS, lambda s: svc.delete_actor(s, row.id, row.version))

    def _delete_selected(self, ids: list[int]) -> None:
        if len(ids) == 1 and (row := self.model.row_by_id(ids[0])) is not None:
            self._delete_actor(row.actor)

    def open_form(
        self, form: RowForm, row: Any, save: Callable[[RowForm, Any, dict[str, Any]], bool]
    ) -> None:
        """Open ``form`` in a dialog for a new row (``row`` None) or ``row``; ``save`` writes it."""
        title = form.new_title() if row is None else form.title_of(row)
        dialog = FormDialog(form, title, self)
        form.load(row)

        def create(values: dict[str, Any]) -> None:
            if save(form, None, values):
                dialog.accept()

        def update(old: Any, changes: dict[str, Any]) -> None:
            if save(form, old, changes):
                dialog.accept()

        form.create_requested.connect(create)
        form.save_requested.connect(update)
        form.delete_requested.connect(lambda _row: dialog.reject())
        self.dialog = dialog
        dialog.open()

    # --- layout -------------------------------------------------------------
    # Side by side the register and the details need about this width; in a narrower dock
    # (its default beside the map) they are stacked, so neither is cut to a few letters.
    SIDE_BY_SIDE_PX = 820

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.SIDE_BY_SIDE_PX
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            high = max(event.size().height(), 400)
            self.split.setSizes([480, 820] if wide else [high * 2 // 5, high * 3 // 5])
        super().resizeEvent(event)

    # --- language -----------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Tab titles and buttons in the current language."""
        titles = [
            self.tr("Details"),
            self.tr("Contacts"),
            self.tr("Land needs"),
            self.tr("Activity log"),
            self.tr("Interests"),
            self.tr("Documents"),
            self.tr("Matching land"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.done_button.setText(self.tr("Mark done"))
        self.open_button.setText(self.tr("Open"))
        for tab in (self.contacts, self.needs, self.activities, self.documents):
            tab.retranslate()
        self.interests.retranslate()
        self.match.retranslate()
        self.model.retranslate()
