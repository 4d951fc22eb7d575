"""Source columns converted to typed field values, a column at a time, with per-feature errors.

Files bring numbers as text, decimal commas, 'ja'/'nej', dates as text or as
datetimes; each field type has one converter here that returns the values and,
for every feature whose value cannot be read, the reason.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np

from kalixplan.domain.language import format_number
from kalixplan.geo.source import AttributeTable, Column, Reason

if TYPE_CHECKING:  # pandas is loaded for text numbers only (not by a GeoPackage import)
    import pandas as pd

# Longer text than this is a broken file (a whole document in a cell), not a note.
MAX_TEXT = 10_000

_TRUE = frozenset({"true", "t", "yes", "y", "ja", "j", "sant", "1", "1.0", "x"})
_FALSE = frozenset({"false", "f", "no", "n", "nej", "falskt", "0", "0.0", ""})

# Per row, (field, reason); the converters' reasons are Reasons (with their Swedish).
FieldErrors = dict[int, list[tuple[str, str]]]


def convert_columns(
    frame: AttributeTable | pd.DataFrame, mapping: Mapping[str, str], types: Mapping[str, str]
) -> tuple[dict[str, list[Any]], FieldErrors]:
    """Convert the mapped source columns to field values.

    Args:
        frame: the source attributes, one row per feature; a column is a numpy array
            (a table read through Arrow) or a pandas Series, converted alike.
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
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return not value.strip()
    pandas = sys.modules.get("pandas")  # no NaT can exist before pandas is loaded
    return pandas is not None and value is pandas.NaT


def _objects(column: Column) -> np.ndarray:
    """A column's values as Python objects (numbers as Python numbers)."""
    if isinstance(column, np.ndarray):
        return np.asarray(column, dtype=object)
    return column.to_numpy(dtype=object)


def _numbers(column: Column) -> np.ndarray | None:
    """A column of numbers as floats with NaN where missing; None for any other column."""
    if isinstance(column, np.ndarray):
        # Arrays from Arrow: integers and reals (floats when they have gaps).
        return np.asarray(column, dtype=float) if column.dtype.kind in "fiu" else None
    import pandas as pd  # a Series: pandas is loaded

    if pd.api.types.is_float_dtype(column.dtype) or pd.api.types.is_integer_dtype(column.dtype):
        return column.to_numpy(dtype=float, na_value=np.nan)
    return None


def _text(series: Column) -> tuple[list[Any], dict[int, str]]:
    raw = _objects(series).tolist()
    if set(map(type, raw)) <= {str}:
        # The usual case: plain list operations (each a loop in C), an order of
        # magnitude faster than pandas'.
        stripped: list[Any] = list(map(str.strip, raw))
        bad: dict[int, str] = {}
        lengths = list(map(len, stripped))
        if max(lengths, default=0) > MAX_TEXT:
            for i, v in enumerate(stripped):
                if len(v) > MAX_TEXT:
                    bad[i] = _too_long(len(v))
                    stripped[i] = ""
        if min(lengths, default=1) == 0 or bad:
            return [v or None for v in stripped], bad
        return stripped, bad
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
            bad[i] = _too_long(len(text))
            out_list.append(None)
        else:
            out_list.append(text)
    return out_list, bad


def _too_long(length: int) -> Reason:
    return Reason(
        f"the text is {length:,} characters long; at most {MAX_TEXT:,} fit",
        f"texten är {format_number(length, 0, 'sv')} tecken lång; högst "
        f"{format_number(MAX_TEXT, 0, 'sv')} får plats",
    )


def _not_a_number(text: str) -> Reason:
    return Reason(f"'{text}' is not a number", f"'{text}' är inget tal")


def _float(series: Column) -> tuple[list[Any], dict[int, str]]:
    arr = _numbers(series)
    if arr is not None:
        # A numeric column: only missing (NaN) and infinite values need a look.
        infinite = np.flatnonzero(np.isinf(arr))
        bad_numbers: dict[int, str] = {int(i): _not_a_number(str(arr[i])) for i in infinite}
        listed = arr.tolist()
        out_numbers: list[Any] = listed
        if np.isnan(arr).any():
            out_numbers = [None if v != v else v for v in listed]  # NaN != NaN
        for i in bad_numbers:
            out_numbers[i] = None
        return out_numbers, bad_numbers
    import pandas as pd  # numbers written as text: pandas reads them

    raw = _objects(series)
    cleaned = pd.Series(
        # Swedish Excel writes 1 234,5 with a (narrow) no-break space between thousands.
        [_number_text(v) if isinstance(v, str) else v for v in raw],
        dtype=object,
    )
    numbers = pd.to_numeric(cleaned.where(~cleaned.map(is_blank), None), errors="coerce")
    arr = numbers.to_numpy(dtype=float)
    blank = cleaned.map(is_blank).to_numpy(dtype=bool)
    bad_rows = np.flatnonzero(~blank & ~np.isfinite(arr))
    bad: dict[int, str] = {int(i): _not_a_number(_short(raw[i])) for i in bad_rows}
    out = [None if (blank[i] or i in bad) else float(arr[i]) for i in range(len(arr))]
    return out, bad


def _number_text(text: str) -> str:
    for space in (" ", "\u00a0", "\u202f"):
        text = text.replace(space, "")
    return text.replace(",", ".").replace("\u2212", "-").strip()


def _int(series: Column) -> tuple[list[Any], dict[int, str]]:
    floats, bad = _float(series)
    out: list[Any] = []
    for i, v in enumerate(floats):
        if v is not None and not float(v).is_integer():
            bad[i] = Reason(f"'{v}' is not a whole number", f"'{v}' är inget heltal")
            v = None
        out.append(None if v is None else int(v))
    return out, bad


def _bool(series: Column) -> tuple[list[Any], dict[int, str]]:
    out: list[Any] = []
    bad: dict[int, str] = {}
    for i, v in enumerate(_objects(series)):
        if is_blank(v):
            out.append(None)
        elif isinstance(v, bool | np.bool_):
            out.append(bool(v))
        elif str(v).strip().lower() in _TRUE:
            out.append(True)
        elif str(v).strip().lower() in _FALSE:
            out.append(False)
        else:
            bad[i] = Reason(
                f"'{_short(v)}' is not yes/no (ja/nej, true/false, 1/0)",
                f"'{_short(v)}' är inte ja/nej (ja/nej, true/false, 1/0)",
            )
            out.append(None)
    return out, bad


def _date(series: Column) -> tuple[list[Any], dict[int, str]]:
    out: list[Any] = []
    bad: dict[int, str] = {}
    for i, v in enumerate(_objects(series)):
        if is_blank(v):
            out.append(None)
        elif isinstance(v, datetime):  # pandas' Timestamp too
            out.append(v.date())
        elif isinstance(v, date):
            out.append(v)
        elif isinstance(v, np.datetime64):
            import pandas as pd

            out.append(pd.Timestamp(v).date())
        else:
            parsed = parse_date_text(v)
            if parsed is None:
                bad[i] = Reason(
                    f"'{_short(v)}' is not a date (YYYY-MM-DD, 20240131, '31 januari 2024' "
                    "or an Excel date number)",
                    f"'{_short(v)}' är inget datum (ÅÅÅÅ-MM-DD, 20240131, '31 januari 2024' "
                    "eller ett datumnummer från Excel)",
                )
            out.append(parsed)
    return out, bad


# Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in). Numbers in this
# range are dates from 1927 to 2119; a bare year such as 2024 is not taken for one.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIALS = (10_000, 80_000)
_MONTHS = {
    **{
        m: i + 1
        for i, m in enumerate(
            "januari februari mars april maj juni juli augusti september oktober november december".split()
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            "january february march april may june july august september october november december".split()
        )
    },
    **{m: i + 1 for i, m in enumerate("jan feb mar apr maj jun jul aug sep okt nov dec".split())},
    "may": 5,
    "oct": 10,
}
_ISO_LIKE = re.compile(r"^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[t ].*)?$")
_WORDS = re.compile(r"^(\d{1,2})\.?\s+([a-zåäö]+)\.?\s+(\d{4})$")


def parse_date_text(value: Any) -> date | None:
    """A date from the ways Swedish offices write one, or None.

    ISO 8601 with or without separators (2024-01-31, 2024/01/31, 20240131, also with a
    time), day and month name (31 januari 2024, 31 jan. 2024, 31 January 2024), and
    Excel's day numbers (45322) as a CSV saved from Excel holds them. Day/month/year
    with slashes is refused: 04/05/2024 is 4 May in Sweden and 5 April in the US.
    """
    if isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip().lower()
        iso = _ISO_LIKE.match(text)
        if iso:
            return _safe_date(*(int(g) for g in iso.groups()))
        words = _WORDS.match(text)
        if words:
            month = _MONTHS.get(words.group(2))
            return (
                None
                if month is None
                else _safe_date(int(words.group(3)), month, int(words.group(1)))
            )
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return None
    if math.isfinite(number) and _EXCEL_SERIALS[0] <= number <= _EXCEL_SERIALS[1]:
        return _EXCEL_EPOCH + timedelta(days=int(number))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


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
    if isinstance(value, date):  # datetimes and pandas' Timestamps too
        return value.isoformat()
    if isinstance(value, np.ndarray):
        return [json_safe(v) for v in value.tolist()]
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value
