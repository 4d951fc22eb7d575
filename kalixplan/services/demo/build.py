"""The Kalix demo dataset: a real municipal boundary and invented example data.

Everything except the boundary is invented, placed near the real industrial
areas that Kalix kommun's public material names (DOMAIN.md §1), and marked
``example_data``. Dates are relative to the day the demo is built so that
"ending soon" and "expires soon" stay true whenever it is created.

This module builds the whole demo in order; each kind of content has its own
module beside it (``reference``, ``plans``, ``parcels``,
``actors``), and the invented tables are in ``data``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from kalixplan.domain.choices import DEMO_EPSG
from kalixplan.services.demo.actors import build_actors
from kalixplan.services.demo.parcels import build_parcels
from kalixplan.services.demo.plans import build_plans
from kalixplan.services.demo.reference import build_reference_layers
from kalixplan.store.models import ProjectSetting

Progress = Callable[[int, int, str], None]


def build_demo(
    session: Session,
    epsg: int = DEMO_EPSG,
    progress: Progress | None = None,
    today: date | None = None,
) -> None:
    """Fill an empty project with the Kalix demo data, in the caller's transaction."""
    today = today or date.today()
    # One generator through plans and parcels, in this order: the demo is the same every time.
    rng = random.Random(2514)
    report = progress or (lambda done, total, message: None)
    session.add(ProjectSetting(key="example_data", value="true"))
    session.add(ProjectSetting(key="municipality_code", value="2514"))
    session.add(ProjectSetting(key="municipality_name", value="Kalix kommun"))

    report(0, 4, "reference layers")
    build_reference_layers(session, epsg)
    report(1, 4, "plans")
    plan_ids, plan_origins = build_plans(session, epsg, today, rng)
    report(2, 4, "parcels")
    parcel_ids = build_parcels(session, plan_ids, plan_origins, today, rng)
    report(3, 4, "actors")
    build_actors(session, parcel_ids, today)
    report(4, 4, "done")
