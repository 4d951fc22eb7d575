"""Reference layers: roads, railway, port, substations, boundaries, constraint zones."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from shapely.geometry.base import BaseGeometry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ReferenceKind
from kalixplan.domain.errors import DuplicateKey, InvalidGeometry, NotFound, ValidationError
from kalixplan.domain.validation import parse_code
from kalixplan.services.distances import reference_changed
from kalixplan.store.models import ReferenceFeature, ReferenceLayer


@dataclass(frozen=True)
class ReferenceLayerRow:
    """A reference layer with its feature count."""

    id: int
    version: int
    name: str
    kind: str
    source: str | None
    licence: str | None
    example_data: bool
    feature_count: int


@dataclass(frozen=True)
class ReferenceFeatureRow:
    """One reference feature."""

    id: int
    layer_id: int
    name: str | None
    properties: dict[str, Any]
    geom: BaseGeometry | None


def create_reference_layer(
    session: Session,
    name: str,
    kind: str,
    features: Iterable[tuple[str | None, BaseGeometry, Mapping[str, Any]]],
    *,
    source: str | None = None,
    licence: str | None = None,
    example_data: bool = False,
) -> ReferenceLayerRow:
    """Store a reference layer and its features (geometries in the project CRS)."""
    if not name.strip():
        raise ValidationError(
            "name", "A reference layer needs a name.", sv="Ett referensskikt behöver ett namn."
        )
    kind = parse_code(ReferenceKind, "kind", kind)
    if session.scalar(select(ReferenceLayer.id).where(ReferenceLayer.name == name)) is not None:
        raise DuplicateKey(
            f"A reference layer named '{name}' exists already.",
            sv=f"Det finns redan ett referensskikt som heter '{name}'.",
        )
    layer = ReferenceLayer(
        name=name, kind=kind, source=source, licence=licence, example_data=example_data
    )
    for feature_name, geom, props in features:
        if geom is None or geom.is_empty:
            raise InvalidGeometry(
                f"Reference feature '{feature_name}' of '{name}' has no geometry.",
                sv=f"Referensobjektet '{feature_name}' i '{name}' saknar geometri.",
            )
        layer.features.append(
            ReferenceFeature(
                name=feature_name,
                geom=geom,
                properties=json.dumps(dict(props), ensure_ascii=False, default=str),
                example_data=example_data,
            )
        )
    session.add(layer)
    session.flush()
    reference_changed(session)
    return get_reference_layer(session, layer.id)


def get_reference_layer(session: Session, layer_id: int) -> ReferenceLayerRow:
    """One reference layer."""
    layer = session.get(ReferenceLayer, layer_id)
    if layer is None:
        raise NotFound(
            f"Reference layer {layer_id} does not exist.",
            sv=f"Referensskiktet {layer_id} finns inte.",
        )
    count = session.scalar(
        select(func.count(ReferenceFeature.id)).where(ReferenceFeature.layer_id == layer_id)
    )
    return ReferenceLayerRow(
        layer.id,
        layer.version,
        layer.name,
        layer.kind,
        layer.source,
        layer.licence,
        layer.example_data,
        int(count or 0),
    )


def list_reference_layers(session: Session) -> list[ReferenceLayerRow]:
    """All reference layers by name."""
    ids = session.scalars(select(ReferenceLayer.id).order_by(ReferenceLayer.name)).all()
    return [get_reference_layer(session, i) for i in ids]


def reference_features(
    session: Session, layer_id: int | None = None, kind: str | None = None
) -> list[ReferenceFeatureRow]:
    """Features of one layer, or of every layer of a kind, or all."""
    query = select(ReferenceFeature).order_by(ReferenceFeature.id)
    if layer_id is not None:
        query = query.where(ReferenceFeature.layer_id == layer_id)
    if kind is not None:
        query = query.join(ReferenceLayer).where(ReferenceLayer.kind == kind)
    return [
        ReferenceFeatureRow(
            f.id, f.layer_id, f.name, json.loads(f.properties) if f.properties else {}, f.geom
        )
        for f in session.scalars(query)
    ]
