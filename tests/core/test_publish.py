"""The public "ledig mark" site, without Qt and without PDFs (``kalixplan publish``).

Every page is parsed with ``html.parser`` and checked as a reader, a search engine
and an attacker would: languages and their alternates, titles and descriptions,
heading order, alt texts, the Content-Security-Policy, script blocks that only hold
data, and that nothing unpublished or private goes out.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from kalixplan.domain.errors import KalixPlanError
from kalixplan.printing.facts import Section
from kalixplan.services.outputs import OutputRefused
from kalixplan.services.parcels import get_parcel, update_parcel
from kalixplan.services.printing import prospectus_sheets
from kalixplan.services.publish.folder import MARKER
from kalixplan.services.publish.gather import (
    PublishCancelled,
    public_sheet,
    published_parcel_ids,
    slug,
)
from kalixplan.services.publish.markup import Url, el, outside_link
from kalixplan.services.publish.run import PublishOptions, parse_langs, publish_site
from kalixplan.store.engine import Project, open_project
from tests.web import payloads

TODAY = date(2026, 5, 4)


class PageReader(HTMLParser):
    """What a test needs to know of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html_lang: str | None = None
        self.title = ""
        self.meta: dict[str, str] = {}
        self.alternates: dict[str, str] = {}
        self.headings: list[int] = []
        self.h1: list[str] = []
        self.imgs: list[dict[str, str | None]] = []
        self.links: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.script_bodies: list[tuple[str | None, str]] = []
        self.bad_attributes: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name, _value in attrs:
            if name.startswith("on") or name == "style":
                self.bad_attributes.append((tag, name))
        if tag == "html":
            self.html_lang = a.get("lang")
        elif tag == "meta":
            key = a.get("name") or a.get("http-equiv")
            if key:
                self.meta[key.lower()] = a.get("content") or ""
        elif tag == "link" and a.get("rel") == "alternate":
            self.alternates[a["hreflang"] or ""] = a["href"] or ""
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        elif tag == "img":
            self.imgs.append(a)
        elif tag == "script":
            self.scripts.append(a)
        if tag in ("a", "link") and a.get("href"):
            self.links.append(a["href"] or "")
        if tag in ("img", "script") and a.get("src"):
            self.links.append(a["src"] or "")
        if tag not in ("meta", "link", "img", "input", "br"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        where = self._in[-1] if self._in else ""
        if where == "title":
            self.title += data
        elif where == "script":
            self.script_bodies.append((self.scripts[-1].get("type"), data))
        else:
            if where == "h1":
                self.h1.append(data)
            self.text.append(data)


def read(path: Path) -> PageReader:
    reader = PageReader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    project = open_project(str(demo_path))
    yield project
    project.close()


@pytest.fixture
def hostile(demo: Project) -> int:
    return payloads.make_hostile(demo)


def publish(project: Project, out: Path, **options: object) -> Path:
    publish_site(project, out, PublishOptions(**options), today=TODAY)  # type: ignore[arg-type]
    return out


def test_pages_in_both_languages_for_every_published_parcel(demo: Project, tmp_path: Path) -> None:
    site = publish(demo, tmp_path / "site")
    with demo.read_scope() as session:
        ids = published_parcel_ids(session)
        designations = [get_parcel(session, i).designation for i in ids]
        areas = {get_parcel(session, i).area_name for i in ids}
    assert designations
    assert (site / "index.html").is_file() and (site / "en/index.html").is_file()
    for d in designations:
        assert (site / "fastigheter" / f"{slug(d)}.html").is_file()
        assert (site / "en/sites" / f"{slug(d)}.html").is_file()
    assert len(list((site / "omraden").glob("*.html"))) == len(areas)
    assert len(list((site / "en/areas").glob("*.html"))) == len(areas)
    assert json.loads((site / MARKER).read_text())["generator"] == "KalixPlan"
    for name in ("leaflet.js", "leaflet.css", "site.js", "site.css", "theme.css"):
        assert (site / "assets" / name).is_file()
    sv, en = read(site / "index.html"), read(site / "en/index.html")
    assert sv.html_lang == "sv" and en.html_lang == "en"
    assert "Ledig mark" in sv.title and "Land available" in en.title


def test_every_page_is_well_formed_for_readers_and_search_engines(
    demo: Project, tmp_path: Path
) -> None:
    site = publish(demo, tmp_path / "site")
    titles: set[str] = set()
    for path in pages(site):
        page = read(path)
        where = path.relative_to(site).as_posix()
        lang = "en" if where.startswith("en/") else "sv"
        assert page.html_lang == lang, where
        assert page.title.strip() and page.title not in titles, where
        titles.add(page.title)
        assert len(page.meta.get("description", "")) > 40, where
        csp = page.meta["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp, where
        assert "unsafe" not in csp
        # hreflang: both languages and x-default, each pointing at a page that exists
        assert set(page.alternates) == {"sv", "en", "x-default"}, where
        for href in page.alternates.values():
            assert (path.parent / unquote(href)).resolve().is_file(), (where, href)
        assert page.alternates[lang] == path.name
        # headings: one h1 first, then no level skipped
        assert page.headings[0] == 1 and page.headings.count(1) == 1, where
        for before, after in zip(page.headings, page.headings[1:], strict=False):
            assert after <= before + 1, (where, page.headings)
        assert all(img.get("alt") for img in page.imgs), where
        assert not page.bad_attributes, (where, page.bad_attributes)
        # scripts: files of the site, or data blocks that parse as JSON
        for script in page.scripts:
            if script.get("src"):
                assert (path.parent / unquote(script["src"] or "")).resolve().is_file()
            else:
                assert script.get("type") in ("application/json", "application/ld+json")
        for _kind, body in page.script_bodies:
            json.loads(body)
        # every link: a file of the site, or http(s)/mailto
        for href in page.links:
            scheme = urlsplit(href).scheme
            if scheme:
                assert scheme in ("http", "https", "mailto"), (where, href)
            elif not href.startswith("#"):
                assert (path.parent / unquote(href)).resolve().exists(), (where, href)


def test_structured_data_describes_each_parcel(demo: Project, tmp_path: Path) -> None:
    site = publish(demo, tmp_path / "site", base_url="https://www.kalix.se/ledig-mark/")
    page = next((site / "en/sites").glob("*.html"))
    blocks = dict(read(page).script_bodies)
    listing = json.loads(blocks["application/ld+json"])
    assert listing["@type"] == "RealEstateListing"
    assert listing["mainEntity"]["@type"] == "Place"
    assert listing["offers"]["@type"] == "Offer" and "priceSpecification" not in listing["offers"]
    assert listing["url"] == f"https://www.kalix.se/ledig-mark/en/sites/{page.name}"
    assert 65 < listing["mainEntity"]["geo"]["latitude"] < 67
    alternates = read(page).alternates
    assert alternates["sv"] == f"https://www.kalix.se/ledig-mark/fastigheter/{page.name}"
    overview = json.loads(dict(read(site / "index.html").script_bodies)["application/ld+json"])
    assert overview["@type"] == "ItemList" and overview["numberOfItems"] > 0


def test_only_public_and_available_parcels_go_out(demo: Project, tmp_path: Path) -> None:
    with demo.session_scope() as session:
        ids = published_parcel_ids(session)
        hidden = get_parcel(session, ids[0])  # available but no longer public
        update_parcel(session, hidden.id, hidden.version, {"public": False})
        reserved = get_parcel(session, ids[1])  # public but reserved
        update_parcel(session, reserved.id, reserved.version, {"status": "reserved"})
        from kalixplan.services.parcels import search_parcels

        unpublished = [p.designation for p in search_parcels(session) if p.id not in ids[2:]]
    site = publish(demo, tmp_path / "site")
    everything = "\n".join(p.read_text(encoding="utf-8") for p in pages(site))
    assert len(list((site / "fastigheter").glob("*.html"))) == len(ids) - 2
    for designation in unpublished:
        assert designation not in everything, designation


def test_owner_notes_and_prices_stay_inside_unless_asked(
    demo: Project, hostile: int, tmp_path: Path
) -> None:
    site = publish(demo, tmp_path / "site")
    everything = "\n".join(p.read_text(encoding="utf-8") for p in pages(site))
    assert "SECRET" not in everything
    assert "987" not in everything and "kr/m²" not in everything and "SEK" not in everything
    assert "Ägare" not in everything and "Owner" not in everything
    priced = publish(demo, tmp_path / "priced", with_prices=True)
    everything = "\n".join(p.read_text(encoding="utf-8") for p in pages(priced))
    assert "987 kr/m²" in everything and "SEK 987/m²" in everything
    assert "SECRET" not in everything and "Ägare" not in everything
    page = next(p for p in (priced / "en/sites").glob("*.html") if "987" in p.read_text())
    offer = json.loads(dict(read(page).script_bodies)["application/ld+json"])["offers"]
    assert offer["priceSpecification"]["price"] == 987.0


def test_public_sheet_drops_the_owner_always_and_prices_without_the_option(demo: Project) -> None:
    with demo.read_scope() as session:
        sheet = prospectus_sheets(session, published_parcel_ids(session)[:1], "sv")[0]
    labels = lambda s: [line[0] for sec in s.sections for line in sec.lines]  # noqa: E731
    assert "Ägare" in labels(sheet) and "Pris per m²" in labels(sheet)
    plain = public_sheet(sheet, "sv", with_prices=False)
    assert "Ägare" not in labels(plain) and "Pris per m²" not in labels(plain)
    assert plain.parcel.owner is None and plain.parcel.price_sek_m2 is None
    assert plain.parcel.notes is None
    priced = public_sheet(sheet, "sv", with_prices=True)
    assert "Ägare" not in labels(priced) and "Pris per m²" in labels(priced)
    assert all(isinstance(s, Section) for s in priced.sections)


def test_hostile_text_comes_out_inert(demo: Project, hostile: int, tmp_path: Path) -> None:
    site = publish(demo, tmp_path / "site")
    shown = False
    for path in pages(site):
        raw = path.read_text(encoding="utf-8")
        page = read(path)
        # No payload became markup: the parser met no handler and no extra script.
        assert not page.bad_attributes
        assert "<img src=x" not in raw and "<script>window" not in raw
        assert "javascript:" not in raw.replace("&quot;", '"').split("<body", 1)[0].lower()
        for href in page.links:
            assert not href.lower().startswith("javascript"), href
        for kind, body in page.script_bodies:
            assert "</" not in body and "\u2028" not in body and "\u2029" not in body, kind
            json.loads(body)
        text = "".join(page.text)
        if payloads.IMG in text:
            shown = True
            # the payloads are shown to the reader as the text that was typed
            assert payloads.SCRIPT_END in text and payloads.JS_LINK in text
    assert shown


def test_links_only_http_https_mailto() -> None:
    assert outside_link("javascript:alert(1)", "web") is None
    assert outside_link("java\tscript:alert(1)", "email") is None
    assert outside_link("data:text/html,x", "web") is None
    assert outside_link("anna@kalix.se", "email") == "mailto:anna@kalix.se"
    assert outside_link("www.kalix.se", "web") == "https://www.kalix.se"
    with pytest.raises(ValueError):
        el("a", {"href": "javascript:alert(1)"})
    with pytest.raises(ValueError):
        el("a", {"onclick": "x"})
    assert el("a", {"href": Url("x.html"), "title": '"><b>'}, "<i>") == (
        '<a href="x.html" title="&quot;&gt;&lt;b&gt;">&lt;i&gt;</a>'
    )


def test_example_data_is_marked_on_every_page(demo: Project, tmp_path: Path) -> None:
    site = publish(demo, tmp_path / "site")
    for path in pages(site):
        assert "Exempeldata / Example data" in "".join(read(path).text), path


def test_a_folder_that_is_not_a_site_is_refused_and_left_as_it_was(
    demo: Project, tmp_path: Path
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"precious")
    (folder / "sub").mkdir()
    (folder / "sub" / "notes.txt").write_text("mine")
    before = sorted(
        (p.relative_to(folder), p.read_bytes() if p.is_file() else b"") for p in folder.rglob("*")
    )
    with pytest.raises(OutputRefused, match="not a site KalixPlan published"):
        publish(demo, folder)
    after = sorted(
        (p.relative_to(folder), p.read_bytes() if p.is_file() else b"") for p in folder.rglob("*")
    )
    assert before == after
    a_file = tmp_path / "file.html"
    a_file.write_text("x")
    with pytest.raises(OutputRefused):
        publish(demo, a_file)
    assert a_file.read_text() == "x"
    # nothing left beside them either
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kalixplan")]


def test_a_previous_site_is_replaced_whole_and_a_cancel_keeps_it(
    demo: Project, tmp_path: Path
) -> None:
    site = publish(demo, tmp_path / "site", langs=("sv", "en"))
    (site / "stale.html").write_text("old page")
    publish(demo, site, langs=("sv",))
    assert not (site / "stale.html").exists() and not (site / "en").exists()
    assert read(site / "index.html").alternates.keys() == {"sv", "x-default"}
    marker = (site / MARKER).read_bytes()
    with pytest.raises(PublishCancelled):
        publish_site(demo, site, PublishOptions(), cancelled=lambda: True)
    assert (site / MARKER).read_bytes() == marker and not (site / "en").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kalixplan")]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert (publish(demo, empty) / "index.html").is_file()


def test_the_project_folder_is_never_the_site(demo_path: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = open_project(str(demo_path))
    publish(first, site)
    first.close()
    inside = site / "project.gpkg"
    shutil.copyfile(demo_path, inside)
    project = open_project(str(inside))
    try:
        with pytest.raises(OutputRefused, match="holds the project database"):
            publish(project, site)
    finally:
        project.close()
    assert inside.is_file()


def test_prospectus_writer_gets_each_parcel_in_each_language(demo: Project, tmp_path: Path) -> None:
    calls: list[tuple[str, str, str]] = []

    def writer(parcel: object, lang: str, target: Path) -> None:
        calls.append((parcel.designation, lang, target.name))  # type: ignore[attr-defined]
        target.write_bytes(b"%PDF-1.4 fake")

    progress: list[tuple[int, int]] = []
    result = publish_site(
        demo,
        tmp_path / "site",
        PublishOptions(),
        prospectus=writer,  # type: ignore[arg-type]
        progress=lambda done, total, message: progress.append((done, total)),
    )
    assert result.pdfs == len(calls) == 2 * result.parcels
    assert progress[-1][0] == progress[-1][1]
    page = next((tmp_path / "site/fastigheter").glob("*.html"))
    pdf = [h for h in read(page).links if h.endswith(".pdf")]
    assert pdf and (page.parent / pdf[0]).resolve().is_file()


def test_options_are_checked_before_anything_is_written(demo: Project, tmp_path: Path) -> None:
    assert parse_langs("en, sv,en") == ("en", "sv")
    with pytest.raises(KalixPlanError):
        parse_langs("sv,de")
    for bad in (
        {"colour": "red;}</style>"},
        {"base_url": "javascript:alert(1)"},
        {"logo": tmp_path / "missing.png"},
    ):
        with pytest.raises(KalixPlanError):
            publish(demo, tmp_path / "site", **bad)
    assert not (tmp_path / "site").exists()


def test_logo_and_colour_are_copied_into_the_site(demo: Project, tmp_path: Path) -> None:
    logo = tmp_path / "kalix.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    site = publish(demo, tmp_path / "site", logo=logo, colour="#005a8c")
    assert (site / "assets/logo.svg").read_bytes() == logo.read_bytes()
    assert "#005a8c" in (site / "assets/theme.css").read_text()
    imgs = read(site / "en/index.html").imgs
    assert imgs and imgs[0]["src"] == "../assets/logo.svg" and "Kalix" in (imgs[0]["alt"] or "")


def test_the_command_refuses_a_users_folder(demo_path: Path, tmp_path: Path) -> None:
    from cli_runner import run_cli

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep")
    done = run_cli("publish", "--db", str(demo_path), "--out", str(folder), "--no-pdf")
    assert done.returncode == 2, done.stderr
    assert "not a site KalixPlan published" in done.stderr and "Traceback" not in done.stderr
    assert (folder / "keep.txt").read_text() == "keep" and os.listdir(folder) == ["keep.txt"]
    out = tmp_path / "site"
    done = run_cli("publish", "--db", str(demo_path), "--out", str(out), "--no-pdf")
    assert done.returncode == 0, done.stderr
    assert (out / "index.html").is_file()
    shutil.rmtree(out)
