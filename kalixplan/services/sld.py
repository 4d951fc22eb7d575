"""The default styles as OGC SLD 1.1 (Symbology Encoding), beside the QML in ``layer_styles``.

QGIS draws from the QML; other readers of the same table (GeoServer, web clients,
QGIS's "Load style from SLD") take the SLD. Both are made from one palette
(``domain/palette.py``) and say the same: parcels by status, plan boundaries
dashed, land use by Boverket code, each reference layer in its kind's colours.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from kalixplan.domain.codes import LAND_USE_LABELS, PARCEL_STATUS_LABELS, ParcelStatus
from kalixplan.domain.language import pick
from kalixplan.domain.palette import (
    LAND_USE_COLOURS,
    LAND_USE_OPACITY,
    PLAN_STROKE,
)
from kalixplan.maps.style import STATUS_COLOURS
from kalixplan.printing.styles import LAND_USE_STROKE, reference_look

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" '
    'xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.opengis.net/sld '
    'http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">'
)


def _param(name: str, value: str) -> str:
    return f'<se:SvgParameter name="{name}">{escape(value)}</se:SvgParameter>'


def _stroke(colour: str, width_px: float, dashed: bool = False) -> str:
    dash = _param("stroke-dasharray", "6 3") if dashed else ""
    return (
        f"<se:Stroke>{_param('stroke', colour)}{_param('stroke-width', f'{width_px:g}')}"
        f"{dash}</se:Stroke>"
    )


def _polygon(fill: str, opacity: float, stroke: str, width_px: float = 1) -> str:
    body = f"<se:Fill>{_param('fill', fill)}{_param('fill-opacity', f'{opacity:g}')}</se:Fill>"
    return f"<se:PolygonSymbolizer>{body}{_stroke(stroke, width_px)}</se:PolygonSymbolizer>"


def _line(stroke: str, width_px: float, dashed: bool) -> str:
    return f"<se:LineSymbolizer>{_stroke(stroke, width_px, dashed)}</se:LineSymbolizer>"


def _point(fill: str, stroke: str) -> str:
    return (
        "<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName>"
        f"<se:Fill>{_param('fill', fill)}</se:Fill>{_stroke(stroke, 1)}</se:Mark>"
        "<se:Size>12</se:Size></se:Graphic></se:PointSymbolizer>"
    )


def _rule(name: str, title: str, symbolizer: str, equals: tuple[str, str] | None) -> str:
    condition = ""
    if equals is not None:
        column, value = equals
        condition = (
            "<ogc:Filter><ogc:PropertyIsEqualTo>"
            f"<ogc:PropertyName>{escape(column)}</ogc:PropertyName>"
            f"<ogc:Literal>{escape(value)}</ogc:Literal>"
            "</ogc:PropertyIsEqualTo></ogc:Filter>"
        )
    return (
        f"<se:Rule><se:Name>{escape(name)}</se:Name><se:Description><se:Title>"
        f"{escape(title)}</se:Title></se:Description>{condition}{symbolizer}</se:Rule>"
    )


def _document(table: str, rules: list[str]) -> str:
    return (
        f"{_HEAD}<NamedLayer><se:Name>{escape(table)}</se:Name><UserStyle>"
        "<se:Name>KalixPlan</se:Name><se:FeatureTypeStyle>"
        f"{''.join(rules)}</se:FeatureTypeStyle></UserStyle></NamedLayer>"
        "</StyledLayerDescriptor>"
    )


def parcel_sld(lang: str) -> str:
    """Parcels by status, in the map's colours."""
    rules = [
        _rule(
            s.value,
            pick(PARCEL_STATUS_LABELS[s], lang),
            _polygon(STATUS_COLOURS[s.value], 0.75, "#333333"),
            ("status", s.value),
        )
        for s in ParcelStatus
    ]
    return _document("parcels", rules)


def plan_sld(lang: str) -> str:
    """Plan boundaries: a dashed outline, no fill."""
    title = pick(("Detaljplanegräns", "Plan boundary"), lang)
    outline = f"<se:PolygonSymbolizer>{_stroke(PLAN_STROKE, 2, dashed=True)}</se:PolygonSymbolizer>"
    return _document("plans", [_rule("plan", title, outline, None)])


def land_use_sld(lang: str) -> str:
    """Land-use areas by Boverket code, as the page shows them."""
    rules = [
        _rule(
            code,
            f"{code} – {pick(LAND_USE_LABELS[code], lang)}",
            _polygon(colour, LAND_USE_OPACITY, LAND_USE_STROKE, 0.5),
            ("code", code),
        )
        for code, colour in LAND_USE_COLOURS.items()
        if code in LAND_USE_LABELS
    ]
    return _document("land_use_areas", rules)


def reference_sld(layers: list[tuple[int, str, str]]) -> str:
    """Each reference layer (id, name, kind) in its kind's colours and shape."""
    rules = []
    for layer_id, name, kind in layers:
        style, opacity = reference_look(kind)
        fill = style.fill or style.stroke
        if style.shape == "point":
            symbolizer = _point(fill, style.stroke)
        elif style.shape == "area":
            symbolizer = _polygon(fill, opacity, style.stroke)
        else:
            symbolizer = _line(style.stroke, 2, style.dashed)
        rules.append(_rule(f"layer {layer_id}", name, symbolizer, ("layer_id", str(layer_id))))
    return _document("reference_features", rules)
