"""The interactive HTML export: one file, no outside assets, user text escaped, loads offline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from kalixplan.maps.page import Basemap
from kalixplan.services.parcels import find_parcel, update_parcel
from kalixplan.store.engine import open_project
from ui.printing.html_export import export_interactive_html

pytestmark = pytest.mark.ui
EVIL = "<img src=x onerror=\"document.title='pwned'\">"


def test_html_export_is_self_contained_and_escaped(demo_path: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as s:
            parcel = find_parcel(s, "Kalix Lägret 3:44")
            update_parcel(s, parcel.id, parcel.version, {"notes": EVIL})
        folder = tmp_path / "web"
        folder.mkdir()
        out = export_interactive_html(project, folder / "karta.html", Basemap.osm(), "en")
    finally:
        project.close()
    html = out.read_text(encoding="utf-8")
    assert list(folder.iterdir()) == [out]  # one file, no assets folder
    assets = re.findall(r"""<(?:script|link|img)\b[^>]*(?:src|href)\s*=\s*["']https?://""", html)
    assert assets == []  # scripts, styles and images are inlined
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in html
    assert EVIL not in html  # the note travels as escaped JSON data

    # Watch every request the page makes: only tiles may go to the internet.
    requested: list[str] = []

    class Recorder(QWebEngineUrlRequestInterceptor):
        def interceptRequest(self, info) -> None:  # type: ignore[no-untyped-def]
            requested.append(info.requestUrl().toString())

    profile = QWebEngineProfile()
    recorder = Recorder()
    profile.setUrlRequestInterceptor(recorder)
    view = QWebEngineView()
    qtbot.addWidget(view)
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    with qtbot.waitSignal(view.loadFinished, timeout=30_000) as loaded:
        view.load(QUrl.fromLocalFile(str(out)))
    assert loaded.args == [True]
    with qtbot.waitCallback(timeout=10_000) as leaflet:
        view.page().runJavaScript("typeof L + '|' + document.title", 0, leaflet)
    kind, title = leaflet.args[0].split("|", 1)
    assert kind == "object"  # Leaflet came from inside the file, without internet
    assert title != "pwned"
    assert any(u.startswith("file://") for u in requested)  # the recorder saw the page
    online = [u for u in requested if u.startswith(("http://", "https://"))]
    assert all(u.startswith("https://tile.openstreetmap.org/") for u in online), online
    view.setPage(None)  # the page goes before its profile
