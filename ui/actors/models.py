"""Table columns of the actor register and of an actor's lists (thin adapters over rows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kalixplan.domain.codes import INTEREST_STAGE_LABELS, InterestStage
from kalixplan.domain.rows import ActivityRow, ContactRow, DocumentRow, NeedRow
from kalixplan.services.actor_overview import ActorListRow, InterestListRow
from kalixplan.services.matching.rules import sector_label
from ui.i18n import current_language
from ui.models.base import Column
from ui.models.formatting import first_line, iso_date, number

OVERDUE = QColor("#b00020")


def stage_text(stage: str | None) -> str:
    """A dialogue stage in the current language ('' for none)."""
    if not stage:
        return ""
    try:
        sv, en = INTEREST_STAGE_LABELS[InterestStage(stage)]
    except ValueError:
        return stage
    return sv if current_language() == "sv" else en


def stages() -> list[tuple[str, str]]:
    """(value, label) of every dialogue stage, in pipeline order."""
    return [(s.value, stage_text(s.value)) for s in InterestStage]


def actor_columns() -> list[Column[ActorListRow]]:
    """Columns of the actor register."""
    lang = current_language
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("ActorsPanel", "Name"),
            lambda r: r.actor.name,
            lambda r: r.actor.name.lower(),
        ),
        Column(
            "org_number",
            lambda: QCoreApplication.translate("ActorsPanel", "Org. number"),
            lambda r: r.actor.org_number,
            lambda r: r.actor.org_number,
        ),
        Column(
            "sector",
            lambda: QCoreApplication.translate("ActorsPanel", "Sector"),
            lambda r: sector_label(r.actor.sector, lang()),
            lambda r: sector_label(r.actor.sector, lang()),
        ),
        Column(
            "stage",
            lambda: QCoreApplication.translate("ActorsPanel", "Furthest stage"),
            lambda r: stage_text(r.furthest_stage),
            lambda r: stage_text(r.furthest_stage),
        ),
        Column(
            "next_due",
            lambda: QCoreApplication.translate("ActorsPanel", "Next step due"),
            lambda r: iso_date(r.next_due),
            lambda r: iso_date(r.next_due),
            decoration=lambda r: OVERDUE if r.next_due and r.next_due <= date.today() else None,
        ),
    ]


def contact_columns() -> list[Column[ContactRow]]:
    """Columns of an actor's contact persons."""
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("ActorsPanel", "Name"),
            lambda r: r.name,
            lambda r: r.name,
        ),
        Column(
            "role",
            lambda: QCoreApplication.translate("ActorsPanel", "Role"),
            lambda r: r.role or "",
            lambda r: r.role,
        ),
        Column(
            "email",
            lambda: QCoreApplication.translate("ActorsPanel", "E-mail"),
            lambda r: r.email or "",
            lambda r: r.email,
        ),
        Column(
            "phone",
            lambda: QCoreApplication.translate("ActorsPanel", "Phone"),
            lambda r: r.phone or "",
            lambda r: r.phone,
        ),
    ]


def _yes(value: bool) -> str:
    return QCoreApplication.translate("ActorsPanel", "yes") if value else ""


def need_columns() -> list[Column[NeedRow]]:
    """Columns of an actor's land needs."""
    return [
        Column(
            "area_ha",
            lambda: QCoreApplication.translate("ActorsPanel", "Area (ha)"),
            lambda r: number(r.area_ha, 1),
            lambda r: r.area_ha,
            numeric=True,
        ),
        Column(
            "power_mw",
            lambda: QCoreApplication.translate("ActorsPanel", "Power (MW)"),
            lambda r: number(r.power_mw, 1),
            lambda r: r.power_mw,
            numeric=True,
        ),
        Column(
            "water",
            lambda: QCoreApplication.translate("ActorsPanel", "Water (m³/day)"),
            lambda r: number(r.water_m3_day),
            lambda r: r.water_m3_day,
            numeric=True,
        ),
        Column(
            "rail",
            lambda: QCoreApplication.translate("ActorsPanel", "Rail"),
            lambda r: _yes(r.needs_rail),
            lambda r: r.needs_rail,
        ),
        Column(
            "port",
            lambda: QCoreApplication.translate("ActorsPanel", "Port"),
            lambda r: _yes(r.needs_port),
            lambda r: r.needs_port,
        ),
        Column(
            "timeframe",
            lambda: QCoreApplication.translate("ActorsPanel", "Timeframe"),
            lambda r: r.timeframe or "",
            lambda r: r.timeframe,
        ),
        Column(
            "notes",
            lambda: QCoreApplication.translate("ActorsPanel", "Notes"),
            lambda r: first_line(r.notes),
            lambda r: r.notes,
        ),
    ]


def _activity_kind(kind: str) -> str:
    return {
        "meeting": QCoreApplication.translate("ActorsPanel", "Meeting"),
        "call": QCoreApplication.translate("ActorsPanel", "Call"),
        "mail": QCoreApplication.translate("ActorsPanel", "Mail"),
        "site_visit": QCoreApplication.translate("ActorsPanel", "Site visit"),
        "other": QCoreApplication.translate("ActorsPanel", "Other"),
    }.get(kind, kind)


def activity_kinds() -> list[tuple[str, str]]:
    """(value, label) of the kinds of activity."""
    return [(k, _activity_kind(k)) for k in ("meeting", "call", "mail", "site_visit", "other")]


def _overdue(r: ActivityRow) -> QColor | None:
    return OVERDUE if r.next_step_due and not r.done and r.next_step_due <= date.today() else None


def activity_columns() -> list[Column[ActivityRow]]:
    """Columns of an actor's activity log."""
    return [
        Column(
            "on_date",
            lambda: QCoreApplication.translate("ActorsPanel", "Date"),
            lambda r: iso_date(r.on_date),
            lambda r: iso_date(r.on_date),
        ),
        Column(
            "kind",
            lambda: QCoreApplication.translate("ActorsPanel", "Kind"),
            lambda r: _activity_kind(r.kind),
            lambda r: r.kind,
        ),
        Column(
            "notes",
            lambda: QCoreApplication.translate("ActorsPanel", "Notes"),
            lambda r: first_line(r.notes),
            lambda r: r.notes,
            tooltip=lambda r: r.notes,
        ),
        Column(
            "next_step",
            lambda: QCoreApplication.translate("ActorsPanel", "Next step"),
            lambda r: first_line(r.next_step),
            lambda r: r.next_step,
        ),
        Column(
            "next_step_due",
            lambda: QCoreApplication.translate("ActorsPanel", "Due"),
            lambda r: iso_date(r.next_step_due),
            lambda r: iso_date(r.next_step_due),
            decoration=_overdue,
        ),
        Column(
            "done",
            lambda: QCoreApplication.translate("ActorsPanel", "Done"),
            lambda r: _yes(r.done),
            lambda r: r.done,
        ),
    ]


def interest_columns() -> list[Column[InterestListRow]]:
    """Columns of an actor's interests in parcels."""
    from ui.i18n import parcel_status_label

    def reservation(r: InterestListRow) -> str:
        if r.reserved_until is None:
            return ""
        flag = {
            "expired": QCoreApplication.translate("ActorsPanel", "expired"),
            "expiring": QCoreApplication.translate("ActorsPanel", "ends soon"),
        }.get(r.reservation_flag or "")
        return iso_date(r.reserved_until) + (f" ({flag})" if flag else "")

    return [
        Column(
            "designation",
            lambda: QCoreApplication.translate("ActorsPanel", "Parcel"),
            lambda r: r.designation,
            lambda r: r.designation,
        ),
        Column(
            "stage",
            lambda: QCoreApplication.translate("ActorsPanel", "Stage"),
            lambda r: stage_text(r.interest.stage),
            lambda r: (
                [s.value for s in InterestStage].index(r.interest.stage)
                if r.interest.stage in {s.value for s in InterestStage}
                else 99
            ),
        ),
        Column(
            "stage_changed_on",
            lambda: QCoreApplication.translate("ActorsPanel", "Stage since"),
            lambda r: iso_date(r.interest.stage_changed_on),
            lambda r: iso_date(r.interest.stage_changed_on),
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("ActorsPanel", "Parcel status"),
            lambda r: parcel_status_label(r.parcel_status),
            lambda r: r.parcel_status,
        ),
        Column(
            "reserved_until",
            lambda: QCoreApplication.translate("ActorsPanel", "Reserved until"),
            reservation,
            lambda r: iso_date(r.reserved_until),
            decoration=lambda r: OVERDUE if r.reservation_flag == "expired" else None,
        ),
    ]


def document_columns() -> list[Column[DocumentRow]]:
    """Columns of an actor's document links."""
    return [
        Column(
            "title",
            lambda: QCoreApplication.translate("ActorsPanel", "Title"),
            lambda r: r.title,
            lambda r: r.title.lower(),
        ),
        Column(
            "location",
            lambda: QCoreApplication.translate("ActorsPanel", "Location"),
            lambda r: r.location,
            lambda r: r.location,
            tooltip=lambda r: r.location,
        ),
    ]
