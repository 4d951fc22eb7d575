"""NGP's delivery rules for detailed plans (Lantmäteriet's validation of NS Detaljplan
4.1), checked on a document before it is delivered or taken in.

Each rule carries the code NGP reports it under; ``stops`` says whether NGP refuses the
delivery (``stoppar``) or only warns (``varnar``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shapely import STRtree
from shapely.errors import ShapelyError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from kalixplan.domain.codes import NS_PLAN_STATUS, PlanStatus, PlanType
from kalixplan.services.ns_detaljplan.spec import PLAN_TYPE, TYPE_KEY, SchemaProblem

IN_FORCE = NS_PLAN_STATUS[PlanStatus.IN_FORCE]
# Before PBL (1987:10) plans had no genomförandetid; older plan types never carry one.
_OLDER_TYPES = frozenset(t.value for t in PlanType if t is not PlanType.DETALJPLAN)
OVERLAP_TOLERANCE_M2 = 1.0


@dataclass(frozen=True)
class Finding:
    """One thing the planner must act on before delivery (or may, when it only warns)."""

    plan: str  # the plan's beteckning, or its name or identity when it has none
    rule: str  # "schema", "DP-0001", "DP-0005", ...
    field: str
    message: str
    stops: bool = True
    message_sv: str | None = None  # the same in Swedish, where it has been worded

    def describe(self) -> str:
        """One line for a report: what, where, and whether NGP stops on it."""
        verdict = "stops the delivery" if self.stops else "warning"
        return f"{self.plan}: {self.field}: {self.message} [{self.rule}, {verdict}]"


def plan_label(properties: dict[str, Any]) -> str:
    for key in ("beteckning", "namn", "objektidentitet"):
        value = properties.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return "(plan without beteckning)"


def from_schema(document: Any, problems: list[SchemaProblem]) -> list[Finding]:
    """Schema problems as findings, each named by the plan it belongs to."""
    features = document.get("features", []) if isinstance(document, dict) else []
    out = []
    for p in problems:
        label = "(document)"
        if p.where.startswith("features["):
            index = int(p.where[len("features[") : p.where.index("]")])
            if index < len(features) and isinstance(features[index], dict):
                props = features[index].get("properties") or {}
                label = (
                    plan_label(props)
                    if props.get(TYPE_KEY) == PLAN_TYPE
                    else (f"provision {props.get('objektidentitet', index)}")
                )
        out.append(Finding(label, "schema", p.where, p.message, message_sv=p.message_sv))
    return out


def _plan_geometry(properties: dict[str, Any]) -> BaseGeometry | None:
    parts = []
    for item in properties.get("plangeometri") or ():
        try:
            parts.append(shape(item["geometri"]["position"]))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, ShapelyError):
            return None  # the reader refuses it with its reason
    return unary_union(parts) if parts else None


# DP-0005, DP-0014, DP-0017: what a plan in force (laga kraft) must carry.
_IN_FORCE_DECISION = (
    ("diarienummerKommun", "the municipality's case number (diarienummer)"),
    ("beslutstyp", "the decision type (beslutstyp)"),
    ("datumAntagande", "the adoption date (datumAntagande)"),
    ("datumLagakraft", "the laga-kraft date (datumLagakraft)"),
    ("genomforandetid", "the implementation period in years (genomforandetid)"),
    ("genomforandetidStartar", "the day the implementation period starts"),
)


def plan_findings(properties: dict[str, Any]) -> list[Finding]:
    """NGP's rules on one detaljplan feature's properties."""
    label = plan_label(properties)
    if properties.get("status") != IN_FORCE:
        return []
    out: list[Finding] = []
    older = properties.get("typ") in _OLDER_TYPES
    if not properties.get("beteckning"):
        out.append(Finding(label, "DP-0005", "beteckning", "a plan in force needs its beteckning"))
    if not properties.get("kvalitetsbeskrivning"):
        out.append(
            Finding(label, "DP-0005", "kvalitetsbeskrivning", "a plan in force needs its quality")
        )
    if not properties.get("planbeskrivning"):
        out.append(
            Finding(
                label,
                "DP-0005",
                "planbeskrivning",
                "a plan in force needs a reference to its planbeskrivning: link it to the plan "
                "as a document of the kind planbeskrivning, at its web address",
            )
        )
    decisions = properties.get("beslutsinformation") or [{}]
    decision = decisions[0] if isinstance(decisions[0], dict) else {}
    for key, words in _IN_FORCE_DECISION:
        if decision.get(key) in (None, "", []):
            no_period = older and key.startswith("genomforandetid")
            out.append(
                Finding(
                    label,
                    "DP-0017" if key.startswith("genomforandetid") else "DP-0005",
                    f"beslutsinformation.{key}",
                    f"a plan in force needs {words}"
                    + ("; an older plan type may have none (uppgift saknas)" if no_period else ""),
                    stops=not no_period,
                )
            )
    handlingar = decision.get("beslutshandling") or []
    if not any("plankarta" in (h.get("innehall") or []) for h in handlingar if isinstance(h, dict)):
        out.append(
            Finding(
                label,
                "DP-0014",
                "beslutsinformation.beslutshandling",
                "a plan in force needs a decision document holding the plan map (plankarta): "
                "link it to the plan as a document of the kind plankarta",
            )
        )
    return out


def overlap_findings(plans: list[dict[str, Any]]) -> list[Finding]:
    """DP-0001: only one plan in force per piece of land, unless a decision links them
    (a change over the plan it amends, a new plan over the one it replaces)."""
    in_force = []
    for props in plans:
        geom = _plan_geometry(props) if props.get("status") == IN_FORCE else None
        if geom is not None and not geom.is_empty:
            in_force.append((props, geom))
    tree = STRtree([g for _, g in in_force])
    out = []
    for i, (a, ga) in enumerate(in_force):
        for j in tree.query(ga):
            if int(j) <= i:
                continue
            b, gb = in_force[int(j)]
            if _linked(a, b) or _linked(b, a):
                continue
            shared = ga.intersection(gb).area
            if shared > OVERLAP_TOLERANCE_M2:
                out.append(
                    Finding(
                        plan_label(a),
                        "DP-0001",
                        "plangeometri",
                        f"overlaps {plan_label(b)}, also in force, by {shared:,.0f} m² and no "
                        "decision names the other in foregaendePlansBeteckning",
                    )
                )
    return out


def _linked(a: dict[str, Any], b: dict[str, Any]) -> bool:
    named: set[str] = set()
    for decision in a.get("beslutsinformation") or ():
        if isinstance(decision, dict):
            named.update(decision.get("foregaendePlansBeteckning") or ())
    return bool(b.get("beteckning")) and b.get("beteckning") in named


def document_findings(document: dict[str, Any]) -> list[Finding]:
    """NGP's plan rules on every detaljplan feature of a schema-valid document."""
    plans = [
        f["properties"] for f in document["features"] if f["properties"].get(TYPE_KEY) == PLAN_TYPE
    ]
    out: list[Finding] = []
    for props in plans:
        out += plan_findings(props)
    return out + overlap_findings(plans)
