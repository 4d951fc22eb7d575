"""Presentation mode with real keys and the real QtWebEngine map: tours, keys, what shows,
languages, leaving the window as it was, and screenshots at projector sizes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget
from ui_pages import map_js

from kalixplan.services.actors import list_actors
from kalixplan.services.parcels import ParcelFilter
from kalixplan.services.presentation import TourChoice, build_tour, presentation_areas
from ui.main_window import MainWindow
from ui.presentation.mode import PresentationMode
from ui.presentation.setup_dialog import PresentationSetupDialog

SHOTS = Path("/tmp/shots")
OWNERS = ("Kalix Industrihotell AB", "Kalix kommun")
NOTE = "Exempeldata: påhittad"
VIEW = "[kalix.map.getCenter().lat, kalix.map.getCenter().lng, kalix.map.getZoom()]"

Setup = Callable[[PresentationSetupDialog], None]


def _enter(qtbot: Any, window: MainWindow, setup: Setup | None = None) -> PresentationMode:
    """F11 on the window, the tour chosen in the dialog, Return: the presentation is on."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_F11)
    mode = window.presentation
    qtbot.waitUntil(lambda: mode.setup is not None and mode.setup.isVisible())
    assert mode.setup is not None
    if setup is not None:
        setup(mode.setup)
    with qtbot.waitSignal(mode.entered, timeout=30_000):
        QTest.keyClick(mode.setup, Qt.Key.Key_Return)
    return mode


def _key(qtbot: Any, mode: PresentationMode, key: Qt.Key, step: int) -> None:
    assert mode.view is not None
    QTest.keyClick(mode.view, key)
    assert mode.step == step
    assert mode.view.step_label.text().startswith(f"{step + 1} / ")


def _selected(qtbot: Any, window: MainWindow) -> list[int]:
    return sorted(int(i) for i in map_js(qtbot, window.map, "kalix.selected()"))


def _screen_texts(qtbot: Any, mode: PresentationMode) -> str:
    """Every text of the presentation's labels and the map's hover tooltip of the site."""
    assert mode.view is not None and mode.tour is not None
    texts = list(mode.view.visible_texts())
    ids = mode.tour.ids if mode.step == 0 else (mode.tour.ids[mode.step - 1],)
    for parcel_id in ids:
        texts.append(str(map_js(qtbot, mode.window.map, f"kalix.tooltipText({parcel_id})")))
    return "\n".join(texts)


def _pick_areas(names: tuple[str, ...]) -> Setup:
    def setup(dialog: PresentationSetupDialog) -> None:
        items = dialog.area_list
        # Tick only ``names`` and put them first, in that order (as dragging would).
        for position, name in enumerate(names):
            row = next(
                i
                for i in range(items.count())
                if items.item(i).data(Qt.ItemDataRole.UserRole) == name
            )
            items.insertItem(position, items.takeItem(row))
        for i in range(items.count()):
            ticked = items.item(i).data(Qt.ItemDataRole.UserRole) in names
            items.item(i).setCheckState(
                Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            )

    return setup


def _pick_actor(name: str, prices: bool = False) -> Setup:
    def setup(dialog: PresentationSetupDialog) -> None:
        QTest.mouseClick(dialog.by_actor, Qt.MouseButton.LeftButton)
        dialog.actor_box.setCurrentIndex(dialog.actor_box.findText(name))
        if prices:
            QTest.keyClick(dialog.prices, Qt.Key.Key_Space)
        assert dialog.prices.isChecked() is prices

    return setup


def test_areas_tour_keys_and_leaving_restores_the_window(qtbot: Any, window: MainWindow) -> None:
    # The window as a planner left it: a filter, a selected parcel, a dock closed, a view.
    window.parcels.apply_filter(ParcelFilter(statuses=frozenset({"available", "reserved", "sold"})))
    chosen_id = window.parcels.shown_ids()[3]
    window.parcels.map_clicked(chosen_id)
    window.dock_plans.close()
    map_js(qtbot, window.map, "kalix.map.setView([65.85, 23.15], 13, {animate: false}) && 0")
    before = {
        "geometry": window.saveGeometry(),
        "state": window.saveState(),
        "docks": {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)},
        "selected": window.parcels.register.selected_ids(),
        "form": window.parcels.form.row.id if window.parcels.form.row else None,
        "shown": window.parcels.shown_ids(),
        "flt": window.parcels.flt,
        "page_selected": _selected(qtbot, window),
        "visible": map_js(qtbot, window.map, "kalix.visibleCount()"),
        "view": map_js(qtbot, window.map, VIEW),
    }
    assert before["page_selected"] == [chosen_id]

    areas = ("Töre industriområde", "Lägret industriområde")
    mode = _enter(qtbot, window, _pick_areas(areas))
    assert mode.view is not None and mode.view.isFullScreen()
    assert window.map.window() is mode.view  # the window's own map, lent
    with window.workspace.project.read_scope() as session:  # type: ignore[union-attr]
        expected = build_tour(session, TourChoice(areas=areas), "sv")
        counts = dict(presentation_areas(session))
    assert mode.tour is not None and mode.tour.ids == expected.ids
    assert [s.area_name for s in mode.tour.sites] == [areas[0]] * counts[areas[0]] + [
        areas[1]
    ] * counts[areas[1]]
    ids = mode.tour.ids
    last = len(ids)
    # The overview: every site of the tour, and nothing else, on the map.
    assert map_js(qtbot, window.map, "kalix.visibleCount()") == len(ids)
    assert _selected(qtbot, window) == sorted(ids)

    _key(qtbot, mode, Qt.Key.Key_PageDown, 1)
    assert _selected(qtbot, window) == [ids[0]]
    assert mode.view.title.text() == mode.tour.sites[0].designation
    _key(qtbot, mode, Qt.Key.Key_PageDown, 2)
    assert _selected(qtbot, window) == [ids[1]]
    _key(qtbot, mode, Qt.Key.Key_PageUp, 1)
    _key(qtbot, mode, Qt.Key.Key_End, last)
    assert _selected(qtbot, window) == [ids[-1]]
    _key(qtbot, mode, Qt.Key.Key_PageDown, last)  # stays on the last site
    _key(qtbot, mode, Qt.Key.Key_Home, 0)
    _key(qtbot, mode, Qt.Key.Key_PageUp, 0)
    _key(qtbot, mode, Qt.Key.Key_Space, 1)
    _key(qtbot, mode, Qt.Key.Key_Right, 2)
    _key(qtbot, mode, Qt.Key.Key_Down, 3)
    _key(qtbot, mode, Qt.Key.Key_Left, 2)
    _key(qtbot, mode, Qt.Key.Key_Up, 1)
    # The page takes the focus when clicked: the clicker's keys still step.
    focus = window.map.view.focusProxy() or window.map.view
    QTest.keyClick(focus, Qt.Key.Key_PageDown)
    assert mode.step == 2
    # A click on a site of the tour shows it; the window's register does not follow.
    window.map.parcelClicked.emit(ids[0])
    assert mode.step == 1
    assert window.parcels.register.selected_ids() == before["selected"]

    with qtbot.waitSignal(mode.left, timeout=30_000):
        QTest.keyClick(mode.view, Qt.Key.Key_Escape)
    assert mode.view is None and not mode.active
    assert window.map.window() is window
    assert window.saveGeometry() == before["geometry"]
    assert window.saveState() == before["state"]
    assert {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)} == before[
        "docks"
    ]
    assert window.parcels.register.selected_ids() == before["selected"]
    assert (window.parcels.form.row.id if window.parcels.form.row else None) == before["form"]
    assert window.parcels.flt == before["flt"]
    assert window.parcels.shown_ids() == before["shown"]
    assert _selected(qtbot, window) == before["page_selected"]
    assert map_js(qtbot, window.map, "kalix.visibleCount()") == before["visible"]
    lat, lng, zoom = map_js(qtbot, window.map, VIEW)
    assert zoom == before["view"][2]
    assert lat == pytest.approx(before["view"][0], abs=1e-9)
    assert lng == pytest.approx(before["view"][1], abs=1e-9)
    # The parcels' own facts are back on the map, and clicks select rows again.
    assert "Kalix" in str(map_js(qtbot, window.map, f"kalix.tooltipText({chosen_id})"))
    window.map.parcelClicked.emit(before["shown"][0])
    assert window.parcels.register.selected_ids() == [before["shown"][0]]


def test_actor_tour_shows_no_internal_field(qtbot: Any, window: MainWindow) -> None:
    mode = _enter(qtbot, window, _pick_actor("Polar Datahall AB"))
    with window.workspace.project.read_scope() as session:  # type: ignore[union-attr]
        actor = next(a for a in list_actors(session) if a.name == "Polar Datahall AB")
        expected = build_tour(session, TourChoice(actor_id=actor.id), "sv")
    assert mode.tour is not None and mode.tour.ids == expected.ids
    assert map_js(qtbot, window.map, "kalix.visibleCount()") == len(expected.ids)
    for step in range(mode.tour.steps):
        if step:
            _key(qtbot, mode, Qt.Key.Key_PageDown, step)
        shown = _screen_texts(qtbot, mode)
        for internal in (*OWNERS, NOTE, "kr/m²"):
            assert internal not in shown, (step, internal)
        assert "Polar Datahall" not in shown  # the visitor's own name is the presenter's to say
    # Swedish words from the core's vocabulary.
    assert "Vad planen tillåter" in shown and "Järnväg" in shown and "Mot behovet" in shown
    with qtbot.waitSignal(mode.left, timeout=30_000):
        QTest.keyClick(mode.view, Qt.Key.Key_F11)


def test_prices_only_when_chosen(qtbot: Any, window: MainWindow) -> None:
    mode = _enter(qtbot, window, _pick_actor("Polar Datahall AB", prices=True))
    _key(qtbot, mode, Qt.Key.Key_PageDown, 1)
    shown = _screen_texts(qtbot, mode)
    assert "kr/m²" in shown  # on the card and in the map's tooltip
    assert "Pris per m²" in shown
    for internal in (*OWNERS, NOTE):
        assert internal not in shown
    with qtbot.waitSignal(mode.left, timeout=30_000):
        QTest.keyClick(mode.view, Qt.Key.Key_Escape)


def test_english_and_a_language_switch_redo_the_texts(qtbot: Any, window: MainWindow) -> None:
    window.set_language("en")
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=30_000)
    mode = _enter(qtbot, window)
    assert mode.tour is not None and mode.tour.lang == "en"
    assert mode.tour.title == "Available industrial land"
    _key(qtbot, mode, Qt.Key.Key_PageDown, 1)
    shown = _screen_texts(qtbot, mode)
    assert "What the plan allows" in shown and "Railway" in shown
    assert "Vad planen tillåter" not in shown
    ids = mode.tour.ids
    # L switches the application's language; the card, the map and the tour follow.
    with qtbot.waitSignal(window.map.mapReady, timeout=30_000):
        QTest.keyClick(mode.view, Qt.Key.Key_L)
    assert mode.tour.lang == "sv" and mode.step == 1
    qtbot.waitUntil(lambda: map_js(qtbot, window.map, "kalix.visibleCount()") == len(ids))
    assert _selected(qtbot, window) == [ids[0]]
    shown = _screen_texts(qtbot, mode)
    assert "Vad planen tillåter" in shown and "Järnväg" in shown
    assert "What the plan allows" not in shown
    for internal in (*OWNERS, NOTE, "kr/m²"):
        assert internal not in shown
    with qtbot.waitSignal(mode.left, timeout=30_000):
        QTest.keyClick(mode.view, Qt.Key.Key_Escape)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_screenshots_at_projector_sizes(qtbot: Any, window: MainWindow, lang: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    if lang == "en":
        window.set_language("en")
        qtbot.waitUntil(lambda: window.map.is_ready, timeout=30_000)
    mode = _enter(qtbot, window, _pick_actor("Polar Datahall AB", prices=True))
    view = mode.view
    assert view is not None
    view.showNormal()
    for width, height in ((1366, 768), (1920, 1080)):
        view.resize(width, height)
        qtbot.waitUntil(lambda w=width: view.width() == w)
        factor = window.map.view.zoomFactor()
        qtbot.waitUntil(
            lambda f=factor: (
                abs(map_js(qtbot, window.map, "window.innerHeight") - view.height() / f) <= 1
            )
        )
        for step in (0, 1):
            mode.go(step)
            qtbot.waitUntil(lambda s=step: _selected(qtbot, window) != [] and mode.step == s)
            qtbot.wait(300)  # the canvas draws the zoomed map on the next frames
            # Nothing is cut off: the card's content fits its half of the window.
            column = view.column
            assert column.totalHeightForWidth(view.card.width()) <= view.height()
            assert view.card.width() <= width // 2 + 1
            assert view._unit >= 14
            view.grab().save(str(SHOTS / f"presentation_{lang}_{width}x{height}_{step}.png"))
    with qtbot.waitSignal(mode.left, timeout=30_000):
        QTest.keyClick(view, Qt.Key.Key_Escape)
