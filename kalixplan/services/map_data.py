"""Gathers what the map shows from the services (``kalixplan.maps`` may not call them).

``kalixplan.maps`` sits below the services layer, so the one function that
reads the project for the map lives here and hands plain rows to
``kalixplan.maps.data``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields

from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.maps.data import (
    MapData,
    ReferenceFeatureLike,
    bounds_of,
    land_use_features,
    parcel_features,
    plan_features,
    reference_layer,
)
from kalixplan.services.plans import land_use_areas, list_plans
from kalixplan.services.reference import list_reference_layers, reference_features
from kalixplan.store.models import DetailedPlan, Parcel


@dataclass(frozen=True)
class MapParcel:
    """The few columns of a parcel the map shows (a light row: 10 000 load fast)."""

    id: int
    designation: str
    area_name: str | None
    owner: str | None
    status: str
    price_sek_m2: float | None
    land_use: str | None
    plan: str | None
    power_mw: float | None
    notes: str | None
    area_m2: float
    geom: BaseGeometry | None


def map_parcels(session: Session, ids: Sequence[int] | None = None) -> list[MapParcel]:
    """Every parcel (or those with ``ids``) as a light row for the map, ordered by id.

    Building full ``ParcelRow`` objects costs more than the whole page for
    10 000 parcels; the map needs only these columns.
    """
    parcels = Parcel.__table__
    columns = [
        DetailedPlan.designation.label("plan") if f.name == "plan" else parcels.c[f.name]
        for f in fields(MapParcel)
    ]
    query = (
        select(*columns)
        .select_from(parcels)
        .outerjoin(DetailedPlan.__table__, DetailedPlan.id == parcels.c.plan_id)
        .order_by(parcels.c.id)
    )
    if ids is not None:
        query = query.where(parcels.c.id.in_([int(i) for i in ids]))
    return [MapParcel(*row) for row in session.execute(query)]


def map_data(
    session: Session,
    srid: int,
    *,
    lang: str = "sv",
    tiled_parcels: bool = False,
    tiled_layers: frozenset[int] = frozenset(),
) -> MapData:
    """Everything the map shows, transformed from the project CRS to EPSG:4326.

    Args:
        session: an open session on the project.
        srid: the project CRS (``Project.srid``).
        lang: 'sv' or 'en', the language of the page's labels.
        tiled_parcels: the parcels are drawn as tiles (``kalixplan.maps.tiles``): none
            is read here.
        tiled_layers: reference layers drawn as tiles: listed, their features not read.
    """
    parcels = [] if tiled_parcels else parcel_features(map_parcels(session), srid)
    plan_rows = list_plans(session)
    plans = plan_features(plan_rows, srid)
    designations = {p.id: p.designation for p in plan_rows}
    land_use = land_use_features(land_use_areas(session), srid, designations)
    layers = list_reference_layers(session)
    by_layer: dict[int, list[ReferenceFeatureLike]] = defaultdict(list)
    if not tiled_layers:
        for feature in reference_features(session):
            by_layer[feature.layer_id].append(feature)
    else:  # one layer at a time: a tiled layer's 10⁵ features are never read here
        for layer in layers:
            if layer.id not in tiled_layers:
                by_layer[layer.id].extend(reference_features(session, layer.id))
    reference = tuple(
        reference_layer(layer.id, layer.name, layer.kind, by_layer[layer.id], srid)
        for layer in layers
    )
    return MapData(
        srid=srid,
        parcels=tuple(parcels),
        plans=tuple(plans),
        land_use=tuple(land_use),
        reference=reference,
        lang=lang,
        bounds=bounds_of(parcels, plans, *(layer.features for layer in reference)),
    )
