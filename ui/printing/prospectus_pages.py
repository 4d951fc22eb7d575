"""The pages of a prospectus (objektblad): cover, index and a parcel's page, on A4.

The page geometry (margins, map frames, index rows) is here too, because the
maps are fitted to these frames when the prospectus is gathered
(``ui.printing.prospectus``). Each parcel page has its map with the parcel
outlined, the scale and a north arrow to true north, a key of the statuses
shown, and its facts in sections flowed into two columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kalixplan.domain.language import Lang
from kalixplan.geo.crs import crs_name
from kalixplan.printing.facts import headline_area, status_label
from kalixplan.printing.labels import fmt_sek, text
from kalixplan.printing.logo import fit_logo, logo_box
from kalixplan.printing.north import north_arrow_angle_deg
from kalixplan.printing.paper import Rect
from kalixplan.printing.scale import format_scale, scale_bar
from kalixplan.printing.styles import HIGHLIGHT_STROKE, parcel_style
from kalixplan.services.printing import MapContent, ProspectusSheet
from ui.printing.canvas import Align, Canvas
from ui.printing.furniture import draw_north_arrow, draw_scale_bar
from ui.printing.logo import Logo, draw_logo, draw_placeholder
from ui.printing.mapframe import GroundToPaper, draw_map
from ui.printing.sheet import example_banner
from ui.printing.table import draw_table, rows_per_page

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 14.0
SITE_MAP = Rect(MARGIN, 52.0, PAGE_W - 2 * MARGIN, 108.0)
COVER_MAP = Rect(MARGIN, 95.0, PAGE_W - 2 * MARGIN, 150.0)
INDEX_ROW_MM = 5.0
INDEX_BODY = Rect(MARGIN, 40.0, PAGE_W - 2 * MARGIN, PAGE_H - 40.0 - 24.0)


def _header(canvas: Canvas, job: ProspectusJob, right: str = "") -> None:
    lang = job.lang
    canvas.box(Rect(0.0, 0.0, PAGE_W, 24.0), "#1f3b57")
    if job.logo is None:
        mark = draw_placeholder(canvas, MARGIN, 4.0, lang, "#ffffff")
    else:
        # A logo is made for white paper: it gets a white card on the dark band.
        box = logo_box(MARGIN, 4.0, 130.0)
        where = fit_logo(box, job.logo.width, job.logo.height)
        canvas.box(Rect(where.x - 1.5, 2.5, where.w + 3.0, 19.0), "#ffffff")
        mark = draw_logo(canvas, box, job.logo)
    name_x = mark.right + 4.0
    canvas.text(
        Rect(name_x, 5.0, 110.0, 8.0),
        job.municipality or "",
        13.0,
        bold=True,
        colour="#ffffff",
    )
    canvas.text(Rect(name_x, 12.5, 110.0, 7.0), text("prospectus", lang), 9.0, colour="#cfd8dc")
    canvas.text(
        Rect(PAGE_W - MARGIN - 70.0, 8.0, 70.0, 8.0),
        right,
        9.0,
        colour="#ffffff",
        align=Align.AlignRight | Align.AlignVCenter,
        wrap=False,
    )
    if job.example_data:
        example_banner(canvas, Rect(PAGE_W - MARGIN - 62.0, 26.5, 62.0, 7.0))


def _footer(canvas: Canvas, job: ProspectusJob, page: int, total: int, extra: str = "") -> None:
    lang = job.lang
    y = PAGE_H - 14.0
    canvas.line(MARGIN, y, PAGE_W - MARGIN, y, "#90a4ae", 0.2)
    left = f"{text('date', lang)}: {job.today.isoformat()}" + (f"   {extra}" if extra else "")
    canvas.text(Rect(MARGIN, y + 1.5, 150.0, 10.0), left, 6.5, colour="#455a64")
    canvas.text(
        Rect(PAGE_W - MARGIN - 40.0, y + 1.5, 40.0, 5.0),
        f"{text('page', lang)} {page} / {total}",
        7.0,
        colour="#455a64",
        align=Align.AlignRight | Align.AlignTop,
        wrap=False,
    )


def draw_cover(canvas: Canvas, job: ProspectusJob, total: int) -> None:
    """The cover: title, summary of the parcels and an overview map naming the areas."""
    lang = job.lang
    _header(canvas, job)
    canvas.text(
        Rect(MARGIN, 40.0, PAGE_W - 2 * MARGIN, 14.0),
        text("prospectus_cover_title", lang),
        22.0,
        bold=True,
        colour="#102027",
    )
    area = sum(p.sheet.parcel.area_m2 for p in job.pages)
    summary = (
        f"{len(job.pages)} {text('parcels_count', lang)}, {headline_area(area, lang)}"
        f" · {job.today.isoformat()}"
    )
    canvas.text(Rect(MARGIN, 56.0, PAGE_W - 2 * MARGIN, 8.0), summary, 12.0, colour="#37474f")
    intro = (
        "Varje blad visar fastighetens läge i skalriktig karta och dess fakta: areal, plan, "
        "pris, teknisk försörjning, avstånd och restriktioner."
        if lang == "sv"
        else "Each sheet shows the site on a true-scale map with its facts: area, plan, "
        "price, utilities, distances and constraints."
    )
    canvas.text(Rect(MARGIN, 68.0, PAGE_W - 2 * MARGIN, 20.0), intro, 10.0, colour="#37474f")
    draw_map(canvas, COVER_MAP, job.cover, job.cover_scale, labels=False)
    _area_labels(canvas, COVER_MAP, job.cover, job.cover_scale)
    _map_scale_line(canvas, COVER_MAP, job.cover, job.cover_scale, lang)
    _footer(canvas, job, 1, total, _crs_line(job.cover, lang))


def _area_labels(canvas: Canvas, frame: Rect, content: MapContent, scale: int) -> None:
    """Name each industrial area once on the overview, next to its parcels."""
    groups: dict[str, list[tuple[float, float, float, float]]] = {}
    for parcel in content.parcels:
        groups.setdefault(parcel.area_name or parcel.designation, []).append(parcel.geom.bounds)
    tx = GroundToPaper(frame, content.extent, scale)
    for name, boxes in sorted(groups.items()):
        x0, y0 = tx.point(min(b[0] for b in boxes), max(b[3] for b in boxes))
        x1, _ = tx.point(max(b[2] for b in boxes), 0.0)
        label = name.replace(" industriområde", "").replace(" verksamhetsområde", "")
        x, y = (x0 + x1) / 2, y0 - 3.5
        if frame.x + 8 < x < frame.right - 8 and frame.y + 4 < y < frame.bottom - 2:
            canvas.point_text(x, y, label, 7.5, bold=True, colour="#102027", halo=True)


def draw_index(
    canvas: Canvas, job: ProspectusJob, pages: list[SitePage], offset: int, page: int, total: int
) -> None:
    """One index page: ``pages`` from number ``offset`` on, with the page each is on."""
    lang = job.lang
    _header(canvas, job)
    canvas.text(Rect(MARGIN, 28.0, 120.0, 10.0), text("index", lang), 16.0, bold=True)
    first = job.first_site_page()
    rows = [
        [
            p.sheet.parcel.designation,
            p.sheet.parcel.area_name or "",
            headline_area(p.sheet.parcel.area_m2, lang),
            status_label(p.sheet.parcel.status, lang),
            fmt_sek(p.sheet.parcel.price_sek_m2, lang, per_m2=True)
            if p.sheet.parcel.price_sek_m2 is not None
            else "–",
            str(first + offset + n),
        ]
        for n, p in enumerate(pages)
    ]
    heads = [
        text("designation", lang),
        text("area_name", lang),
        text("area", lang),
        text("status", lang),
        text("price", lang),
        text("page", lang),
    ]
    draw_table(
        canvas,
        INDEX_BODY,
        heads,
        (3.2, 3.0, 1.3, 1.8, 1.5, 0.7),
        rows,
        frozenset({2, 4, 5}),
        pt=7.0,
        row_mm=INDEX_ROW_MM,
    )
    _footer(canvas, job, page, total)


def _crs_line(content: MapContent, lang: Lang) -> str:
    credits = "; ".join(content.attributions)
    crs = f"{text('crs', lang)}: {crs_name(content.epsg)} (EPSG:{content.epsg})"
    return crs + (f"   {credits}" if credits else "")


def _map_scale_line(
    canvas: Canvas, frame: Rect, content: MapContent, scale: int, lang: Lang
) -> None:
    y = frame.bottom + 2.0
    canvas.text(
        Rect(frame.x, y, 60.0, 6.0),
        f"{text('scale', lang)} {format_scale(scale)} (A4)",
        9.0,
        bold=True,
        wrap=False,
    )
    draw_scale_bar(canvas, frame.x + 52.0, y - 1.5, scale_bar(scale, 45.0))
    minx, miny, maxx, maxy = content.extent
    angle = north_arrow_angle_deg(content.epsg, ((minx + maxx) / 2, (miny + maxy) / 2))
    canvas.box(Rect(frame.right - 17.0, frame.y + 1.5, 15.5, 27.0), "#ffffff", "#b0bec5", 0.2)
    draw_north_arrow(canvas, frame.right - 9.25, frame.y + 18.0, angle)


def _status_key(canvas: Canvas, frame: Rect, content: MapContent, lang: Lang) -> None:
    """A compact key under the map: the statuses shown and the outline of this site."""
    entries = [e for e in content.legend if e.key.startswith("parcel:")]
    items: list[tuple[str | None, str, float, str]] = [
        (e.fill, e.stroke, e.width_mm, e.label) for e in entries
    ]
    items.append((None, HIGHLIGHT_STROKE, 0.8, text("this_site", lang)))
    x0, y0, col_w = frame.x + 108.0, frame.bottom + 1.5, 25.5
    for n, (fill, stroke, width, label) in enumerate(items[:6]):
        x = x0 + (n % 3) * col_w
        y = y0 + (n // 3) * 4.5
        canvas.box(Rect(x, y + 0.6, 5.0, 2.8), fill, stroke, width)
        canvas.text(
            Rect(x + 6.2, y, col_w - 6.5, 4.0),
            label,
            6.5,
            wrap=False,
            align=Align.AlignLeft | Align.AlignVCenter,
        )


def draw_site(canvas: Canvas, job: ProspectusJob, page: SitePage, number: int, total: int) -> None:
    """A parcel's page: designation, status badge, map with scale and key, facts."""
    lang = job.lang
    parcel = page.sheet.parcel
    _header(canvas, job, parcel.area_name or "")
    canvas.text(
        Rect(MARGIN, 28.0, 120.0, 10.0),
        parcel.designation,
        17.0,
        bold=True,
        colour="#102027",
        wrap=False,
    )
    style = parcel_style(parcel.status)
    badge = f"{status_label(parcel.status, lang)} · {headline_area(parcel.area_m2, lang)}"
    if parcel.price_sek_m2 is not None:
        badge += f" · {fmt_sek(parcel.price_sek_m2, lang, per_m2=True)}"
    canvas.box(Rect(MARGIN, 38.5, 4.0, 6.0), style.fill, style.stroke, 0.3)
    canvas.text(
        Rect(MARGIN + 6.0, 38.5, 150.0, 6.0),
        badge,
        10.0,
        colour="#37474f",
        align=Align.AlignLeft | Align.AlignVCenter,
        wrap=False,
    )
    draw_map(canvas, SITE_MAP, page.content, page.scale, highlight_ids=frozenset({parcel.id}))
    _map_scale_line(canvas, SITE_MAP, page.content, page.scale, lang)
    _status_key(canvas, SITE_MAP, page.content, lang)
    _sections(canvas, page, lang, top=SITE_MAP.bottom + 12.0)
    _footer(canvas, job, number, total, _crs_line(page.content, lang))


def _sections(canvas: Canvas, page: SitePage, lang: Lang, top: float) -> None:
    col_w = (PAGE_W - 2 * MARGIN - 8.0) / 2
    label_w = col_w * 0.48
    bottom = PAGE_H - 16.0
    sections = page.sheet.sections
    # Fill the left column first; start the right one when the next section would not fit.
    heights = [
        5.5
        + sum(
            max(
                4.0,
                canvas.text_height(col_w - label_w - 1.0, v, 7.3) + 0.6,
                canvas.text_height(label_w, lab, 7.3) + 0.6,
            )
            for lab, v in s.lines
        )
        + 2.5
        for s in sections
    ]
    split = len(sections)
    acc = 0.0
    half = sum(heights) / 2
    for i, h in enumerate(heights):
        if acc + h / 2 > half:
            split = i
            break
        acc += h
    for col, group in enumerate((sections[:split], sections[split:])):
        x = MARGIN + col * (col_w + 8.0)
        y = top
        for section in group:
            canvas.text(Rect(x, y, col_w, 5.0), section.title, 9.0, bold=True, colour="#1f3b57")
            canvas.line(x, y + 4.8, x + col_w, y + 4.8, "#1f3b57", 0.3)
            y += 5.5
            for label, value in section.lines:
                h = max(
                    4.0,
                    canvas.text_height(col_w - label_w - 1.0, value, 7.3) + 0.6,
                    canvas.text_height(label_w, label, 7.3) + 0.6,
                )
                if y + h > bottom:
                    break
                canvas.text(Rect(x, y, label_w, h), label, 7.3, colour="#546e7a")
                unknown = value == text("unknown", lang)
                canvas.text(
                    Rect(x + label_w + 1.0, y, col_w - label_w - 1.0, h),
                    value,
                    7.3,
                    italic=unknown,
                    colour="#8d6e63" if unknown else "#102027",
                )
                y += h
            y += 2.5


# --- what a prospectus shows, gathered beforehand (ui.printing.prospectus) ---------------
@dataclass
class SitePage:
    """A parcel page: facts, map content and scale."""

    sheet: ProspectusSheet
    content: MapContent
    scale: int


@dataclass
class ProspectusJob:
    """Everything a prospectus PDF shows, gathered beforehand."""

    lang: Lang
    today: date
    municipality: str | None
    example_data: bool
    pages: list[SitePage]
    cover: MapContent
    cover_scale: int
    logo: Logo | None = None

    @property
    def index_pages(self) -> int:
        """How many index pages the parcels need."""
        per = rows_per_page(INDEX_BODY.h, INDEX_ROW_MM)
        return max(1, -(-len(self.pages) // per))

    def first_site_page(self) -> int:
        """Page number of the first parcel page (cover is 1)."""
        return 2 + self.index_pages
