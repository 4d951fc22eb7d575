"""Legend entries: only what is actually visible in the map frame."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kalixplan.domain.codes import PARCEL_STATUS_LABELS, ParcelStatus, land_use_words
from kalixplan.domain.language import Lang
from kalixplan.domain.palette import PLAN_STROKE
from kalixplan.printing.labels import text
from kalixplan.printing.styles import (
    LAND_USE_STROKE,
    PLAN_WIDTH_MM,
    REFERENCE_ORDER,
    land_use_fill,
    parcel_style,
    reference_style,
)


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend.

    Attributes:
        key: a stable key ('parcel:available', 'land_use:J', 'plan', 'ref:road').
        label: what the reader sees.
        symbol: 'area', 'line', 'outline' or 'point'.
        fill: fill colour (hex) or None.
        stroke: outline or line colour (hex).
        width_mm: line width on paper.
        dashed: dashed line.
    """

    key: str
    label: str
    symbol: str
    fill: str | None
    stroke: str
    width_mm: float = 0.3
    dashed: bool = False


def legend_entries(
    lang: Lang,
    *,
    statuses: Iterable[str] = (),
    land_uses: Iterable[str] = (),
    plans_visible: bool = False,
    reference_layers: Iterable[tuple[str, str]] = (),
) -> list[LegendEntry]:
    """The legend for what the frame shows, in a fixed reading order.

    Args:
        lang: 'sv' or 'en'.
        statuses: parcel statuses of the parcels in the frame.
        land_uses: land-use codes of the areas in the frame.
        plans_visible: whether a plan boundary is in the frame.
        reference_layers: (kind, layer name) of each reference layer with a
            feature in the frame.
    """
    idx = 0 if lang == "sv" else 1
    out: list[LegendEntry] = []
    present = set(statuses)
    for status in ParcelStatus:
        if status.value in present:
            style = parcel_style(status.value)
            out.append(
                LegendEntry(
                    f"parcel:{status.value}",
                    PARCEL_STATUS_LABELS[status][idx],
                    "area",
                    style.fill,
                    style.stroke,
                    style.width_mm,
                )
            )
    codes = set(land_uses)
    for code in sorted(codes, key=_code_order):
        label = land_use_words(code, lang) or code
        out.append(
            LegendEntry(
                f"land_use:{code}",
                f"{code}  {label}",
                "area",
                land_use_fill(code),
                LAND_USE_STROKE,
                0.2,
            )
        )
    if plans_visible:
        out.append(
            LegendEntry(
                "plan", text("plan_boundary", lang), "outline", None, PLAN_STROKE, PLAN_WIDTH_MM
            )
        )
    order = {k: i for i, k in enumerate(REFERENCE_ORDER)}
    for kind, name in sorted(set(reference_layers), key=lambda kn: (order.get(kn[0], 99), kn[1])):
        ref_style = reference_style(kind)
        symbol = {"line": "line", "point": "point", "area": "area"}[ref_style.shape]
        out.append(
            LegendEntry(
                f"ref:{kind}:{name}",
                name,
                symbol,
                ref_style.fill,
                ref_style.stroke,
                ref_style.width_mm,
                ref_style.dashed,
            )
        )
    return out


def _code_order(code: str) -> tuple[int, str]:
    # Kvartersmark letters first (alphabetical), then allmän plats words.
    return (0 if len(code) == 1 else 1, code)
