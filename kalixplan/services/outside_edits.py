"""Catching up with edits made outside KalixPlan (QGIS, ogr2ogr, psql).

The database triggers (:mod:`kalixplan.store.triggers`) queue every row whose
geometry another program changed, and mark the parcel ``facts_stale``: its
geodesic area, distances and constraint flags cannot be computed in SQL on a
GeoPackage. :func:`catch_up_outside_edits` recomputes them and empties the
queue; opening a project calls it. Derived facts are not edits, so this neither
bumps versions nor writes the change log.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
from sqlalchemy import Table, bindparam, select, update

from kalixplan.geo.area import geodesic_areas_m2
from kalixplan.services.distances import recompute_parcel_facts
from kalixplan.store.engine import Project
from kalixplan.store.models import DetailedPlan, Parcel, ProjectSetting
from kalixplan.store.triggers import QUEUE_TABLE


def catch_up_outside_edits(project: Project) -> int:
    """Recompute the derived facts of rows edited outside KalixPlan.

    Returns:
        how many parcels were brought up to date (0 when nothing was queued).
    """
    with project.session_scope() as session:
        conn = session.connection()
        queued = conn.exec_driver_sql(f"SELECT id, table_name, row_id FROM {QUEUE_TABLE}").all()
        stale = set(session.scalars(select(Parcel.id).where(Parcel.facts_stale.is_(True))))
        if not queued and not stale:
            return 0
        parcel_ids = stale | {r[2] for r in queued if r[1] == "parcels"}
        reference_changed = any(r[1] == "reference_features" for r in queued)
        rows = session.execute(
            select(Parcel.id, Parcel.geom).where(Parcel.id.in_(sorted(parcel_ids)))
        ).all()
        table = cast(Table, Parcel.__table__)
        if rows:
            # None and empty outlines give 0.
            areas = geodesic_areas_m2(np.array([r[1] for r in rows], dtype=object), project.srid)
            updates: list[dict[str, Any]] = [
                {"b_id": r[0], "area_m2": float(a), "facts_stale": False}
                for r, a in zip(rows, areas, strict=True)
            ]
            conn.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(area_m2=bindparam("area_m2"), facts_stale=bindparam("facts_stale")),
                updates,
            )
        if reference_changed:
            recompute_parcel_facts(session, keep_unknown=True)
        elif rows:
            recompute_parcel_facts(session, [r[0] for r in rows], keep_unknown=True)
        municipality = session.scalar(
            select(ProjectSetting.value).where(ProjectSetting.key == "municipality_code")
        )
        if municipality:
            plans = cast(Table, DetailedPlan.__table__)
            conn.execute(
                update(plans)
                .where(plans.c.municipality_code == "")
                .values(municipality_code=municipality)
            )
        if queued:
            conn.exec_driver_sql(
                f"DELETE FROM {QUEUE_TABLE} WHERE id <= {max(int(r[0]) for r in queued)}"
            )
        return len(rows)


def catch_up_sentence(count: int, lang: str = "en") -> str | None:
    """The one sentence the window shows after a catch-up, or None when nothing happened."""
    if count == 0:
        return None
    if lang == "sv":
        what = "fastighet" if count == 1 else "fastigheter"
        return f"{count} {what} hade ändrats utanför KalixPlan: areal och avstånd är omräknade."
    what = "parcel was" if count == 1 else "parcels were"
    return f"{count} {what} edited outside KalixPlan: areas and distances recomputed."
