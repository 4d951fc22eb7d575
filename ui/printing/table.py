"""Simple ruled tables on paper: the parcel table of a map sheet and the prospectus index."""

from __future__ import annotations

from collections.abc import Sequence

from kalixplan.printing.paper import Rect
from ui.printing.canvas import Align, Canvas

ROW_MM = 6.0


def rows_per_page(height_mm: float, row_mm: float = ROW_MM) -> int:
    """How many body rows fit under the header row in ``height_mm``."""
    return max(int(height_mm / row_mm) - 1, 1)


def draw_table(
    canvas: Canvas,
    rect: Rect,
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    right_aligned: frozenset[int] = frozenset(),
    pt: float = 8.0,
    row_mm: float = ROW_MM,
) -> float:
    """A table with a shaded header row; ``widths`` are fractions of the width. Returns height."""
    total = sum(widths)
    xs = [rect.x]
    for w in widths:
        xs.append(xs[-1] + rect.w * w / total)
    y = rect.y
    canvas.box(Rect(rect.x, y, rect.w, row_mm), "#263238")
    for i, head in enumerate(headers):
        align = Align.AlignRight if i in right_aligned else Align.AlignLeft
        canvas.text(
            Rect(xs[i] + 1.2, y, xs[i + 1] - xs[i] - 2.4, row_mm),
            head,
            pt,
            bold=True,
            colour="#ffffff",
            align=align | Align.AlignVCenter,
            wrap=False,
        )
    y += row_mm
    for n, row in enumerate(rows):
        if n % 2:
            canvas.box(Rect(rect.x, y, rect.w, row_mm), "#eceff1")
        for i, cell in enumerate(row):
            align = Align.AlignRight if i in right_aligned else Align.AlignLeft
            canvas.text(
                Rect(xs[i] + 1.2, y, xs[i + 1] - xs[i] - 2.4, row_mm),
                cell,
                pt,
                align=align | Align.AlignVCenter,
                wrap=False,
            )
        y += row_mm
    canvas.line(rect.x, y, rect.right, y, "#263238", 0.3)
    return y - rect.y
