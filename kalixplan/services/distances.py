"""Facts that reference layers give each parcel: distances and constraint flags.

Distances are measured from the parcel's edge (0 when it touches or overlaps)
in the project CRS, which is metric. A fact stays unknown (NULL) when no
reference layer of its kind exists: unknown is never shown as zero.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, cast

import numpy as np
from shapely import STRtree
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from kalixplan.store.models import Parcel, ReferenceFeature, ReferenceLayer

DISTANCE_FIELDS: dict[str, str] = {
    "railway": "dist_rail_m",
    "port": "dist_port_m",
    "road": "dist_road_m",
    "substation": "dist_substation_m",
}


def _features_by_kind(session: Session) -> dict[str, list[tuple[BaseGeometry, dict[str, Any]]]]:
    rows = session.execute(
        select(ReferenceLayer.kind, ReferenceFeature.geom, ReferenceFeature.properties).join(
            ReferenceLayer, ReferenceLayer.id == ReferenceFeature.layer_id
        )
    )
    out: dict[str, list[tuple[BaseGeometry, dict[str, Any]]]] = {}
    for kind, geom, props in rows:
        if geom is not None and not geom.is_empty:
            out.setdefault(kind, []).append((geom, json.loads(props) if props else {}))
    return out


def recompute_parcel_facts(session: Session, parcel_ids: Iterable[int] | None = None) -> int:
    """Recompute distances and constraint flags of parcels (all, or some).

    Returns:
        the number of parcels updated.
    """
    by_kind = _features_by_kind(session)
    trees = {kind: STRtree([g for g, _ in feats]) for kind, feats in by_kind.items()}
    query = select(Parcel.id, Parcel.geom)
    if parcel_ids is not None:
        query = query.where(Parcel.id.in_(list(parcel_ids)))
    updates: list[dict[str, Any]] = []
    for parcel_id, geom in session.execute(query):
        if geom is None:
            continue
        values: dict[str, Any] = {"b_id": parcel_id}
        for kind, field in DISTANCE_FIELDS.items():
            tree = trees.get(kind)
            if tree is None:
                values[field] = None
                continue
            nearest = tree.nearest(geom)
            values[field] = round(float(geom.distance(tree.geometries[nearest])), 1)
        values["flood_risk"] = _overlap_value(geom, by_kind, trees, "flood_zone", "scenario", "yes")
        nature = _overlapping(geom, by_kind, trees, "protected_nature")
        values["protected_nature"] = None if nature is None else bool(nature)
        contaminated = _overlapping(geom, by_kind, trees, "contaminated_land")
        if contaminated is None or not contaminated:
            values["contaminated_mifo"] = None
        else:
            classes = [int(p["mifo"]) for p in contaminated if str(p.get("mifo", "")).isdigit()]
            values["contaminated_mifo"] = min(classes) if classes else None
        updates.append(values)
    if updates:
        table = cast(Table, Parcel.__table__)
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in updates[0] if k != "b_id"})
        )
        session.connection().execute(stmt, updates)
    return len(updates)


def _overlapping(
    geom: BaseGeometry,
    by_kind: dict[str, list[tuple[BaseGeometry, dict[str, Any]]]],
    trees: dict[str, STRtree],
    kind: str,
) -> list[dict[str, Any]] | None:
    """Properties of the features of ``kind`` that overlap ``geom``; None if no such layer."""
    tree = trees.get(kind)
    if tree is None:
        return None
    hits = np.asarray(tree.query(geom, predicate="intersects"))
    return [by_kind[kind][int(i)][1] for i in hits]


def _overlap_value(
    geom: BaseGeometry,
    by_kind: dict[str, list[tuple[BaseGeometry, dict[str, Any]]]],
    trees: dict[str, STRtree],
    kind: str,
    prop: str,
    default: str,
) -> str | None:
    hits = _overlapping(geom, by_kind, trees, kind)
    if hits is None:
        return None
    if not hits:
        return "none"
    return ", ".join(sorted({str(h.get(prop, default)) for h in hits}))
