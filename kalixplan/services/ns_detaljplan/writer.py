"""Plans to NS Detaljplan 4.1 JSON: one detaljplan feature per plan and one
användningsbestämmelse per land-use area whose catalogue reference KalixPlan knows.

The document is checked against the schema and NGP's rules before it is written; the
file is written whole or not at all, and the report says what NGP would stop on.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import (
    LAND_USE_LABELS,
    NS_DECISION_TYPE,
    NS_MUNICIPAL_BODIES,
    NS_PLAN_STATUS,
    DecisionType,
    PlanStatus,
    land_use_parts,
)
from kalixplan.domain.periods import PeriodStep, period_end
from kalixplan.domain.rows import DocumentRow
from kalixplan.geo.crs import reproject
from kalixplan.services.documents import documents_of
from kalixplan.services.ns_detaljplan import rules, spec
from kalixplan.services.ns_detaljplan.bestammelser import provision_feature
from kalixplan.services.ns_detaljplan.catalogue import active_catalogue
from kalixplan.services.ns_detaljplan.handlingar import plan_documents
from kalixplan.services.plans import base_period_end, period_steps, previous_designations
from kalixplan.store.engine import Project
from kalixplan.store.models import DetailedPlan, LandUseArea, Provision

# Land-use areas have no identity of their own yet: theirs is derived from the plan's
# objektidentitet and the area's number, stable as long as the area is.
_AREA_NAMESPACE = uuidlib.UUID("6f1c1d2e-3b0a-4c55-9a57-4b616c697850")
# Where a plan was placed is not recorded in KalixPlan: NS's "okänd" says so honestly.
_UNKNOWN_METHOD = {"lagesbestamningsmetodIPlan": {"typ": "okänd", "variant": "okänd"}}


@dataclass
class DeliveryReport:
    """What was written, and what NGP would refuse or warn about."""

    path: Path | None
    plans: int = 0
    provisions: int = 0
    findings: list[rules.Finding] = field(default_factory=list)

    @property
    def stops(self) -> list[rules.Finding]:
        """The findings NGP stops a delivery on."""
        return [f for f in self.findings if f.stops]

    def lines(self) -> list[str]:
        """The report as lines a planner reads: the summary, then each finding."""
        head = (
            f"{self.plans} plans and {self.provisions} provisions in NS Detaljplan 4.1"
            + (f" written to {self.path}" if self.path else "")
            + f"; {len(self.stops)} findings stop a delivery to the national platform, "
            f"{len(self.findings) - len(self.stops)} warnings."
        )
        return [head] + [f"  {f.describe()}" for f in self.findings]


def _crs(epsg: int) -> int:
    return epsg if epsg in spec.PLAN_CRS else 3006


def _geometries(geom: BaseGeometry, src: int, dst: int) -> list[dict[str, Any]]:
    """A geometry as NS's list of single geometries (DP-0004: no multi-geometries)."""
    geom = reproject(geom, src, dst)
    parts = list(getattr(geom, "geoms", [geom]))
    kinds = {"Polygon": "yta", "LineString": "linje", "Point": "punkt"}
    return [
        {
            "geometri": {
                "typ": kinds[p.geom_type],
                "koordinatsystemPlan": f"EPSG:{dst}",
                "dimension": 2,
                "position": json.loads(shapely.to_geojson(p)),
            },
            "geometrimetadata": dict(_UNKNOWN_METHOD),
        }
        for p in parts
        if not p.is_empty
    ]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str:
    moment = (value or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


_STATUS_DAY = {
    PlanStatus.STARTED.value: "started_date",
    PlanStatus.CONSULTATION.value: "consultation_date",
    PlanStatus.REVIEW.value: "review_date",
    PlanStatus.ADOPTED.value: "adopted_date",
    PlanStatus.IN_FORCE.value: "in_force_date",
}


def _decision(plan: DetailedPlan) -> dict[str, Any]:
    decision: dict[str, Any] = {
        "instansInomKommunen": plan.decision_body
        if plan.decision_body in NS_MUNICIPAL_BODIES
        else None,
        "diarienummerKommun": plan.diarienummer,
        "beslutstyp": NS_DECISION_TYPE[DecisionType(plan.decision_type)],
        "datumPaborjat": _day(plan.started_date),
        "datumAntagande": _day(plan.adopted_date),
        "datumLagakraft": [plan.in_force_date.isoformat()] if plan.in_force_date else None,
        "genomforandetid": plan.implementation_years,
        "genomforandetidStartar": _day(plan.implementation_start or plan.in_force_date)
        if plan.implementation_years
        else None,
        "arkividentitetKommun": plan.archive_id,
        "foregaendePlansBeteckning": list(previous_designations(plan.previous_designation)) or None,
    }
    return {k: v for k, v in decision.items() if v is not None}


def _quality(plan: DetailedPlan) -> dict[str, Any]:
    """NS 4.1 kvalitetsbeskrivning from the plan's recorded quality."""
    quality: dict[str, Any] = {
        "korrigeradeGranser": bool(plan.boundaries_corrected),
        "kontrolleratPlaneringsunderlag": bool(plan.basis_checked),
    }
    if plan.digitisation:
        quality["digitaliseringsniva"] = plan.digitisation
    if plan.quality_note:
        quality["beskrivningNiva"] = plan.quality_note
    return quality


def _period_decisions(plan: DetailedPlan, steps: Sequence[PeriodStep]) -> list[dict[str, Any]]:
    """Each extension or renewal of the genomförandetid as a decision of its own: a change
    of the plan (PBL 4 kap. 24 §; NS 4.1 beslutstyp "antagande om ändring") with its years
    and the day the new period starts."""
    out: list[dict[str, Any]] = []
    end = base_period_end(plan)
    for step in sorted(steps, key=lambda s: s.adopted_date):
        start = end if step.kind == "extension" else step.in_force_date
        end = period_end(end, [step])
        decision = {
            "beslutstyp": NS_DECISION_TYPE[DecisionType.CHANGE],
            "datumAntagande": step.adopted_date.isoformat(),
            "datumLagakraft": [step.in_force_date.isoformat()] if step.in_force_date else None,
            "genomforandetid": step.years,
            "genomforandetidStartar": _day(start),
        }
        out.append({k: v for k, v in decision.items() if v is not None})
    return out


def plan_feature(
    plan: DetailedPlan,
    src: int,
    dst: int,
    documents: Sequence[DocumentRow] = (),
    periods: Sequence[PeriodStep] = (),
) -> tuple[dict[str, Any], list[rules.Finding]]:
    """One plan as a detaljplan feature, with its documents where the specification keeps
    them, and findings for documents that cannot go out."""
    linked, handlingar, findings = plan_documents(plan.designation, documents)
    decision = _decision(plan)
    if handlingar:
        decision["beslutshandling"] = handlingar
    status_day = getattr(plan, _STATUS_DAY.get(plan.status, ""), None)
    properties: dict[str, Any] = {
        spec.TYPE_KEY: spec.PLAN_TYPE,
        "objektidentitet": plan.uuid,
        "objektversion": plan.version,
        "versionGiltigFran": _moment(plan.updated_at),
        "kommun": spec.municipality_name(plan.municipality_code) or plan.municipality_code,
        "beteckning": plan.designation,
        "namn": plan.name,
        "syfte": plan.purpose or spec.UNKNOWN,
        "status": NS_PLAN_STATUS[PlanStatus(plan.status)],
        "datumStatusforandring": _day(status_day),
        "typ": plan.plan_type,
        "kvalitetsbeskrivning": _quality(plan),
        "anvandbarhet": plan.usability,
        "plangeometri": _geometries(plan.geom, src, dst) if plan.geom is not None else [],
        "beslutsinformation": [decision, *_period_decisions(plan, periods)],
        **linked,
    }
    feature = {
        "type": "Feature",
        "geometry": None,
        "properties": {k: v for k, v in properties.items() if v is not None},
    }
    return feature, findings


def area_identity(plan_uuid: str, area_id: int, use: str, combined: bool) -> str:
    """The objektidentitet of a land-use area's provision (derived, see above); each use
    of a combined area is a provision of its own."""
    name = f"{plan_uuid}/{area_id}" + (f"/{use}" if combined else "")
    return str(uuidlib.uuid5(_AREA_NAMESPACE, name))


def provision_features(
    plan: DetailedPlan, areas: Sequence[LandUseArea], src: int, dst: int
) -> tuple[list[dict[str, Any]], list[rules.Finding]]:
    """A plan's land-use areas as användningsbestämmelser, one per base use (a combined
    "JE" area is two provisions on the same ground, as the catalogue has them)."""
    features: list[dict[str, Any]] = []
    findings: list[rules.Finding] = []
    catalogue = active_catalogue()
    for area in areas:
        if area.geom is None:
            continue
        uses = land_use_parts(area.code) or (area.code,)
        combined = len(uses) > 1
        for use in uses:
            # Other uses are reported, never delivered with an invented reference.
            reference = catalogue.use_reference(use)
            if reference is None:
                findings.append(
                    rules.Finding(
                        plan.designation,
                        "catalogue",
                        f"land use {area.code}",
                        f"the catalogue in use ({catalogue.release}) has no entry for {use}; "
                        "install Boverket's current release (kalixplan catalogue --install); "
                        "the area is left out of the file",
                    )
                )
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": None,
                    "properties": {
                        spec.TYPE_KEY: spec.USE_PROVISION,
                        "objektidentitet": area_identity(plan.uuid, area.id, use, combined),
                        "objektversion": area.version,
                        "versionGiltigFran": _moment(area.updated_at),
                        "detaljplan": plan.uuid,
                        "planbestammelsekatalogreferens": reference,
                        "bestammelseformulering": LAND_USE_LABELS[use][0],
                        "bestammelsegeometri": _geometries(area.geom, src, dst),
                    },
                }
            )
    return features, findings


def plans_document(
    session: Session, epsg: int, plan_ids: Sequence[int] | None = None
) -> tuple[dict[str, Any], DeliveryReport]:
    """The NS Detaljplan 4.1 document of the project's plans (or of ``plan_ids``) and
    the report on it (schema and NGP rules)."""
    query = select(DetailedPlan).order_by(DetailedPlan.designation)
    if plan_ids is not None:
        query = query.where(DetailedPlan.id.in_(list(plan_ids)))
    plans = session.scalars(query).all()
    dst = _crs(epsg)
    features: list[dict[str, Any]] = []
    report = DeliveryReport(None)
    for plan in plans:
        feature, not_delivered = plan_feature(
            plan, epsg, dst, documents_of(session, "plans", plan.id), period_steps(session, plan.id)
        )
        features.append(feature)
        report.findings += not_delivered
        areas = session.scalars(
            select(LandUseArea).where(LandUseArea.plan_id == plan.id).order_by(LandUseArea.id)
        ).all()
        provisions, skipped = provision_features(plan, areas, epsg, dst)
        for provision in session.scalars(
            select(Provision).where(Provision.plan_id == plan.id).order_by(Provision.id)
        ):
            made, finding = provision_feature(
                plan,
                provision,
                lambda geom: _geometries(geom, epsg, dst),
                _moment(provision.updated_at),
            )
            provisions += [made] if made is not None else []
            skipped += [finding] if finding is not None else []
        features += provisions
        report.findings += skipped
        report.provisions += len(provisions)
        if plan.geom is None:
            report.findings.append(
                rules.Finding(
                    plan.designation, "schema", "plangeometri", "the plan has no boundary"
                )
            )
    report.plans = len(plans)
    document = {"type": "FeatureCollection", spec.MEDIA_KEY: spec.MEDIA_TYPE, "features": features}
    report.findings = rules.from_schema(document, spec.schema_problems(document)) + [
        f for f in report.findings if f.rule != "schema"
    ]
    if not spec.schema_problems(document):
        report.findings += rules.document_findings(document)
    return document, report


def _verify(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get(spec.MEDIA_KEY) != spec.MEDIA_TYPE:
        raise OSError(f"{path.name} did not read back as NS Detaljplan 4.1")


def export_plans(
    project: Project, path: Path, plan_ids: Sequence[int] | None = None
) -> DeliveryReport:
    """Write the plans to ``path`` (UTF-8 JSON, the specification's media type) whole or
    not at all, and report what NGP would say about them."""
    from kalixplan.services.outputs import atomic_output

    with project.read_scope() as session:
        document, report = plans_document(session, project.srid, plan_ids)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    with atomic_output(path, verify=_verify, parts=lambda p: [p]) as temp:
        temp.write_text(text, encoding="utf-8")
    report.path = path
    return report
