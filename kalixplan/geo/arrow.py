"""Reading a layer through GDAL's Arrow stream: several times faster than feature by feature.

A layer whose columns are all text, numbers or yes/no values (the usual GeoPackage
or Shapefile) is read in one pass: the attributes become numpy arrays as pandas
would hold them (text as Python strings with NaN where missing, integers with
gaps as floats, yes/no with gaps as objects), so the importer converts them
without pandas, and the data frame is made only when someone asks for it
(:class:`~kalixplan.geo.source.AttributeTable`). Other layers (dates, times,
JSON, lists) are read as pyogrio's data frame, which converts those, and their
geometry in a second pass. Either way the WKB GDAL wrote is kept, so an import
can store unchanged geometries without encoding them anew.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from kalixplan.geo.ogr import DataLayerError, DataSourceError, pyogrio
from kalixplan.geo.source import AttributeTable, SourceInfo

try:  # Arrow reading is an optimisation; without pyarrow the classic path reads the same
    import pyarrow

    HAS_ARROW = True
except ImportError:  # pragma: no cover - pyarrow is a dependency
    HAS_ARROW = False

if TYPE_CHECKING:
    import pandas as pd

ArrowRead = tuple[AttributeTable, np.ndarray, np.ndarray | None]

# GDAL field types read straight into numpy arrays (text, integers, reals; booleans
# are integers with the subtype OFSTBoolean). JSON text is parsed by pyogrio's frame.
_PLAIN_FIELDS = frozenset({"OFTString", "OFTInteger", "OFTInteger64", "OFTReal"})


def read_arrow_layer(info: SourceInfo, kwargs: dict[str, Any]) -> ArrowRead | None:
    """The layer's attributes, geometries and WKB, read through GDAL's Arrow stream.

    None when pyarrow is missing, the text is not UTF-8 (Arrow strings must be)
    or a geometry is one shapely cannot read from WKB (curves): the caller then
    reads the classic way, which converts or reports the problem.

    Raises:
        DataSourceError, DataLayerError, OSError: GDAL cannot read the file.
    """
    if not HAS_ARROW:
        return None
    plain = bool(info.field_types) and all(_is_plain(t) for t in info.field_types)
    try:
        read = _read_plain(info, kwargs) if plain else None
        if read is None:
            read = _read_frame_and_wkb(info, kwargs)
    except UnicodeDecodeError:
        return None
    except (DataSourceError, DataLayerError, OSError) as exc:
        if "UTF-8" in str(exc):
            return None
        raise
    if read is None:
        return None
    table, wkb = read
    if wkb is None:
        return table, np.full(len(table), None, dtype=object), None
    try:
        geoms = np.asarray(shapely.from_wkb(wkb), dtype=object)
    except (shapely.errors.GEOSException, ValueError):
        return None
    return table, geoms, wkb


def _is_plain(field_type: str) -> bool:
    kind, _, subtype = field_type.partition("/")
    return kind in _PLAIN_FIELDS and subtype != "OFSTJSON"


def _read_plain(
    info: SourceInfo, kwargs: dict[str, Any]
) -> tuple[AttributeTable, np.ndarray | None] | None:
    """One pass; None when a column turns out not to be text, a number or yes/no, or its
    text is not UTF-8 (checked here, so the columns can be made arrays later)."""
    meta, table = pyogrio.read_arrow(info.path, **kwargs)
    name = meta.get("geometry_name") or "wkb_geometry"
    wkb = None
    if name in table.column_names:
        wkb = _objects(table.column(name).to_pylist())
        table = table.drop_columns([name])
    names = table.column_names
    if len(set(names)) < len(names):
        return None
    for field, column in zip(table.schema, table.columns, strict=True):
        if _is_text(field.type):
            try:
                column.validate(full=True)  # Arrow's check that the text is UTF-8
            except pyarrow.ArrowInvalid:
                return None
        elif not _is_number(field.type):
            return None
    arrays = _Columns(table)
    return (
        AttributeTable(arrays=arrays, length=table.num_rows, make_frame=lambda: _frame_of(arrays)),
        wkb,
    )


class _Columns(Mapping[str, np.ndarray]):
    """A plain Arrow table's columns, each made a numpy array when first read: an import
    converts only the columns it maps.

    Columns are taken out as Python lists (``to_pylist``); pyarrow's ``to_numpy``
    would load pandas, whatever the column holds.
    """

    def __init__(self, table: pyarrow.Table) -> None:
        self._table = table
        self._made: dict[str, np.ndarray] = {}

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in self._made:
            self._made[name] = _array(self._table.column(name))
        return self._made[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.column_names)

    def __len__(self) -> int:
        return self._table.num_columns


def _array(column: pyarrow.ChunkedArray) -> np.ndarray:
    """A column as pandas holds it: text as Python strings with NaN in gaps, integers
    with gaps as floats (NaN), yes/no with gaps as objects (None)."""
    kind, gaps = column.type, column.null_count > 0
    values = column.to_pylist()
    if _is_text(kind):
        return _objects([np.nan if v is None else v for v in values] if gaps else values)
    if pyarrow.types.is_boolean(kind):
        return _objects(values) if gaps else np.array(values, dtype=bool)
    if gaps and pyarrow.types.is_integer(kind):
        return np.array(values, dtype=np.float64)
    return np.array(values, dtype=kind.to_pandas_dtype())


def _is_text(kind: pyarrow.DataType) -> bool:
    return bool(pyarrow.types.is_string(kind) or pyarrow.types.is_large_string(kind))


def _is_number(kind: pyarrow.DataType) -> bool:
    return bool(
        pyarrow.types.is_integer(kind)
        or pyarrow.types.is_floating(kind)
        or pyarrow.types.is_boolean(kind)
    )


def _objects(values: list[Any]) -> np.ndarray:
    """A list as a one-dimensional object array (whatever its items are)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _frame_of(arrays: Mapping[str, np.ndarray]) -> pd.DataFrame:
    """The data frame pyogrio's reader gives, with text as Python strings (object
    columns, as the importer reads them; see :func:`_read_frame_and_wkb`)."""
    import pandas as pd

    if not arrays:
        return pd.DataFrame()
    return pd.DataFrame(
        {name: pd.Series(values, dtype=values.dtype, copy=False) for name, values in arrays.items()}
    )


def _read_frame_and_wkb(
    info: SourceInfo, kwargs: dict[str, Any]
) -> tuple[AttributeTable, np.ndarray | None] | None:
    """Two passes: the attributes as pyogrio's data frame, then the WKB alone."""
    import pandas as pd

    frame = pyogrio.read_dataframe(info.path, use_arrow=True, read_geometry=False, **kwargs)
    wkb = None
    meta, table = pyogrio.read_arrow(info.path, columns=[], **kwargs)
    name = meta.get("geometry_name") or "wkb_geometry"
    if name in table.column_names:
        wkb = table.column(name).to_numpy(zero_copy_only=False)
    # Arrow-backed text is decoded only when used: decode it now (the importer
    # wants Python strings anyway), so that text that is not UTF-8 goes back to
    # the classic reader and its clear message. The decoded columns go into a new
    # frame as object columns: assigned into the old one, pandas 3 would turn
    # them back into Arrow-backed text, encoding every value again (a third of
    # the read), and the importer would decode them once more.
    columns: dict[int, pd.Series] = {}
    for k in range(frame.shape[1]):
        column = frame.iloc[:, k]
        if pd.api.types.is_string_dtype(column.dtype):
            try:
                text = column.to_numpy(dtype=object)
            except (pyarrow.ArrowException, UnicodeDecodeError):
                return None
            column = pd.Series(text, index=frame.index, dtype=object, copy=False)
        columns[k] = column
    decoded = pd.DataFrame(columns, index=frame.index, copy=False)
    decoded.columns = frame.columns
    return AttributeTable(decoded), wkb
