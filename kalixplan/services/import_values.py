"""Source columns converted to typed field values, a column at a time, with per-feature errors.

Files bring numbers as text, decimal commas, 'ja'/'nej', dates as text or as
datetimes; each field type has one converter here that returns the values and,
for every feature whose value cannot be read, the reason.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

# Longer text than this is a broken file (a whole document in a cell), not a note.
MAX_TEXT = 10_000

_TRUE = frozenset({"true", "t", "yes", "y", "ja", "j", "sant", "1", "1.0", "x"})
_FALSE = frozenset({"false", "f", "no", "n", "nej", "falskt", "0", "0.0", ""})

FieldErrors = dict[int, list[tuple[str, str]]]


def convert_columns(
    frame: pd.DataFrame, mapping: Mapping[str, str], types: Mapping[str, str]
) -> tuple[dict[str, list[Any]], FieldErrors]:
    """Convert the mapped source columns to field values.

    Args:
        frame: the source attributes, one row per feature.
        mapping: field → source column.
        types: field → type (text, float, int, bool, date).

    Returns:
        (field → list of values, one per feature; row index → [(field, reason), ...])
    """
    values: dict[str, list[Any]] = {}
    errors: FieldErrors = {}
    for field, column in mapping.items():
        converter = _CONVERTERS[types[field]]
        converted, bad = converter(frame[column])
        values[field] = converted
        for row, reason in bad.items():
            errors.setdefault(row, []).append((field, reason))
    return values, errors


def is_blank(value: Any) -> bool:
    """True for None, NaN, NaT and empty or whitespace text."""
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _text(series: pd.Series) -> tuple[list[Any], dict[int, str]]:
    raw = series.to_numpy(dtype=object).tolist()
    if all(type(v) is str for v in raw):
        # The usual case: plain list operations, an order of magnitude faster than pandas'.
        stripped = [v.strip() for v in raw]
        bad = {}
        if max(map(len, stripped), default=0) > MAX_TEXT:
            for i, v in enumerate(stripped):
                if len(v) > MAX_TEXT:
                    bad[i] = f"the text is {len(v):,} characters long; at most {MAX_TEXT:,} fit"
                    stripped[i] = ""
        return [v or None for v in stripped], bad
    out_list: list[Any] = []
    bad = {}
    for i, v in enumerate(raw):
        if is_blank(v):
            out_list.append(None)
            continue
        if isinstance(v, float) and v.is_integer():
            v = int(v)  # 12.0 from a numeric column reads back as "12"
        text = v.isoformat() if isinstance(v, date | datetime) else str(v).strip()
        if len(text) > MAX_TEXT:
            bad[i] = f"the text is {len(text):,} characters long; at most {MAX_TEXT:,} fit"
            out_list.append(None)
        else:
            out_list.append(text)
    return out_list, bad


def _float(series: pd.Series) -> tuple[list[Any], dict[int, str]]:
    if pd.api.types.is_float_dtype(series.dtype) or pd.api.types.is_integer_dtype(series.dtype):
        # A numeric column: only missing (NaN) and infinite values need a look.
        arr = series.to_numpy(dtype=float, na_value=np.nan)
        infinite = np.flatnonzero(np.isinf(arr))
        bad_numbers = {int(i): f"'{arr[i]}' is not a number" for i in infinite}
        listed = arr.tolist()
        out_numbers: list[Any] = [None if v != v else v for v in listed]  # NaN != NaN
        for i in bad_numbers:
            out_numbers[i] = None
        return out_numbers, bad_numbers
    raw = series.to_numpy(dtype=object)
    cleaned = pd.Series(
        [v.replace(",", ".").replace(" ", "").strip() if isinstance(v, str) else v for v in raw],
        dtype=object,
    )
    numbers = pd.to_numeric(cleaned.where(~cleaned.map(is_blank), None), errors="coerce")
    arr = numbers.to_numpy(dtype=float)
    blank = cleaned.map(is_blank).to_numpy(dtype=bool)
    bad_rows = np.flatnonzero(~blank & ~np.isfinite(arr))
    bad = {int(i): f"'{_short(raw[i])}' is not a number" for i in bad_rows}
    out = [None if (blank[i] or i in bad) else float(arr[i]) for i in range(len(arr))]
    return out, bad


def _int(series: pd.Series) -> tuple[list[Any], dict[int, str]]:
    floats, bad = _float(series)
    out: list[Any] = []
    for i, v in enumerate(floats):
        if v is not None and not float(v).is_integer():
            bad[i] = f"'{v}' is not a whole number"
            v = None
        out.append(None if v is None else int(v))
    return out, bad


def _bool(series: pd.Series) -> tuple[list[Any], dict[int, str]]:
    out: list[Any] = []
    bad: dict[int, str] = {}
    for i, v in enumerate(series.to_numpy(dtype=object)):
        if is_blank(v):
            out.append(None)
        elif isinstance(v, bool | np.bool_):
            out.append(bool(v))
        elif str(v).strip().lower() in _TRUE:
            out.append(True)
        elif str(v).strip().lower() in _FALSE:
            out.append(False)
        else:
            bad[i] = f"'{_short(v)}' is not yes/no (ja/nej, true/false, 1/0)"
            out.append(None)
    return out, bad


def _date(series: pd.Series) -> tuple[list[Any], dict[int, str]]:
    out: list[Any] = []
    bad: dict[int, str] = {}
    for i, v in enumerate(series.to_numpy(dtype=object)):
        if is_blank(v):
            out.append(None)
        elif isinstance(v, datetime | pd.Timestamp):
            out.append(v.date())
        elif isinstance(v, date):
            out.append(v)
        elif isinstance(v, np.datetime64):
            out.append(pd.Timestamp(v).date())
        else:
            try:
                out.append(date.fromisoformat(str(v).strip()[:10]))
            except ValueError:
                bad[i] = f"'{_short(v)}' is not a date (YYYY-MM-DD)"
                out.append(None)
    return out, bad


_CONVERTERS = {"text": _text, "float": _float, "int": _int, "bool": _bool, "date": _date}


def _short(value: Any, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_safe(value: Any) -> Any:
    """A source value as something ``json.dumps`` writes (numpy scalars, dates, NaN)."""
    if is_blank(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, date | datetime | pd.Timestamp):
        return value.isoformat()
    if isinstance(value, np.ndarray):
        return [json_safe(v) for v in value.tolist()]
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value
