"""Importing actors (companies and organisations) from a table: CSV, Excel, any GDAL layer.

Actor lists come from CRMs and spreadsheets, so no geometry is needed. Each row
goes through ``create_actor``/``update_actor`` (organisation number form, Luhn
check digit and legal-entity rule; sector and kind codes) in a savepoint, and
its land need (hectares, MW, rail, port) through ``add_need``/``update_need``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError, clause_of
from kalixplan.domain.validation import normalise_org_number
from kalixplan.geo.source import Reason
from kalixplan.services import actors
from kalixplan.services.importing.parcels import issues_of
from kalixplan.services.importing.report import (
    ImportOptions,
    ImportReport,
    Issue,
    Progress,
    ReportLine,
    apply_policy,
    log_summary,
)
from kalixplan.store.models import Actor

NEED_FIELDS: dict[str, str] = {
    "need_area_ha": "area_ha",
    "need_power_mw": "power_mw",
    "needs_rail": "needs_rail",
    "needs_port": "needs_port",
}


def run(
    session: Session,
    values: dict[str, list[Any]],
    errors: dict[int, list[tuple[str, str]]],
    problems: dict[int, list[tuple[str, str]]],
    n: int,
    options: ImportOptions,
    report: ImportReport,
    step: Progress,
) -> None:
    """Import actors and their land needs, one savepoint per row."""
    keys: list[str | None] = []
    for i, raw in enumerate(values.get("org_number", [None] * n)):
        if raw is None:
            problems.setdefault(i, []).append(
                ("value", Reason("has no org_number", "saknar värde i org_number"))
            )
            keys.append(None)
            continue
        try:
            keys.append(normalise_org_number(str(raw)))
        except KalixPlanError as exc:
            errors.setdefault(i, []).append(
                ("org_number", Reason(clause_of(exc, "en"), clause_of(exc, "sv")))
            )
            keys.append(str(raw))
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key is not None and key in first and i not in errors:
            problems.setdefault(i, []).append(
                (
                    "duplicate",
                    Reason(
                        f"repeats the org_number of row {first[key] + 1}",
                        f"upprepar org_number i rad {first[key] + 1}",
                    ),
                )
            )
        elif key is not None:
            first.setdefault(key, i)
    existing = {
        o: (i, v) for o, i, v in session.execute(select(Actor.org_number, Actor.id, Actor.version))
    }
    issues = issues_of(errors, problems, list(keys))
    lines: dict[int, ReportLine] = {}
    ids: list[int] = []
    for i in range(n):
        if i % 50 == 0:
            step(i, n, "writing actors")
        if i in issues:
            continue
        key = keys[i]
        assert key is not None
        fields = {f: col[i] for f, col in values.items() if f not in NEED_FIELDS}
        need = {NEED_FIELDS[f]: col[i] for f, col in values.items() if f in NEED_FIELDS}
        need = {k: v for k, v in need.items() if v is not None}
        try:
            with session.begin_nested():
                if key in existing and options.on_duplicate == "skip":
                    lines[i] = ReportLine(
                        i + 1, key, "skipped", "org_number exists already; kept as it was"
                    )
                    continue
                if key in existing:
                    actor_id, version = existing[key]
                    changes = {
                        f: v for f, v in fields.items() if f != "example_data" or v is not None
                    }
                    changes.pop("org_number", None)
                    row = actors.update_actor(session, actor_id, version, changes)
                    lines[i] = ReportLine(i + 1, key, "updated", "org_number exists; updated")
                else:
                    fields = {f: v for f, v in fields.items() if v is not None}
                    row = actors.create_actor(session, {**fields, "org_number": key})
                    existing[row.org_number] = (row.id, row.version)
                    lines[i] = ReportLine(i + 1, key, "imported", "new actor")
                _save_need(session, row.id, need)
                ids.append(row.id)
        except KalixPlanError as exc:
            lines.pop(i, None)
            issues.setdefault(i, []).append(
                Issue(
                    i + 1,
                    key,
                    "value",
                    f"is refused: {clause_of(exc, 'en')}",
                    f"avvisas: {clause_of(exc, 'sv')}",
                )
            )
    skip = apply_policy(issues, options)
    report.issues = [issue for i in sorted(issues) for issue in issues[i]]
    for i in skip:
        lines[i] = ReportLine(i + 1, keys[i], "skipped", "; ".join(x.message for x in issues[i]))
    report.lines = [lines[i] for i in sorted(lines)]
    report.row_ids = ids
    log_summary(session, "actors", report)
    step(n, n, "done")


def _save_need(session: Session, actor_id: int, need: dict[str, Any]) -> None:
    if not need:
        return
    current = actors.needs_of(session, actor_id)
    if current:
        actors.update_need(session, current[0].id, current[0].version, need)
    else:
        actors.add_need(session, actor_id, need)
