"""Extending and renewing genomförandetid (PBL 4 kap. 24 §: by a change of the plan, at
most five years at a time; extended before it has run out, renewed after it), recorded
as decisions of their own with the plan's end date following (issue 13, item 3)."""

from __future__ import annotations

from datetime import date

import pytest

from kalixplan.domain.errors import ValidationError
from kalixplan.domain.periods import PeriodStep, period_end
from kalixplan.services.period_decisions import (
    add_period_decision,
    delete_period_decision,
    period_decisions,
)
from kalixplan.services.plans import create_plan, get_plan, plans_ending_within, update_plan
from kalixplan.store.engine import Project

END = date(2027, 6, 20)  # laga kraft 2017-06-20 + 10 years


@pytest.mark.parametrize(
    ("step", "words"),
    [
        # PBL 4 kap. 24 §: at most five years at a time.
        (PeriodStep("extension", 6, date(2027, 1, 10), date(2027, 2, 10)), "at most 5 years"),
        (PeriodStep("extension", 0, date(2027, 1, 10), None), "at most 5 years"),
        # Before the period has run out it is extended, not renewed...
        (PeriodStep("renewal", 5, date(2027, 1, 10), date(2027, 2, 10)), "extended"),
        # ...after it has run out it is renewed, not extended.
        (PeriodStep("extension", 5, date(2028, 1, 10), date(2028, 2, 10)), "renewed"),
        # A renewed period runs from laga kraft, which must be known.
        (PeriodStep("renewal", 5, date(2028, 1, 10), None), "laga-kraft date"),
        # Legal force comes on or after adoption (PBL 13 kap. 16 §).
        (PeriodStep("extension", 5, date(2027, 1, 10), date(2026, 12, 1)), "on or after"),
    ],
)
def test_decisions_that_break_pbl_4_kap_24_are_refused(step: PeriodStep, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        period_end(END, [step])


def test_an_extension_adds_its_years_and_a_renewal_starts_from_laga_kraft() -> None:
    extended = period_end(END, [PeriodStep("extension", 5, date(2027, 3, 1), date(2027, 4, 1))])
    assert extended == date(2032, 6, 20)
    renewed = period_end(END, [PeriodStep("renewal", 3, date(2028, 5, 2), date(2028, 6, 1))])
    assert renewed == date(2031, 6, 1)
    # No period to extend (an older plan form without genomförandetid).
    with pytest.raises(ValidationError, match="no implementation period"):
        period_end(None, [PeriodStep("extension", 5, date(2027, 3, 1), None)])


def test_the_plans_end_follows_its_decisions_on_both_engines(project: Project) -> None:
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P2017:3",
                "name": "Grytnäs industriområde",
                "status": "in_force",
                "adopted_date": date(2017, 5, 22),
                "in_force_date": date(2017, 6, 20),
                "implementation_years": 10,
            },
            registering=True,
        )
    assert plan.implementation_ends == END
    with project.session_scope() as s:
        after = add_period_decision(
            s,
            plan.id,
            {
                "kind": "extension",
                "years": 5,
                "adopted_date": date(2027, 3, 1),
                "in_force_date": date(2027, 4, 1),
                "diarienummer": "KS 2027/12",
            },
        )
    assert after.implementation_ends == date(2032, 6, 20) and after.version == plan.version + 1
    with project.read_scope() as s:
        # The alerts see the extended end (ending within 12 months of 2032-01-01).
        assert [p.id for p in plans_ending_within(s, 12, today=date(2032, 1, 1))] == [plan.id]
        assert plans_ending_within(s, 12, today=date(2026, 12, 1)) == []
        [decision] = period_decisions(s, plan.id)
    # Changing the plan's own length keeps the extension on top (10 → 12 years, +5).
    with project.session_scope() as s:
        changed = update_plan(s, plan.id, after.version, {"implementation_years": 12})
    assert changed.implementation_ends == date(2034, 6, 20)
    with project.session_scope() as s:
        back = delete_period_decision(s, decision.id, decision.version)
    assert back.implementation_ends == date(2029, 6, 20)
    with project.read_scope() as s:
        assert get_plan(s, plan.id).implementation_ends == date(2029, 6, 20)
        assert period_decisions(s, plan.id) == []


def test_undoing_a_plans_delete_brings_its_decisions_back(project: Project) -> None:
    from kalixplan.services.restoring import delete_plan_saving, recreate_plan

    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "P1",
                "name": "Hamnen",
                "status": "in_force",
                "adopted_date": date(2017, 5, 22),
                "in_force_date": date(2017, 6, 20),
                "implementation_years": 10,
            },
            registering=True,
        )
    with project.session_scope() as s:
        plan = add_period_decision(
            s, plan.id, {"kind": "extension", "years": 2, "adopted_date": date(2027, 1, 5)}
        )
    with project.session_scope() as s:
        removed = delete_plan_saving(s, plan.id, plan.version)
    fields = {k: getattr(plan, k) for k in ("designation", "name", "status", "adopted_date",
                                            "in_force_date", "implementation_years")}  # fmt: skip
    with project.session_scope() as s:
        restored = recreate_plan(s, fields, removed)
    with project.read_scope() as s:
        [decision] = period_decisions(s, restored.row.id)
        assert decision.years == 2
        # The end follows the decision brought back (2027-06-20 + 2 years).
        assert get_plan(s, restored.row.id).implementation_ends == date(2029, 6, 20)


def test_decisions_go_out_and_come_back_through_ns_detaljplan(
    project: Project, tmp_path: object
) -> None:
    """Each extension or renewal is a decision of its own in the delivery (beslutstyp
    "antagande om ändring", its years and the day the new period starts), and comes back."""
    import json
    from pathlib import Path

    from shapely.geometry import box

    from kalixplan.services.ns_detaljplan import spec
    from kalixplan.services.ns_detaljplan.reader import import_ns
    from kalixplan.services.ns_detaljplan.writer import export_plans
    from kalixplan.services.plans import find_plan
    from kalixplan.store.engine import create_project

    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P2017:3",
                "name": "Grytnäs industriområde",
                "status": "in_force",
                "adopted_date": date(2017, 5, 22),
                "in_force_date": date(2017, 6, 20),
                "implementation_years": 10,
                "geom": box(150_000, 7_310_000, 150_400, 7_310_300),
            },
            registering=True,
        )
        add_period_decision(
            s, plan.id, {"kind": "extension", "years": 5, "adopted_date": date(2027, 3, 1),
                         "in_force_date": date(2027, 4, 1)},
        )  # fmt: skip
        add_period_decision(
            s, plan.id, {"kind": "renewal", "years": 3, "adopted_date": date(2033, 1, 10),
                         "in_force_date": date(2033, 2, 14)},
        )  # fmt: skip
    out = Path(str(tmp_path)) / "planer.json"
    export_plans(project, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert spec.schema_problems(document) == []
    [props] = [
        f["properties"]
        for f in document["features"]
        if f["properties"]["feature:typ"] == "detaljplan"
    ]
    first, extension, renewal = props["beslutsinformation"]
    assert first["genomforandetid"] == 10
    assert (
        extension["beslutstyp"],
        extension["genomforandetid"],
        extension["genomforandetidStartar"],
    ) == ("antagande om ändring", 5, "2027-06-20")
    assert (renewal["genomforandetid"], renewal["genomforandetidStartar"]) == (3, "2033-02-14")
    target = create_project(str(Path(str(tmp_path)) / "t.gpkg"), 3006)
    try:
        import_ns(target, out)
        with target.read_scope() as s:
            back = find_plan(s, "2514-P2017:3")
            kinds = [(d.kind, d.years) for d in period_decisions(s, back.id)]
    finally:
        target.close()
    assert kinds == [("extension", 5), ("renewal", 3)]
    assert back.implementation_ends == date(2036, 2, 14)
