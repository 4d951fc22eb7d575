"""Domain rules: organisation numbers, designations, process order, status transitions."""

from __future__ import annotations

from datetime import date

import pytest

from kalixplan.domain.codes import ParcelStatus, PlanStatus
from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import (
    add_years,
    check_land_use,
    check_parcel_transition,
    check_plan_dates,
    check_plan_designation,
    check_plan_transition,
    luhn_check_digit,
    normalise_designation,
    normalise_org_number,
)


def test_luhn_check_digit_of_known_numbers() -> None:
    # 556036-0793 and 202100-5489 are published organisation numbers with valid digits.
    assert luhn_check_digit("556036079") == 3
    assert luhn_check_digit("202100548") == 9


@pytest.mark.parametrize("raw", ["5560360793", "556036-0793", " 556036-0793 "])
def test_org_number_is_normalised(raw: str) -> None:
    assert normalise_org_number(raw) == "556036-0793"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("556036-0794", "check digit"),
        ("55603-60793", "ten digits"),
        ("abc", "ten digits"),
        ("551036-0794", "legal entity"),
    ],
)
def test_bad_org_numbers_say_why(raw: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as err:
        normalise_org_number(raw)
    assert err.value.field == "org_number"


def test_designation_needs_block_and_unit() -> None:
    assert normalise_designation("Kalix  Näsbyn 1:23") == "Kalix Näsbyn 1:23"
    assert normalise_designation("Kalix 9:70") == "Kalix 9:70"
    # Town designations within a kvarter have no block number (issue 13, item 6).
    assert normalise_designation("Kalix  Hägern 3") == "Kalix Hägern 3"
    for bad in ("Kalix Näsbyn", "1:23", "Kalix 1-23", ""):
        with pytest.raises(ValidationError):
            normalise_designation(bad)


def test_plan_designation_and_land_use() -> None:
    assert check_plan_designation("2514-p123") == "2514-P123"
    # NS Detaljplan 4.1's beteckning is free text: real archive designations differ.
    for real in ("BN16/1724", "1290-P2017/5", "0160-S59", "DP 2026:1", "P123"):
        assert check_plan_designation(f"  {real} ") == real
    for wrong in ("", "   ", "2514-P1\x0723", "x" * 61):
        with pytest.raises(ValidationError):
            check_plan_designation(wrong)
    # A municipality that keeps one format sets it for its project.
    assert check_plan_designation("2514-P7", r"\d{4}-P\d+") == "2514-P7"
    with pytest.raises(ValidationError, match="project's format"):
        check_plan_designation("DP 2026:1", r"\d{4}-P\d+")
    assert check_land_use("j") == "J"
    assert check_land_use("gata") == "GATA"
    with pytest.raises(ValidationError, match="Boverket"):
        check_land_use("X")


def test_process_dates_must_follow_pbl_order() -> None:
    check_plan_dates({"started_date": date(2020, 1, 1), "adopted_date": date(2021, 1, 1)})
    with pytest.raises(ValidationError) as err:
        check_plan_dates({"review_date": date(2021, 5, 1), "consultation_date": date(2021, 6, 1)})
    assert err.value.field == "review_date"


def test_status_transitions() -> None:
    check_parcel_transition(ParcelStatus.AVAILABLE, ParcelStatus.RESERVED)
    check_parcel_transition(ParcelStatus.RESERVED, ParcelStatus.SOLD)
    with pytest.raises(ValidationError, match="cannot go from 'sold' to 'available'"):
        check_parcel_transition(ParcelStatus.SOLD, ParcelStatus.AVAILABLE)
    check_plan_transition(PlanStatus.ADOPTED, PlanStatus.IN_FORCE)
    with pytest.raises(ValidationError):
        check_plan_transition(PlanStatus.STARTED, PlanStatus.IN_FORCE)
    with pytest.raises(ValidationError, match="none"):
        check_plan_transition(PlanStatus.REVOKED, PlanStatus.IN_FORCE)


def test_add_years_handles_leap_day() -> None:
    assert add_years(date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert add_years(date(2021, 6, 1), 10) == date(2031, 6, 1)
