"""Every text on a map sheet gets the room it needs: the overview map gives way, the facts
and credits are never cut off (they were on an A3 landscape demo sheet once the coordinate
tick line was added)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kalixplan.printing.paper import Paper, map_layout
from kalixplan.printing.spec import MapSpec
from kalixplan.services.printing import matching_parcel_ids, parcels_extent
from kalixplan.store.engine import open_project
from ui.printing import sheet
from ui.printing.canvas import Canvas
from ui.printing.pdf import write_map_pdf
from ui.printing.sheet import Block, _flow

pytestmark = pytest.mark.ui


def test_flow_shrinks_the_block_that_can_give_before_cutting_text() -> None:
    drawn: dict[str, Any] = {}

    def block(name: str, h: float, least: float | None = None) -> Block:
        return Block(lambda w: h, lambda r: drawn.__setitem__(name, r), least=least)

    panel = map_layout(Paper.A3, True).panel
    facts_h = 22.0
    fixed = 16.0 + 40.0 + 32.0 + facts_h + 4 * 3.5
    overview_h = panel.h - fixed + 20.0  # 20 mm too much for the column
    _flow(
        [
            block("header", 16.0),
            block("legend", 40.0),
            block("overview", overview_h, least=35.0),
            block("scale", 32.0),
            block("facts", facts_h),
        ],
        panel,
        1,
    )
    assert drawn["facts"].h == pytest.approx(facts_h)
    assert drawn["facts"].bottom <= panel.bottom + 0.01
    assert drawn["overview"].h == pytest.approx(overview_h - 20.0)
    tops = [drawn[n].y for n in ("header", "legend", "overview", "scale", "facts")]
    assert tops == sorted(tops)
    # Too short even for the least overview: it is left out, the text still fits.
    drawn.clear()
    _flow(
        [
            block("header", 16.0),
            block("legend", 40.0 + overview_h - 45.0),
            block("overview", overview_h, least=35.0),
            block("scale", 32.0),
            block("facts", facts_h),
        ],
        panel,
        1,
    )
    assert "overview" not in drawn
    assert drawn["facts"].h == pytest.approx(facts_h)
    assert drawn["facts"].bottom <= panel.bottom + 0.01


@pytest.mark.parametrize(
    ("paper", "landscape", "area"),
    [
        (Paper.A3, True, None),
        (Paper.A3, True, "Lägret industriområde"),
        (Paper.A4, False, "Lägret industriområde"),
        (Paper.A4, True, None),
    ],
)
def test_no_text_on_the_demo_sheet_is_cut_off(
    paper: Paper,
    landscape: bool,
    area: str | None,
    demo_path: Path,
    tmp_path: Path,
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cut: list[tuple[str, float, float]] = []
    original = Canvas.text

    def measured(self: Canvas, rect: Any, value: str, pt: float, **kwargs: Any) -> float:
        used = original(self, rect, value, pt, **kwargs)
        if kwargs.get("wrap", True) and used > rect.h + 0.05:
            cut.append((value[:40], used, rect.h))
        return used

    monkeypatch.setattr(sheet.Canvas, "text", measured)
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as s:
            where = {"area_name": area} if area else {}
            extent = parcels_extent(s, matching_parcel_ids(s, where))
        spec = MapSpec(area=extent, paper=paper, landscape=landscape)
        write_map_pdf(project, spec, tmp_path / "sheet.pdf")
    finally:
        project.close()
    assert cut == []
