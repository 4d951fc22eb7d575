"""The published site in Debian's real Chromium, headless, driven by Playwright.

Nothing is downloaded: Playwright starts the system browser (``/usr/bin/chromium``).
The site is the demo's, published by the real command (PDFs included), with hostile
text in one parcel. Every page must load without a console error or a request
outside the site folder, the map must draw the parcels, the links and the language
switch must lead somewhere real, and no payload may run. Screenshots of the overview
and a parcel page go to /tmp/shots/.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run_cli

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path("/tmp/shots")

if not CHROMIUM.exists():
    if os.environ.get("KALIXPLAN_REQUIRE_CHROMIUM"):
        raise RuntimeError(
            "KALIXPLAN_REQUIRE_CHROMIUM is set but /usr/bin/chromium is missing "
            "(apt-get install chromium)"
        )
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium); "
        "set KALIXPLAN_REQUIRE_CHROMIUM to make this a failure",
        allow_module_level=True,
    )
try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:
    if os.environ.get("KALIXPLAN_REQUIRE_CHROMIUM"):
        raise
    pytest.skip("playwright is not installed (pip install playwright)", allow_module_level=True)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with hostile text in one parcel, published by the real command."""
    from kalixplan.store.engine import open_project
    from tests.web import payloads

    folder = tmp_path_factory.mktemp("web")
    db = folder / "demo.gpkg"
    done = run_cli("init", "--db", str(db), "--demo")
    assert done.returncode == 0, done.stderr
    project = open_project(str(db))
    try:
        payloads.make_hostile(project)
    finally:
        project.close()
    out = folder / "site"
    done = run_cli("publish", "--db", str(db), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


class Watched:
    """A page with its console errors, failed requests, outside requests and dialogs."""

    def __init__(self, browser: Browser, site: Path) -> None:
        self.root = site.as_uri() + "/"
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.page: Page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("request", self._request)
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))
        self.page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _request(self, request: Any) -> None:
        if not request.url.startswith(self.root):
            self.outside.append(request.url)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> Page:
        self.page.goto(path.as_uri(), wait_until="load")
        self.page.wait_for_function("document.readyState === 'complete'")
        return self.page

    def check(self) -> None:
        assert self.errors == []
        assert self.outside == []
        assert self.dialogs == []
        assert self.page.evaluate("typeof window.__pwned") == "undefined"


@pytest.fixture
def watched(browser: Browser, site: Path) -> Iterator[Watched]:
    w = Watched(browser, site)
    yield w
    w.page.close()


def test_every_page_loads_clean_and_local(watched: Watched, site: Path) -> None:
    for path in sorted(site.rglob("*.html")):
        page = watched.open(path)
        assert page.locator("h1").count() == 1, path
        if page.locator("#map").count():
            page.wait_for_selector("#map path.leaflet-interactive")
        watched.check()
        # every link on the page leads to a file of the site (or mailto/http(s) elsewhere)
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            if href.startswith("file://"):
                target = Path(href.split("#", 1)[0][len("file://") :])
                assert target.exists(), (path, href)
            else:
                assert href.split(":", 1)[0] in ("http", "https", "mailto"), (path, href)


def test_overview_map_filter_and_language_switch(watched: Watched, site: Path) -> None:
    page = watched.open(site / "index.html")
    rows = page.locator("table.sites tbody tr")
    total = rows.count()
    assert total > 5
    page.wait_for_selector("#map path.leaflet-interactive")
    # each parcel: its outline and a dot marking it at overview zoom
    assert page.locator("#map path.leaflet-interactive").count() == 2 * total
    assert page.locator("#filter").is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    page.fill("#f-min_power", "20")
    shown = page.locator("table.sites tbody tr:not([hidden])").count()
    assert 0 < shown < total
    assert page.locator("#map path.leaflet-interactive").count() == 2 * shown
    assert f"{shown} av {total}" in page.inner_text("#count")
    page.fill("#f-min_power", "")
    page.select_option("#f-area", index=1)
    assert 0 < page.locator("table.sites tbody tr:not([hidden])").count() < total
    page.click("a.lang-switch")
    page.wait_for_url("**/en/index.html")
    assert page.get_attribute("html", "lang") == "en"
    assert "Land available" in page.inner_text("h1")
    page.click("table.sites tbody tr >> nth=0 >> a")
    page.wait_for_url("**/en/sites/*.html")
    page.wait_for_selector("#map path.leaflet-interactive")
    page.click("a.lang-switch")
    page.wait_for_url("**/fastigheter/*.html")
    assert page.get_attribute("html", "lang") == "sv"
    watched.check()


def test_parcel_page_shows_the_site_and_its_prospectus(watched: Watched, site: Path) -> None:
    path = sorted((site / "fastigheter").glob("*.html"))[-1]
    page = watched.open(path)
    page.wait_for_selector("#map path.leaflet-interactive")
    assert page.locator("#map path.leaflet-interactive").count() >= 1
    pdf = page.get_attribute("a.pdf", "href")
    assert pdf and (path.parent / pdf).resolve().stat().st_size > 1000
    assert "Exempeldata / Example data" in page.inner_text(".example-banner")
    page.screenshot(path=str(SHOTS / "parcel.png"), full_page=True)
    # the breadcrumb leads to the area page
    page.click("nav.crumbs li >> nth=1 >> a")
    page.wait_for_url("**/omraden/*.html")
    watched.check()


def test_hostile_text_shows_as_text_and_runs_nothing(watched: Watched, site: Path) -> None:
    from tests.web import payloads

    hit = [p for p in sorted(site.rglob("*.html")) if "onerror" in p.read_text(encoding="utf-8")]
    assert hit
    for path in hit:
        page = watched.open(path)
        if page.locator("#map").count():
            page.wait_for_selector("#map path.leaflet-interactive")
            # popups and tooltips are built from the same text: open one of each
            page.locator("#map path.leaflet-interactive").last.hover(force=True)
            page.locator("#map path.leaflet-interactive").last.click(force=True)
            page.wait_for_selector(".leaflet-popup-content")
        assert page.locator("img[src='x']").count() == 0
        assert payloads.IMG in page.inner_text("body")
        mail_links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        assert not [h for h in mail_links if h.lower().startswith("javascript")]
        watched.check()
    page = watched.open(hit[0])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "hostile.png"), full_page=True)


def test_the_real_chromium_was_used(browser: Browser) -> None:
    version = subprocess.run(
        [str(CHROMIUM), "--version"], capture_output=True, text=True, check=False
    ).stdout
    assert browser.version.split(".")[0] in version
