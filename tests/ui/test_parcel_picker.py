"""Choosing one parcel among a county's: the actors' "add interest" and reverse-match combos."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.actors.parcel_picker import ParcelPicker

pytestmark = pytest.mark.ui

COUNTY = [(i + 1, f"Kalix Synt {i // 50 + 1}:{i % 50 + 1}") for i in range(100_000)]


def test_a_county_of_parcels_is_offered_and_the_choice_read_back(qtbot: Any) -> None:
    picker = ParcelPicker()
    qtbot.addWidget(picker)
    picker.set_parcels(COUNTY)
    assert picker.count() == 100_000
    assert picker.parcel_id() == 1  # the first is chosen
    assert picker.choose(54_321)
    assert picker.currentText() == "Kalix Synt 1087:21"
    assert picker.parcel_id() == 54_321
    assert not picker.choose(999_999)
    assert picker.parcel_id() == 54_321


def test_typing_any_part_of_a_designation_offers_the_parcels_containing_it(qtbot: Any) -> None:
    picker = ParcelPicker()
    qtbot.addWidget(picker)
    picker.set_parcels(COUNTY)
    picker.show()
    qtbot.waitExposed(picker)
    picker.lineEdit().clear()
    QTest.keyClicks(picker.lineEdit(), "synt 1087:2")
    completer = picker.completer()
    offered = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert offered and all("synt 1087:2" in o.lower() for o in offered)
    assert "Kalix Synt 1087:21" in offered
    # Typed text that names no parcel chooses nothing ("add interest" then does nothing).
    assert picker.parcel_id() is None
    QTest.keyClicks(picker.lineEdit(), "1")
    popup = completer.popup()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the first offered: Kalix Synt 1087:21
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentText() == "Kalix Synt 1087:21"
    assert picker.parcel_id() == 54_321


def test_the_chosen_parcel_stays_chosen_when_the_list_is_read_again(qtbot: Any) -> None:
    picker = ParcelPicker()
    qtbot.addWidget(picker)
    picker.set_parcels(COUNTY[:100])
    picker.choose(42)
    picker.set_parcels([(7, "Kalix Ny 1:1"), *COUNTY[:100]])
    assert picker.parcel_id() == 42
    picker.set_parcels(COUNTY[50:100])  # 42 is gone: the first is chosen
    assert picker.parcel_id() == 51
    picker.set_parcels([])
    assert picker.parcel_id() is None
