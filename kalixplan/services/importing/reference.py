"""Importing a reference layer (roads, railway, port, substations, constraint zones, ...).

The layer is stored with every source column kept in the features'
properties, so nothing a provider sends is lost. A layer of the same name is
never replaced silently: the import says ``replace``, ``append`` or ``cancel``
(``ImportOptions.on_existing_layer``), or it is refused with ``LayerExists`` so
the caller can ask; the layer keeps its kind unless a kind is given. Afterwards every
parcel's distances and constraint flags are recomputed, since a new railway or
flood zone changes the facts of all of them.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ReferenceKind
from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import parse_code
from kalixplan.geo.io import SourceData
from kalixplan.services.distances import reference_changed
from kalixplan.services.importing.parcels import issues_of
from kalixplan.services.importing.report import (
    ON_EXISTING_LAYER,
    ImportOptions,
    ImportReport,
    LayerExists,
    Progress,
    ReportLine,
    apply_policy,
    log_summary,
)
from kalixplan.services.importing.values import json_safe
from kalixplan.store.bulk import BulkLoad
from kalixplan.store.models import ReferenceFeature, ReferenceLayer
from kalixplan.store.types import utcnow

FEATURES: Table = ReferenceFeature.__table__  # type: ignore[assignment]
CHUNK = 20_000


def run(
    session: Session,
    data: SourceData,
    values: dict[str, list[Any]],
    errors: dict[int, list[tuple[str, str]]],
    problems: dict[int, list[tuple[str, str]]],
    geoms: np.ndarray,
    options: ImportOptions,
    report: ImportReport,
    step: Progress,
) -> None:
    """Import the features as one reference layer named ``report.target``."""
    name = report.target.strip()
    if not name:
        raise ValidationError(
            "name",
            "A reference layer needs a name; give one with --name.",
            sv="Ett referensskikt behöver ett namn; ange ett med --name.",
        )
    n = len(geoms)
    names = values.get("name", [None] * n)
    issues = issues_of(errors, problems, names)
    skip = apply_policy(issues, options)
    report.issues = [issue for i in sorted(issues) for issue in issues[i]]
    layer = session.scalar(select(ReferenceLayer).where(ReferenceLayer.name == name))
    choice = options.on_existing_layer
    if layer is not None and choice is None and options.on_duplicate == "skip":
        choice = "cancel"  # "keep existing rows" said it already
    if layer is not None and choice not in ON_EXISTING_LAYER:
        count = session.scalar(
            select(func.count()).select_from(FEATURES).where(FEATURES.c.layer_id == layer.id)
        )
        raise LayerExists(name, layer.kind, int(count or 0))
    if layer is not None and choice == "cancel":
        report.lines = [
            ReportLine(i + 1, names[i], "skipped", f"layer '{name}' exists already; kept as it was")
            for i in range(n)
        ]
        log_summary(session, "reference_features", report)
        return
    # The kind is what the user said; unsaid, an existing layer keeps its own.
    kind = parse_code(ReferenceKind, "kind", options.ref_kind or (layer.kind if layer else "other"))
    replacing = layer is not None and choice == "replace"
    appending = layer is not None and choice == "append"
    if layer is None:
        layer = ReferenceLayer(name=name, kind=kind, source=data.info.path.name)
        session.add(layer)
    else:
        layer.kind = kind
        layer.source = data.info.path.name
        if replacing:
            session.execute(delete(ReferenceFeature).where(ReferenceFeature.layer_id == layer.id))
    session.flush()
    columns = list(data.attributes.columns)
    records = data.attributes.to_dict(orient="records")
    rows: list[dict[str, Any]] = []
    kept: list[int] = []
    lines: list[ReportLine] = []
    outcome = "updated" if replacing else "imported"
    reason = f"feature of '{name}'" + (
        " (layer replaced)" if replacing else " (added to the layer)" if appending else ""
    )
    now = utcnow()
    for i in range(n):
        if i in skip:
            lines.append(
                ReportLine(i + 1, names[i], "skipped", "; ".join(x.message for x in issues[i]))
            )
            continue
        props = {c: json_safe(records[i][c]) for c in columns}
        rows.append(
            {
                "layer_id": layer.id,
                "name": names[i],
                "properties": json.dumps(props, ensure_ascii=False, default=str),
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "example_data": False,
            }
        )
        kept.append(i)
        lines.append(ReportLine(i + 1, names[i], outcome, reason))
    # Reference layers can be large (every road segment of a county): bulk rows, no ORM.
    with BulkLoad(session.connection(), FEATURES, len(rows)) as load:
        for start in range(0, len(rows), CHUNK):
            step(start, len(rows), "writing reference features")
            part = kept[start : start + CHUNK]
            chunk = rows[start : start + CHUNK]
            if chunk:
                load.insert({c: [row[c] for row in chunk] for c in chunk[0]}, geoms[part])
    report.lines = lines
    report.row_ids = [layer.id]
    log_summary(session, "reference_features", report)
    step(len(rows), len(rows), "distances and constraints")
    report.facts_recomputed = reference_changed(session)
