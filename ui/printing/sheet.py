"""The map sheet: a true-scale map frame and a panel with title, legend and credits.

The panel is a list of blocks (header, title, legend, overview, north arrow
and scale bar, facts, credits) flowed top to bottom into one column (landscape)
or three columns (portrait), so one routine lays out every paper size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kalixplan.geo.crs import crs_name
from kalixplan.printing.grid import GridTicks, label_band_mm, plan_ticks
from kalixplan.printing.labels import fmt_decimal, text
from kalixplan.printing.logo import logo_box
from kalixplan.printing.north import north_arrow_angle_deg
from kalixplan.printing.paper import GAP_MM, MapLayout, Rect
from kalixplan.printing.scale import format_int, format_scale, scale_bar
from kalixplan.printing.spec import MapSpec
from kalixplan.services.printing import MapContent
from ui.printing.basemap import BasemapResult
from ui.printing.canvas import Align, Canvas
from ui.printing.furniture import (
    draw_grid_ticks,
    draw_north_arrow,
    draw_scale_bar,
    draw_swatch,
    tick_label_size,
)
from ui.printing.logo import Logo, draw_logo, draw_placeholder
from ui.printing.mapframe import draw_map, draw_overview


@dataclass
class Block:
    """A panel block: its height for a column width, how to draw it, its column in portrait.

    In portrait the panel is a band of three columns: identity and scale on
    the left, the legend in the middle, overview and credits on the right.
    """

    height: Callable[[float], float]
    draw: Callable[[Rect], None]
    column: int = 0
    # The least height (mm) the block is still worth drawing at when its column is too
    # short; below it the block is left out. None: it never gives way. The overview
    # map does, so that the text blocks (facts, credits) are never cut off.
    least: float | None = None
    # A height the block can also be drawn in without leaving anything out (the legend
    # in two columns); used only when leaving out what can give way is not enough.
    compact: Callable[[float], float] | None = None


@dataclass(frozen=True)
class SheetInfo:
    """What the sheet says besides the map: who, when, for whom."""

    today: date
    municipality: str | None


def example_banner(canvas: Canvas, rect: Rect) -> None:
    """The red 'Exempeldata / Example data' banner of invented data."""
    canvas.box(rect, "#ffebee", "#c62828", 0.4)
    canvas.text(
        rect, text("example_data", "sv"), 10.0, bold=True, colour="#b71c1c", align=Align.AlignCenter
    )


def render_map_sheet(
    canvas: Canvas,
    layout: MapLayout,
    spec: MapSpec,
    content: MapContent,
    scale: int,
    info: SheetInfo,
    basemap: BasemapResult | None = None,
    logo: Logo | None = None,
) -> None:
    """Draw one map sheet on the canvas's current page."""
    if basemap is not None and basemap.tiles:
        basemap.draw(canvas, layout.map_frame, content.extent, scale)
    frame = layout.map_frame
    draw_map(canvas, frame, content, scale, highlight_ids=spec.highlight_ids)
    banner = Rect(frame.x + 3.0, frame.y + 3.0, 62.0, 7.0)
    grid = None
    if spec.grid:
        label_size = tick_label_size(canvas)
        # The banner moves in past the tick labels rather than hide some of them.
        inset = label_band_mm(label_size("N 0")[1]) + 1.5
        banner = Rect(frame.x + inset, frame.y + inset, 62.0, 7.0)
        keep_out = [banner] if content.example_data else []
        grid = plan_ticks(frame, content.extent, scale, label_size, keep_out)
        draw_grid_ticks(canvas, grid)
    if content.example_data:
        example_banner(canvas, banner)
    blocks = _blocks(canvas, spec, content, scale, info, basemap, logo, grid)
    columns = 1 if layout.panel.h > layout.panel.w else 3
    _flow(blocks, layout.panel, columns)


def _flow(blocks: list[Block], panel: Rect, columns: int) -> None:
    col_w = (panel.w - GAP_MM * (columns - 1)) / columns
    if columns > 1:
        blocks = sorted(blocks, key=lambda b: b.column)  # stable: keeps the order within one
    heights = _fitted_heights(blocks, col_w, panel.h, columns)
    col, y = 0, panel.y
    for n, block in enumerate(blocks):
        h = heights[n]
        if h <= 0.0:
            continue  # left out: the column is too short for it
        if columns > 1 and block.column > col:
            col, y = min(block.column, columns - 1), panel.y
        if n == len(blocks) - 1:
            y = max(y, panel.bottom - h)  # the credits sit at the foot of the column
        if y + h > panel.bottom + 0.01 and y > panel.y and col < columns - 1:
            col, y = col + 1, panel.y
        x = panel.x + col * (col_w + GAP_MM)
        block.draw(Rect(x, y, col_w, min(h, panel.bottom - y)))
        y += h + 3.5


def _fitted_heights(blocks: list[Block], col_w: float, panel_h: float, columns: int) -> list[float]:
    """Each block's height; where a column overflows, blocks that can give way shrink to
    their least height or, if that is not enough, are left out (height 0)."""
    heights = [b.height(col_w) for b in blocks]
    if columns == 1:
        groups = [list(range(len(blocks)))]
    else:
        groups = [
            [i for i, b in enumerate(blocks) if min(b.column, columns - 1) == c]
            for c in range(columns)
        ]
    for group in groups:
        over = sum(heights[i] for i in group) + 3.5 * max(len(group) - 1, 0) - panel_h
        for i in group:
            least = blocks[i].least
            if over <= 0 or least is None:
                continue
            if over <= heights[i] - least:
                heights[i] -= over
                over = 0.0
            else:
                over -= heights[i] + 3.5
                heights[i] = 0.0
        for i in group:
            compact = blocks[i].compact
            if over > 0 and compact is not None:
                # A whole municipality's legend can be long: two columns before any cut.
                saved = max(heights[i] - compact(col_w), 0.0)
                heights[i] -= saved
                over -= saved
    return heights


def _blocks(
    canvas: Canvas,
    spec: MapSpec,
    content: MapContent,
    scale: int,
    info: SheetInfo,
    basemap: BasemapResult | None,
    logo: Logo | None,
    grid: GridTicks | None,
) -> list[Block]:
    lang = spec.lang
    title = spec.title or text("default_title", lang)
    blocks: list[Block] = []

    def header(r: Rect) -> None:
        if logo is None:
            mark = draw_placeholder(canvas, r.x, r.y, lang, "#eef2f7")
        else:
            mark = draw_logo(canvas, logo_box(r.x, r.y, r.w), logo)
        name_x = mark.right + 3.0
        canvas.text(
            Rect(name_x, r.y + 1.0, r.right - name_x, 15.0),
            info.municipality or "",
            12.0,
            bold=True,
            colour="#263238",
        )

    blocks.append(Block(lambda w: 16.0, header))

    def title_height(w: float) -> float:
        h = canvas.text_height(w, title, 17.0, bold=True)
        if spec.subtitle:
            h += 1.5 + canvas.text_height(w, spec.subtitle, 10.5)
        return h + 1.0

    def draw_title(r: Rect) -> None:
        h = canvas.text(r, title, 17.0, bold=True, colour="#102027")
        if spec.subtitle:
            canvas.text(Rect(r.x, r.y + h + 1.5, r.w, r.h), spec.subtitle, 10.5, colour="#37474f")
        canvas.line(r.x, r.bottom + 1.5, r.right, r.bottom + 1.5, "#263238", 0.4)

    blocks.append(Block(title_height, draw_title))
    if content.example_data:
        blocks.append(Block(lambda w: 7.0, lambda r: example_banner(canvas, r)))
    blocks.append(_legend_block(canvas, content, lang))
    if spec.overview and content.boundary is not None:

        def draw_ov(r: Rect) -> None:
            canvas.text(Rect(r.x, r.y, r.w, 5.0), text("overview", lang), 9.0, bold=True)
            draw_overview(canvas, Rect(r.x, r.y + 5.5, r.w, r.h - 5.5), content)

        blocks.append(Block(lambda w: min(w * 0.62, 62.0) + 5.5, draw_ov, column=2, least=35.0))
    angle = north_arrow_angle_deg(content.epsg, spec_centre(content))

    def draw_north_scale(r: Rect) -> None:
        draw_north_arrow(canvas, r.x + 9.0, r.y + 19.0, angle)
        sx = r.x + 24.0
        label = f"{text('scale', lang)} {format_scale(scale)} ({spec.paper.value})"
        # Narrow portrait columns get a smaller scale line rather than a wrapped one.
        pt = 11.0 if canvas.text_width(label, 11.0, bold=True) <= r.w - 24.0 else 8.5
        canvas.text(Rect(sx, r.y + 1.0, r.w - 24.0, 7.0), label, pt, bold=True, wrap=False)
        bar = scale_bar(scale, min(60.0, r.w - 24.0 - 10.0))
        draw_scale_bar(canvas, sx, r.y + 9.0, bar)
        canvas.text(
            Rect(sx, r.y + 17.5, r.w - 24.0, 12.0), text("true_scale", lang), 6.5, colour="#455a64"
        )

    blocks.append(Block(lambda w: 32.0, draw_north_scale))
    facts = _facts(spec, content, info, angle, basemap, grid)

    def draw_facts(r: Rect) -> None:
        canvas.text(r, facts, 7.5, colour="#263238")

    blocks.append(Block(lambda w: canvas.text_height(w, facts, 7.5), draw_facts, column=2))
    return blocks


def spec_centre(content: MapContent) -> tuple[float, float]:
    """The map centre of the printed extent."""
    minx, miny, maxx, maxy = content.extent
    return (minx + maxx) / 2.0, (miny + maxy) / 2.0


def _facts(
    spec: MapSpec,
    content: MapContent,
    info: SheetInfo,
    angle: float,
    basemap: BasemapResult | None,
    grid: GridTicks | None,
) -> str:
    lang = spec.lang
    lines = [f"{text('date', lang)}: {info.today.isoformat()}"]
    if spec.author:
        lines.append(f"{text('author', lang)}: {spec.author}")
    lines.append(f"{text('crs', lang)}: {crs_name(content.epsg)} (EPSG:{content.epsg})")
    if grid is not None:
        lines.append(text("grid_every", lang).format(m=format_int(grid.interval_m)))
    conv = fmt_decimal(angle, 2, lang)
    lines.append(
        f"Norrpilen visar sann nord (meridiankonvergens {conv}°)"
        if lang == "sv"
        else f"The arrow points to true north (meridian convergence {conv}°)"
    )
    credits = list(content.attributions)
    if spec.basemap:
        if basemap is not None and basemap.tiles:
            credits.append(basemap.attribution)
        else:
            credits.append(text("basemap_unavailable", lang))
    lines.extend(credits)
    return "\n".join(lines)


def _legend_block(canvas: Canvas, content: MapContent, lang: str) -> Block:
    entries = content.legend
    row = 5.2

    def rows(w: float) -> list[float]:
        return [max(row, canvas.text_height(w - 11.0, e.label, 7.5) + 1.2) for e in entries]

    def height(w: float) -> float:
        return 6.0 + (sum(rows(w)) if entries else row)

    def two_columns(w: float) -> float:
        hs = rows((w - GAP_MM) / 2.0)
        half = (len(hs) + 1) // 2
        return 6.0 + max(sum(hs[:half]), sum(hs[half:]), row)

    def draw(r: Rect) -> None:
        canvas.text(
            Rect(r.x, r.y, r.w, 5.0), text("legend", "sv" if lang == "sv" else "en"), 9.0, bold=True
        )
        y = r.y + 6.0
        if not entries:
            canvas.text(
                Rect(r.x, y, r.w, row),
                text("no_parcels", "sv" if lang == "sv" else "en"),
                7.5,
                italic=True,
            )
        split = r.h < height(r.w) - 0.01 and len(entries) > 1
        w = (r.w - GAP_MM) / 2.0 if split else r.w
        half = (len(entries) + 1) // 2 if split else len(entries)
        x = r.x
        for n, e in enumerate(entries):
            if n == half:
                x, y = r.x + w + GAP_MM, r.y + 6.0
            h = max(row, canvas.text_height(w - 11.0, e.label, 7.5) + 1.2)
            draw_swatch(canvas, Rect(x, y + 0.6, 8.0, 3.8), e)
            canvas.text(Rect(x + 11.0, y + 0.3, w - 11.0, h), e.label, 7.5)
            y += h

    return Block(height, draw, column=1, compact=two_columns)
