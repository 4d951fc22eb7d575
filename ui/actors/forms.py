"""Forms of an actor and of the rows in its lists, on the shared ``RowForm``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from kalixplan.domain.codes import ActorKind, Sector
from kalixplan.services.matching.rules import sector_label
from ui.actors.models import activity_kinds
from ui.forms.base import RowForm
from ui.forms.fields import FieldSpec
from ui.i18n import current_language


def _sectors() -> list[tuple[Any, str]]:
    return [(s.value, sector_label(s.value, current_language())) for s in Sector]


class ActorForm(RowForm):
    """Organisation number (checked), name, sector, kind, website, notes."""

    def _kinds(self) -> list[tuple[Any, str]]:
        labels = {
            ActorKind.COMPANY: self.tr("Company"),
            ActorKind.UTILITY: self.tr("Utility"),
            ActorKind.INVESTOR: self.tr("Investor"),
            ActorKind.AUTHORITY: self.tr("Authority"),
            ActorKind.ACADEMIA: self.tr("Academia"),
        }
        return [(k.value, v) for k, v in labels.items()]

    def specs(self) -> list[FieldSpec]:
        section = self.tr("Actor")
        return [
            FieldSpec(
                "org_number",
                self.tr("Organisation number"),
                required=True,
                section=section,
                tip=self.tr("Ten digits, NNNNNN-NNNN; the last is a check digit"),
            ),
            FieldSpec("name", self.tr("Name"), required=True, section=section),
            FieldSpec("sector", self.tr("Sector"), "choice", _sectors, section=section),
            FieldSpec(
                "kind", self.tr("Kind"), "choice", self._kinds, required=True, section=section
            ),
            FieldSpec("website", self.tr("Website"), section=section),
            FieldSpec("notes", self.tr("Notes"), "multiline", section=section),
        ]

    def title_of(self, row: Any) -> str:
        return str(row.name)

    def new_title(self) -> str:
        return self.tr("New actor")

    def load(self, row: Any) -> None:
        super().load(row)
        if row is None and "kind" in self.editors:
            self.editors["kind"].set_value(ActorKind.COMPANY.value)


class ContactForm(RowForm):
    """A contact person."""

    def specs(self) -> list[FieldSpec]:
        section = self.tr("Contact person")
        return [
            FieldSpec("name", self.tr("Name"), required=True, section=section),
            FieldSpec("role", self.tr("Role"), section=section),
            FieldSpec("email", self.tr("E-mail"), section=section),
            FieldSpec("phone", self.tr("Phone"), section=section),
        ]

    def new_title(self) -> str:
        return self.tr("New contact person")

    def title_of(self, row: Any) -> str:
        return str(row.name)


class NeedForm(RowForm):
    """A land need: hectares, MW, water, rail or port and the distances, timeframe."""

    def _yes_no(self) -> list[tuple[Any, str]]:
        return [(False, self.tr("No")), (True, self.tr("Yes"))]

    def specs(self) -> list[FieldSpec]:
        section = self.tr("Land need")
        return [
            FieldSpec("area_ha", self.tr("Area (ha)"), "float", section=section),
            FieldSpec("power_mw", self.tr("Power (MW)"), "float", section=section),
            FieldSpec("water_m3_day", self.tr("Water (m³/day)"), "float", section=section),
            FieldSpec(
                "needs_rail",
                self.tr("Needs rail access"),
                "choice",
                self._yes_no,
                required=True,
                section=section,
            ),
            FieldSpec(
                "max_dist_rail_m",
                self.tr("Max distance to rail (m)"),
                "float",
                section=section,
                tip=self.tr("Empty: 2000 m when rail access is needed"),
            ),
            FieldSpec(
                "needs_port",
                self.tr("Needs port access"),
                "choice",
                self._yes_no,
                required=True,
                section=section,
            ),
            FieldSpec(
                "max_dist_port_m",
                self.tr("Max distance to port (m)"),
                "float",
                section=section,
                tip=self.tr("Empty: 5000 m when port access is needed"),
            ),
            FieldSpec(
                "timeframe",
                self.tr("Timeframe"),
                section=section,
                tip=self.tr("When the land is needed, e.g. 2027 or Q3 2026"),
            ),
            FieldSpec("notes", self.tr("Notes"), "multiline", section=section),
        ]

    def new_title(self) -> str:
        return self.tr("New land need")

    def title_of(self, row: Any) -> str:
        return self.tr("Land need")

    def load(self, row: Any) -> None:
        super().load(row)
        if row is None:
            for key in ("needs_rail", "needs_port"):
                self.editors[key].set_value(False)


class ActivityForm(RowForm):
    """A meeting, call or mail, with the next step and its due date."""

    def specs(self) -> list[FieldSpec]:
        section = self.tr("Activity")
        return [
            FieldSpec("on_date", self.tr("Date"), "date", required=True, section=section),
            FieldSpec(
                "kind", self.tr("Kind"), "choice", activity_kinds, required=True, section=section
            ),
            FieldSpec("notes", self.tr("Notes"), "multiline", section=section),
            FieldSpec("next_step", self.tr("Next step"), section=section),
            FieldSpec("next_step_due", self.tr("Next step due"), "date", section=section),
        ]

    def new_title(self) -> str:
        return self.tr("New activity")


class DocumentForm(RowForm):
    """A link to a document: a title and a file path or web address."""

    def specs(self) -> list[FieldSpec]:
        section = self.tr("Document")
        return [
            FieldSpec("title", self.tr("Title"), required=True, section=section),
            FieldSpec(
                "location",
                self.tr("File or web address"),
                required=True,
                section=section,
                tip=self.tr("A path such as /srv/avtal/loi.pdf or an https:// address"),
            ),
        ]

    def new_title(self) -> str:
        return self.tr("New document link")

    def title_of(self, row: Any) -> str:
        return str(row.title)


class FormDialog(QDialog):
    """A ``RowForm`` in a dialog; the caller connects its requests and closes it on success."""

    def __init__(self, form: RowForm, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        form.revert_button.clicked.connect(self.reject)
        self.resize(460, 420)
