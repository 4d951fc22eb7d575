"""What the chosen actor's lists do: their add, edit and delete requests as service calls.

The lists (contacts, land needs, activities, documents, interests) only say
what was asked for; ``ActorListActions`` turns each request into one service
call and hands it to the panel's single write path (``ActorsPanel.write``: one
transaction, a change notice on success, the reason in the form or a message
box otherwise). The panel shell, its tabs and its texts are ``ui.actors.panel``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from kalixplan.app.changes import Kind
from kalixplan.app.workspace import Reader as Session
from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import check_link
from kalixplan.services import actors as svc
from kalixplan.services import documents
from kalixplan.services.actor_overview import InterestListRow
from kalixplan.services.parcels import get_parcel
from ui.actors.forms import ActivityForm, ContactForm, DocumentForm, NeedForm
from ui.actors.interests import InterestsTab
from ui.actors.lists import ListTab
from ui.forms.base import RowForm


class ActorsShell(Protocol):
    """What the list actions use of the actors panel (``ui.actors.panel.ActorsPanel``)."""

    actor_id: int | None
    contacts: ListTab
    needs: ListTab
    activities: ListTab
    documents: ListTab
    interests: InterestsTab
    done_button: QPushButton
    open_button: QPushButton

    def write(
        self, kind: Kind, work: Callable[[Session], Any], form: RowForm | None = None
    ) -> Any | None: ...

    def open_form(self, form: RowForm, row: Any, save: SaveRow) -> None: ...


SaveRow = Callable[[RowForm, Any, dict[str, Any]], bool]
"""What a list's dialog saves with: (its form, the row or None for a new one, the values)."""


def document_url(location: str) -> QUrl | None:
    """The address "Open document" may hand to the desktop, or None.

    Only http, https and mailto addresses and local files that exist are opened;
    anything else (``javascript:``, ``file:``, ``data:``, a missing file, some
    other program's scheme) is not.
    """
    try:
        link = check_link("location", location, "document")
    except ValidationError:
        return None
    if link is None:
        return None
    if link.lower().startswith(("http://", "https://", "mailto:")):
        url = QUrl(link, QUrl.ParsingMode.StrictMode)
        ok = url.isValid() and url.scheme().lower() in ("http", "https", "mailto")
        return url if ok else None
    path = Path(link)
    return QUrl.fromLocalFile(str(path.resolve())) if path.is_file() else None


class ActorListActions:
    """Connects the lists of ``panel`` to the services; every write goes through the panel."""

    def __init__(self, panel: ActorsShell) -> None:
        self.panel = panel
        self._write = panel.write
        self._open_form = panel.open_form
        panel.activities.on_selection(self._enable_done)
        panel.done_button.clicked.connect(self._mark_done)
        panel.done_button.setEnabled(False)
        panel.open_button.clicked.connect(self._open_document)
        self._wire_lists()

    def _wire_lists(self) -> None:
        panel = self.panel
        lists = (
            (panel.contacts, ContactForm, svc.add_contact, svc.update_contact, svc.delete_contact),
            (panel.needs, NeedForm, svc.add_need, svc.update_need, svc.delete_need),
            (
                panel.activities,
                ActivityForm,
                svc.add_activity,
                svc.update_activity,
                svc.delete_activity,
            ),
        )
        for tab, form, add, update, delete in lists:
            self._wire_list(tab, form, self._adds(add), self._updates(update), delete)
        self._wire_list(
            panel.documents, DocumentForm, self._add_document, None, documents.delete_document
        )
        panel.interests.add_requested.connect(self.add_interest)
        panel.interests.stage_requested.connect(self.change_stage)
        panel.interests.reserve_requested.connect(self.reserve)
        panel.interests.release_requested.connect(self._release)
        panel.interests.delete_requested.connect(
            lambda row: self._write(
                Kind.INTERESTS, lambda s: svc.delete_interest(s, row.id, row.interest.version)
            )
        )

    def _wire_list(
        self,
        tab: ListTab,
        form: type[RowForm],
        add: SaveRow,
        update: SaveRow | None,
        delete: Callable[[Session, int, int], Any],
    ) -> None:
        """Add and Edit open ``form`` in a dialog that saves with ``add`` or ``update``."""
        tab.add_requested.connect(lambda: self._open_form(form(), None, add))
        if update is not None:
            tab.edit_requested.connect(lambda row: self._open_form(form(), row, update))
        tab.delete_requested.connect(
            lambda row: self._write(Kind.ACTORS, lambda s: delete(s, row.id, row.version))
        )

    def _actor(self) -> int:
        # The lists are only enabled with an actor chosen.
        assert self.panel.actor_id is not None
        return self.panel.actor_id

    def _adds(self, add: Callable[[Session, int, dict[str, Any]], Any]) -> SaveRow:
        """Saves a new row of the chosen actor with the service function ``add``."""

        def save(form: RowForm, _row: Any, values: dict[str, Any]) -> bool:
            actor = self._actor()
            return self._write(Kind.ACTORS, lambda s: add(s, actor, values), form) is not None

        return save

    def _updates(self, update: Callable[[Session, int, int, dict[str, Any]], Any]) -> SaveRow:
        """Saves the changes to a row with the service function ``update``."""

        def save(form: RowForm, row: Any, changes: dict[str, Any]) -> bool:
            return (
                self._write(Kind.ACTORS, lambda s: update(s, row.id, row.version, changes), form)
                is not None
            )

        return save

    def _add_document(self, form: RowForm, _row: Any, values: dict[str, Any]) -> bool:
        actor = self._actor()
        return (
            self._write(
                Kind.ACTORS,
                lambda s: documents.add_document(
                    s, "actors", actor, values.get("title") or "", values.get("location") or ""
                ),
                form,
            )
            is not None
        )

    def _enable_done(self) -> None:
        row = self.panel.activities.selected()
        self.panel.done_button.setEnabled(row is not None and bool(row.next_step) and not row.done)

    def _mark_done(self) -> None:
        row = self.panel.activities.selected()
        if row is not None:
            self._write(
                Kind.ACTORS, lambda s: svc.update_activity(s, row.id, row.version, {"done": True})
            )

    def _open_document(self) -> None:
        row = self.panel.documents.selected()
        if row is None:
            return
        url = document_url(row.location)
        if url is None:
            QMessageBox.warning(
                self.panel.documents,  # the tab the user pressed Open on
                QCoreApplication.translate("ActorListActions", "Open document"),
                QCoreApplication.translate(
                    "ActorListActions",
                    "Only web addresses, e-mail addresses and files that exist can be opened.",
                ),
            )
            return
        QDesktopServices.openUrl(url)

    def add_interest(self, parcel_id: int, stage: str) -> Any | None:
        """Register the chosen actor's interest in a parcel."""
        actor = self.panel.actor_id
        if actor is None:
            return None
        return self._write(Kind.INTERESTS, lambda s: svc.add_interest(s, actor, parcel_id, stage))

    def change_stage(self, row: InterestListRow, stage: str) -> Any | None:
        """Move an interest to another dialogue stage (the change log records it)."""
        return self._write(
            Kind.INTERESTS, lambda s: svc.set_interest_stage(s, row.id, row.interest.version, stage)
        )

    def reserve(self, row: InterestListRow, until: date) -> Any | None:
        """Reserve the interest's parcel for the chosen actor until a date."""
        actor = self.panel.actor_id
        if actor is None:
            return None

        def work(s: Session) -> Any:
            parcel = get_parcel(s, row.interest.parcel_id)
            return svc.reserve_parcel_for(s, actor, parcel.id, parcel.version, until)

        return self._write(Kind.PARCELS, work)

    def _release(self, row: InterestListRow) -> None:
        def work(s: Session) -> Any:
            parcel = get_parcel(s, row.interest.parcel_id)
            return svc.release_reservation(s, parcel.id, parcel.version)

        self._write(Kind.PARCELS, work)
