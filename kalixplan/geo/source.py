"""What a geodata source is and holds: its description, its features, and the error for a
file that cannot be read (shared by the reader and the table-geometry helpers)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

import numpy as np

from kalixplan.domain.choices import ENCODINGS  # noqa: F401 - re-exported
from kalixplan.domain.errors import KalixPlanError

if TYPE_CHECKING:  # pandas is loaded when a data frame is made, not with this module
    import pandas as pd

# Table formats whose geometry, if any, sits in a text column or two number columns.
TABLE_SUFFIXES = frozenset({".csv", ".xlsx"})
READABLE_SUFFIXES = frozenset(
    {".gpkg", ".shp", ".geojson", ".json", ".gml", ".kml", ".csv", ".xlsx", ".zip"}
)


class SourceError(KalixPlanError):
    """A source file cannot be read as geodata; the message says why and what to do."""


class Reason(str):
    """Why one feature cannot be used: the English text (the string itself) with its
    Swedish wording as ``sv``.

    A string, so the reasons a reader or converter hands on compare, join and log
    as before (the import report is an English log); the Swedish rides along to
    the sentence a Swedish user reads (see :func:`reason_in`).
    """

    sv: str

    def __new__(cls, en: str, sv: str) -> Reason:
        reason = super().__new__(cls, en)
        reason.sv = sv
        return reason

    def __reduce__(self) -> tuple[type[Reason], tuple[str, str]]:
        return (type(self), (str(self), self.sv))


def reason_in(text: str, lang: str) -> str:
    """``text`` in ``lang``: a :class:`Reason`'s Swedish for 'sv', else the text itself."""
    if lang == "sv" and isinstance(text, Reason):
        return text.sv
    return str(text)


@dataclass(frozen=True)
class SourceInfo:
    """What a source file holds, before its features are read.

    Attributes:
        path: the file.
        layers: every layer's name (several in a GeoPackage, one elsewhere).
        layer: the layer this info describes.
        epsg: the layer's CRS as an EPSG code, or None when the file has none.
        crs_text: the CRS as the file states it (None when missing).
        geometry_type: GDAL's geometry type name ('Polygon', 'Unknown', ...).
        columns: the attribute columns.
        feature_count: features in the layer (-1 when GDAL cannot count cheaply).
        encoding: the text encoding GDAL uses for the layer.
        has_cpg: False for a Shapefile without a .cpg (the user should confirm the encoding).
        is_table: True for CSV/XLSX, whose geometry comes from columns.
        field_types: GDAL's type of each column ('OFTString', 'OFTReal', …; a subtype
            after a slash: 'OFTInteger/OFSTBoolean'), when GDAL said.
    """

    path: Path
    layers: tuple[str, ...]
    layer: str
    epsg: int | None
    crs_text: str | None
    geometry_type: str
    columns: tuple[str, ...]
    feature_count: int
    encoding: str
    has_cpg: bool
    is_table: bool
    field_types: tuple[str, ...] = ()


# A column as the importer converts it: a numpy array (read through GDAL's Arrow
# stream) or a pandas Series (a data frame's column).
Column: TypeAlias = "np.ndarray | pd.Series"


class AttributeTable:
    """A source layer's attributes: one column per source field, one value per feature.

    The importer converts columns (``table[name]``); the wizard and the reference
    import read :attr:`frame`, a pandas data frame. A table read through GDAL's
    Arrow stream holds numpy arrays (text as Python strings, NaN where missing, as
    the data frame holds them; each made when first read) and makes the frame only
    when it is asked for, so a GeoPackage import never loads pandas (a fifth of a
    second of a whole-process import of 100 000 parcels).
    """

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        *,
        arrays: Mapping[str, np.ndarray] | None = None,
        length: int = 0,
        make_frame: Callable[[], pd.DataFrame] | None = None,
    ) -> None:
        """Either a data frame, or ``arrays`` by column name (in the file's order), each
        ``length`` long, with ``make_frame`` to build the frame when it is needed."""
        self._frame = frame
        self._arrays = arrays if frame is None else None
        self._make_frame = make_frame
        if self._arrays is None:
            assert frame is not None
            self.names = list(frame.columns)
            self._length = len(frame)
        else:
            self.names = list(self._arrays)
            # A layer without attribute columns reads as an empty frame (pyogrio's
            # data frame has no rows then): the importer says it has no features.
            self._length = length if self.names else 0

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, name: str) -> Column:
        """A column: a numpy array, or for a table made from a data frame, its Series."""
        if self._arrays is not None:
            return self._arrays[name]
        assert self._frame is not None
        return self._frame[name]

    @property
    def frame(self) -> pd.DataFrame:
        """The attributes as a pandas data frame (made on first use)."""
        if self._frame is None:
            assert self._make_frame is not None
            self._frame = self._make_frame()
        return self._frame


@dataclass(frozen=True)
class SourceData:
    """Features read from a source: attributes, geometries (project-agnostic) and the CRS.

    Attributes:
        info: the source description.
        table: one row per feature, columns as in the file (row order = feature order);
            :attr:`attributes` is the same as a pandas data frame.
        geometries: shapely geometries (None where a feature has none), source CRS.
        geometry_errors: per feature, why its geometry could not be read (bad WKT), or None;
            a reason starting with "is " describes the whole feature (a merged note row).
            Reasons the reader words itself carry their Swedish (:class:`Reason`).
        epsg: the source CRS (from the file or chosen by the user), None without geometry.
        wkb: the geometries as the WKB GDAL read (None where absent), when read through
            Arrow; lets an import store unchanged geometries without encoding them again.
        stated_crs: ``epsg`` is the one the file states (not the user's choice): a wrong
            one is fixed with ``--src-crs N --override-crs``.
    """

    info: SourceInfo
    table: AttributeTable
    geometries: np.ndarray
    geometry_errors: list[str | None]
    epsg: int | None
    wkb: np.ndarray | None = None
    stated_crs: bool = False

    @property
    def attributes(self) -> pd.DataFrame:
        """The attributes as a pandas data frame (made on first use, loading pandas)."""
        return self.table.frame
