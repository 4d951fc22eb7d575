"""The steps of a parcel import after its values are converted: keys, geometries, outcomes.

``import_source`` (``run.py``) runs :func:`parcel_geometries` on the import's helper
thread and, meanwhile, everything that needs no geometry on the calling thread
(:func:`parcel_keys`: duplicates within the file, the parcels stored already, the
status changes an update would make); :func:`import_parcels` then applies the
policy and writes. A 100 000-parcel import waits for its geometries, so the
less the calling thread leaves for after that wait, the sooner it ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from kalixplan.geo.source import Reason, SourceData
from kalixplan.services.distances import recompute_parcel_facts
from kalixplan.services.importing import parcels as parcels_io
from kalixplan.services.importing.geometry import PreparedGeometries, prepare_geometries
from kalixplan.services.importing.report import (
    ImportOptions,
    ImportReport,
    Progress,
    ReportLine,
    apply_policy,
    log_summary,
)
from kalixplan.services.importing.values import FieldErrors


def parcel_geometries(
    data: SourceData, options: dict[str, Any], srid: int, sqlite: bool
) -> tuple[PreparedGeometries, parcels_io.ParcelGeometry]:
    """The checked project-CRS geometries and what the writer stores of them."""
    # The parcel writer makes polygons multipolygons as it encodes them.
    prepared = prepare_geometries(data.geometries, promote=False, **options)
    wkb = parcels_io.reusable_wkb(data.wkb, prepared.geoms, prepared.unchanged)
    return prepared, parcels_io.parcel_geometry(prepared.geoms, srid, sqlite, wkb)


@dataclass
class ParcelKeys:
    """What the designations say, found while the geometries are being prepared.

    Attributes:
        keys: the checked designation per source row (None where missing or refused).
        shown: how a row is named in the report: its key, else what the source wrote.
        duplicates: row → the problem of a designation an earlier row holds already.
        existing: designation → (id, version, status) of every stored parcel.
        texts: ``shown`` as text, the key of each report line.
        outcomes: a report line per row saying it is imported as a new parcel, what
            most rows will say (the rows skipped or updated are told so afterwards).
    """

    keys: list[Any]
    shown: list[Any]
    duplicates: dict[int, tuple[str, str]]
    existing: dict[str, tuple[int, int, str]]
    texts: list[str | None]
    outcomes: list[ReportLine]


def parcel_keys(
    session: Session,
    values: dict[str, list[Any]],
    errors: FieldErrors,
    raw_keys: list[Any],
    options: ImportOptions,
    n: int,
) -> ParcelKeys:
    """The checks on keys, after :func:`check_parcel_values`; status changes that an
    update of a stored parcel would make and the domain forbids go into ``errors``."""
    keys = values.get("designation", [None] * n)
    complete = None not in keys
    # Name a refused feature by what the source calls it.
    shown = (
        keys
        if complete
        else [k if k is not None else r for k, r in zip(keys, raw_keys, strict=True)]
    )
    present = keys if complete else [k for k in keys if k is not None]
    duplicates: dict[int, tuple[str, str]] = {}
    if len(set(present)) < len(present):
        first: dict[object, int] = {}
        for i, key in enumerate(keys):
            if key is None:
                continue
            if key in first:
                duplicates[i] = (
                    "duplicate",
                    Reason(
                        f"repeats the designation of feature {first[key] + 1}",
                        f"upprepar fastighetsbeteckningen i objekt {first[key] + 1}",
                    ),
                )
            else:
                first[key] = i
    existing = parcels_io.existing_parcels(session)
    if options.on_duplicate == "update" and existing:
        rows = [i for i in range(n) if keys[i] in existing]
        parcels_io.transition_issues(values, existing, rows, errors)
    plain = set(map(type, shown)) <= {str}
    texts = shown if plain else [None if k is None else str(k) for k in shown]
    # tuple.__new__ is what ReportLine._make calls: a line per row without a Python call.
    outcomes = list(
        map(
            tuple.__new__,
            repeat(ReportLine),
            zip(range(1, n + 1), texts, repeat("imported"), repeat("new parcel")),
        )
    )
    return ParcelKeys(keys, shown, duplicates, existing, texts, outcomes)


def import_parcels(
    session: Session,
    values: dict[str, list[Any]],
    errors: FieldErrors,
    problems: dict[int, list[tuple[str, str]]],
    geoms: np.ndarray,
    options: ImportOptions,
    srid: int,
    report: ImportReport,
    step: Progress,
    geometry: parcels_io.ParcelGeometry,
    found: ParcelKeys,
) -> None:
    """Parcels whose values :func:`check_parcel_values` has checked, with their geometry."""
    n = len(geoms)
    keys, existing = found.keys, found.existing
    for i, duplicate in found.duplicates.items():
        problems.setdefault(i, []).append(duplicate)
    issues = parcels_io.issues_of(errors, problems, found.shown)
    report.issues = [issue for i in sorted(issues) for issue in issues[i]]
    skip = apply_policy(issues, options)
    texts, outcomes = found.texts, found.outcomes
    inserts: list[int] = []
    updates: list[tuple[int, int]] = []
    if not skip and not existing:  # a first import: every feature is a new parcel
        inserts = list(range(n))
    else:
        for i in range(n):
            key = keys[i]
            if i in skip:
                reason = "; ".join(issue.message for issue in issues[i])
                outcomes[i] = ReportLine(i + 1, texts[i], "skipped", reason)
            elif key in existing and options.on_duplicate == "skip":
                outcomes[i] = ReportLine(
                    i + 1, texts[i], "skipped", "designation exists already; kept as it was"
                )
            elif key in existing:
                updates.append((i, existing[str(key)][0]))
                outcomes[i] = ReportLine(
                    i + 1, texts[i], "updated", "designation exists; updated from the source"
                )
            else:
                inserts.append(i)
    report.lines = outcomes
    total = len(inserts) + len(updates)
    written = [0]

    def tick(count: int) -> None:
        written[0] += count
        step(written[0], total, "writing parcels")

    ids = parcels_io.write_parcels(session, values, geoms, inserts, updates, srid, tick, geometry)
    report.row_ids = ids
    log_summary(session, "parcels", report)
    step(total, total, "distances and constraints")
    report.facts_recomputed = recompute_parcel_facts(session, ids, keep_unknown=True)
