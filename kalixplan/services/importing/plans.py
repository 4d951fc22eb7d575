"""Importing detailed plans and land-use areas through the plan services.

Plan registers hold hundreds of rows, not hundreds of thousands, so every
feature goes through ``create_plan``/``update_plan``/``add_land_use_area`` and
thereby through every domain rule (designation form, status and its process
transitions, date order, implementation period). Each feature runs in a
savepoint: a feature the rules refuse is rolled back alone and reported, and
under the 'abort' policy the whole transaction is refused afterwards.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError, clause_of
from kalixplan.domain.validation import check_plan_designation
from kalixplan.geo.source import Reason
from kalixplan.services import plans
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
from kalixplan.store.models import DetailedPlan


def run(
    session: Session,
    values: dict[str, list[Any]],
    errors: dict[int, list[tuple[str, str]]],
    problems: dict[int, list[tuple[str, str]]],
    geoms: np.ndarray,
    options: ImportOptions,
    report: ImportReport,
    step: Progress,
) -> None:
    """Import plans (``options.kind == 'plans'``) or land-use areas (``'land_use'``)."""
    n = len(geoms)
    is_plans = options.kind == "plans"
    key_field = "designation" if is_plans else "plan"
    keys: list[str | None] = []
    for i, raw in enumerate(values.get(key_field, [None] * n)):
        if raw is None:
            problems.setdefault(i, []).append(
                ("value", Reason(f"has no {key_field}", f"saknar värde i {key_field}"))
            )
            keys.append(None)
            continue
        try:
            keys.append(check_plan_designation(str(raw)))
        except KalixPlanError as exc:
            errors.setdefault(i, []).append(
                (key_field, Reason(clause_of(exc, "en"), clause_of(exc, "sv")))
            )
            keys.append(str(raw))
    existing = dict(
        (d, (i, v))
        for d, i, v in session.execute(
            select(DetailedPlan.designation, DetailedPlan.id, DetailedPlan.version)
        )
    )
    if is_plans:
        first: dict[str, int] = {}
        for i, key in enumerate(keys):
            if key is not None and key in first:
                problems.setdefault(i, []).append(
                    (
                        "duplicate",
                        Reason(
                            f"repeats the designation of feature {first[key] + 1}",
                            f"upprepar beteckningen i objekt {first[key] + 1}",
                        ),
                    )
                )
            elif key is not None:
                first[key] = i
    issues = issues_of(errors, problems, list(keys))
    lines: dict[int, ReportLine] = {}
    ids: list[int] = []
    for i in range(n):
        if i % 50 == 0:
            step(i, n, "writing plans" if is_plans else "writing land-use areas")
        if i in issues:
            continue
        fields = {f: col[i] for f, col in values.items() if f != key_field}
        fields["geom"] = geoms[i]
        key = keys[i]
        try:
            with session.begin_nested():
                if not is_plans:
                    if key not in existing:
                        raise KalixPlanError(
                            f"names plan '{key}', which does not exist",
                            sv=f"anger detaljplanen '{key}', som inte finns",
                        )
                    row = plans.add_land_use_area(session, existing[key][0], fields)
                    lines[i] = ReportLine(i + 1, key, "imported", f"land use {row.code}")
                    ids.append(row.id)
                elif key in existing and options.on_duplicate == "skip":
                    lines[i] = ReportLine(
                        i + 1, key, "skipped", "designation exists already; kept as it was"
                    )
                elif key in existing:
                    plan_id, version = existing[key]
                    changes = {
                        f: v for f, v in fields.items() if f != "example_data" or v is not None
                    }
                    plan = plans.update_plan(session, plan_id, version, changes)
                    lines[i] = ReportLine(
                        i + 1, key, "updated", "designation exists; updated from the source"
                    )
                    ids.append(plan.id)
                else:
                    fields = {f: v for f, v in fields.items() if v is not None}
                    plan = plans.create_plan(
                        session, {**fields, "designation": key}, registering=True
                    )
                    existing[plan.designation] = (plan.id, plan.version)
                    lines[i] = ReportLine(i + 1, key, "imported", "new plan")
                    ids.append(plan.id)
        except KalixPlanError as exc:
            message = clause_of(exc, "en")
            message_sv = clause_of(exc, "sv")
            verbatim = message.startswith(("names ", "has "))
            text = message if verbatim else f"is refused: {message}"
            text_sv = message_sv if verbatim else f"avvisas: {message_sv}"
            issues.setdefault(i, []).append(Issue(i + 1, key, "value", text, text_sv))
    skip = apply_policy(issues, options)
    report.issues = [issue for i in sorted(issues) for issue in issues[i]]
    for i in skip:
        lines[i] = ReportLine(i + 1, keys[i], "skipped", "; ".join(x.message for x in issues[i]))
    report.lines = [lines[i] for i in sorted(lines)]
    report.row_ids = ids
    log_summary(session, "plans" if is_plans else "land_use_areas", report)
    step(n, n, "done")
