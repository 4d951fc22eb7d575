"""Export registers, selections and filters to files (see ``files`` for the formats).

``layer_frame`` builds a register as a GeoDataFrame whose columns are the
stable English field names of DESIGN.md; ``export_layer`` is the long-running
service behind the command and the export dialog: it reads, filters, writes
with Swedish or English headers, reports progress and stops on Cancel without
leaving a partial file behind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from sqlalchemy import LargeBinary, Table, Text, select, type_coerce
from sqlalchemy.orm import Session

from kalixplan.domain.choices import EXPORT_KINDS
from kalixplan.domain.errors import KalixPlanError, ValidationError
from kalixplan.domain.rows import ParcelRow, PlanRow, field_names
from kalixplan.geo.area import geodesic_areas_m2
from kalixplan.services import actors, outputs, plans, reference
from kalixplan.services.export.files import DRIVERS, write_frame
from kalixplan.services.importing.report import Cancelled, Progress
from kalixplan.store.engine import Project
from kalixplan.store.gpkg_binary import decode_gpkg
from kalixplan.store.models import DetailedPlan, Parcel

KINDS = EXPORT_KINDS

# Parcel columns in export order (geometry last); internal ids are left out.
PARCEL_FIELDS: tuple[str, ...] = tuple(
    f
    for f in field_names(ParcelRow)
    if f not in ("id", "version", "plan_id", "reserved_for_id", "geom", "updated_at")
)
PLAN_FIELDS: tuple[str, ...] = tuple(
    f for f in field_names(PlanRow) if f not in ("id", "version", "geom", "updated_at")
)
ACTOR_FIELDS: tuple[str, ...] = (
    "org_number",
    "name",
    "sector",
    "kind",
    "website",
    "need_area_ha",
    "need_power_mw",
    "needs_rail",
    "needs_port",
    "notes",
    "example_data",
)

# GeoPackage binary envelope sizes by envelope indicator (GeoPackage 1.2, §2.1.3).

__all__ = ["DRIVERS", "KINDS", "ExportCancelled", "export_layer", "layer_frame", "write_frame"]


class ExportCancelled(KalixPlanError):
    """The user cancelled an export; no file was written."""

    def __init__(self) -> None:
        super().__init__(
            "The export was cancelled; no file was written.",
            sv="Exporten avbröts; ingen fil skrevs.",
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (), {"sv": self.sv})


def layer_frame(
    session: Session,
    kind: str,
    *,
    name: str | None = None,
    where: Mapping[str, str] | None = None,
    ids: Sequence[int] | None = None,
    epsg: int,
) -> gpd.GeoDataFrame:
    """A register as a GeoDataFrame in the project CRS, filtered by ``where`` and ``ids``.

    Args:
        session: the caller's transaction.
        kind: parcels, plans, actors or reference.
        name: the reference layer (kind 'reference'; None for all layers).
        where: field → value; rows whose field equals the value (as text) are kept.
        ids: keep only these row ids (a selection in the application).
        epsg: the project CRS.

    Raises:
        ValidationError: unknown kind or field.
    """
    if kind == "parcels":
        frame = _parcel_frame(session, ids, epsg)
    elif kind == "plans":
        plan_rows = plans.list_plans(session)
        if ids is not None:
            wanted = set(ids)
            plan_rows = [r for r in plan_rows if r.id in wanted]
        frame = _frame(
            [{f: getattr(r, f) for f in PLAN_FIELDS} for r in plan_rows],
            [r.geom for r in plan_rows],
            PLAN_FIELDS,
            epsg,
        )
    elif kind == "actors":
        frame = _actor_frame(session, ids)
    elif kind == "reference":
        frame = _reference_frame(session, name, epsg, ids)
    else:
        raise ValidationError(
            "kind",
            f"Unknown kind '{kind}'; use one of {', '.join(KINDS)}.",
            sv=f"Okänd typ '{kind}'; använd någon av {', '.join(KINDS)}.",
        )
    return filter_frame(frame, where or {})


def filter_frame(frame: gpd.GeoDataFrame, where: Mapping[str, str]) -> gpd.GeoDataFrame:
    """Keep rows whose field equals the value (compared as text, case-insensitive)."""
    for field, value in where.items():
        if field not in frame.columns or field == "geometry":
            fields = ", ".join(c for c in frame.columns if c != "geometry")
            raise ValidationError(
                field,
                f"'{field}' is not a field here; fields: " + fields + ".",
                sv=f"'{field}' är inget fält här; fält: " + fields + ".",
            )
        column = frame[field].map(lambda v: "" if v is None or v != v else str(v).lower())
        frame = frame[column == value.lower()]
    return frame


def _frame(
    records: list[dict[str, Any]], geoms: list[Any], columns: tuple[str, ...], epsg: int
) -> gpd.GeoDataFrame:
    df = pd.DataFrame.from_records(records, columns=list(columns))
    return gpd.GeoDataFrame(df, geometry=geoms, crs=f"EPSG:{epsg}")


def _parcel_frame(session: Session, ids: Sequence[int] | None, epsg: int) -> gpd.GeoDataFrame:
    """Parcels straight from one SQL query into columns; no row objects.

    The same columns and order as ``search_parcels`` would give, but geometries
    are decoded in one vectorised call (registers of 100 000 parcels export in
    about the time GDAL takes to copy them).
    """
    table: Table = Parcel.__table__  # type: ignore[assignment]
    plan_table: Table = DetailedPlan.__table__  # type: ignore[assignment]
    is_sqlite = session.get_bind().dialect.name == "sqlite"
    raw = type_coerce(table.c.geom, LargeBinary if is_sqlite else Text).label("geom")
    columns = [
        plan_table.c.designation.label("plan") if f == "plan" else table.c[f] for f in PARCEL_FIELDS
    ]
    query = (
        select(table.c.id, *columns, raw)
        .select_from(table.outerjoin(plan_table, plan_table.c.id == table.c.plan_id))
        .order_by(table.c.designation)
    )
    data = pd.DataFrame.from_records(
        session.execute(query).all(), columns=["id", *PARCEL_FIELDS, "geom"]
    )
    if ids is not None:
        data = data[data["id"].isin(list(ids))]
    blobs = data.pop("geom").to_numpy(dtype=object)
    geoms = _decode(blobs, is_sqlite)
    data = data.drop(columns="id").reset_index(drop=True)
    return gpd.GeoDataFrame(data, geometry=geoms, crs=f"EPSG:{epsg}")


def _decode(blobs: np.ndarray, is_sqlite: bool) -> np.ndarray:
    """Geometries from GeoPackage binary (SQLite) or hex EWKB (PostGIS), vectorised."""
    if not is_sqlite:
        return np.asarray(shapely.from_wkb(blobs), dtype=object)
    return decode_gpkg(blobs)


def _actor_frame(session: Session, ids: Sequence[int] | None) -> gpd.GeoDataFrame:
    needs: dict[int, Any] = {}
    for need in actors.needs_of(session):
        needs.setdefault(need.actor_id, need)
    records = []
    wanted = None if ids is None else set(ids)
    for a in actors.list_actors(session):
        if wanted is not None and a.id not in wanted:
            continue
        n = needs.get(a.id)
        records.append(
            {
                **{
                    f: getattr(a, f)
                    for f in (
                        "org_number",
                        "name",
                        "sector",
                        "kind",
                        "website",
                        "notes",
                        "example_data",
                    )
                },
                "need_area_ha": n.area_ha if n else None,
                "need_power_mw": n.power_mw if n else None,
                "needs_rail": n.needs_rail if n else None,
                "needs_port": n.needs_port if n else None,
            }
        )
    df = pd.DataFrame.from_records(records, columns=list(ACTOR_FIELDS))
    return gpd.GeoDataFrame(df, geometry=[None] * len(df))


def _reference_frame(
    session: Session, name: str | None, epsg: int, ids: Sequence[int] | None
) -> gpd.GeoDataFrame:
    layers = {layer.id: layer for layer in reference.list_reference_layers(session)}
    wanted = [layer for layer in layers.values() if name is None or layer.name == name]
    if name is not None and not wanted:
        names = ", ".join(layer.name for layer in layers.values())
        raise ValidationError(
            "name",
            f"No reference layer is named '{name}'; layers: " + names + ".",
            sv=f"Inget referenslager heter '{name}'; lager: " + names + ".",
        )
    records, geoms = [], []
    selected = None if ids is None else set(ids)
    for layer in wanted:
        for f in reference.reference_features(session, layer_id=layer.id):
            if selected is not None and f.id not in selected:
                continue
            records.append(
                {
                    "layer": layer.name,
                    "kind": layer.kind,
                    "name": f.name,
                    "properties": json.dumps(f.properties, ensure_ascii=False)
                    if f.properties
                    else None,
                }
            )
            geoms.append(f.geom)
    frame = _frame(records, geoms, ("layer", "kind", "name", "properties"), epsg)
    # Geodesic area of polygonal features (0 for lines and points), as the application reports it.
    frame.insert(3, "area_m2", geodesic_areas_m2(np.array(geoms, dtype=object), epsg))
    return frame


def export_layer(
    project: Project,
    kind: str,
    out: Path | str,
    *,
    name: str | None = None,
    where: Mapping[str, str] | None = None,
    ids: Sequence[int] | None = None,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> int:
    """Export a register, a selection (``ids``) or a filter (``where``) to a file.

    Args:
        project: the open project.
        kind: parcels, plans, actors or reference.
        out: the file; its extension chooses the format (.gpkg .geojson .shp .csv .xlsx).
        name: the reference layer (kind 'reference').
        where: field → value filter.
        ids: a selection of row ids.
        lang: column headers in 'sv' or 'en'.
        progress: called as ``progress(done, total, message)``.
        cancelled: returns True when the user pressed Cancel.
        overwrite: replace an existing file (never a project: the open one, or any
            other KalixPlan database, is refused).

    Returns:
        the number of rows written.

    Raises:
        ExportCancelled: cancelled; no file was written.
        KalixPlanError: an unknown kind, field or format, a project or existing file as
            the target, or a place that cannot be written (full, read-only).
    """
    report = progress or (lambda done, total, message: None)
    is_cancelled = cancelled or (lambda: False)

    def check() -> None:
        if is_cancelled():
            raise ExportCancelled()

    out = Path(out)
    if out.suffix.lower() not in DRIVERS:
        raise KalixPlanError(
            f"Cannot export to '{out.name}': use one of {', '.join(sorted(DRIVERS))}.",
            sv=f"Det går inte att exportera till '{out.name}': använd något av "
            f"{', '.join(sorted(DRIVERS))}.",
        )
    protect = [project.path]
    outputs.check_target(out, protect=protect, overwrite=overwrite, what="export")
    report(0, 3, "reading")
    with project.read_scope() as session:
        frame = layer_frame(session, kind, name=name, where=where, ids=ids, epsg=project.srid)
    check()
    report(1, 3, f"writing {len(frame)} rows")
    write_frame(
        frame, out, kind, lang=lang, kind=kind, check=check, overwrite=overwrite, protect=protect
    )
    report(3, 3, "done")
    return len(frame)
