"""Where each page lives and the frame every page shares: head, header, footer.

The Swedish pages are at the top (``index.html``, ``omraden/…``, ``fastigheter/…``),
the English ones under ``en/`` (``en/index.html``, ``en/areas/…``, ``en/sites/…``),
so the address a Swedish visitor shares is the short one. Every page carries the
Content-Security-Policy, the ``hreflang`` alternates (and ``x-default``, the first
language's page), a language switch, the logo and the example-data banner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kalixplan.domain.language import Lang, pick
from kalixplan.services.publish.markup import Html, anchor, el, esc, join, json_script, site_url
from kalixplan.services.publish.words import word

# Scripts and styles only from the site's own files; nothing else at all. No inline
# script or style, no event-handler attributes, no base or form targets.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)
ASSETS = "assets"
_FOLDERS: dict[str, tuple[str, str]] = {
    "area": ("omraden", "en/areas"),
    "parcel": ("fastigheter", "en/sites"),
    "pdf": ("objektblad", "en/prospectus"),
}


def page_path(kind: str, lang: Lang, name: str = "") -> str:
    """The site path of a page: kind 'overview', 'area' or 'parcel' (``name`` its slug),
    or 'pdf' for a parcel's prospectus."""
    if kind == "overview":
        return pick(("index.html", "en/index.html"), lang)
    ext = ".pdf" if kind == "pdf" else ".html"
    return f"{pick(_FOLDERS[kind], lang)}/{name}{ext}"


@dataclass(frozen=True)
class Frame:
    """What every page of one site shares."""

    langs: tuple[Lang, ...]
    municipality: str
    example_data: bool
    logo_file: str | None
    base_url: str | None
    generated: str


@dataclass(frozen=True)
class Page:
    """One page to write: its path and its parts."""

    path: str
    lang: Lang
    title: str
    description: str
    body: Html
    kind: str
    name: str = ""
    label: str = ""
    crumbs: Sequence[tuple[str, str]] = ()
    structured: object | None = None
    data: object | None = None


def _asset(frame: Frame, name: str, here: str) -> str:
    return site_url(f"{ASSETS}/{name}", here, frame.base_url)


def render(page: Page, frame: Frame) -> str:
    """The whole HTML document of ``page``."""
    here = page.path
    lang = page.lang
    alternates = [
        el(
            "link",
            {
                "rel": "alternate",
                "hreflang": other,
                "href": site_url(page_path(page.kind, other, page.name), here, frame.base_url),
            },
        )
        for other in frame.langs
    ]
    alternates.append(
        el(
            "link",
            {
                "rel": "alternate",
                "hreflang": "x-default",
                "href": site_url(
                    page_path(page.kind, frame.langs[0], page.name), here, frame.base_url
                ),
            },
        )
    )
    head = [
        el("meta", {"charset": "utf-8"}),
        el("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}),
        el("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        el("meta", {"name": "referrer", "content": "no-referrer"}),
        el("meta", {"name": "generator", "content": "KalixPlan"}),
        el("title", None, page.title),
        el("meta", {"name": "description", "content": page.description}),
    ]
    if frame.base_url:
        head.append(el("link", {"rel": "canonical", "href": site_url(here, here, frame.base_url)}))
    head += alternates
    head += [
        el("link", {"rel": "stylesheet", "href": _asset(frame, "leaflet.css", here)}),
        el("link", {"rel": "stylesheet", "href": _asset(frame, "site.css", here)}),
        el("link", {"rel": "stylesheet", "href": _asset(frame, "theme.css", here)}),
    ]
    if page.structured is not None:
        head.append(json_script(page.structured, kind="application/ld+json"))
    if page.data is not None:
        head.append(json_script(page.data, element_id="site-data"))
    head += [
        el("script", {"src": _asset(frame, "leaflet.js", here), "defer": True}),
        el("script", {"src": _asset(frame, "site.js", here), "defer": True}),
    ]
    body = [
        el("a", {"class": "skip", "href": anchor("main")}, word("skip", lang)),
        _header(page, frame),
    ]
    if frame.example_data:
        body.append(
            el(
                "p",
                {"class": "example-banner", "role": "note", "title": word("example_note", lang)},
                word("example_banner", lang),
            )
        )
    body.append(el("main", {"id": "main"}, _crumbs(page, frame), page.body))
    body.append(
        el(
            "footer",
            {"class": "site-footer"},
            el("p", None, word("facts_note", lang)),
            el("p", None, word("generated", lang, d=frame.generated)),
        )
    )
    return (
        "<!DOCTYPE html>\n"
        + el(
            "html",
            {"lang": lang},
            el("head", None, Html("\n".join(head))),
            el("body", None, Html("\n".join(body))),
        )
        + "\n"
    )


def _header(page: Page, frame: Frame) -> Html:
    here, lang = page.path, page.lang
    home = site_url(page_path("overview", lang), here, frame.base_url)
    if frame.logo_file:
        mark = el(
            "img",
            {
                "class": "logo",
                "src": _asset(frame, frame.logo_file, here),
                "alt": word("logo_alt", lang, m=frame.municipality),
            },
        )
    else:
        mark = Html("")
    brand = el(
        "a",
        {"class": "brand", "href": home},
        mark,
        el("span", {"class": "brand-name"}, frame.municipality),
        el("span", {"class": "brand-title"}, word("site_title", lang)),
    )
    switch = [
        el(
            "a",
            {
                "href": site_url(page_path(page.kind, other, page.name), here, frame.base_url),
                "hreflang": other,
                "lang": other,
                "rel": "alternate",
                "class": "lang-switch",
            },
            word("other_language", lang) if len(frame.langs) == 2 else word("language_name", other),
        )
        for other in frame.langs
        if other != lang
    ]
    nav = el(
        "nav", {"class": "languages", "aria-label": pick(("Språk", "Language"), lang)}, join(switch)
    )
    return el("header", {"class": "site-header"}, brand, nav if switch else Html(""))


def _crumbs(page: Page, frame: Frame) -> Html:
    if not page.crumbs:
        return Html("")
    items = [
        el("li", None, el("a", {"href": site_url(path, page.path, frame.base_url)}, label))
        for path, label in page.crumbs
    ]
    items.append(el("li", {"aria-current": "page"}, page.label))
    return el(
        "nav",
        {"class": "crumbs", "aria-label": word("breadcrumb", page.lang)},
        el("ol", None, join(items)),
    )


def theme_css(colour: str) -> str:
    """The municipality's colour as a style sheet (inline styles are not allowed)."""
    return f":root {{ --brand: {colour}; }}\n"


__all__ = ["ASSETS", "CSP", "Frame", "Page", "esc", "page_path", "render", "theme_css"]
