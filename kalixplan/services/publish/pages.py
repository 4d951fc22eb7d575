"""The three kinds of page: the overview, an area, a parcel (one of each per language).

Headings go in order (one ``h1``, then ``h2``s), the map is a labelled region with
a text note beside it, the table of parcels works without script and ``site.js``
filters it. Every value from the register goes through ``markup.el``.
"""

from __future__ import annotations

from collections.abc import Sequence

from kalixplan.domain.language import Lang
from kalixplan.printing.facts import headline_area, land_use_label
from kalixplan.printing.labels import fmt_distance, fmt_measure, fmt_sek, fmt_unknown, text
from kalixplan.services.publish.gather import SiteArea, SiteData, SiteParcel
from kalixplan.services.publish.layout import Frame, Page, page_path
from kalixplan.services.publish.mapdata import map_data
from kalixplan.services.publish.markup import Html, el, join, outside_link, site_url
from kalixplan.services.publish.structured import parcel_list, parcel_listing
from kalixplan.services.publish.words import word


def _area_label(area: str | None, lang: Lang) -> str:
    return area or word("other_area", lang)


def _summary(area: SiteArea, lang: Lang) -> str:
    """'3 fastigheter, 14,01 ha' / '1 site, 3,39 ha'."""
    key = "area_summary_one" if len(area.parcels) == 1 else "area_summary"
    return word(key, lang, n=len(area.parcels), ha=headline_area(area.area_m2, lang))


def _map(label: str, lang: Lang) -> Html:
    return join(
        [
            el("h2", None, word("map", lang)),
            el("div", {"id": "map", "class": "map", "role": "region", "aria-label": label}),
            el("p", {"class": "map-note"}, word("map_note", lang)),
        ]
    )


def _table(
    site: SiteData, frame: Frame, parcels: Sequence[SiteParcel], lang: Lang, here: str
) -> Html:
    heads = [
        "col_site",
        "col_area",
        "col_size",
        "col_use",
        "col_power",
        "col_rail",
        "col_port",
        "col_road",
    ]
    if site.with_prices:
        heads.append("col_price")
    rows = []
    for p in parcels:
        cells = [
            el(
                "th",
                {"scope": "row"},
                el(
                    "a",
                    {"href": site_url(page_path("parcel", lang, p.slug), here, frame.base_url)},
                    p.designation,
                ),
            ),
            el("td", None, _area_label(p.area_name, lang)),
            el("td", {"class": "num"}, headline_area(p.area_m2, lang)),
            el("td", None, land_use_label(p.land_use, lang)),
            el("td", {"class": "num"}, fmt_measure(p.power_mw, "MW", lang, 1)),
            el("td", {"class": "num"}, fmt_distance(p.dist_rail_m, lang)),
            el("td", {"class": "num"}, fmt_distance(p.dist_port_m, lang)),
            el("td", {"class": "num"}, fmt_distance(p.dist_road_m, lang)),
        ]
        if site.with_prices:
            cells.append(el("td", {"class": "num"}, fmt_sek(p.price_sek_m2, lang, per_m2=True)))
        rows.append(
            el(
                "tr",
                {
                    "data-id": p.slug,
                    "data-text": f"{p.designation} {p.area_name or ''}".lower(),
                    "data-area": p.area_slug,
                    "data-ha": f"{p.area_m2 / 10_000:.4f}",
                    "data-use": p.land_use or "",
                    "data-mw": "" if p.power_mw is None else f"{p.power_mw:.3f}",
                },
                join(cells),
            )
        )
    return el(
        "div",
        {"class": "table-wrap"},
        el(
            "table",
            {"class": "sites"},
            el(
                "thead",
                None,
                el("tr", None, join(el("th", {"scope": "col"}, word(h, lang)) for h in heads)),
            ),
            el("tbody", None, join(rows)),
        ),
    )


def _filter(site: SiteData, lang: Lang) -> Html:
    """The filter form; hidden until ``site.js`` runs (without script the list is whole)."""
    uses = sorted({p.land_use for p in site.parcels if p.land_use})

    def field(key: str, control: Html) -> Html:
        return el(
            "div",
            {"class": "field"},
            el("label", {"for": f"f-{key}"}, word(f"filter_{key}", lang)),
            control,
        )

    area_options = [el("option", {"value": ""}, word("filter_any_area", lang))] + [
        el("option", {"value": a.slug}, _area_label(a.name, lang)) for a in site.areas
    ]
    use_options = [el("option", {"value": ""}, word("filter_any_use", lang))] + [
        el("option", {"value": u}, land_use_label(u, lang)) for u in uses
    ]
    return el(
        "form",
        {
            "id": "filter",
            "class": "filter",
            "hidden": True,
            "role": "search",
            "aria-label": word("filter_heading", lang),
        },
        field(
            "text",
            el("input", {"id": "f-text", "name": "text", "type": "search", "autocomplete": "off"}),
        ),
        field("area", el("select", {"id": "f-area", "name": "area"}, join(area_options))),
        field(
            "min_ha",
            el(
                "input",
                {
                    "id": "f-min_ha",
                    "name": "min_ha",
                    "type": "number",
                    "min": "0",
                    "step": "0.1",
                    "inputmode": "decimal",
                },
            ),
        ),
        field("use", el("select", {"id": "f-use", "name": "use"}, join(use_options))),
        field(
            "min_power",
            el(
                "input",
                {
                    "id": "f-min_power",
                    "name": "min_power",
                    "type": "number",
                    "min": "0",
                    "step": "0.5",
                    "inputmode": "decimal",
                },
            ),
        ),
    )


def _contact(site: SiteData, parcels: Sequence[SiteParcel], lang: Lang) -> Html:
    people: list[tuple[str, str]] = []
    for p in parcels:
        pair = ((p.contact_person or "").strip(), (p.contact_email or "").strip())
        if any(pair) and pair not in people:
            people.append(pair)
    items = []
    for person, email in people:
        link = outside_link(email, "email")
        mail = el("a", {"href": link}, email) if link else el("span", None, email)
        items.append(
            el("li", None, el("span", {"class": "person"}, person), " ", mail if email else "")
        )
    body = (
        el("ul", {"class": "contacts"}, join(items))
        if items
        else el("p", None, word("contact_default", lang, m=site.municipality))
    )
    return join([el("h2", None, word("contact", lang)), body])


def _list_page(
    site: SiteData,
    frame: Frame,
    lang: Lang,
    kind: str,
    name: str,
    label: str,
    title: str,
    description: str,
    body: Html,
    parcels: Sequence[SiteParcel],
    areas: Sequence[SiteArea],
) -> Page:
    """An overview or area page: a list of parcels, an ``ItemList`` for search engines."""
    here = page_path(kind, lang, name)
    return Page(
        path=here,
        lang=lang,
        title=title,
        description=description,
        body=body,
        kind=kind,
        name=name,
        label=label,
        crumbs=[(page_path("overview", lang), word("site_title", lang))] if kind == "area" else [],
        structured=parcel_list(site, frame, parcels, lang, here, title, description),
        data=map_data(site, frame, here, lang, parcels, areas=areas),
    )


def overview_page(site: SiteData, frame: Frame, lang: Lang) -> Page:
    """The overview: map, filter, table of all published parcels, areas, contact."""
    here = page_path("overview", lang)
    title = f"{word('overview_heading', lang)} – {site.municipality}"
    description = word("overview_description", lang, n=len(site.parcels), m=site.municipality)
    if site.parcels:
        listing = join(
            [
                _filter(site, lang),
                el("p", {"id": "count", "class": "count", "aria-live": "polite"}),
                _table(site, frame, site.parcels, lang, here),
            ]
        )
    else:
        listing = el("p", None, word("no_sites", lang))
    areas = el(
        "ul",
        {"class": "areas"},
        join(
            el(
                "li",
                None,
                el(
                    "a",
                    {"href": site_url(page_path("area", lang, a.slug), here, frame.base_url)},
                    _area_label(a.name, lang),
                ),
                " – " + _summary(a, lang),
            )
            for a in site.areas
        ),
    )
    body = join(
        [
            el("h1", None, word("overview_heading", lang)),
            el("p", {"class": "lead"}, word("overview_intro", lang, m=site.municipality)),
            _map(word("map_label_overview", lang, m=site.municipality), lang),
            el("h2", None, word("list_heading", lang)),
            listing,
            el("h2", None, word("areas_heading", lang)),
            areas,
            _contact(site, site.parcels, lang),
        ]
    )
    return _list_page(
        site,
        frame,
        lang,
        "overview",
        "",
        word("overview_heading", lang),
        title,
        description,
        body,
        site.parcels,
        site.areas,
    )


def area_page(site: SiteData, frame: Frame, area: SiteArea, lang: Lang) -> Page:
    """An area: its map, its parcels, contact."""
    here = page_path("area", lang, area.slug)
    name = _area_label(area.name, lang)
    title = f"{name} – {word('site_title', lang)} – {site.municipality}"
    description = word(
        "area_description", lang, a=name, m=site.municipality, s=_summary(area, lang)
    )
    body = join(
        [
            el("h1", None, name),
            el("p", {"class": "lead"}, description),
            _map(word("map_label_area", lang, a=name), lang),
            el("h2", None, word("sites_in_area", lang)),
            _table(site, frame, area.parcels, lang, here),
            _contact(site, area.parcels, lang),
        ]
    )
    return _list_page(
        site, frame, lang, "area", area.slug, name, title, description, body, area.parcels, ()
    )


def parcel_page(
    site: SiteData, frame: Frame, parcel: SiteParcel, lang: Lang, *, with_pdf: bool
) -> Page:
    """A parcel: its facts in the prospectus's sections, a map, the PDF, contact."""
    here = page_path("parcel", lang, parcel.slug)
    area = _area_label(parcel.area_name, lang)
    size = headline_area(parcel.area_m2, lang)
    title = f"{parcel.designation} – {word('site_title', lang)} – {site.municipality}"
    description = word(
        "parcel_description",
        lang,
        d=parcel.designation,
        ha=size,
        a=area,
        m=site.municipality,
        u=land_use_label(parcel.land_use, lang),
    )
    sheet = parcel.sheets[lang]
    facts = []
    for section in sheet.sections:
        if section.title == text("sec_contact", lang):
            continue  # written below, with the e-mail address as a link
        lines = []
        for label, value in section.lines:
            unknown = value == fmt_unknown(lang)
            lines.append(el("dt", None, label))
            lines.append(el("dd", {"class": "unknown" if unknown else None}, value))
        facts.append(
            el(
                "section",
                {"class": "facts"},
                el("h2", None, section.title),
                el("dl", None, join(lines)),
            )
        )
    neighbours = [p for p in site.parcels if p.area_slug == parcel.area_slug]
    parts = [
        el("h1", None, parcel.designation),
        el("p", {"class": "lead"}, f"{area} · {size} · {land_use_label(parcel.land_use, lang)}"),
        _map(word("map_label_parcel", lang, d=parcel.designation), lang),
        el("div", {"class": "fact-grid"}, join(facts)),
    ]
    if with_pdf:
        pdf = site_url(page_path("pdf", lang, parcel.slug), here, frame.base_url)
        parts += [
            el("h2", None, word("prospectus", lang)),
            el(
                "p",
                None,
                el(
                    "a",
                    {"class": "pdf", "href": pdf, "type": "application/pdf"},
                    word("prospectus_link", lang, d=parcel.designation),
                ),
            ),
        ]
    parts.append(_contact(site, [parcel], lang))
    crumbs = [(page_path("overview", lang), word("site_title", lang))]
    crumbs.append((page_path("area", lang, parcel.area_slug), area))
    return Page(
        path=here,
        lang=lang,
        title=title,
        description=description,
        body=join(parts),
        kind="parcel",
        name=parcel.slug,
        label=parcel.designation,
        crumbs=crumbs,
        structured=parcel_listing(site, frame, parcel, lang, title, description),
        data=map_data(site, frame, here, lang, neighbours, highlight=parcel),
    )
