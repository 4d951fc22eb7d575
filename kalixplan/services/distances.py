"""Facts that reference layers give each parcel: distances and constraint flags.

Distances are measured from the parcel's edge (0 when it touches or overlaps)
in the project CRS, which is metric: to the nearest railway, port, E4/E10 road
and substation. Flags say whether a parcel overlaps a flood zone (the
scenarios), protected nature, or contaminated land (the lowest, i.e. worst,
MIFO class). A fact stays unknown (NULL) when no reference layer of its kind
exists: unknown is never shown as zero.

The work is vectorised with shapely's STRtree (``query_nearest`` and
``query`` on whole arrays), so recomputing a hundred thousand parcels after an
import takes seconds. Call :func:`parcels_changed` after a parcel's boundary
was edited and :func:`reference_changed` after a reference layer was added,
replaced or deleted.
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
# Constraint kinds and the parcel field each one sets.
FLAG_FIELDS: dict[str, str] = {
    "flood_zone": "flood_risk",
    "protected_nature": "protected_nature",
    "contaminated_land": "contaminated_mifo",
}

Features = dict[str, list[tuple[BaseGeometry, dict[str, Any]]]]


def _features_by_kind(session: Session) -> Features:
    rows = session.execute(
        select(ReferenceLayer.kind, ReferenceFeature.geom, ReferenceFeature.properties).join(
            ReferenceLayer, ReferenceLayer.id == ReferenceFeature.layer_id
        )
    )
    out: Features = {}
    for kind, geom, props in rows:
        if geom is not None and not geom.is_empty:
            out.setdefault(kind, []).append((geom, json.loads(props) if props else {}))
    return out


def recompute_parcel_facts(
    session: Session,
    parcel_ids: Iterable[int] | None = None,
    *,
    keep_unknown: bool = False,
) -> int:
    """Recompute distances and constraint flags of parcels (all, or some).

    Args:
        session: the caller's transaction.
        parcel_ids: the parcels to recompute; None for all.
        keep_unknown: leave facts of kinds that have no reference layer as they are
            (an import that brings its own distances) instead of setting them unknown.

    Returns:
        the number of parcels updated.
    """
    by_kind = _features_by_kind(session)
    fields = [f for k, f in DISTANCE_FIELDS.items() if not keep_unknown or k in by_kind]
    fields += [f for k, f in FLAG_FIELDS.items() if not keep_unknown or k in by_kind]
    if not fields:
        return 0
    query = select(Parcel.id, Parcel.geom).where(Parcel.geom.is_not(None))
    if parcel_ids is not None:
        wanted = list(parcel_ids)
        if not wanted:
            return 0
        rows: list[Any] = []
        for start in range(0, len(wanted), 5000):
            rows += session.execute(query.where(Parcel.id.in_(wanted[start : start + 5000]))).all()
    else:
        rows = list(session.execute(query).all())
    if not rows:
        return 0
    ids = [r[0] for r in rows]
    geoms = np.array([r[1] for r in rows], dtype=object)
    columns: dict[str, list[Any]] = {}
    for kind, field in DISTANCE_FIELDS.items():
        if field in fields:
            columns[field] = _nearest_distances(geoms, by_kind.get(kind))
    if "flood_risk" in fields:
        columns["flood_risk"] = _flood(geoms, by_kind.get("flood_zone"))
    if "protected_nature" in fields:
        hits = _hits(geoms, by_kind.get("protected_nature"))
        columns["protected_nature"] = [None if h is None else bool(h) for h in hits]
    if "contaminated_mifo" in fields:
        columns["contaminated_mifo"] = [
            _worst_mifo(h) for h in _hits(geoms, by_kind.get("contaminated_land"))
        ]
    updates = [{"b_id": pid, **{f: columns[f][i] for f in columns}} for i, pid in enumerate(ids)]
    table = cast(Table, Parcel.__table__)
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({k: bindparam(k) for k in columns})
    )
    session.connection().execute(stmt, updates)
    return len(updates)


def parcels_changed(session: Session, parcel_ids: Iterable[int]) -> int:
    """Recompute the facts of parcels whose boundary changed (the parcel service calls it).

    Facts of kinds without a reference layer keep what a user typed.
    """
    return recompute_parcel_facts(session, list(parcel_ids), keep_unknown=True)


def reference_changed(session: Session) -> int:
    """Recompute every parcel's facts after a reference layer was added or changed.

    Facts of kinds without a reference layer keep what a user typed.
    """
    return recompute_parcel_facts(session, keep_unknown=True)


def _nearest_distances(
    geoms: np.ndarray, features: list[tuple[BaseGeometry, dict[str, Any]]] | None
) -> list[float | None]:
    if not features:
        return [None] * len(geoms)
    tree = STRtree([g for g, _ in features])
    pairs, distances = tree.query_nearest(geoms, return_distance=True, all_matches=False)
    out: list[float | None] = [None] * len(geoms)
    for parcel_index, distance in zip(pairs[0], distances, strict=True):
        out[int(parcel_index)] = round(float(distance), 1)
    return out


def _hits(
    geoms: np.ndarray, features: list[tuple[BaseGeometry, dict[str, Any]]] | None
) -> list[list[dict[str, Any]] | None]:
    """Per parcel, the properties of overlapping features; None when no such layer exists."""
    if not features:
        return [None] * len(geoms)
    tree = STRtree([g for g, _ in features])
    pairs = tree.query(geoms, predicate="intersects")
    out: list[list[dict[str, Any]] | None] = [[] for _ in range(len(geoms))]
    for parcel_index, feature_index in zip(pairs[0], pairs[1], strict=True):
        hits = out[int(parcel_index)]
        assert hits is not None
        hits.append(features[int(feature_index)][1])
    return out


def _flood(
    geoms: np.ndarray, features: list[tuple[BaseGeometry, dict[str, Any]]] | None
) -> list[str | None]:
    out: list[str | None] = []
    for hits in _hits(geoms, features):
        if hits is None:
            out.append(None)
        elif not hits:
            out.append("none")
        else:
            out.append(", ".join(sorted({str(h.get("scenario", "yes")) for h in hits})))
    return out


def _worst_mifo(hits: list[dict[str, Any]] | None) -> int | None:
    if not hits:
        return None
    classes = [int(p["mifo"]) for p in hits if str(p.get("mifo", "")).isdigit()]
    return min(classes) if classes else None
