"""Spatial filters that use each engine's index: the GeoPackage R-tree or a PostGIS GiST."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, column, func, literal, select, table
from sqlalchemy.engine import Dialect

from kalixplan.store.gpkg import rtree_name
from kalixplan.store.types import project_srid

BBox = tuple[float, float, float, float]  # minx, miny, maxx, maxy in the project CRS


def bbox_filter(feature_table: Any, bbox: BBox, dialect: Dialect) -> ColumnElement[bool]:
    """A WHERE clause keeping rows whose geometry's envelope meets ``bbox``."""
    minx, miny, maxx, maxy = bbox
    if dialect.name == "postgresql":
        envelope = func.ST_MakeEnvelope(
            literal(minx), literal(miny), literal(maxx), literal(maxy), project_srid(dialect)
        )
        return feature_table.c.geom.op("&&")(envelope)  # type: ignore[no-any-return]
    rtree = table(
        rtree_name(feature_table.name),
        column("id"),
        column("minx"),
        column("maxx"),
        column("miny"),
        column("maxy"),
    )
    hits = select(rtree.c.id).where(
        rtree.c.minx <= maxx, rtree.c.maxx >= minx, rtree.c.miny <= maxy, rtree.c.maxy >= miny
    )
    return feature_table.c.id.in_(hits)
