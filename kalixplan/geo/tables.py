"""Geometry from the columns of a table (CSV, Excel): a WKT column, or x and y columns.

Columns are found by name (Swedish and English) unless the user names them;
decimal commas are read, and a row whose text is not a geometry is reported
by feature rather than refusing the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from kalixplan.geo.source import Reason, SourceError, SourceInfo

if TYPE_CHECKING:  # pandas is loaded by the tables' reader, not with this module
    import pandas as pd

WKT_COLUMNS = ("wkt", "geometry", "geom", "the_geom", "wkt_geom", "geometri")
X_COLUMNS = ("x", "e", "easting", "ost", "östlig", "lon", "longitude", "lng")
Y_COLUMNS = ("y", "n", "northing", "nord", "nordlig", "lat", "latitude")


def table_geometries(
    info: SourceInfo, frame: pd.DataFrame, geometry_columns: tuple[str, ...] | None
) -> tuple[pd.DataFrame, np.ndarray, list[str | None]]:
    """Geometries of a table's rows from its WKT column or its x and y columns.

    Args:
        info: the table's description (for messages).
        frame: every cell as read (text).
        geometry_columns: the WKT column, or the x and y columns; None finds them by name.

    Returns:
        (the other columns, geometries with None where a row has none, per row why its
        geometry could not be read or None).

    Raises:
        SourceError: no geometry column, or a named column the table lacks.
    """
    import pandas as pd

    columns = geometry_columns or find_geometry_columns(tuple(frame.columns))
    if not columns:
        raise SourceError(
            f"{info.path.name} has no geometry column; name one 'wkt' (WKT text) or give "
            "'x' and 'y' coordinate columns.",
            sv=f"{info.path.name} har ingen geometrikolumn; döp en till 'wkt' (WKT-text) eller "
            "ange koordinatkolumnerna 'x' och 'y'.",
        )
    for col in columns:
        if col not in frame.columns:
            raise SourceError(
                f"{info.path.name} has no column '{col}'.",
                sv=f"{info.path.name} har ingen kolumn '{col}'.",
            )
    errors: list[str | None] = [None] * len(frame)
    if len(columns) == 1:
        # A plain list: pandas would turn the None of an empty cell into a float NaN,
        # which shapely refuses with a TypeError instead of reading it as missing.
        texts = np.array(
            [None if _blank(v) else str(v).strip() for v in frame[columns[0]]], dtype=object
        )
        geoms = shapely.from_wkt(texts, on_invalid="ignore")
        given = np.array([t is not None for t in texts], dtype=bool)
        for i in np.flatnonzero(pd.isna(geoms) & given):
            text = _short(str(texts[i]))
            errors[int(i)] = Reason(
                f"its WKT text '{text}' is not a geometry",
                f"dess WKT-text '{text}' är ingen geometri",
            )
    else:
        xs = pd.to_numeric(frame[columns[0]].map(_decimal), errors="coerce").to_numpy()
        ys = pd.to_numeric(frame[columns[1]].map(_decimal), errors="coerce").to_numpy()
        ok = np.isfinite(xs) & np.isfinite(ys)
        geoms = np.full(len(frame), None, dtype=object)
        geoms[ok] = shapely.points(xs[ok], ys[ok])
        for i in np.flatnonzero(~ok):
            x, y = frame[columns[0]].iloc[i], frame[columns[1]].iloc[i]
            if not (_blank(x) and _blank(y)):
                errors[int(i)] = Reason(
                    f"its coordinates ({x}, {y}) are not numbers",
                    f"dess koordinater ({x}, {y}) är inte tal",
                )
    return frame.drop(columns=list(columns)), np.asarray(geoms, dtype=object), errors


def find_geometry_columns(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The WKT column, or the x and y columns, of a table found by name; () if none."""
    lower = {c.lower().strip(): c for c in columns}
    for name in WKT_COLUMNS:
        if name in lower:
            return (lower[name],)
    x = next((lower[n] for n in X_COLUMNS if n in lower), None)
    y = next((lower[n] for n in Y_COLUMNS if n in lower), None)
    return (x, y) if x and y else ()


def _decimal(value: Any) -> Any:
    # Swedish spreadsheets write decimal commas.
    return value.replace(",", ".").strip() if isinstance(value, str) else value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or str(value) == ""


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
