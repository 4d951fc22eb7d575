"""Export registers to files through GDAL (pyogrio): GeoPackage, GeoJSON, CSV.

Column names are the stable English field names of DESIGN.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError, ValidationError
from kalixplan.services import actors, parcels, plans, reference
from kalixplan.services.rows import ParcelRow, PlanRow, field_names

KINDS = ("parcels", "plans", "actors", "reference")

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

DRIVERS: dict[str, str] = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".csv": "CSV"}

Writer = Callable[[gpd.GeoDataFrame, Path, str], None]


def layer_frame(
    session: Session,
    kind: str,
    *,
    name: str | None = None,
    where: Mapping[str, str] | None = None,
    epsg: int,
) -> gpd.GeoDataFrame:
    """A register as a GeoDataFrame in the project CRS, filtered by ``where``.

    Raises:
        ValidationError: unknown kind or field.
    """
    if kind == "parcels":
        rows = parcels.search_parcels(session)
        frame = _frame(
            [{f: getattr(r, f) for f in PARCEL_FIELDS} for r in rows],
            [r.geom for r in rows],
            PARCEL_FIELDS,
            epsg,
        )
    elif kind == "plans":
        plan_rows = plans.list_plans(session)
        frame = _frame(
            [{f: getattr(r, f) for f in PLAN_FIELDS} for r in plan_rows],
            [r.geom for r in plan_rows],
            PLAN_FIELDS,
            epsg,
        )
    elif kind == "actors":
        frame = _actor_frame(session)
    elif kind == "reference":
        frame = _reference_frame(session, name, epsg)
    else:
        raise ValidationError("kind", f"Unknown kind '{kind}'; use one of {', '.join(KINDS)}.")
    return filter_frame(frame, where or {})


def filter_frame(frame: gpd.GeoDataFrame, where: Mapping[str, str]) -> gpd.GeoDataFrame:
    """Keep rows whose field equals the value (compared as text, case-insensitive)."""
    for field, value in where.items():
        if field not in frame.columns or field == "geometry":
            raise ValidationError(
                field,
                f"'{field}' is not a field here; fields: "
                + ", ".join(c for c in frame.columns if c != "geometry")
                + ".",
            )
        column = frame[field].map(lambda v: "" if v is None or v != v else str(v).lower())
        frame = frame[column == value.lower()]
    return frame


def _frame(
    records: list[dict[str, Any]], geoms: list[Any], columns: tuple[str, ...], epsg: int
) -> gpd.GeoDataFrame:
    df = pd.DataFrame.from_records(records, columns=list(columns))
    return gpd.GeoDataFrame(df, geometry=geoms, crs=f"EPSG:{epsg}")


def _actor_frame(session: Session) -> gpd.GeoDataFrame:
    needs: dict[int, Any] = {}
    for need in actors.needs_of(session):
        needs.setdefault(need.actor_id, need)
    records = []
    for a in actors.list_actors(session):
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


def _reference_frame(session: Session, name: str | None, epsg: int) -> gpd.GeoDataFrame:
    layers = {layer.id: layer for layer in reference.list_reference_layers(session)}
    wanted = [layer for layer in layers.values() if name is None or layer.name == name]
    if name is not None and not wanted:
        raise ValidationError(
            "name",
            f"No reference layer is named '{name}'; layers: "
            + ", ".join(layer.name for layer in layers.values())
            + ".",
        )
    records, geoms = [], []
    for layer in wanted:
        for f in reference.reference_features(session, layer_id=layer.id):
            records.append(
                {
                    "layer": layer.name,
                    "kind": layer.kind,
                    "name": f.name,
                    "properties": str(f.properties) if f.properties else None,
                }
            )
            geoms.append(f.geom)
    return _frame(records, geoms, ("layer", "kind", "name", "properties"), epsg)


def write_frame(frame: gpd.GeoDataFrame, out: Path, layer: str) -> None:
    """Write a frame in the format of ``out``'s extension.

    Raises:
        KalixPlanError: unsupported extension or unwritable place.
    """
    suffix = out.suffix.lower()
    driver = DRIVERS.get(suffix)
    if driver is None:
        raise KalixPlanError(
            f"Cannot export to '{out.name}': use one of {', '.join(sorted(DRIVERS))}."
        )
    if not out.parent.exists():
        raise KalixPlanError(f"Folder {out.parent} does not exist; create it first.")
    has_geometry = frame.geometry.notna().any()
    if suffix == ".csv":
        data = pd.DataFrame(frame.drop(columns="geometry"))
        if has_geometry:
            data["wkt"] = frame.geometry.to_wkt()
        data.to_csv(out, index=False, encoding="utf-8")
        return
    if not has_geometry:
        frame = frame.drop(columns="geometry")
        import pyogrio

        pyogrio.write_dataframe(pd.DataFrame(frame), out, layer=layer, driver=driver)
        return
    frame.to_file(out, layer=layer, driver=driver, engine="pyogrio")
