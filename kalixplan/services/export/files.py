"""Writing an export frame to a file: GeoPackage, GeoJSON, Shapefile, CSV (WKT) and Excel.

GDAL (pyogrio) writes the GIS formats; openpyxl writes Excel, with the
geometry as WKT rounded to the millimetre. Column headers are the stable
English field names or their Swedish counterparts; Shapefile headers are cut
to the ten characters a .dbf allows, with fixed short names where two fields
would otherwise collide, so that the importer recognises every one of them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.language import format_number
from kalixplan.services import outputs
from kalixplan.services.importing.fields import header, shapefile_name

DRIVERS: dict[str, str] = {
    ".gpkg": "GPKG",
    ".geojson": "GeoJSON",
    ".csv": "CSV",
    ".shp": "ESRI Shapefile",
    ".xlsx": "XLSX",
}
# Excel keeps at most this many characters in a cell.
EXCEL_CELL_LIMIT = 32_767
# A .dbf text field holds at most this many bytes.
DBF_TEXT_LIMIT = 254

Check = Callable[[], None]


def write_frame(
    frame: gpd.GeoDataFrame,
    out: Path,
    layer: str,
    *,
    lang: str = "en",
    kind: str = "parcels",
    check: Check | None = None,
    overwrite: bool = False,
    protect: Iterable[str | Path | None] = (),
) -> None:
    """Write a frame in the format of ``out``'s extension.

    The file appears only when it is complete and read back: it is written
    next to ``out`` under a temporary name, fsynced, checked (GDAL opens it
    and counts the features; CSV and Excel rows are counted) and moved into
    place (``kalixplan.services.outputs``).

    Args:
        frame: columns named by the English field names, geometry in 'geometry'.
        out: the file (.gpkg .geojson .shp .csv .xlsx).
        layer: the layer name inside a GeoPackage.
        lang: 'en' or 'sv' column headers.
        kind: the register, for the Swedish headers.
        check: called between steps; raises to stop (Cancel).
        overwrite: replace an existing file that is not a project.
        protect: the open project database(s), never written over.

    Raises:
        KalixPlanError: unsupported extension, a project or existing file as target,
            an unwritable place, data the format cannot hold.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in DRIVERS:
        raise KalixPlanError(
            f"Cannot export to '{out.name}': use one of {', '.join(sorted(DRIVERS))}.",
            sv=f"Det går inte att exportera till '{out.name}': använd något av "
            f"{', '.join(sorted(DRIVERS))}.",
        )
    if lang not in ("en", "sv"):
        raise KalixPlanError(
            f"Language '{lang}' is not available; use sv or en.",
            sv=f"Språket '{lang}' finns inte; använd sv eller en.",
        )
    target = outputs.check_target(out, protect=protect, overwrite=overwrite, what="export")
    stop = check or (lambda: None)
    names = {
        c: (shapefile_name(c, lang, kind) if suffix == ".shp" else header(c, lang, kind))
        for c in frame.columns
        if c != "geometry"
    }
    if suffix == ".csv":
        verify = outputs.verify_csv_rows(len(frame) + 1)
    elif suffix == ".xlsx":
        verify = outputs.verify_xlsx_rows(len(frame) + 1)
    else:
        verify = outputs.verify_features(len(frame), None if suffix == ".shp" else layer)
    if suffix == ".shp":
        _check_dbf_text(frame)
    with outputs.atomic_output(target, verify=verify) as tmp:
        if suffix == ".csv":
            _write_csv(frame, names, tmp)
        elif suffix == ".xlsx":
            _write_xlsx(frame, names, tmp, layer, stop)
        else:
            _write_gdal(frame, names, tmp, layer, DRIVERS[suffix])
        stop()


def _has_geometry(frame: gpd.GeoDataFrame) -> bool:
    return "geometry" in frame.columns and bool(frame.geometry.notna().any())


def _write_gdal(
    frame: gpd.GeoDataFrame, names: dict[str, str], target: Path, layer: str, driver: str
) -> None:
    data = pd.DataFrame(frame.drop(columns="geometry", errors="ignore")).rename(columns=names)
    kwargs: dict[str, Any] = {"driver": driver}
    if driver != "ESRI Shapefile":
        kwargs["layer"] = layer
    else:
        kwargs["encoding"] = "UTF-8"  # with a .cpg, so å, ä and ö read back right
    if _has_geometry(frame):
        out = gpd.GeoDataFrame(data, geometry=frame.geometry.to_numpy(), crs=frame.crs)
        if driver == "ESRI Shapefile" or driver == "GPKG":
            kwargs["promote_to_multi"] = True
        pyogrio.write_dataframe(out, target, **kwargs)
    else:
        pyogrio.write_dataframe(data, target, **kwargs)


def _write_csv(frame: gpd.GeoDataFrame, names: dict[str, str], target: Path) -> None:
    data = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
    for column in data.columns:
        dtype = data[column].dtype
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            # Text a spreadsheet would run (=, +, -, @, tab, CR) gets a leading quote;
            # numbers stay numbers, and our own CSV import takes the quote off again.
            data[column] = data[column].map(
                lambda v: outputs.neutralise(v) if isinstance(v, str) else v
            )
    if _has_geometry(frame):
        data["wkt"] = shapely.to_wkt(frame.geometry.to_numpy(), rounding_precision=-1)
    # CRLF rows (RFC 4180): the csv module then also quotes a text holding a lone CR,
    # which readers would otherwise take for the end of the row.
    data.rename(columns=names).to_csv(target, index=False, encoding="utf-8", lineterminator="\r\n")


def _check_dbf_text(frame: gpd.GeoDataFrame) -> None:
    for column in frame.columns:
        dtype = frame[column].dtype
        if column == "geometry" or not (
            pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
        ):
            continue
        for i, value in enumerate(frame[column].to_numpy()):
            if isinstance(value, str) and len(value.encode("utf-8")) > DBF_TEXT_LIMIT:
                raise KalixPlanError(
                    f"Row {i + 1} has a {column} longer than the {DBF_TEXT_LIMIT} bytes a "
                    "Shapefile holds; export to GeoPackage instead, or shorten it.",
                    sv=f"Rad {i + 1} har ett värde i {column} som är längre än de "
                    f"{DBF_TEXT_LIMIT} byte en Shapefile rymmer; exportera till GeoPackage "
                    "i stället, eller korta det.",
                )


def _write_xlsx(
    frame: gpd.GeoDataFrame, names: dict[str, str], target: Path, layer: str, stop: Check
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=layer[:31])
    columns = [c for c in frame.columns if c != "geometry"]
    has_geometry = _has_geometry(frame)
    sheet.append([names[c] for c in columns] + (["wkt"] if has_geometry else []))
    wkts: Any = (
        shapely.to_wkt(frame.geometry.to_numpy(), rounding_precision=3) if has_geometry else None
    )
    values = [frame[c].to_numpy(dtype=object) for c in columns]
    for i in range(len(frame)):
        if i % 5000 == 0:
            stop()
        row: list[Any] = []
        for data in values:
            row.append(_excel_value(sheet, data[i], WriteOnlyCell, ILLEGAL_CHARACTERS_RE))
        if has_geometry:
            wkt = wkts[i]
            if wkt is not None and len(wkt) > EXCEL_CELL_LIMIT:
                raise KalixPlanError(
                    f"Row {i + 1}'s geometry is too detailed for an Excel cell ({len(wkt):,} "
                    f"characters of WKT; Excel holds {EXCEL_CELL_LIMIT:,}); export to "
                    "GeoPackage or CSV instead.",
                    sv=f"Geometrin på rad {i + 1} är för detaljerad för en Excel-cell "
                    f"({format_number(len(wkt), lang='sv')} tecken WKT; Excel rymmer "
                    f"{format_number(EXCEL_CELL_LIMIT, lang='sv')}); exportera till "
                    "GeoPackage eller CSV i stället.",
                )
            row.append(wkt)
        sheet.append(row)
    # Zipped in memory and written in one go: a full disk is one OSError here, not
    # a half-closed zip that complains again when it is garbage-collected.
    buffer = io.BytesIO()
    workbook.save(buffer)
    with target.open("wb") as fh:
        fh.write(buffer.getbuffer())


def _excel_value(sheet: Any, value: Any, cell_type: Any, illegal: Any) -> Any:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date | bool | int | float):
        return value
    text = illegal.sub("", str(value))
    if text.startswith(outputs.FORMULA_START):
        # Text that looks like a formula stays text: a note must never run in Excel.
        cell = cell_type(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text
