"""The plan form: a detailed plan's fields; the end of the implementation period is computed."""

from __future__ import annotations

from typing import Any

from kalixplan.domain.codes import PlanType
from kalixplan.domain.rows import PlanRow
from ui.forms.base import RowForm
from ui.forms.fields import FieldSpec
from ui.i18n import decision_types, plan_statuses, procedures
from ui.models.formatting import iso_date


class PlanForm(RowForm):
    """Details of one detailed plan."""

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
        ]

    def new_title(self) -> str:
        return self.tr("New plan")

    def title_of(self, row: PlanRow) -> str:
        return f"{row.designation} {row.name}"
