"""The parcel form: every field of a parcel of industrial land, area computed and read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kalixplan.domain.codes import OwnerKind
from kalixplan.domain.rows import ParcelRow
from ui.forms.base import RowForm
from ui.forms.fields import ChoiceEditor, FieldSpec
from ui.i18n import land_uses, parcel_statuses
from ui.models.formatting import hectares, number


class ParcelForm(RowForm):
    """Details of one parcel; saves go through the main window's undo stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._plans: list[str] = []
        super().__init__(parent)

    def set_plans(self, designations: list[str]) -> None:
        """The plans a parcel can be governed by (for the plan field's list)."""
        self._plans = list(designations)
        editor = self.editors.get("plan")
        if isinstance(editor, ChoiceEditor):
            editor.retranslate()

    def _owner_kinds(self) -> list[tuple[Any, str]]:
        labels = {
            OwnerKind.MUNICIPALITY: self.tr("Municipality"),
            OwnerKind.MUNICIPAL_COMPANY: self.tr("Municipal company"),
            OwnerKind.PRIVATE: self.tr("Private"),
            OwnerKind.STATE: self.tr("State"),
        }
        return [(k.value, v) for k, v in labels.items()]

    def specs(self) -> list[FieldSpec]:
        identity = self.tr("Identity")
        planning = self.tr("Status and planning")
        services = self.tr("Utilities")
        transport = self.tr("Transport (computed from reference layers)")
        limits = self.tr("Constraints")
        contact = self.tr("Contact and notes")
        metres = self.tr("%1 m")
        return [
            FieldSpec(
                "key_kind",
                self.tr("Kept by"),
                "choice",
                lambda: [
                    ("property", self.tr("Property designation")),
                    ("area", self.tr("Name of the area (no designation)")),
                ],
                required=True,
                section=identity,
                tip=self.tr(
                    "Land a municipality keeps by name only (a 'ledig industrimark' layer) has "
                    "its name as its key"
                ),
            ),
            FieldSpec(
                "designation",
                self.tr("Property designation"),
                required=True,
                section=identity,
                tip=self.tr(
                    "Register area name and block:unit, e.g. Kalix Näsbyn 1:23; for land kept "
                    "by name, its name"
                ),
            ),
            FieldSpec("address", self.tr("Address"), section=identity),
            FieldSpec("area_name", self.tr("Area name"), section=identity),
            FieldSpec("owner", self.tr("Owner"), section=identity),
            FieldSpec(
                "owner_kind", self.tr("Owner kind"), "choice", self._owner_kinds, section=identity
            ),
            FieldSpec("area", self.tr("Area"), "readonly", section=identity, show=self._area_text),
            FieldSpec(
                "status",
                self.tr("Status"),
                "choice",
                parcel_statuses,
                required=True,
                section=planning,
            ),
            FieldSpec("reserved_until", self.tr("Reserved until"), "date", section=planning),
            FieldSpec("land_use", self.tr("Land use"), "choice", land_uses, section=planning),
            FieldSpec(
                "plan",
                self.tr("Governing plan"),
                "choice",
                lambda: [(d, d) for d in self._plans],
                section=planning,
            ),
            FieldSpec("max_height_m", self.tr("Max height (m)"), "float", section=planning),
            FieldSpec("utilisation", self.tr("Utilisation"), section=planning),
            FieldSpec("price_sek_m2", self.tr("Price (SEK/m²)"), "float", section=planning),
            FieldSpec("price_includes", self.tr("Price includes"), section=planning),
            FieldSpec("power_mw", self.tr("Power (MW)"), "float", section=services),
            FieldSpec("water_sewer", self.tr("Water and sewer"), "bool", section=services),
            FieldSpec(
                "water_capacity_m3_day",
                self.tr("Water capacity (m³/day)"),
                "float",
                section=services,
            ),
            FieldSpec("district_heating", self.tr("District heating"), "bool", section=services),
            FieldSpec("fibre", self.tr("Fibre"), "bool", section=services),
            FieldSpec("gas_hydrogen", self.tr("Gas or hydrogen"), "bool", section=services),
            FieldSpec(
                "dist_rail",
                self.tr("Railway"),
                "readonly",
                section=transport,
                show=lambda r: _distance(r.dist_rail_m, metres),
            ),
            FieldSpec(
                "dist_port",
                self.tr("Port"),
                "readonly",
                section=transport,
                show=lambda r: _distance(r.dist_port_m, metres),
            ),
            FieldSpec(
                "dist_road",
                self.tr("Road (E4/E10)"),
                "readonly",
                section=transport,
                show=lambda r: _distance(r.dist_road_m, metres),
            ),
            FieldSpec(
                "dist_substation",
                self.tr("Substation"),
                "readonly",
                section=transport,
                show=lambda r: _distance(r.dist_substation_m, metres),
            ),
            FieldSpec("flood_risk", self.tr("Flood risk"), section=limits),
            FieldSpec(
                "contaminated_mifo",
                self.tr("Contaminated land (MIFO class 1-4)"),
                "choice",
                lambda: [(i, str(i)) for i in (1, 2, 3, 4)],
                section=limits,
            ),
            FieldSpec("protected_nature", self.tr("Protected nature"), "bool", section=limits),
            FieldSpec(
                "shoreline_protection", self.tr("Shoreline protection"), "bool", section=limits
            ),
            FieldSpec("national_interest", self.tr("National interest"), "bool", section=limits),
            FieldSpec("geotechnics", self.tr("Geotechnics"), section=limits),
            FieldSpec("ground_state", self.tr("State of the land"), section=limits),
            FieldSpec("contact_person", self.tr("Contact person"), section=contact),
            FieldSpec("contact_email", self.tr("Contact e-mail"), section=contact),
            FieldSpec("notes", self.tr("Notes"), "multiline", section=contact),
            FieldSpec(
                "public",
                self.tr("On the public web pages"),
                "choice",
                lambda: [(True, self.tr("Yes, publish it")), (False, self.tr("No"))],
                required=True,
                section=contact,
                tip=self.tr(
                    "Only parcels marked here go out with 'kalixplan publish' (the "
                    "'ledig mark' pages); owners, notes and prices never do unless chosen"
                ),
            ),
        ]

    def new_title(self) -> str:
        return self.tr("New parcel")

    def title_of(self, row: ParcelRow) -> str:
        return row.designation

    def _area_text(self, row: Any) -> str:
        """The area, or a warning that it is not recomputed after an outside edit."""
        if getattr(row, "facts_stale", False):
            return self.tr(
                "%1 ha — not recomputed yet: the boundary was changed outside "
                "KalixPlan (reopen the project)"
            ).replace("%1", hectares(row.area_m2))
        return self.tr("%1 ha (computed from the boundary)").replace("%1", hectares(row.area_m2))


def _distance(value: float | None, pattern: str) -> str:
    return "–" if value is None else pattern.replace("%1", number(value))
