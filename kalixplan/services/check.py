"""Conformance and integrity report of a project database (``kalixplan check``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import Connection, Table, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from kalixplan.domain.codes import DecisionType, ParcelStatus, PlanStatus
from kalixplan.geo.area import geodesic_areas_m2
from kalixplan.store import triggers
from kalixplan.store.engine import Project
from kalixplan.store.gpkg import APPLICATION_ID, rtree_name
from kalixplan.store.migrations import current_revision, head_revision
from kalixplan.store.models import FEATURE_TABLES, DetailedPlan, Parcel, ProjectSetting

AREA_TOLERANCE = 1e-4  # 0.01 %


@dataclass(frozen=True)
class Finding:
    """One line of the report; ``problem`` findings make ``check`` exit non-zero."""

    problem: bool
    message: str
    rule: str | None = None  # the national rule it reports, e.g. NGP's "DP-0001"


def check_project(project: Project) -> list[Finding]:
    """Run every check and return the findings (problems and notes)."""
    findings: list[Finding] = []
    with project.reader.connect() as conn:
        if project.is_sqlite:
            findings += _sqlite_checks(conn, project.srid)
        else:
            findings += _postgis_checks(conn, project.srid)
        rev = current_revision(conn)
        if rev != head_revision():
            findings.append(
                Finding(True, f"Schema revision {rev} is not the current {head_revision()}.")
            )
    findings += _guard_checks(project)
    findings += _style_checks(project)
    with project.read_scope() as session:
        findings += _domain_checks(session, project.srid)
        findings += plan_overlap_checks(session)
        findings += provisions_outside_checks(session)
        example = session.scalar(
            select(ProjectSetting.value).where(ProjectSetting.key == "example_data")
        )
        if example == "true":
            findings.append(Finding(False, "The project holds invented example data (demo)."))
    return findings


def _style_checks(project: Project) -> list[Finding]:
    """QGIS finds KalixPlan's default style for every map layer (issue "The project file
    guards itself", 4)."""
    from kalixplan.services.qgis_styles import styles_missing

    with project.reader.connect() as conn:
        missing = styles_missing(conn)
    if not missing:
        return []
    # A note, not a problem (exit status 0): the data is sound, only QGIS's look suffers.
    return [
        Finding(
            False,
            f"QGIS has no KalixPlan style for {', '.join(missing)}: it draws them in one "
            "default colour with raw field names; 'kalixplan check --repair' writes the styles "
            "again.",
        )
    ]


def _guard_checks(project: Project) -> list[Finding]:
    """The database's own rules are in place, and no outside edit waits for its facts."""
    out: list[Finding] = []
    with project.reader.connect() as conn:
        missing = triggers.missing_guards(conn)
        if missing:
            out.append(
                Finding(
                    True,
                    (
                        f"The rules for writes from other programs are missing on {', '.join(missing)}: "
                        "edits made in QGIS or psql there are neither versioned nor logged; "
                        "'kalixplan check --repair' installs them again."
                    ),
                )
            )
        stale = (
            conn.execute(
                select(Parcel.designation)
                .where(Parcel.facts_stale.is_(True))
                .order_by(Parcel.designation)
            )
            .scalars()
            .all()
        )
    if stale:
        named = ", ".join(stale[:10]) + (f" and {len(stale) - 10} more" if len(stale) > 10 else "")
        out.append(
            Finding(
                True,
                (
                    f"{len(stale)} parcels were reshaped outside KalixPlan and their area and distances "
                    f"are not recomputed yet ({named}); open the project in KalixPlan or run "
                    "'kalixplan check --repair'."
                ),
            )
        )
    return out


def repair_project(project: Project) -> list[Finding]:
    """Mend what can be mended; the findings say what was done (problems: what could not be).

    Reinstalls missing guard triggers, brings outside edits up to date and
    recomputes every stored area that differs from its geodesic area.
    """
    from kalixplan.services.outside_edits import catch_up_outside_edits

    done: list[Finding] = []
    with project.session_scope() as session:
        conn = session.connection()
        missing = triggers.missing_guards(conn)
        if missing:
            triggers.install(conn)
            done.append(
                Finding(False, f"Installed the rules for outside writes on {', '.join(missing)}.")
            )
    from kalixplan.services.qgis_styles import bring_styles_up_to_date

    restyled = bring_styles_up_to_date(project)
    if restyled:
        done.append(Finding(False, f"Wrote the QGIS default styles of {', '.join(restyled)}."))
    caught = catch_up_outside_edits(project)
    if caught:
        done.append(
            Finding(
                False,
                f"Recomputed area and distances of {caught} parcels edited outside KalixPlan.",
            )
        )
    with project.session_scope() as session:
        rows = session.execute(select(Parcel.id, Parcel.area_m2, Parcel.geom)).all()
        areas = geodesic_areas_m2(np.array([r.geom for r in rows], dtype=object), project.srid)
        wrong = [
            {"b_id": r.id, "b_area": float(a)}
            for r, a in zip(rows, areas, strict=True)
            if r.geom is not None and abs(r.area_m2 - a) > AREA_TOLERANCE * max(a, 1.0)
        ]
        if wrong:
            table: Table = Parcel.__table__  # type: ignore[assignment]
            session.connection().execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(area_m2=bindparam("b_area")),
                wrong,
            )
            done.append(Finding(False, f"Recomputed the stored area of {len(wrong)} parcels."))
    return done


def _sqlite_checks(conn: Connection, srid: int) -> list[Finding]:
    out: list[Finding] = []
    c = conn.exec_driver_sql
    integrity = c("PRAGMA integrity_check").scalar()
    if integrity != "ok":
        out.append(Finding(True, f"SQLite integrity check failed: {integrity}."))
    for row in c("PRAGMA foreign_key_check").fetchall():
        out.append(Finding(True, f"Table {row[0]} row {row[1]} points to a missing {row[2]} row."))
    if c("PRAGMA application_id").scalar() != APPLICATION_ID:
        out.append(Finding(True, "The file's application_id is not GeoPackage's ('GPKG')."))
    for table, geom_type in FEATURE_TABLES.items():
        reg = c(
            "SELECT g.geometry_type_name, g.srs_id, c.data_type FROM gpkg_geometry_columns g "
            "JOIN gpkg_contents c USING (table_name) WHERE g.table_name = ?",
            (table,),
        ).first()
        if reg is None:
            out.append(Finding(True, f"Feature table {table} is not registered in gpkg_contents."))
            continue
        if tuple(reg) != (geom_type, srid, "features"):
            out.append(Finding(True, f"Feature table {table} is registered as {tuple(reg)}."))
        n_geoms = c(f'SELECT count(*) FROM "{table}" WHERE geom IS NOT NULL').scalar()
        n_index = c(f'SELECT count(*) FROM "{rtree_name(table)}"').scalar()
        missing = c(
            f'SELECT count(*) FROM "{table}" t WHERE t.geom IS NOT NULL AND NOT EXISTS '
            f'(SELECT 1 FROM "{rtree_name(table)}" r WHERE r.id = t.id)'
        ).scalar()
        if n_geoms != n_index or missing:
            out.append(
                Finding(
                    True,
                    f"Spatial index of {table} holds {n_index} entries for "
                    f"{n_geoms} geometries; rebuild it.",
                )
            )
        srs = c(
            f'SELECT DISTINCT substr(geom, 5, 4) FROM "{table}" WHERE geom IS NOT NULL'
        ).fetchall()
        srids = {int.from_bytes(r[0], "little", signed=True) for r in srs}
        if srids - {srid}:
            out.append(
                Finding(True, f"{table} holds geometries in SRID {sorted(srids)}, not {srid}.")
            )
    return out


def _postgis_checks(conn: Connection, srid: int) -> list[Finding]:
    out: list[Finding] = []
    c = conn.execute
    for table in FEATURE_TABLES:
        col_srid = c(text("SELECT Find_SRID('public', :t, 'geom')"), {"t": table}).scalar()
        if col_srid != srid:
            out.append(Finding(True, f"Column {table}.geom has SRID {col_srid}, not {srid}."))
        has_gist = c(
            text("SELECT 1 FROM pg_indexes WHERE tablename = :t AND indexdef ILIKE '%USING gist%'"),
            {"t": table},
        ).first()
        if has_gist is None:
            out.append(Finding(True, f"{table} has no GiST spatial index."))
    return out


def _domain_checks(session: Session, srid: int) -> list[Finding]:
    out: list[Finding] = []
    s = session
    rows = s.execute(
        select(Parcel.id, Parcel.designation, Parcel.status, Parcel.area_m2, Parcel.geom)
    ).all()
    statuses = {p.value for p in ParcelStatus}
    geoms = np.array([r.geom for r in rows], dtype=object)
    areas = geodesic_areas_m2(geoms, srid) if len(rows) else np.zeros(0)
    bad_area: list[str] = []
    for r, area in zip(rows, areas, strict=True):
        if r.status not in statuses:
            out.append(Finding(True, f"Parcel {r.designation} has unknown status '{r.status}'."))
        if r.geom is not None and not r.geom.is_valid:
            out.append(Finding(True, f"Parcel {r.designation} has an invalid geometry."))
        if r.geom is not None and abs(r.area_m2 - area) > AREA_TOLERANCE * max(area, 1.0):
            bad_area.append(str(r.designation))
    if bad_area:
        named = ", ".join(bad_area[:10]) + (
            f" and {len(bad_area) - 10} more" if len(bad_area) > 10 else ""
        )
        out.append(
            Finding(
                True,
                f"{len(bad_area)} parcels have a stored area that differs from their "
                f"geodesic area by more than 0.01 % ({named}); 'kalixplan check --repair' "
                "recomputes them.",
            )
        )
    plan_statuses = {p.value for p in PlanStatus}
    for designation, status in s.execute(select(DetailedPlan.designation, DetailedPlan.status)):
        if status not in plan_statuses:
            out.append(Finding(True, f"Plan {designation} has unknown status '{status}'."))
    n = s.scalar(select(func.count(Parcel.id)))
    out.append(Finding(False, f"{n} parcels checked."))
    return out


# Overlap smaller than this (m²) is a shared boundary drawn twice, not an overlap.
OVERLAP_TOLERANCE_M2 = 1.0


def plan_overlap_checks(session: Session, today: date | None = None) -> list[Finding]:
    """NGP's rule DP-0001: plans in force may not overlap, except where a decision links
    them (a change over the plan it amends, PBL 4 kap. 39 §; a new plan over the plan it
    replaces, 4 kap. 38 §). Each unlinked pair is one finding naming both plans.

    A note, not a problem: registers of old plans often hold such overlaps, and "what
    applies here" answers them (the newest applies) until the register records the
    decision; the national platform refuses the delivery until then.
    """
    from shapely import STRtree

    from kalixplan.services.plans import previous_designations

    today = today or date.today()
    plans = [
        p
        for p in session.scalars(
            select(DetailedPlan).where(DetailedPlan.status == PlanStatus.IN_FORCE.value)
        )
        if p.geom is not None
        and p.decision_type in (DecisionType.NEW_PLAN.value, DecisionType.CHANGE.value)
        and (p.in_force_date is None or p.in_force_date <= today)
    ]
    tree = STRtree([p.geom for p in plans])
    out: list[Finding] = []
    for i, a in enumerate(plans):
        for j in tree.query(a.geom):
            b = plans[int(j)]
            if int(j) <= i:
                continue
            if b.designation in previous_designations(a.previous_designation) or (
                a.designation in previous_designations(b.previous_designation)
            ):
                continue
            shared = a.geom.intersection(b.geom).area  # type: ignore[union-attr]
            if shared <= OVERLAP_TOLERANCE_M2:
                continue
            older, newer = sorted((a, b), key=lambda p: (p.in_force_date or date.min, p.id))
            out.append(
                Finding(
                    False,
                    f"DP-0001: plans {older.designation} and {newer.designation} are both in "
                    f"force and overlap by {shared:,.0f} m² with no decision linking them; "
                    f"'what applies here' takes {newer.designation}. Record in "
                    f"{newer.designation}'s previous plans that it replaces or changes "
                    f"{older.designation}, or correct the boundaries, before delivering to "
                    "the national platform.",
                    "DP-0001",
                )
            )
    return out


# A provision this far outside its plan's boundary is drawn on the wrong plan or wrongly.
OUTSIDE_TOLERANCE_M = 0.5


def provisions_outside_checks(session: Session) -> list[Finding]:
    """A provision regulates only within its plan (NS Detaljplan 4.1: a planbestammelse
    belongs to its detaljplan and lies within its plangeometri). Each one reaching outside
    is a note naming the plan and the provision, so it is corrected before a delivery."""
    from kalixplan.store.models import Provision

    out: list[Finding] = []
    rows = session.execute(
        select(DetailedPlan.designation, DetailedPlan.geom, Provision.code, Provision.wording,
               Provision.geom)
        .join(Provision, Provision.plan_id == DetailedPlan.id)
        .order_by(DetailedPlan.designation, Provision.id)
    ).all()  # fmt: skip
    for designation, plan_geom, code, wording, geom in rows:
        if plan_geom is None or geom is None:
            continue
        if geom.difference(plan_geom.buffer(OUTSIDE_TOLERANCE_M)).is_empty:
            continue
        label = code or wording[:40]
        out.append(
            Finding(
                False,
                f"Provision {label} of plan {designation} reaches outside the plan's boundary; "
                "a provision regulates only within its plan: correct its geometry.",
            )
        )
    return out
