"""Extending and renewing a plan's genomförandetid (implementation period).

PBL 4 kap. 24 §: before the period has run out it may be extended (förlängas), after it
has run out renewed (förnyas), each time by at most five years, by a change of the plan.
An extension adds its years to the end in force when it is decided; a renewal starts a
new period on the day its decision gains legal force (laga kraft). The plan's end date
(``implementation_ends``) is the end after every such decision, in the order decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import add_years

KINDS = ("extension", "renewal")
KIND_LABELS: dict[str, tuple[str, str]] = {
    "extension": ("Förlängning", "Extension"),
    "renewal": ("Förnyelse", "Renewal"),
}
MAX_YEARS = 5  # PBL 4 kap. 24 §: högst fem år i sänder


@dataclass(frozen=True)
class PeriodStep:
    """What one decision says, for the computation."""

    kind: str
    years: int
    adopted_date: date
    in_force_date: date | None


def period_end(base_end: date | None, steps: Iterable[PeriodStep]) -> date | None:
    """The end of the implementation period after ``steps``, applied in decision order.

    Raises:
        ValidationError: a step breaks PBL 4 kap. 24 § (the message names the rule).
    """
    end = base_end
    for step in sorted(steps, key=lambda s: s.adopted_date):
        check_step(step, end)
        if step.kind == "extension":
            assert end is not None  # checked above
            end = add_years(end, step.years)
        else:
            assert step.in_force_date is not None  # checked above
            end = add_years(step.in_force_date, step.years)
    return end


def check_step(step: PeriodStep, end: date | None) -> None:
    """One decision against the period in force when it was decided (PBL 4 kap. 24 §)."""
    if step.kind not in KINDS:
        raise ValidationError(
            "kind",
            f"'{step.kind}' is neither an extension nor a renewal of the period.",
            sv=f"'{step.kind}' är varken en förlängning eller en förnyelse av genomförandetiden.",
        )
    if not 1 <= step.years <= MAX_YEARS:
        raise ValidationError(
            "years",
            f"The implementation period is extended or renewed by at most {MAX_YEARS} years "
            f"at a time (PBL 4 kap. 24 §), not {step.years}.",
            sv=f"Genomförandetiden förlängs eller förnyas med högst {MAX_YEARS} år i sänder "
            f"(PBL 4 kap. 24 §), inte {step.years}.",
        )
    if end is None:
        raise ValidationError(
            "kind",
            "The plan has no implementation period to extend or renew; give its length and "
            "its laga-kraft date first (PBL 4 kap. 21 §).",
            sv="Planen har ingen genomförandetid att förlänga eller förnya; ange först dess "
            "längd och dess datum för laga kraft (PBL 4 kap. 21 §).",
        )
    if step.in_force_date is not None and step.in_force_date < step.adopted_date:
        raise ValidationError(
            "in_force_date",
            "A decision gains legal force on or after the day it is adopted.",
            sv="Ett beslut vinner laga kraft samma dag som det antas eller senare.",
        )
    if step.kind == "extension" and step.adopted_date > end:
        raise ValidationError(
            "kind",
            f"The period ended {end.isoformat()}; after it has run out it can only be renewed "
            "(förnyas), not extended (PBL 4 kap. 24 §).",
            sv=f"Genomförandetiden gick ut {end.isoformat()}; när den har gått ut kan den bara "
            "förnyas, inte förlängas (PBL 4 kap. 24 §).",
        )
    if step.kind == "renewal":
        if step.adopted_date <= end:
            raise ValidationError(
                "kind",
                f"The period runs until {end.isoformat()}; before it has run out it is "
                "extended (förlängs), not renewed (PBL 4 kap. 24 §).",
                sv=f"Genomförandetiden löper till {end.isoformat()}; innan den har gått ut "
                "förlängs den, den förnyas inte (PBL 4 kap. 24 §).",
            )
        if step.in_force_date is None:
            raise ValidationError(
                "in_force_date",
                "A renewed period runs from the day the decision gains legal force: give "
                "its laga-kraft date.",
                sv="En förnyad genomförandetid löper från den dag beslutet vinner laga kraft: "
                "ange beslutets datum för laga kraft.",
            )
