"""Default QGIS styles in the project database, so QGIS draws the same map as KalixPlan.

Issue "The project file guards itself": "default styles in layer_styles (QML) for
parcels by status, plan boundaries, land use by Boverket colour and the reference
layers, with field titles, value maps and labels". QGIS reads a layer's default
style from the ``layer_styles`` table of the GeoPackage or PostGIS database it
loads the layer from (the row with ``useAsDefault``); the table and its columns are
QGIS's own convention, the same on both engines. The QML is written for QGIS 3.22
(symbol layer properties as ``prop`` elements, which later versions still read).

Styles are written when a project is created and brought back by
``kalixplan check --repair`` if someone deleted them; a style a planner saved in
QGIS under another name is never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import quoteattr

from sqlalchemy import Connection, inspect, text

from kalixplan.domain.codes import LAND_USE_LABELS, PARCEL_STATUS_LABELS, PLAN_STATUS_LABELS
from kalixplan.domain.language import pick
from kalixplan.domain.palette import LAND_USE_COLOURS, PLAN_STROKE
from kalixplan.maps.style import STATUS_COLOURS, UNKNOWN_COLOUR
from kalixplan.printing.styles import reference_look
from kalixplan.services import sld
from kalixplan.store.columns import COLUMN_TITLES
from kalixplan.store.engine import Project

STYLE_NAME = "KalixPlan"
_GPKG_DDL = """
CREATE TABLE IF NOT EXISTS layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
  f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
  useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)"""
_PG_DDL = """
CREATE TABLE IF NOT EXISTS public.layer_styles (
  id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar,
  f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml,
  stylesld xml, useasdefault boolean, description text, owner varchar(63),
  ui xml, update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar
)"""


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    h = hex_colour.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},{alpha}"


def _symbol(kind: str, layer_class: str, name: str, props: dict[str, str], alpha: float) -> str:
    body = "".join(f"<prop k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in props.items())
    return (
        f'<symbol type="{kind}" name={quoteattr(name)} alpha="{alpha}" clip_to_extent="1" '
        f'force_rhr="0"><layer class="{layer_class}" enabled="1" pass="0" locked="0">{body}'
        "</layer></symbol>"
    )


def _fill_symbol(
    name: str,
    fill: str,
    outline: str,
    *,
    alpha: float = 1.0,
    fill_style: str = "solid",
    width: float = 0.3,
) -> str:
    props = {
        "color": _rgba(fill),
        "outline_color": _rgba(outline),
        "outline_style": "solid",
        "outline_width": str(width),
        "outline_width_unit": "MM",
        "style": fill_style,
        "joinstyle": "bevel",
    }
    return _symbol("fill", "SimpleFill", name, props, alpha)


def _darker(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return "#" + "".join(f"{int(int(h[i : i + 2], 16) * 0.6):02x}" for i in (0, 2, 4))


def _categorized(attr: str, classes: list[tuple[str, str, str]], *, alpha: float) -> str:
    """A categorized renderer: (value, label, colour) per class, then 'other'."""
    cats, syms = [], []
    for i, (value, label, colour) in enumerate(classes):
        cats.append(
            f'<category render="true" value={quoteattr(value)} symbol="{i}" '
            f"label={quoteattr(label)}/>"
        )
        syms.append(_fill_symbol(str(i), colour, _darker(colour), alpha=alpha))
    other = len(classes)
    cats.append(f'<category render="true" value="" symbol="{other}" label="–"/>')
    syms.append(_fill_symbol(str(other), UNKNOWN_COLOUR, _darker(UNKNOWN_COLOUR), alpha=alpha))
    return (
        f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(attr)} symbollevels="0" '
        f'enableorderby="0" forceraster="0"><categories>{"".join(cats)}</categories>'
        f"<symbols>{''.join(syms)}</symbols></renderer-v2>"
    )


def _labels(field: str, size: float) -> str:
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} fontSize="{size}" fontFamily="DejaVu Sans" '
        'textColor="35,35,35,255" isExpression="0" fontSizeUnit="Point">'
        '<text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255" '
        'bufferSizeUnits="MM"/></text-style>'
        '<placement placement="1" dist="0" priority="5"/>'
        '<rendering scaleVisibility="1" scaleMin="1" scaleMax="50000" obstacle="1"/>'
        "</settings></labeling>"
    )


def _aliases(table: str, lang: str) -> str:
    out = []
    for column, title in COLUMN_TITLES.get(table, {}).items():
        sv, _, en = title.partition(" / ")
        shown = (en or sv) if lang == "en" else sv
        out.append(f"<alias field={quoteattr(column)} name={quoteattr(shown)}/>")
    return f"<aliases>{''.join(out)}</aliases>"


def _value_map(field: str, values: dict[str, str]) -> str:
    entries = "".join(
        f'<Option type="Map"><Option type="QString" name={quoteattr(label)} '
        f"value={quoteattr(value)}/></Option>"
        for value, label in values.items()
    )
    return (
        f'<field name={quoteattr(field)} configurationFlags="None"><editWidget type="ValueMap">'
        f'<config><Option type="Map"><Option type="List" name="map">{entries}</Option>'
        "</Option></config></editWidget></field>"
    )


def _qml(body: str) -> str:
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
        f'<qgis version="3.22.16" styleCategories="AllStyleCategories">{body}</qgis>'
    )


def parcel_qml(lang: str) -> str:
    """Parcels by availability, labelled with their designation."""
    classes = [
        (status.value, pick(labels, lang), STATUS_COLOURS[status.value])
        for status, labels in PARCEL_STATUS_LABELS.items()
    ]
    values = {s.value: pick(labels, lang) for s, labels in PARCEL_STATUS_LABELS.items()}
    return _qml(
        _categorized("status", classes, alpha=0.75)
        + _labels("designation", 8)
        + f"<fieldConfiguration>{_value_map('status', values)}</fieldConfiguration>"
        + _aliases("parcels", lang)
    )


def plan_qml(lang: str) -> str:
    """Plan boundaries: a dark dashed outline, no fill, labelled with the designation."""
    outline = (
        '<renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0" enableorderby="0">'
        "<symbols>"
        + _fill_symbol("0", "#ffffff", PLAN_STROKE, fill_style="no", width=0.6)
        + "</symbols></renderer-v2>"
    )
    values = {s.value: pick(labels, lang) for s, labels in PLAN_STATUS_LABELS.items()}
    return _qml(
        outline
        + _labels("designation", 9)
        + f"<fieldConfiguration>{_value_map('status', values)}</fieldConfiguration>"
        + _aliases("plans", lang)
    )


def land_use_qml(lang: str) -> str:
    """Land-use areas in the colours of Swedish plan maps, by Boverket code."""
    classes = [
        (code, f"{code} – {pick(LAND_USE_LABELS[code], lang)}", colour)
        for code, colour in LAND_USE_COLOURS.items()
        if code in LAND_USE_LABELS
    ]
    return _qml(_categorized("code", classes, alpha=0.45) + _aliases("land_use_areas", lang))


def _line_symbol(name: str, colour: str, width: float, dashed: bool) -> str:
    props = {
        "line_color": _rgba(colour),
        "line_width": str(width),
        "line_width_unit": "MM",
        "line_style": "dash" if dashed else "solid",
        "capstyle": "round",
        "joinstyle": "round",
    }
    return _symbol("line", "SimpleLine", name, props, 1.0)


def _marker_symbol(name: str, fill: str, outline: str) -> str:
    props = {
        "name": "circle",
        "color": _rgba(fill),
        "outline_color": _rgba(outline),
        "outline_width": "0.4",
        "outline_width_unit": "MM",
        "size": "3.2",
        "size_unit": "MM",
    }
    return _symbol("marker", "SimpleMarker", name, props, 1.0)


def reference_qml(lang: str, layers: list[tuple[int, str, str]]) -> str:
    """Reference features: one rule per reference layer, drawn in its kind's colours.

    Args:
        layers: (id, name, kind) of each reference layer; the rules match ``layer_id``.
    """
    rules, symbols = [], []
    for n, (layer_id, name, kind) in enumerate(layers):
        style, opacity = reference_look(kind)
        fill = style.fill or style.stroke
        if style.shape == "point":
            symbol = _marker_symbol(str(n), fill, style.stroke)
        elif style.shape == "area":
            symbol = _fill_symbol(str(n), fill, style.stroke, alpha=opacity)
        else:
            symbol = _line_symbol(str(n), style.stroke, style.width_mm, style.dashed)
        rules.append(
            f'<rule key="r{n}" symbol="{n}" label={quoteattr(name)} '
            f'filter={quoteattr(f""""layer_id" = {int(layer_id)}""")}/>'
        )
        symbols.append(symbol)
    renderer = (
        '<renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">'
        f'<rules key="root">{"".join(rules)}</rules><symbols>{"".join(symbols)}</symbols>'
        "</renderer-v2>"
    )
    return _qml(renderer + _labels("name", 8) + _aliases("reference_features", lang))


_BY_LANGUAGE: dict[str, Callable[[str], str]] = {
    "parcels": parcel_qml,
    "plans": plan_qml,
    "land_use_areas": land_use_qml,
}
# Every map layer with a default style; the reference features' depends on the layers.
STYLES: tuple[str, ...] = (*_BY_LANGUAGE, "reference_features")


_SLD_BY_LANGUAGE: dict[str, Callable[[str], str]] = {
    "parcels": sld.parcel_sld,
    "plans": sld.plan_sld,
    "land_use_areas": sld.land_use_sld,
}


def _build(table: str, lang: str, conn: Connection) -> tuple[str, str]:
    """The QML and the SLD of ``table``'s default style."""
    if table in _BY_LANGUAGE:
        return _BY_LANGUAGE[table](lang), _SLD_BY_LANGUAGE[table](lang)
    rows = conn.execute(text("SELECT id, name, kind FROM reference_layers ORDER BY id"))
    layers = [(int(i), str(n), str(k)) for i, n, k in rows]
    return reference_qml(lang, layers), sld.reference_sld(layers)


def write_default_styles(
    conn: Connection, lang: str = "sv", *, only: tuple[str, ...] = STYLES
) -> int:
    """Write (or refresh) KalixPlan's default style of each layer (or ``only`` these).

    Only rows named ``KalixPlan`` are replaced; styles saved by planners stay.
    Returns how many were written.
    """
    sqlite = conn.dialect.name == "sqlite"
    conn.exec_driver_sql(_GPKG_DDL if sqlite else _PG_DDL)
    if sqlite:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
            "description, last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', "
            "'QGIS layer styles', strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
        )
    name_col, qml_col, sld_col, default_col = (
        ("styleName", "styleQML", "styleSLD", "useAsDefault")
        if sqlite
        else ("stylename", "styleqml", "stylesld", "useasdefault")
    )
    schema = "" if sqlite else "public"
    for table in only:
        conn.execute(
            text(f"DELETE FROM layer_styles WHERE f_table_name = :t AND {name_col} = :n"),
            {"t": table, "n": STYLE_NAME},
        )
        # A default a planner chose in QGIS stays the default; ours is then one to pick.
        theirs = conn.execute(
            text(f"SELECT count(*) FROM layer_styles WHERE f_table_name = :t AND {default_col}"),
            {"t": table},
        ).scalar()
        qml, sld_text = _build(table, lang, conn)
        xml = ":{}" if sqlite else "XMLPARSE(DOCUMENT :{})"
        conn.execute(
            text(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                f"f_geometry_column, {name_col}, {qml_col}, {sld_col}, {default_col}, "
                "description, owner) VALUES ('', :schema, :t, 'geom', :n, "
                f"{xml.format('qml')}, {xml.format('sld')}, :yes, :d, 'KalixPlan')"
            ),
            {
                "schema": schema,
                "t": table,
                "n": STYLE_NAME,
                "qml": qml,
                "sld": sld_text,
                "yes": not theirs,
                "d": "KalixPlan's default map style",
            },
        )
    return len(only)


def write_reference_style(conn: Connection) -> None:
    """Refresh the reference features' default style after reference layers changed.

    Its rules name the layers one by one, so a layer imported later gets its colours;
    the words are in the project's language. A project without ``layer_styles`` (made
    before styles existed) is left to ``bring_styles_up_to_date``.
    """
    if not inspect(conn).has_table("layer_styles"):
        return
    write_default_styles(conn, project_language(conn), only=("reference_features",))


def styles_missing(conn: Connection) -> list[str]:
    """The layers without KalixPlan's default style."""
    if not inspect(conn).has_table("layer_styles"):
        return list(STYLES)
    col = "styleName" if conn.dialect.name == "sqlite" else "stylename"
    have = {
        r[0]
        for r in conn.execute(
            text(f"SELECT f_table_name FROM layer_styles WHERE {col} = :n"), {"n": STYLE_NAME}
        )
    }
    return [t for t in STYLES if t not in have]


def bring_styles_up_to_date(project: Project) -> list[str]:
    """Write the default styles a project lacks (an older file, or deleted in QGIS).

    Returns:
        the layers whose style was written (empty when none was missing).
    """
    with project.reader.connect() as conn:
        missing = styles_missing(conn)
    if missing:
        with project.engine.begin() as conn:
            write_default_styles(conn, project_language(conn))
    return missing


def project_language(conn: Connection) -> str:
    """The project's language for what others read of it (QGIS styles): 'sv' or 'en'."""
    lang = conn.execute(text("SELECT value FROM project_settings WHERE key = 'language'")).scalar()
    return "en" if lang == "en" else "sv"
