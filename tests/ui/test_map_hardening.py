"""A hostile script on the map page achieves nothing: the bridge, its arguments, files, network.

Issue "Never lose the user's work or secrets", part 6: "the web channel exposes one
small object with only the page's slots, validates every argument (ranges, types),
and the page's settings forbid file:// reads and network beyond the configured
tile hosts"; shown by "a page script calling deleteLater, sending out-of-range
coordinates or reading file:///etc/hostname achieves nothing". The real QtWebEngine;
the hostile script runs in the page's own (main) world, where a user's text would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QCoreApplication, QEvent
from ui_pages import flush, open_map
from ui_pages import map_js as js

from kalixplan.maps.page import Basemap
from kalixplan.services.parcels import search_parcels
from kalixplan.store.engine import Project
from ui.map.bridge import page_coordinate, page_id
from ui.map.widget import MapWidget

pytestmark = pytest.mark.ui


def send(qtbot: Any, widget: MapWidget, call: str, args: str) -> None:
    """What a page script can do at most: dispatch the bridge's DOM event itself."""
    widget.evaluate(
        "document.dispatchEvent(new CustomEvent('kalix-bridge-call', "
        f"{{detail: {{call: {call!r}, args: {args}}}}})); 0",
        lambda _r: None,
    )
    flush(qtbot, widget)
    qtbot.wait(200)  # a forwarded call reaches Python through the channel's own messages


def a_parcel(project: Project) -> int:
    with project.read_scope() as session:
        return search_parcels(session)[0].id


def test_the_page_cannot_reach_the_channel(qtbot: Any, demo_map: MapWidget) -> None:
    # The channel lives in an isolated world: the page sees neither qt nor the bridge.
    assert js(qtbot, demo_map, "typeof window.qt") == "undefined"
    assert js(qtbot, demo_map, "typeof window.QWebChannel") == "undefined"
    assert js(qtbot, demo_map, "typeof kalixBridge") == "undefined"


def test_delete_later_destroyed_and_object_name_achieve_nothing(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    for call in ("deleteLater", "destroyed", "objectName", "setObjectName"):
        send(qtbot, demo_map, call, "[]")
    # Even a deleteLater() that got through would be ignored by the bridge itself.
    demo_map._bridge.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    parcel = a_parcel(demo_project)
    with qtbot.waitSignal(demo_map.parcelClicked, timeout=10_000) as blocker:
        demo_map.evaluate(f"kalix.parcels[{parcel}].fire('click')", lambda _r: None)
    assert blocker.args == [parcel]  # clicks still reach Python


def test_out_of_range_and_wrongly_typed_arguments_are_dropped(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    points: list[Any] = []
    parcels: list[Any] = []
    demo_map.pointClicked.connect(lambda *a: points.append(a))
    demo_map.parcelClicked.connect(lambda *a: parcels.append(a))
    before = demo_map._bridge.refused
    send(qtbot, demo_map, "pointClicked", "[65.85, 1e308]")  # finite in JS, off the globe
    send(qtbot, demo_map, "pointClicked", "[95.0, 23.0]")
    send(qtbot, demo_map, "pointClicked", "[65.85, Infinity]")
    send(qtbot, demo_map, "parcelClicked", "['12']")  # a string id
    send(qtbot, demo_map, "parcelClicked", "[1.5]")
    send(qtbot, demo_map, "parcelClicked", "[-4]")
    send(qtbot, demo_map, "parcelClicked", "[1, 2]")
    assert points == [] and parcels == []
    assert demo_map._bridge.refused - before >= 4  # the rest never left the page's world
    # A proper call through the same event still works: the check is not a wall.
    parcel = a_parcel(demo_project)
    with qtbot.waitSignal(demo_map.parcelClicked, timeout=10_000) as blocker:
        send(qtbot, demo_map, "parcelClicked", f"[{parcel}]")
    assert blocker.args == [parcel]


def test_the_page_reads_no_file_and_calls_no_server(
    qtbot: Any, demo_map: MapWidget, tmp_path: Path
) -> None:
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    secret = tmp_path / "secret.txt"
    secret.write_text("hemligt-innehåll", "utf-8")
    read = (
        "(function (url) { try { var x = new XMLHttpRequest(); x.open('GET', url, false); "
        "x.send(); return 'read:' + x.responseText; } catch (e) { return 'blocked'; } })"
    )
    for url in ("file:///etc/hostname", secret.as_uri(), "https://example.com/"):
        got = js(qtbot, demo_map, f"{read}({url!r})")
        assert got == "blocked" or got == "read:", (url, got)
        assert "hemligt" not in got and (not hostname or hostname not in got)
    guard = demo_map._page.guard
    assert any("example.com" in b for b in guard.blocked)
    assert any("secret.txt" in b for b in guard.blocked)


def test_only_the_basemap_hosts_images(qtbot: Any, demo_project: Project) -> None:
    widget = open_map(qtbot, demo_project, basemap=Basemap.osm())
    guard = widget._page.guard
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo as Info

    image, script = Info.ResourceType.ResourceTypeImage, Info.ResourceType.ResourceTypeScript
    tile = QUrl("https://tile.openstreetmap.org/12/2300/1000.png")
    assert guard.allowed(tile, image)
    assert not guard.allowed(tile, script)  # a tile host is no script source
    assert not guard.allowed(QUrl("https://evil.example/x.png"), image)
    assert not guard.allowed(QUrl("ftp://tile.openstreetmap.org/x"), image)


def test_argument_checks() -> None:
    assert page_id(7) == 7 and page_id(7.0) == 7
    assert page_id(True) is None and page_id("7") is None and page_id(0) is None
    assert page_id(2**63) is None and page_id(float("nan")) is None
    assert page_coordinate(65.85, 90) == 65.85
    assert page_coordinate(1e308, 180) is None and page_coordinate(float("inf"), 90) is None
    assert page_coordinate(-90.0001, 90) is None and page_coordinate(None, 90) is None
