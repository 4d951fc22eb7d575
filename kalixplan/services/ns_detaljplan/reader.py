"""NS Detaljplan 4.1 JSON into the plan register.

The whole file is read and checked against the schema first; a file that breaks it is
refused with every place named and nothing written. Plans keep their
``objektidentitet`` (the national platform updates a plan by it) and, when new to the
project, their ``objektversion``. A plan already in the project (same identity) is
updated when the file is as new as the project's copy and refused as stale when the
project's copy has moved on since the file was written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from shapely.errors import ShapelyError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kalixplan.domain.codes import NS_DECISION_TYPE, NS_PLAN_STATUS, DecisionType
from kalixplan.domain.errors import InvalidGeometry, KalixPlanError, clause_of, sentence_of
from kalixplan.geo.crs import reproject
from kalixplan.services.documents import add_document
from kalixplan.services.importing.report import ImportReport, Issue, ReportLine
from kalixplan.services.ns_detaljplan import rules, spec
from kalixplan.services.ns_detaljplan.bestammelser import PROVISION_FEATURE_TYPES, provision_fields
from kalixplan.services.ns_detaljplan.catalogue import active_catalogue
from kalixplan.services.ns_detaljplan.handlingar import taken_in
from kalixplan.services.period_decisions import add_period_decision
from kalixplan.services.plans import add_land_use_area, create_plan, get_plan, update_plan
from kalixplan.services.provisions import add_provision
from kalixplan.store.engine import Project
from kalixplan.store.models import DetailedPlan

_STATUS = {word: status.value for status, word in NS_PLAN_STATUS.items()}
_DECISION = {word: kind.value for kind, word in NS_DECISION_TYPE.items()}
_CHANGE = NS_DECISION_TYPE[DecisionType.CHANGE]


class NotNsDocument(KalixPlanError):
    """The file is not an NS Detaljplan 4.1 document."""


class NsRefused(KalixPlanError):
    """The file breaks the specification's shape; nothing was imported."""

    def __init__(self, name: str, findings: list[rules.Finding]) -> None:
        shown = "; ".join(f"{f.field}: {f.message}" for f in findings[:5])
        shown_sv = "; ".join(f"{f.field}: {f.message_sv or f.message}" for f in findings[:5])
        more = f" and {len(findings) - 5} more" if len(findings) > 5 else ""
        more_sv = f" och {len(findings) - 5} till" if len(findings) > 5 else ""
        super().__init__(
            f"{name} is not a valid NS Detaljplan 4.1 document ({shown}{more}); nothing was "
            "imported. Correct the file where named, or export it again from its source.",
            sv=f"{name} är inget giltigt dokument enligt NS Detaljplan 4.1 ({shown_sv}{more_sv}); "
            "ingenting importerades. Rätta filen där det anges, eller exportera den igen från "
            "källan.",
        )
        self.name = name
        self.findings = findings
        self.issues = [
            Issue(
                _feature_number(f.field),
                f.plan,
                "value",
                f"breaks the specification at {f.field}: {f.message}",
            )
            for f in findings
        ]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.findings), {"sv": self.sv})


def _feature_number(where: str) -> int:
    """The feature's number from 1 in "features[3].properties…" (0: the document)."""
    if not where.startswith("features["):
        return 0
    return int(where[len("features[") : where.index("]")]) + 1


def read_document(path: Path) -> dict[str, Any]:
    """The parsed, schema-valid document (``NsRefused`` / ``NotNsDocument`` otherwise)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotNsDocument(
            f"{path.name} is not UTF-8 text (byte {exc.start}); NS Detaljplan 4.1 files are "
            "UTF-8: save it as UTF-8 and import again. Nothing was imported.",
            sv=f"{path.name} är inte text i UTF-8 (byte {exc.start}); filer enligt "
            "NS Detaljplan 4.1 är i UTF-8: spara den som UTF-8 och importera igen. "
            "Ingenting importerades.",
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotNsDocument(
            f"{path.name} is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "nothing was imported.",
            sv=f"{path.name} är inte JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg}); "
            "ingenting importerades.",
        ) from None
    if not isinstance(document, dict) or document.get(spec.MEDIA_KEY) != spec.MEDIA_TYPE:
        raise NotNsDocument(
            f"{path.name} does not declare {spec.MEDIA_KEY} {spec.MEDIA_TYPE}; it is not an "
            "NS Detaljplan 4.1 document. Nothing was imported.",
            sv=f"{path.name} anger inte {spec.MEDIA_KEY} {spec.MEDIA_TYPE}; det är inget "
            "dokument enligt NS Detaljplan 4.1. Ingenting importerades.",
        )
    problems = spec.schema_problems(document)
    if problems:
        raise NsRefused(path.name, rules.from_schema(document, problems))
    return document


def _geometry(items: list[dict[str, Any]], srid: int) -> BaseGeometry:
    """The union of a feature's geometries, in the project's CRS.

    Raises:
        InvalidGeometry: a position GEOS cannot build (an unclosed ring, too few points,
            a coordinate that is not a number); the schema checks the shape of the JSON,
            not this.
    """
    parts = []
    try:
        for item in items:
            geometri = item["geometri"]
            source = int(str(geometri["koordinatsystemPlan"]).split(":")[1])
            parts.append(reproject(shape(geometri["position"]), source, srid))
        return unary_union(parts)
    except (ShapelyError, ValueError, TypeError, IndexError, KeyError) as exc:
        detail = str(exc).split(": ", 1)[-1].split(". ")[0].rstrip(".") or type(exc).__name__
        raise InvalidGeometry(
            f"has a geometry that cannot be built ({detail}); correct it in the plan "
            "system and deliver it again",
            sv=f"har en geometri som inte kan byggas ({detail}); rätta den i "
            "plansystemet och leverera den igen",
        ) from None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def plan_fields(properties: dict[str, Any], srid: int) -> dict[str, Any]:
    """A detaljplan feature's properties as the register's plan fields."""
    decisions = properties["beslutsinformation"]
    decision = decisions[0]
    in_force = decision.get("datumLagakraft") or []
    years = decision.get("genomforandetid")
    start = _day(decision.get("genomforandetidStartar"))
    in_force_date = _day(in_force[-1]) if in_force else None
    syfte = properties.get("syfte")
    quality = properties.get("kvalitetsbeskrivning") or {}
    body = decision.get("instansInomKommunen")
    return {
        "uuid": properties["objektidentitet"],
        "designation": properties.get("beteckning") or properties["namn"],
        "name": properties["namn"],
        "purpose": None if syfte in (None, "", spec.UNKNOWN) else syfte,
        "status": _STATUS[properties["status"]],
        "plan_type": properties["typ"],
        "municipality_code": spec.municipality_code(properties["kommun"]),
        "decision_type": _DECISION.get(decision.get("beslutstyp", ""), "new_plan"),
        "decision_body": body,
        "diarienummer": decision.get("diarienummerKommun"),
        "started_date": _day(decision.get("datumPaborjat")),
        "adopted_date": _day(decision.get("datumAntagande")),
        "in_force_date": in_force_date,
        "implementation_years": years,
        "implementation_start": start if start != in_force_date else None,
        "archive_id": decision.get("arkividentitetKommun"),
        "previous_designation": "; ".join(decision.get("foregaendePlansBeteckning") or ()) or None,
        "geom": _geometry(properties["plangeometri"], srid),
        "digitisation": quality.get("digitaliseringsniva"),
        "boundaries_corrected": bool(quality.get("korrigeradeGranser")),
        "basis_checked": bool(quality.get("kontrolleratPlaneringsunderlag")),
        "quality_note": quality.get("beskrivningNiva"),
        "usability": properties.get("anvandbarhet"),
    }


@dataclass
class _Plan:
    number: int
    properties: dict[str, Any]
    provisions: list[dict[str, Any]] = field(default_factory=list)


def import_ns(project: Project, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import the plans (and, for plans new to the project, their land-use provisions)
    of an NS Detaljplan 4.1 file in one transaction; a dry run rolls back."""
    document = read_document(path)
    plans: dict[str, _Plan] = {}
    loose: list[tuple[int, dict[str, Any]]] = []
    for n, feature in enumerate(document["features"], start=1):
        props = feature["properties"]
        if props[spec.TYPE_KEY] == spec.PLAN_TYPE:
            plans[props["objektidentitet"]] = _Plan(n, props)
        else:
            loose.append((n, props))
    for _n, props in loose:
        owner = plans.get(props["detaljplan"])
        if owner is not None:
            owner.provisions.append(props)
    report = ImportReport("plans", path.name, "NS Detaljplan 4.1", "plans")
    report.issues += [
        Issue(n, props.get("objektidentitet"), "value", "belongs to no plan in the file")
        for n, props in loose
        if props["detaljplan"] not in plans
    ]

    def work(session: Session) -> None:
        for uuid, plan in plans.items():
            _take_in(session, project.srid, uuid, plan, report)

    return take_in_once(project, work, report, dry_run=dry_run)


class _Rollback(Exception):
    """Ends a dry run's transaction without writing."""


def take_in_once(
    project: Project, work: Callable[[Session], None], report: ImportReport, *, dry_run: bool
) -> ImportReport:
    """Run a plan document's import in one transaction (made again after a PostgreSQL
    deadlock); a dry run rolls it back and says so in the report."""

    def whole(session: Session) -> None:
        work(session)
        if dry_run:
            raise _Rollback

    try:
        project.run_transaction(whole)
    except _Rollback:
        report.dry_run = True
    return report


def _take_in(session: Session, srid: int, uuid: str, plan: _Plan, report: ImportReport) -> None:
    try:
        _take_in_plan(session, srid, uuid, plan, report)
    except InvalidGeometry as exc:  # a geometry of the plan, its land use or provisions
        key = plan.properties.get("beteckning") or plan.properties.get("namn") or uuid
        raise InvalidGeometry(
            f"Plan {key} in {report.source} (feature {plan.number}) "
            f"{clause_of(exc, 'en')}. Nothing was imported.",
            sv=f"Planen {key} i {report.source} (objekt {plan.number}) "
            f"{clause_of(exc, 'sv')}. Ingenting importerades.",
        ) from None


def _take_in_plan(
    session: Session, srid: int, uuid: str, plan: _Plan, report: ImportReport
) -> None:
    fields = plan_fields(plan.properties, srid)
    key = fields["designation"]
    version = plan.properties.get("objektversion")
    current = session.scalar(select(DetailedPlan).where(DetailedPlan.uuid == uuid))
    if current is None:
        clash = session.scalar(select(DetailedPlan.uuid).where(DetailedPlan.designation == key))
        if clash is not None:
            _skip(
                report,
                plan.number,
                key,
                f"the project has another plan {key} (objektidentitet {clash}); one of "
                "the two identities is wrong: correct it before importing again",
            )
            return
        try:
            row = create_plan(session, fields, registering=True)
        except KalixPlanError as exc:
            raise KalixPlanError(
                f"Plan {key} in {report.source}: {sentence_of(exc, 'en')} Nothing was imported.",
                sv=f"Planen {key} i {report.source}: {sentence_of(exc, 'sv')} Ingenting "
                "importerades.",
            ) from exc
        if isinstance(version, int) and version > row.version:
            # The national object's version carries over (the edit lock follows it).
            session.execute(
                update(DetailedPlan).where(DetailedPlan.id == row.id).values(version=version)
            )
            session.expire_all()
        decisions = plan.properties.get("beslutsinformation") or [{}]
        decision = decisions[0]
        for later in decisions[1:]:  # extensions and renewals (PBL 4 kap. 24 §)
            _take_in_period(session, row.id, key, plan.number, later, report)
        for document in taken_in(plan.properties, decision):
            try:
                add_document(session, "plans", row.id, **document)
            except KalixPlanError as exc:  # a link KalixPlan refuses: named, not taken in
                report.issues.append(Issue(plan.number, key, "value", f"document: {exc}"))
        for props in plan.provisions:
            if props[spec.TYPE_KEY] in PROVISION_FEATURE_TYPES:
                _take_in_provision(session, srid, row.id, key, plan.number, props, report)
                continue
            code = active_catalogue().use_code(props["planbestammelsekatalogreferens"])
            if code is None:
                report.issues.append(
                    Issue(
                        plan.number,
                        key,
                        "value",
                        f"has a {props[spec.TYPE_KEY]} with catalogue reference "
                        f"{props['planbestammelsekatalogreferens']} that KalixPlan's catalogue "
                        "does not hold yet; it was not taken in",
                    )
                )
                continue
            add_land_use_area(
                session,
                row.id,
                {"code": code, "geom": _geometry(props["bestammelsegeometri"], srid)},
            )
        report.lines.append(ReportLine(plan.number, key, "imported", ""))
        report.row_ids.append(row.id)
        return
    if isinstance(version, int) and version < current.version:
        _skip(
            report,
            plan.number,
            key,
            f"the file holds version {version} and the project version {current.version}, "
            "edited since the file was written; the project's plan is kept",
        )
        return
    changes = {k: v for k, v in fields.items() if k not in ("uuid",) and differs(current, k, v)}
    if not changes:
        report.lines.append(ReportLine(plan.number, key, "skipped", "unchanged"))
        return
    try:
        update_plan(session, current.id, current.version, changes)
    except KalixPlanError as exc:
        raise KalixPlanError(
            f"Plan {key} in {report.source}: {sentence_of(exc, 'en')} Nothing was imported.",
            sv=f"Planen {key} i {report.source}: {sentence_of(exc, 'sv')} Ingenting importerades.",
        ) from exc
    report.lines.append(ReportLine(plan.number, key, "updated", ", ".join(sorted(changes))))
    report.row_ids.append(current.id)


def _take_in_provision(
    session: Session,
    srid: int,
    plan_id: int,
    key: str,
    number: int,
    props: dict[str, Any],
    report: ImportReport,
) -> None:
    """An egenskaps- or administrativ bestämmelse of a plan new to the project, with its
    identity; what KalixPlan cannot hold of it is listed, not silently dropped."""
    fields, left = provision_fields(props)
    fields["geom"] = _geometry(props["bestammelsegeometri"], srid)
    try:
        add_provision(session, plan_id, fields)
    except KalixPlanError as exc:
        raise KalixPlanError(
            f"Plan {key} in {report.source}, provision {fields['uuid']}: "
            f"{sentence_of(exc, 'en')} Nothing was imported.",
            sv=f"Planen {key} i {report.source}, bestämmelsen {fields['uuid']}: "
            f"{sentence_of(exc, 'sv')} Ingenting importerades.",
        ) from exc
    report.issues += [Issue(number, key, "value", f"provision {fields['uuid']}: {w}") for w in left]


def _take_in_period(
    session: Session,
    plan_id: int,
    key: str,
    number: int,
    decision: dict[str, Any],
    report: ImportReport,
) -> None:
    """A later decision that changes the genomförandetid, as an extension (decided before
    the period ran out) or a renewal (after); any other later decision is named."""
    years = decision.get("genomforandetid")
    adopted = _day(decision.get("datumAntagande"))
    if decision.get("beslutstyp") != _CHANGE or not isinstance(years, int) or adopted is None:
        report.issues.append(
            Issue(number, key, "value", "a later decision that KalixPlan does not hold yet")
        )
        return
    in_force = decision.get("datumLagakraft") or []
    plan = get_plan(session, plan_id)
    ends = plan.implementation_ends
    kind = "extension" if ends is not None and adopted <= ends else "renewal"
    try:
        add_period_decision(
            session,
            plan_id,
            {
                "kind": kind,
                "years": years,
                "adopted_date": adopted,
                "in_force_date": _day(in_force[-1]) if in_force else None,
                "diarienummer": decision.get("diarienummerKommun"),
            },
        )
    except KalixPlanError as exc:
        raise KalixPlanError(
            f"Plan {key} in {report.source}, a decision on its implementation period: "
            f"{sentence_of(exc, 'en')} Nothing was imported.",
            sv=f"Planen {key} i {report.source}, ett beslut om dess genomförandetid: "
            f"{sentence_of(exc, 'sv')} Ingenting importerades.",
        ) from exc


def _skip(report: ImportReport, number: int, key: str, reason: str) -> None:
    """A plan left out, listed among the problems the planner reads."""
    report.lines.append(ReportLine(number, key, "skipped", reason))
    report.issues.append(Issue(number, key, "value", reason))


def differs(current: DetailedPlan, name: str, value: Any) -> bool:
    old = getattr(current, name)
    if name == "geom":
        # The same ground within a square centimetre (the file holds single polygons,
        # the register one multipolygon).
        return old is None or value is None or old.symmetric_difference(value).area > 1e-4
    if name == "municipality_code" and value is None:
        return False
    return bool(old != value)
