"""The map page: folium builds the HTML, with local Leaflet and our own script.

folium's default assets point at CDNs (jQuery, Bootstrap, Font Awesome, ...);
the map uses none of them, so the page carries only Leaflet (from the
``xstatic-leaflet`` package, the version folium pins) and ``kalixmap.js/.css``
from ``resources/web``. The only http(s) address a page may load is the
configured tile service.

Two forms:

* :func:`write_map_page` writes ``index.html`` and an ``assets/`` folder for the
  desktop application, which loads it with ``QWebEngineView.load`` (never
  ``setHtml``: Qt turns that into a data URL capped at 2 MB). Only this form
  talks to Python: the widget injects the QWebChannel into an isolated script
  world, and the page sends its clicks there as DOM events (``bridge: true``
  in the page data).
* ``build_map_html(..., inline_assets=True)`` returns one self-contained file
  (scripts, styles and Leaflet's images inlined) for the interactive HTML export.
"""

from __future__ import annotations

import base64
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import folium
import xstatic.pkg.leaflet as xstatic_leaflet
from branca.element import Element, Figure

from kalixplan.domain.errors import ValidationError
from kalixplan.maps.data import MapData, payload_json
from kalixplan.maps.style import page_labels, page_styles

__all__ = [
    "OSM_ATTRIBUTION",
    "OSM_URL",
    "Basemap",
    "MapData",
    "build_map_html",
    "write_map_page",
]

WEB_RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "web"
LEAFLET_DIR = Path(xstatic_leaflet.BASE_DIR)
LEAFLET_VERSION = str(xstatic_leaflet.VERSION)
ASSET_FOLDER = "assets"

OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
BASEMAP_KINDS = ("osm", "xyz", "wms", "none")

# Files the page needs, (source, name under assets/); Leaflet's images are
# referenced by leaflet.css relative to it.
# Our script in five files (helpers, labels, legend, plans and land use, the page),
# in load order.
_OWN_SCRIPTS = (
    "kalixmap-base.js",
    "kalixmap-labels.js",
    "kalixmap-legend.js",
    "kalixmap-plans.js",
    "kalixmap-tiles.js",
    "kalixmap.js",
)
_SCRIPTS = (
    (LEAFLET_DIR / "leaflet.js", "leaflet.js"),
    *((WEB_RESOURCES / name, name) for name in _OWN_SCRIPTS),
)
_STYLES = (
    (LEAFLET_DIR / "leaflet.css", "leaflet.css"),
    (WEB_RESOURCES / "kalixmap.css", "kalixmap.css"),
)
_CSS_URL = re.compile(r"url\((['\"]?)(images/[^'\")]+)\1\)")


@dataclass(frozen=True)
class Basemap:
    """The background map: OpenStreetMap tiles, an XYZ or WMS service, or none.

    ``url`` is the tile template (``{z}/{x}/{y}``) for 'osm' and 'xyz', the
    service address for 'wms'; ``layers`` names the WMS layers; ``attribution``
    is plain text (the page escapes it).
    """

    kind: str = "osm"
    url: str = OSM_URL
    layers: str = ""
    attribution: str = OSM_ATTRIBUTION

    def __post_init__(self) -> None:
        if self.kind not in BASEMAP_KINDS:
            raise ValidationError(
                "basemap",
                f"Basemap kind '{self.kind}' is not one of {', '.join(BASEMAP_KINDS)}.",
                sv=f"Bakgrundskartans typ '{self.kind}' är inte någon av "
                f"{', '.join(BASEMAP_KINDS)}.",
            )
        if self.kind == "none":
            return
        if urlsplit(self.url).scheme not in ("http", "https") or not urlsplit(self.url).netloc:
            raise ValidationError(
                "basemap",
                f"The basemap address '{self.url}' must start with https:// or http://.",
                sv=f"Bakgrundskartans adress '{self.url}' måste börja med https:// eller http://.",
            )
        if self.kind == "wms" and not self.layers.strip():
            raise ValidationError(
                "basemap",
                "A WMS basemap needs the names of its layers.",
                sv="En WMS-bakgrundskarta behöver namnen på sina lager.",
            )
        if self.kind == "xyz" and not {"{x}", "{y}", "{z}"} <= set(re.findall(r"\{.\}", self.url)):
            raise ValidationError(
                "basemap",
                "An XYZ tile address must contain {z}, {x} and {y}.",
                sv="Adressen till XYZ-kartplattorna måste innehålla {z}, {x} och {y}.",
            )

    @classmethod
    def osm(cls) -> Basemap:
        """OpenStreetMap's standard tiles with their attribution."""
        return cls("osm", OSM_URL, "", OSM_ATTRIBUTION)

    @classmethod
    def none(cls) -> Basemap:
        """No background map (works everywhere, loads nothing)."""
        return cls("none", "", "", "")

    @property
    def tile_host(self) -> str | None:
        """The host the tiles come from (the one http(s) host a page may use)."""
        return None if self.kind == "none" else urlsplit(self.url).hostname

    def as_page_data(self) -> dict[str, Any]:
        """What the page needs to draw this basemap."""
        return {
            "kind": self.kind,
            "url": self.url,
            "layers": self.layers,
            "attribution": self.attribution,
        }


class _Raw(Element):  # type: ignore[misc]
    """Text placed in the page as it is (already safe: JSON-escaped or our own assets)."""

    def __init__(self, text: str) -> None:
        super().__init__("{{ this.text }}")
        self.text = text


class _Start(Element):  # type: ignore[misc]
    """Starts kalixmap.js on folium's map once the map object exists."""

    def __init__(self, map_name: str) -> None:
        super().__init__("")
        self.map_name = map_name

    def render(self, **kwargs: Any) -> str:
        figure = self.get_root()
        assert isinstance(figure, Figure)
        figure.script.add_child(
            _Raw(
                f"kalixStart({self.map_name}, JSON.parse("
                f'document.getElementById("kalix-data").textContent));'
            ),
            name="kalix_start",
        )
        return ""


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _inline_css(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.parent == LEAFLET_DIR:
        text = _CSS_URL.sub(lambda m: f'url("{_data_uri(LEAFLET_DIR / m.group(2))}")', text)
    return text


def _script_text(path: Path) -> str:
    # "</script" inside a script would end it early; Leaflet has none, but make sure.
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def build_map_html(data: MapData, *, basemap: Basemap, inline_assets: bool = False) -> str:
    """The HTML of the map page.

    Args:
        data: what to show (from ``map_data``), in EPSG:4326.
        basemap: the background map.
        inline_assets: True for one self-contained file (the HTML export);
            False for a page that expects ``assets/`` next to it
            (:func:`write_map_page` writes both).

    Returns:
        the page as text; no http(s) asset other than ``basemap``'s tiles.
    """
    west, south, east, north = data.bounds
    fmap = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        zoom_start=12,
        tiles=None,
        prefer_canvas=True,
        control_scale=False,
    )
    # Replace folium's CDN assets; instance attributes, so the class lists stay untouched.
    fmap.default_js = []
    fmap.default_css = []
    figure = fmap.get_root()
    assert isinstance(figure, Figure)
    figure.header.add_child(_Raw("<title>KalixPlan</title>"), name="kalix_title")
    for path, name in _STYLES:
        if inline_assets:
            block = f"<style>{_inline_css(path)}</style>"
        else:
            block = f'<link rel="stylesheet" href="{ASSET_FOLDER}/{name}"/>'
        figure.header.add_child(_Raw(block), name=f"css_{name}")
    for path, name in _SCRIPTS:
        if inline_assets:
            block = f"<script>{_script_text(path)}</script>"
        else:
            block = f'<script src="{ASSET_FOLDER}/{name}"></script>'
        figure.header.add_child(_Raw(block), name=f"js_{name}")
    extra = {
        "basemap": basemap.as_page_data(),
        "labels": page_labels(data.lang),
        "styles": page_styles(),
        "bridge": not inline_assets,
    }
    figure.html.add_child(
        _Raw(
            '<script type="application/json" id="kalix-data">'
            + payload_json(data, extra)
            + "</script>"
        ),
        name="kalix_data",
    )
    fmap.add_child(_Start(fmap.get_name()), name="kalix_start")
    return str(figure.render())


def copy_assets(folder: Path) -> Path:
    """Copy the page's scripts, styles and Leaflet's images into ``folder/assets``."""
    target = folder / ASSET_FOLDER
    (target / "images").mkdir(parents=True, exist_ok=True)
    for path, name in (*_SCRIPTS, *_STYLES):
        shutil.copyfile(path, target / name)
    for image in (LEAFLET_DIR / "images").glob("*.png"):
        shutil.copyfile(image, target / "images" / image.name)
    return target


def write_map_page(data: MapData, folder: Path, *, basemap: Basemap) -> Path:
    """Write ``index.html`` and the ``assets/`` it needs into ``folder``.

    Returns:
        the path of ``index.html`` (load it with ``QUrl.fromLocalFile``).
    """
    folder.mkdir(parents=True, exist_ok=True)
    copy_assets(folder)
    page = folder / "index.html"
    # Write then rename, so a view reloading the page never reads half a file.
    partial = folder / "index.html.part"
    partial.write_text(build_map_html(data, basemap=basemap), encoding="utf-8")
    partial.replace(page)
    return page
