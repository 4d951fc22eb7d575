"""Reading geodata files through pyogrio (GDAL): layers, CRS, encodings, CSV/Excel geometry.

GDAL reads every vector format here (GeoPackage, Shapefile, GeoJSON, GML, KML,
CSV, XLSX); this module only adds what an import needs on top of it: a clear
error for each way a file can be broken, the source CRS or a refusal to guess
it, the text encoding of Shapefiles, and geometry taken from a WKT column or
from coordinate columns of a table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError

from kalixplan.domain.errors import UnknownCrs
from kalixplan.geo.arrow import read_arrow_layer
from kalixplan.geo.cells import unneutralise
from kalixplan.geo.crs import crs_from_epsg
from kalixplan.geo.ogr import DataLayerError, DataSourceError, pyogrio
from kalixplan.geo.source import (
    ENCODINGS,
    READABLE_SUFFIXES,
    TABLE_SUFFIXES,
    AttributeTable,
    Reason,
    SourceData,
    SourceError,
    SourceInfo,
)
from kalixplan.geo.tables import find_geometry_columns, table_geometries

if TYPE_CHECKING:  # pandas is loaded for data frames only (not by a GeoPackage import)
    import pandas as pd

__all__ = [
    "ENCODINGS",
    "READABLE_SUFFIXES",
    "SourceData",
    "SourceError",
    "SourceInfo",
    "epsg_of",
    "find_geometry_columns",
    "inspect_source",
    "list_layers",
    "preview_attributes",
    "read_source",
]


def epsg_of(crs_text: str | None) -> int | None:
    """The EPSG code of a CRS as GDAL states it, or None when it has none we can name."""
    if not crs_text:
        return None
    try:
        crs = CRS.from_user_input(crs_text)
    except CRSError:
        return None
    code = crs.to_epsg(min_confidence=70)
    return int(code) if code is not None else None


def list_layers(path: Path) -> list[str]:
    """The layer names of a file.

    Raises:
        SourceError: the file is missing, empty, truncated or not geodata.
    """
    _check_file(path)
    try:
        layers = pyogrio.list_layers(path)
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise _unreadable(path, exc) from None
    names = [str(row[0]) for row in layers]
    if not names:
        raise SourceError(
            f"{path.name} holds no layers; it is empty.",
            sv=f"{path.name} innehåller inga lager; den är tom.",
        )
    return names


def inspect_source(path: Path, layer: str | None = None, encoding: str | None = None) -> SourceInfo:
    """Describe a source layer without reading its features.

    Args:
        path: the file.
        layer: the layer to use; required when the file holds several.
        encoding: the text encoding of the column names and values (None: GDAL's guess).

    Raises:
        SourceError: unreadable file, several layers and none chosen, unknown layer,
            a Shapefile without its .dbf.
    """
    path = Path(path)
    layers = list_layers(path)
    suffix = path.suffix.lower()
    if suffix == ".shp" and not _sibling(path, ".dbf"):
        raise SourceError(
            f"{path.name} has no .dbf file beside it, so its attributes are missing; "
            "copy the .dbf (and .shx, .prj, .cpg) together with the .shp.",
            sv=f"{path.name} har ingen .dbf-fil bredvid sig, så dess attribut saknas; "
            "kopiera .dbf (och .shx, .prj, .cpg) tillsammans med .shp.",
        )
    if layer is None:
        if len(layers) > 1:
            raise SourceError(
                f"{path.name} holds {len(layers)} layers; choose one with --layer: "
                + ", ".join(layers)
                + ".",
                sv=f"{path.name} innehåller {len(layers)} lager; välj ett med --layer: "
                + ", ".join(layers)
                + ".",
            )
        layer = layers[0]
    elif layer not in layers:
        raise SourceError(
            f"{path.name} has no layer named '{layer}'; its layers: " + ", ".join(layers) + ".",
            sv=f"{path.name} har inget lager som heter '{layer}'; dess lager: "
            + ", ".join(layers)
            + ".",
        )
    try:
        meta = pyogrio.read_info(path, layer=layer, **({"encoding": encoding} if encoding else {}))
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise _unreadable(path, exc) from None
    except UnicodeDecodeError as exc:
        # The column names themselves are not UTF-8 (a Windows-1252 header with å, ä, ö).
        hint = "UTF-8" if (encoding or "").upper().replace("-", "") == "CP1252" else "cp1252"
        raise SourceError(
            f"The column names of {path.name} are not {encoding or 'UTF-8'} ({exc.reason}); "
            f"choose the file's encoding, e.g. --encoding {hint} (Windows-1252 is what "
            "Swedish Excel saves).",
            sv=f"Kolumnnamnen i {path.name} är inte {encoding or 'UTF-8'} ({exc.reason}); "
            f"välj filens teckenkodning, t.ex. --encoding {hint} (Windows-1252 är den "
            "som svenska Excel sparar med).",
        ) from None
    crs_text = meta.get("crs")
    is_table = suffix in TABLE_SUFFIXES
    kinds, subtypes = list(meta.get("ogr_types", ())), list(meta.get("ogr_subtypes", ()))
    field_types = (
        tuple(f"{k}/{s}" for k, s in zip(kinds, subtypes, strict=True))
        if len(kinds) == len(subtypes)
        else ()
    )
    return SourceInfo(
        path=path,
        layers=tuple(layers),
        layer=layer,
        epsg=epsg_of(crs_text),
        crs_text=crs_text,
        geometry_type=str(meta.get("geometry_type") or "Unknown"),
        columns=tuple(str(c) for c in meta.get("fields", ())),
        feature_count=int(meta.get("features", -1)),
        encoding=str(meta.get("encoding") or "UTF-8"),
        has_cpg=suffix != ".shp" or _sibling(path, ".cpg") is not None,
        is_table=is_table,
        field_types=field_types,
    )


def read_source(
    info: SourceInfo,
    *,
    encoding: str | None = None,
    src_epsg: int | None = None,
    max_features: int | None = None,
    geometry_columns: tuple[str, ...] | None = None,
    need_geometry: bool = True,
    override_crs: bool = False,
) -> SourceData:
    """Read a layer's features.

    Args:
        info: from :func:`inspect_source`.
        encoding: the text encoding to decode with (Shapefiles without .cpg); None = GDAL's.
        src_epsg: the source CRS when the file has none; refused when it states another.
        max_features: read only the first features (previews).
        geometry_columns: for tables, the WKT column (one name) or the x and y columns;
            None finds them by name.
        need_geometry: False for attribute tables (actors): no geometry, no CRS asked for.
        override_crs: ``src_epsg`` wins over the CRS the file states (it states a wrong
            one); ``SourceData.stated_crs`` is then False.

    Raises:
        SourceError: unreadable text, unreadable file, no geometry column in a table.
        UnknownCrs: the file has geometries but no CRS and none was given.
    """
    table, geoms, wkb, bad = _read_table(info, encoding, max_features)
    errors: list[str | None] = [None] * len(table)
    for i, reason in bad.items():
        errors[i] = reason
    if not need_geometry:
        geoms = np.full(len(table), None, dtype=object)
        return SourceData(info, table, geoms, errors, None)
    if info.is_table:
        frame, geoms, errors = table_geometries(info, table.frame, geometry_columns)
        table = AttributeTable(frame.reset_index(drop=True))
    if info.path.suffix.lower() == ".xlsx":
        _check_sheet(info, errors)
    has_geometry = bool(np.any(shapely.is_geometry(geoms))) if len(geoms) else False
    if override_crs and src_epsg is not None:
        crs_from_epsg(src_epsg)  # refuses codes that do not exist
        return SourceData(info, table, geoms, errors, src_epsg, wkb)
    epsg = _source_epsg(info, src_epsg, has_geometry or info.is_table)
    stated = info.epsg is not None
    return SourceData(info, table, geoms, errors, epsg, wkb, stated)


def preview_attributes(info: SourceInfo, encoding: str | None, rows: int = 5) -> pd.DataFrame:
    """The first rows' attributes as text, to check an encoding by eye (no CRS needed).

    Raises:
        SourceError: the text does not decode with ``encoding``, or the file cannot be read.
    """
    table, _, _, _ = _read_table(info, encoding, rows)
    return table.frame


def _read_table(
    info: SourceInfo, encoding: str | None, max_features: int | None
) -> tuple[AttributeTable, np.ndarray, np.ndarray | None, dict[int, Reason]]:
    """Attributes, geometries, the WKB when read through Arrow, and per feature why
    its geometry could not be built (read feature by feature)."""
    kwargs: dict[str, Any] = {"layer": info.layer}
    if max_features is not None:
        kwargs["max_features"] = max_features
    if encoding:
        kwargs["encoding"] = encoding
    if info.is_table:
        # Every cell as text: the importer converts per target field with clear errors.
        kwargs["read_geometry"] = False
        if info.path.suffix.lower() == ".csv":
            kwargs["AUTODETECT_TYPE"] = "NO"
    if not info.is_table and not encoding:
        try:
            fast = read_arrow_layer(info, kwargs)
        except (DataSourceError, DataLayerError, OSError) as exc:
            raise _unreadable(info.path, exc) from None
        if fast is not None:
            return (*fast, {})
    import pandas as pd  # the classic reader's data frames

    try:
        result = pyogrio.read_dataframe(info.path, **kwargs)
    except UnicodeDecodeError as exc:
        raise _bad_text(info, encoding or info.encoding, exc) from None
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise _unreadable(info.path, exc) from None
    except (shapely.errors.GEOSException, ValueError):
        # A geometry GEOS cannot build (an unclosed ring): read feature by feature so
        # the bad ones are named and the rest stay usable.
        return _read_one_by_one(info, kwargs)
    if info.path.suffix.lower() == ".csv":
        result = _unquote_formulas(result)
    if "geometry" in result.columns and not info.is_table:
        geoms = np.asarray(result.geometry.array, dtype=object)
        frame = pd.DataFrame(result.drop(columns="geometry"))
    else:
        geoms = np.full(len(result), None, dtype=object)
        frame = pd.DataFrame(result.drop(columns="geometry", errors="ignore"))
    return AttributeTable(frame.reset_index(drop=True)), geoms, None, {}


def _read_one_by_one(
    info: SourceInfo, kwargs: dict[str, Any]
) -> tuple[AttributeTable, np.ndarray, np.ndarray | None, dict[int, Reason]]:
    """Attributes as usual, geometries decoded one at a time; a bad one becomes None,
    with the reason GEOS gives."""
    import pandas as pd

    try:
        frame = pyogrio.read_dataframe(info.path, read_geometry=False, **kwargs)
        _meta, _fids, wkb, _fields = pyogrio.raw.read(info.path, columns=[], **kwargs)
    except UnicodeDecodeError as exc:
        raise _bad_text(info, kwargs.get("encoding") or info.encoding, exc) from None
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise _unreadable(info.path, exc) from None
    geoms = np.full(len(frame), None, dtype=object)
    reasons: dict[int, Reason] = {}
    for i, blob in enumerate(wkb if wkb is not None else ()):
        if blob is None:
            continue
        try:
            geoms[i] = shapely.from_wkb(blob)
        except (shapely.errors.GEOSException, ValueError) as exc:
            said = str(exc).split(":", 1)[-1].strip()  # GEOS's own words
            reasons[i] = Reason(said or "unreadable geometry", said or "oläsbar geometri")
    frame = pd.DataFrame(frame)
    return AttributeTable(frame.reset_index(drop=True)), geoms, None, reasons


def _unquote_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Take off the quote our CSV export puts before formula-like text (geo/cells.py)."""
    import pandas as pd

    for column in frame.columns:
        dtype = frame[column].dtype
        if column != "geometry" and (
            pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
        ):
            frame[column] = frame[column].map(
                lambda v: unneutralise(v) if isinstance(v, str) and v[:1] == "'" else v
            )
    return frame


def _check_sheet(info: SourceInfo, errors: list[str | None]) -> None:
    """Refuse formulas without a saved result; name merged note rows per feature."""
    from kalixplan.geo.xlsx import inspect_sheet  # XML reading, for Excel files only

    found = inspect_sheet(info.path, info.layer)
    if found.formulas:
        cell, formula = found.formulas[0]
        others = len(found.formulas) - 1
        more = f" (and {others} more)" if others else ""
        more_sv = f" (och {others} till)" if others else ""
        raise SourceError(
            f"Cell {cell} of sheet '{info.layer}' in {info.path.name} holds the formula "
            f"={_short(formula)} without a saved result{more}, so its value would be lost; "
            "open the file in Excel or LibreOffice, let it calculate, save it and import again.",
            sv=f"Cellen {cell} på bladet '{info.layer}' i {info.path.name} innehåller formeln "
            f"={_short(formula)} utan sparat resultat{more_sv}, så dess värde skulle gå "
            "förlorat; öppna filen i Excel eller LibreOffice, låt den räkna, spara den och "
            "importera igen.",
        )
    for row, ref in found.merged_rows.items():
        feature = row - 2  # row 1 holds the column names
        if 0 <= feature < len(errors):
            errors[feature] = Reason(
                f"is a merged row ({ref}) of the sheet, a note or heading rather than a feature",
                f"är en sammanfogad rad ({ref}) i bladet, en anteckning eller rubrik snarare "
                "än ett objekt",
            )


def _source_epsg(info: SourceInfo, src_epsg: int | None, needs_crs: bool) -> int | None:
    if info.epsg is not None:
        if src_epsg is not None and src_epsg != info.epsg:
            raise UnknownCrs(
                f"{info.path.name} states its coordinate system as EPSG:{info.epsg}, "
                f"but EPSG:{src_epsg} was given; leave out the source CRS or correct the file "
                "(or add --override-crs when the file states the wrong one).",
                sv=f"{info.path.name} anger sitt koordinatsystem som EPSG:{info.epsg}, "
                f"men EPSG:{src_epsg} angavs; utelämna källans koordinatsystem eller rätta "
                "filen (eller lägg till --override-crs när filen anger fel system).",
            )
        return info.epsg
    if src_epsg is not None:
        crs_from_epsg(src_epsg)  # refuses codes that do not exist
        return src_epsg
    if not needs_crs:
        return None
    if info.crs_text:
        raise UnknownCrs(
            f"The coordinate system of {info.path.name} has no EPSG code ({_short(info.crs_text)}); "
            "give it with --src-crs, e.g. 3006 for SWEREF 99 TM.",
            sv=f"Koordinatsystemet i {info.path.name} har ingen EPSG-kod "
            f"({_short(info.crs_text)}); ange det med --src-crs, t.ex. 3006 för SWEREF 99 TM.",
        )
    shp = info.path.suffix.lower() == ".shp"
    missing = " (.prj file missing)" if shp else ""
    missing_sv = " (.prj-filen saknas)" if shp else ""
    raise UnknownCrs(
        f"{info.path.name} does not say which coordinate system it uses{missing}; "
        "give it with --src-crs, e.g. 3006 for SWEREF 99 TM or 3018 for SWEREF 99 23 15.",
        sv=f"{info.path.name} anger inte vilket koordinatsystem den använder{missing_sv}; "
        "ange det med --src-crs, t.ex. 3006 för SWEREF 99 TM eller 3018 för SWEREF 99 23 15.",
    )


def _check_file(path: Path) -> None:
    if not path.exists():
        raise SourceError(
            f"{path} does not exist; check the file name.",
            sv=f"{path} finns inte; kontrollera filnamnet.",
        )
    if path.is_dir():
        raise SourceError(
            f"{path} is a folder; choose a file in it.", sv=f"{path} är en mapp; välj en fil i den."
        )
    if path.stat().st_size == 0:
        raise SourceError(
            f"{path.name} is empty (0 bytes); export it again from its source.",
            sv=f"{path.name} är tom (0 byte); exportera den igen från källan.",
        )
    _check_complete(path)


# Text formats GDAL reads as far as they go: a cut-off file would import its first
# features silently, so its end is checked first.
_XML_SUFFIXES = frozenset({".gml", ".kml", ".xml"})
_TAIL_BYTES = 4096


def _check_complete(path: Path) -> None:
    """Refuse a text file that ends in the middle: an XML file without its root's end
    tag, a CSV ending inside a quoted value."""
    suffix = path.suffix.lower()
    if suffix not in _XML_SUFFIXES and suffix != ".csv":
        return
    with open(path, "rb") as src:
        head = src.read(_TAIL_BYTES)
        size = path.stat().st_size
        src.seek(max(0, size - _TAIL_BYTES))
        tail = src.read()
    cut = SourceError(
        f"{path.name} ends in the middle of its data (it looks cut off); copy or export it "
        "again: importing it as it is would leave features out.",
        sv=f"{path.name} slutar mitt i sina data (den ser avklippt ut); kopiera eller "
        "exportera den igen: importeras den som den är blir objekt utelämnade.",
    )
    if suffix in _XML_SUFFIXES:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        root = re.search(rb"<(?![?!])([A-Za-z_][\w.:-]*)", start)
        if not start.startswith(b"<") or root is None:
            return  # not XML at all: GDAL's own refusal names it
        if not tail.rstrip().endswith(b"</" + root.group(1) + b">"):
            raise cut
    elif size <= 64 * 1024 * 1024:
        # An odd number of double quotes means the last value was never closed.
        with open(path, "rb") as src:
            if src.read().count(b'"') % 2:
                raise cut


def _sibling(path: Path, suffix: str) -> Path | None:
    for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
        if candidate.exists():
            return candidate
    return None


def _unreadable(path: Path, exc: Exception) -> SourceError:
    # GDAL's text repeats the file's full path; the sentence names the file already.
    reason = str(exc).replace(str(path), path.name).split(";")[0].strip().rstrip(".")
    if "malformed" in reason or "file is not a database" in reason:
        return SourceError(
            f"{path.name} is damaged (truncated, or not a complete database file); "
            "copy or export it again.",
            sv=f"{path.name} är skadad (avkortad, eller ingen komplett databasfil); "
            "kopiera eller exportera den igen.",
        )
    if "not recognized" in reason:
        return SourceError(
            f"{path.name} is not a geodata file GDAL can read; check that it is complete.",
            sv=f"{path.name} är ingen geodatafil som GDAL kan läsa; kontrollera att den är "
            "komplett.",
        )
    return SourceError(
        f"{path.name} cannot be read ({_short(reason)}); check that it is complete.",
        sv=f"{path.name} går inte att läsa ({_short(reason)}); kontrollera att den är komplett.",
    )


def _bad_text(info: SourceInfo, encoding: str, exc: UnicodeDecodeError) -> SourceError:
    feature = _first_bad_feature(info, encoding)
    where = f" in feature {feature}" if feature is not None else ""
    where_sv = f" i objekt {feature}" if feature is not None else ""
    name = info.path.name
    if encoding.upper().replace("-", "") == "UTF8":
        return SourceError(
            f"Text{where} of {name} is not {encoding} ({exc.reason}); choose the "
            "file's encoding, e.g. --encoding cp1252 (Windows-1252).",
            sv=f"Texten{where_sv} i {name} är inte {encoding} ({exc.reason}); välj filens "
            "teckenkodning, t.ex. --encoding cp1252 (Windows-1252).",
        )
    return SourceError(
        f"Text{where} of {name} is not {encoding}; choose the file's encoding, "
        "e.g. --encoding UTF-8.",
        sv=f"Texten{where_sv} i {name} är inte {encoding}; välj filens teckenkodning, "
        "t.ex. --encoding UTF-8.",
    )


def _first_bad_feature(info: SourceInfo, encoding: str) -> int | None:
    # Latin-1 decodes any byte, so the raw bytes can be recovered and tested per feature.
    try:
        raw = pyogrio.read_dataframe(
            info.path, layer=info.layer, encoding="ISO-8859-1", read_geometry=False
        )
    except (DataSourceError, DataLayerError, OSError, UnicodeDecodeError):
        return None
    for i, row in enumerate(raw.itertuples(index=False), start=1):
        for value in row:
            if isinstance(value, str):
                try:
                    value.encode("ISO-8859-1").decode(encoding)
                except UnicodeDecodeError:
                    return i
    return None


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
