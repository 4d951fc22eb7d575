"""SS 637040 plan documents (GML from municipal plan-drafting systems) into the plan register.

The document is read and every area built first (``gml_document``, ``gml_geometry``);
then all plans go in one transaction through the plan services, so every domain rule
applies. Any problem refuses the file with one sentence naming it, the feature and what
to do, and nothing is written. Plans are identified by their beteckning and keep the
file's objektidentitet; a plan already in the project is updated, and land-use areas are
taken in for plans new to the project (as ``reader.import_ns`` does).
"""

from __future__ import annotations

import re
import uuid as uuidlib
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import DecisionType, PlanStatus, PlanType
from kalixplan.domain.errors import KalixPlanError, clause_of
from kalixplan.domain.validation import parse_code
from kalixplan.services.importing.report import ImportReport, ReportLine
from kalixplan.services.importing.values import parse_date_text
from kalixplan.services.ns_detaljplan.gml_document import (
    DESIGNATION,
    IDENTITY,
    GmlPlanRefused,
    PlanFeature,
    read_plans,
    read_root,
)
from kalixplan.services.ns_detaljplan.reader import differs, take_in_once
from kalixplan.services.plans import add_land_use_area, create_plan, update_plan
from kalixplan.store.engine import Project
from kalixplan.store.models import DetailedPlan

__all__ = ["FORMAT", "GmlPlanRefused", "import_gml", "plan_fields"]

FORMAT = "SS 637040"
# Plan fields by the folded names SS 637040 / NS Detaljplan 4.1 exporters use.
_TEXT_FIELDS = {
    "designation": DESIGNATION,
    "name": ("namn", "plannamn"),
    "status": ("status", "planstatus"),
    "purpose": ("syfte",),
    "diarienummer": ("diarienummerkommun", "diarienummer"),
    "archive_id": ("arkividentitetkommun", "arkividentitet"),
    "decision_type": ("beslutstyp",),
    "decision_body": ("instansinomkommunen", "beslutsinstans"),
    "previous_designation": ("foregaendeplansbeteckning",),
    "plan_type": ("plantyp",),
}
_DATE_FIELDS = {
    "started_date": ("datumpaborjat",),
    "adopted_date": ("datumantagande", "antagandedatum", "datumforantagande", "antagen"),
    "in_force_date": ("datumlagakraft", "lagakraftdatum", "datumforlagakraft", "lagakraft"),
    "implementation_start": ("genomforandetidstartar", "genomforandetidstart"),
}
_CODED = {"status": PlanStatus, "decision_type": DecisionType, "plan_type": PlanType}
_YEARS = ("genomforandetid", "genomforandetidar")
_YEARS_TEXT = re.compile(r"^P?(\d{1,2})\s*(?:Y|år|ar)?$", re.I)


def import_gml(project: Project, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import the plans and land-use areas of an SS 637040 GML file in one transaction.

    Raises:
        GmlPlanRefused, UnknownCrs: naming the file, the feature and what to do;
            nothing was imported.
    """
    root = read_root(path)
    report = ImportReport("plans", path.name, FORMAT, "plans")
    plans = read_plans(path, root, project.srid, report)

    def work(session: Session) -> None:
        for plan in plans:
            _take_in(session, path.name, plan, report)

    return take_in_once(project, work, report, dry_run=dry_run)


def plan_fields(path: Path, plan: PlanFeature) -> dict[str, Any]:
    """A Detaljplan feature's values as the register's plan fields."""
    f = plan.feature

    def refuse(what: str, what_sv: str) -> GmlPlanRefused:
        return GmlPlanRefused(
            f"{path.name}: plan {plan.key} ({f.gml_id}) {what}; correct it in the plan "
            "system and export again, nothing was imported.",
            plan.key,
            sv=f"{path.name}: planen {plan.key} ({f.gml_id}) {what_sv}; rätta det i "
            "plansystemet och exportera igen, ingenting importerades.",
        )

    fields: dict[str, Any] = {"designation": plan.key, "name": f.first("namn", "plannamn")}
    fields["name"] = fields["name"] or plan.key
    for name, keys in _TEXT_FIELDS.items():
        if name not in fields and f.first(*keys) is not None:
            fields[name] = f.first(*keys)
    for name, enum in _CODED.items():
        if name in fields:
            try:
                fields[name] = parse_code(enum, name, fields[name])  # Swedish words too
            except KalixPlanError as exc:
                raise refuse(
                    f"is refused: {clause_of(exc, 'en')}", f"avvisas: {clause_of(exc, 'sv')}"
                ) from None
    for name, keys in _DATE_FIELDS.items():
        text = f.last(*keys)
        if text is not None:
            fields[name] = day = parse_date_text(text)
            if not isinstance(day, date):
                raise refuse(
                    f"has {keys[0]} '{text}', which is not a date (write 2024-05-31)",
                    f"har {keys[0]} '{text}', som inte är ett datum (skriv 2024-05-31)",
                )
    years = f.first(*_YEARS)
    if years is not None:
        # PBL 4 kap. 21 §: genomförandetid in whole years ("15", "15 år", ISO "P15Y").
        match = _YEARS_TEXT.match(years.strip())
        if match is None:
            raise refuse(
                f"has genomförandetid '{years}', which is not a number of years",
                f"har genomförandetid '{years}', som inte är ett antal år",
            )
        fields["implementation_years"] = int(match.group(1))
    identity = f.first(*IDENTITY)
    if identity is not None:
        # NS Detaljplan 4.1 objektidentitet: the national platform updates a plan by it.
        try:
            fields["uuid"] = str(uuidlib.UUID(identity))
        except ValueError:
            raise refuse(
                f"has objektidentitet '{identity}', which is not a UUID",
                f"har objektidentitet '{identity}', som inte är ett UUID",
            ) from None
    if plan.boundary is None:
        raise refuse(
            "has no plan boundary and no land-use areas to take it from",
            "har ingen plangräns och inga användningsområden att ta den från",
        )
    fields["geom"] = plan.boundary
    return fields


def _take_in(session: Session, source: str, plan: PlanFeature, report: ImportReport) -> None:
    fields = plan_fields(Path(source), plan)
    key = plan.key
    number = plan.feature.number

    def refused(exc: KalixPlanError) -> GmlPlanRefused:
        return GmlPlanRefused(
            f"{source}: plan {key} ({plan.feature.gml_id}) is refused: "
            f"{clause_of(exc, 'en')}; correct it in the plan system and export again, "
            "nothing was imported.",
            key,
            sv=f"{source}: planen {key} ({plan.feature.gml_id}) avvisas: "
            f"{clause_of(exc, 'sv')}; rätta det i plansystemet och exportera igen, "
            "ingenting importerades.",
        )

    current = session.scalar(select(DetailedPlan).where(DetailedPlan.designation == key))
    identity = fields.get("uuid")
    if identity is not None:
        other = session.scalar(
            select(DetailedPlan.designation).where(DetailedPlan.uuid == identity)
        )
        if other is not None and other != key:
            raise GmlPlanRefused(
                f"{source}: plan {key} carries objektidentitet {identity}, which the project's "
                f"plan {other} has; one of the two is wrong: correct it before importing again, "
                "nothing was imported.",
                key,
                sv=f"{source}: planen {key} har objektidentitet {identity}, som projektets plan "
                f"{other} har; en av dem är fel: rätta den innan du importerar igen, ingenting "
                "importerades.",
            )
    if current is not None and identity is not None and current.uuid != identity:
        raise GmlPlanRefused(
            f"{source}: plan {key} carries objektidentitet {identity}, but the project's plan "
            f"{key} has {current.uuid}; one of the two is wrong: correct it before importing "
            "again, nothing was imported.",
            key,
            sv=f"{source}: planen {key} har objektidentitet {identity}, men projektets plan "
            f"{key} har {current.uuid}; en av dem är fel: rätta den innan du importerar igen, "
            "ingenting importerades.",
        )
    if current is None:
        try:
            row = create_plan(session, fields, registering=True)
            for area, code, built in plan.areas:
                try:
                    add_land_use_area(session, row.id, {"code": code, "geom": built})
                except KalixPlanError as exc:
                    raise GmlPlanRefused(
                        f"{source}: land-use area {area.gml_id} ({code}) of plan {key} is "
                        f"refused: {clause_of(exc, 'en')}; correct it and export again, "
                        "nothing was imported.",
                        area.gml_id,
                        sv=f"{source}: användningsområdet {area.gml_id} ({code}) i planen {key} "
                        f"avvisas: {clause_of(exc, 'sv')}; rätta det och exportera igen, "
                        "ingenting importerades.",
                    ) from exc
        except GmlPlanRefused:
            raise
        except KalixPlanError as exc:
            raise refused(exc) from exc
        report.lines.append(
            ReportLine(number, key, "imported", f"{len(plan.areas)} land-use areas")
        )
        report.row_ids.append(row.id)
        return
    changes = {
        k: v
        for k, v in fields.items()
        if k not in ("uuid", "designation") and differs(current, k, v)
    }
    if not changes:
        report.lines.append(ReportLine(number, key, "skipped", "unchanged"))
        return
    try:
        update_plan(session, current.id, current.version, changes)
    except KalixPlanError as exc:
        raise refused(exc) from exc
    # Land-use areas of a plan already in the project stay as they are there.
    report.lines.append(ReportLine(number, key, "updated", ", ".join(sorted(changes))))
    report.row_ids.append(current.id)
