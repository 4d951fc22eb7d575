"""The plan form: a detailed plan's fields; the end of the implementation period is computed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout

from kalixplan.domain.codes import PlanType
from kalixplan.domain.quality import DIGITISATION_LABELS, USABILITY_LABELS
from kalixplan.domain.rows import PlanRow, ProvisionRow
from kalixplan.services.history import VersionEntry
from ui.forms.base import RowForm
from ui.forms.fields import FieldSpec
from ui.forms.plan_documents import PlanDocumentsBox
from ui.forms.plan_periods import PlanPeriodsBox
from ui.i18n import (
    current_language,
    decision_types,
    plan_status_label,
    plan_statuses,
    procedures,
    provision_kind_label,
    provision_text,
)
from ui.models.formatting import iso_date


def _pairs(labels: dict[str, tuple[str, str]]) -> list[tuple[Any, str]]:
    """(value, label) of a code list stored as the specification's words."""
    return [
        (code, words[0] if current_language() == "sv" else words[1])
        for code, words in labels.items()
    ]


class PlanForm(RowForm):
    """Details of one detailed plan, and its egenskaps- and administrativa bestämmelser
    (read here; they come with the plan from NS Detaljplan and GML files)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.provision_rows: list[ProvisionRow] = []
        # Plain text that wraps to the dock's width: a provision's wording is long.
        self.provisions = QLabel()
        self.provisions.setObjectName("planProvisions")
        self.provisions.setTextFormat(Qt.TextFormat.PlainText)
        self.provisions.setWordWrap(True)
        self.provisions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provisions_box = QGroupBox()
        box_layout = QVBoxLayout(self.provisions_box)
        box_layout.addWidget(self.provisions)
        scroll = self.findChild(QScrollArea)
        inner = scroll.widget() if scroll is not None else None
        body = inner.layout() if inner is not None else None
        self.documents_box = PlanDocumentsBox()
        self.periods_box = PlanPeriodsBox()
        # The plan's versions (NS objektversion), newest first, from the change log.
        self.history_rows: list[VersionEntry] = []
        self.history = QLabel()
        self.history.setObjectName("planHistory")
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_box = QGroupBox()
        QVBoxLayout(self.history_box).addWidget(self.history)
        if isinstance(body, QVBoxLayout):
            body.insertWidget(body.count() - 1, self.periods_box)
            body.insertWidget(body.count() - 1, self.provisions_box)
            body.insertWidget(body.count() - 1, self.documents_box)
            body.insertWidget(body.count() - 1, self.history_box)
        self._retranslate_provisions()

    def load(self, row: Any) -> None:
        """Show ``row``; another plan's (or a new plan's) provisions are not kept."""
        super().load(row)
        rows = getattr(self, "provision_rows", None)
        if rows and (row is None or rows[0].plan_id != row.id):
            self.show_provisions([])
        box = getattr(self, "documents_box", None)
        if box is not None and box.rows and (row is None or box.rows[0].owner_id != row.id):
            box.show_rows([])
        if box is not None:
            box.setEnabled(row is not None)  # a new plan gets documents once saved
            self.periods_box.setEnabled(row is not None)
            if row is None or (
                self.periods_box.rows and self.periods_box.rows[0].plan_id != row.id
            ):
                self.periods_box.show_rows([])
        if row is None and getattr(self, "history_rows", None):
            self.show_history([])

    def show_provisions(self, rows: Sequence[ProvisionRow]) -> None:
        """List the plan's provisions under their kind, with each one's motiv."""
        self.provision_rows = list(rows)
        lines: list[str] = []
        kind = None
        for row in self.provision_rows:
            if row.kind != kind:
                kind = row.kind
                lines += ([""] if lines else []) + [provision_kind_label(kind)]
            lines.append("• " + provision_text(row))
            if row.motiv:
                lines.append("   " + self.tr("Reason: %1").replace("%1", row.motiv))
        self.provisions.setText("\n".join(lines) if lines else self.tr("No provisions registered"))

    def show_history(self, entries: Sequence[VersionEntry], shown: int = 8) -> None:
        """The plan's versions, newest first: when, who, and what each save changed."""
        self.history_rows = list(entries)
        lines = []
        for entry in self.history_rows[:shown]:
            when = entry.valid_from.astimezone().strftime("%Y-%m-%d %H:%M")
            head = f"v{entry.version} · {when} · {entry.user}"
            if entry.action == "insert":
                lines.append(head + " · " + self.tr("registered"))
                continue
            changed = []
            for field, old, new in entry.changes:
                label = self.labels.get(field)
                name = label.text().rstrip(" *") if label is not None else field
                if field == "geom":
                    changed.append(self.tr("boundary changed"))
                    continue
                if field == "status":
                    old, new = plan_status_label(old), plan_status_label(new)
                changed.append(f"{name}: {old or '–'} → {new or '–'}")
            lines.append(head + "\n   " + "; ".join(changed) if changed else head)
        hidden = len(self.history_rows) - shown
        if hidden > 0:
            lines.append(self.tr("… and %1 earlier versions").replace("%1", str(hidden)))
        self.history.setText("\n".join(lines) if lines else self.tr("No versions recorded"))

    def _retranslate_provisions(self) -> None:
        self.provisions_box.setTitle(self.tr("Provisions (planbestämmelser)"))
        self.show_provisions(self.provision_rows)
        self.history_box.setTitle(self.tr("Versions"))
        self.show_history(self.history_rows)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "provisions"):
            self._retranslate_provisions()
            self.documents_box.retranslate()
            self.periods_box.retranslate()

    def _plan_types(self) -> list[tuple[Any, str]]:
        labels = {
            PlanType.DETALJPLAN: self.tr("Detailed plan"),
            PlanType.STADSPLAN: self.tr("Town plan (older form)"),
            PlanType.BYGGNADSPLAN: self.tr("Building plan (older form)"),
            PlanType.AVSTYCKNINGSPLAN: self.tr("Parcelling plan (older form)"),
        }
        return [(k.value, v) for k, v in labels.items()]

    def specs(self) -> list[FieldSpec]:
        identity = self.tr("Plan")
        process = self.tr("Process and decisions")
        period = self.tr("Implementation period")
        other = self.tr("Archive and notes")
        quality = self.tr("Quality of the digital plan")
        return [
            FieldSpec(
                "designation",
                self.tr("Designation"),
                required=True,
                section=identity,
                tip=self.tr(
                    "The plan's beteckning as the archive writes it, e.g. 2514-P123, "
                    "BN16/1724 or DP 2026:1"
                ),
            ),
            FieldSpec("name", self.tr("Name"), required=True, section=identity),
            FieldSpec("purpose", self.tr("Purpose"), "multiline", section=identity),
            FieldSpec(
                "plan_type",
                self.tr("Plan type"),
                "choice",
                self._plan_types,
                required=True,
                section=identity,
            ),
            FieldSpec(
                "status", self.tr("Status"), "choice", plan_statuses, required=True, section=process
            ),
            FieldSpec(
                "procedure",
                self.tr("Procedure"),
                "choice",
                procedures,
                required=True,
                section=process,
            ),
            FieldSpec(
                "decision_type",
                self.tr("Decision type"),
                "choice",
                decision_types,
                required=True,
                section=process,
                tip=self.tr(
                    "A new plan replaces the plans it names, a change amends them "
                    "(PBL 4 kap. 38-39 §§), a repeal removes them (5 kap. 38 §)"
                ),
            ),
            FieldSpec("diarienummer", self.tr("Case number"), section=process),
            FieldSpec("decision_body", self.tr("Decision body"), section=process),
            FieldSpec("started_date", self.tr("Started"), "date", section=process),
            FieldSpec("consultation_date", self.tr("Consultation"), "date", section=process),
            FieldSpec("review_date", self.tr("Review"), "date", section=process),
            FieldSpec("adopted_date", self.tr("Adopted"), "date", section=process),
            FieldSpec("in_force_date", self.tr("In force"), "date", section=process),
            FieldSpec("implementation_years", self.tr("Length (years)"), "int", section=period),
            FieldSpec(
                "implementation_start",
                self.tr("Starts"),
                "date",
                section=period,
                tip=self.tr("Empty: the day the plan came into force"),
            ),
            FieldSpec(
                "implementation_ends_ro",
                self.tr("Ends"),
                "readonly",
                section=period,
                show=lambda r: iso_date(r.implementation_ends) or "–",
            ),
            FieldSpec("archive_id", self.tr("Archive id"), section=other),
            FieldSpec(
                "previous_designation",
                self.tr("Plans this decision affects"),
                section=process,
                tip=self.tr(
                    "The plans it replaces, changes or repeals (föregående plans "
                    "beteckning); separate several with ;"
                ),
            ),
            FieldSpec("notes", self.tr("Notes"), "multiline", section=other),
            FieldSpec(
                "digitisation",
                self.tr("Digitisation"),
                "choice",
                lambda: _pairs(DIGITISATION_LABELS),
                section=quality,
                tip=self.tr("Is the plan complete in digital form (NS Detaljplan 4.1)?"),
            ),
            FieldSpec(
                "boundaries_corrected",
                self.tr("Boundaries corrected"),
                "choice",
                self._yes_no,
                required=True,
                section=quality,
            ),
            FieldSpec(
                "basis_checked",
                self.tr("Planning basis checked"),
                "choice",
                self._yes_no,
                required=True,
                section=quality,
            ),
            FieldSpec(
                "usability",
                self.tr("Usability"),
                "choice",
                lambda: _pairs(USABILITY_LABELS),
                section=quality,
            ),
            FieldSpec("quality_note", self.tr("About the quality"), "multiline", section=quality),
        ]

    def _yes_no(self) -> list[tuple[Any, str]]:
        return [(True, self.tr("Yes")), (False, self.tr("No"))]

    def new_title(self) -> str:
        return self.tr("New plan")

    def title_of(self, row: PlanRow) -> str:
        return f"{row.designation} {row.name}"
