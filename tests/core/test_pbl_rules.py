"""PBL's rules for plan dates, stages and genomförandetid, as a table of cases
(issue 13, item 3). Each case cites the section it follows; where the issue and the
law could differ, the law is the spec.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from shapely.geometry import box

from kalixplan.domain.codes import PlanProcedure, PlanStatus
from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import (
    check_implementation_start,
    check_implementation_years,
    check_in_force,
    check_plan_dates,
    check_plan_transition,
    parse_code,
)
from kalixplan.services.plans import create_plan, update_plan, what_applies_here
from kalixplan.store.engine import Project

D = date(2024, 3, 1)
TODAY = date(2026, 12, 3)

# (name, check, accepted?) — the comment on each line is the rule it follows.
CASES = [
    # PBL 4 kap. 21 §: genomförandetid at least 5 and at most 15 years.
    ("5 years", lambda: check_implementation_years(5), True),
    ("15 years", lambda: check_implementation_years(15), True),
    ("4 years", lambda: check_implementation_years(4), False),
    ("16 years", lambda: check_implementation_years(16), False),
    ("30 years", lambda: check_implementation_years(30), False),
    # PBL 4 kap. 21 §: it runs from the day the plan gains legal force.
    ("start on laga kraft", lambda: check_implementation_start(D, D), True),
    ("start after laga kraft", lambda: check_implementation_start(D + timedelta(1), D), True),
    ("start before laga kraft", lambda: check_implementation_start(D - timedelta(1), D), False),
    # PBL 13 kap. 16 §, förvaltningslagen 44 §: three weeks to appeal the adoption first.
    (
        "laga kraft on the adoption day",
        lambda: check_plan_dates({"adopted_date": D, "in_force_date": D}),
        False,
    ),
    (
        "laga kraft 20 days after adoption",
        lambda: check_plan_dates({"adopted_date": D, "in_force_date": D + timedelta(20)}),
        False,
    ),
    (
        "laga kraft 3 weeks after adoption",
        lambda: check_plan_dates({"adopted_date": D, "in_force_date": D + timedelta(21)}),
        True,
    ),
    # PBL 5 kap.: samråd (11 §) before granskning (18 §) before antagande (27 §).
    (
        "granskning before samråd",
        lambda: check_plan_dates({"consultation_date": D, "review_date": D - timedelta(1)}),
        False,
    ),
    # PBL 5 kap. 18 §: under begränsat förfarande granskning may be skipped.
    (
        "begränsat: samråd to antagen",
        lambda: check_plan_transition(
            PlanStatus.CONSULTATION, PlanStatus.ADOPTED, PlanProcedure.LIMITED
        ),
        True,
    ),
    (
        "standard: samråd to antagen",
        lambda: check_plan_transition(
            PlanStatus.CONSULTATION, PlanStatus.ADOPTED, PlanProcedure.STANDARD
        ),
        False,
    ),
    (
        "samordnat: samråd to granskning",
        lambda: check_plan_transition(
            PlanStatus.CONSULTATION, PlanStatus.REVIEW, PlanProcedure.COORDINATED
        ),
        True,
    ),
    # PBL 13 kap.: an in-force plan is changed or repealed by a new decision only.
    (
        "in force back to samråd",
        lambda: check_plan_transition(PlanStatus.IN_FORCE, PlanStatus.CONSULTATION),
        False,
    ),
    # A plan moved to in force needs its laga-kraft date; a registered old plan may lack it.
    (
        "moved to in force without a date",
        lambda: check_in_force("in_force", None, TODAY, registering=False),
        False,
    ),
    (
        "old plan registered without a date",
        lambda: check_in_force("in_force", None, TODAY, registering=True),
        True,
    ),
    (
        "in force with laga kraft in 2099",
        lambda: check_in_force("in_force", date(2099, 1, 1), TODAY, registering=True),
        False,
    ),
]


@pytest.mark.parametrize(("name", "check", "accepted"), CASES, ids=[c[0] for c in CASES])
def test_pbl_rule(name: str, check: object, accepted: bool) -> None:
    if accepted:
        check()  # type: ignore[operator]
    else:
        with pytest.raises(ValidationError) as err:
            check()  # type: ignore[operator]
        assert (
            "PBL" in str(err.value) or "allowed next" in str(err.value) or "laga" in str(err.value)
        ), str(err.value)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("laga kraft", "in_force"),
        ("Laga Kraft", "in_force"),
        ("Samråd", "consultation"),
        ("granskning", "review"),
        ("antagen", "adopted"),
        ("upphävd", "revoked"),
        ("In force", "in_force"),
        ("in_force", "in_force"),
    ],
)
def test_plan_status_in_the_words_of_ns_detaljplan(word: str, value: str) -> None:
    assert parse_code(PlanStatus, "status", word) == value


def test_procedure_words() -> None:
    assert parse_code(PlanProcedure, "procedure", "Begränsat förfarande") == "limited"
    assert parse_code(PlanProcedure, "procedure", "utökat") == "extended"


def plan(project: Project, **fields: object) -> int:
    with project.session_scope() as s:
        row = create_plan(
            s,
            {
                "designation": "2514-P900",
                "name": "Prov",
                "geom": box(150_000, 7_310_000, 151_000, 7_311_000),
                **fields,
            },
        )
        return row.id


def test_limited_procedure_skips_review_on_both_engines(project: Project) -> None:
    """PBL 5 kap. 18 §, through the service and the database."""
    plan_id = plan(project, procedure="limited", consultation_date=date(2024, 1, 10))
    with project.session_scope() as s:
        row = update_plan(s, plan_id, 1, {"status": "consultation"})
        row = update_plan(s, plan_id, row.version, {"status": "adopted"})
    assert row.status == "adopted"


def test_moving_to_in_force_needs_the_date(project: Project) -> None:
    plan_id = plan(project, adopted_date=date(2024, 1, 10))
    with project.session_scope() as s:
        version = 1
        for step in ("consultation", "review", "adopted"):
            version = update_plan(s, plan_id, version, {"status": step}).version
    with pytest.raises(ValidationError, match="laga-kraft date"):
        with project.session_scope() as s:
            update_plan(s, plan_id, version, {"status": "in_force"})
    with project.session_scope() as s:
        row = update_plan(
            s, plan_id, version, {"status": "in_force", "in_force_date": date(2024, 2, 15)}
        )
    assert row.status == "in_force"


def test_future_laga_kraft_does_not_apply_yet(project: Project) -> None:
    """A plan registered in force with a date to come is refused; what applies here
    never answers with a plan whose laga-kraft day has not come (rows from elsewhere)."""
    with pytest.raises(ValidationError, match="not in force yet"):
        plan(project, status="in_force", in_force_date=date.today() + timedelta(days=30))
    plan_id = plan(project, status="in_force", in_force_date=date(2020, 6, 1))
    with project.session_scope() as s:
        assert what_applies_here(s, 150_500, 7_310_500).plan is not None
    # Another program (psql, QGIS) moves the date into the future behind our back.
    from sqlalchemy import update

    from kalixplan.store.models import DetailedPlan

    with project.session_scope() as s:
        s.execute(
            update(DetailedPlan)
            .where(DetailedPlan.id == plan_id)
            .values(in_force_date=date.today() + timedelta(days=365))
        )
    with project.session_scope() as s:
        assert what_applies_here(s, 150_500, 7_310_500).plan is None


def test_old_plan_registered_from_a_table_is_in_force(project: Project) -> None:
    """A municipality's table of old plans has a designation, a laga-kraft date and no stage."""
    with project.session_scope() as s:
        row = create_plan(
            s,
            {
                "designation": "0160-S59",
                "name": "Stadsplan för Strandby",
                "in_force_date": date(1978, 4, 3),
                "geom": box(150_000, 7_310_000, 151_000, 7_311_000),
            },
            registering=True,
        )
    assert row.status == "in_force"
    assert row.municipality_code == "0160"
