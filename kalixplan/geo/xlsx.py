"""What GDAL does not say about an Excel sheet: formulas without a saved result, and
merged rows (notes, headings) among the data.

GDAL reads a formula cell's cached result; a file written by a program that does not
calculate (a script, a converter) has none, and the cell arrives empty — a value lost
without a word. A merged row is a note someone typed across the table; it arrives as a
feature with one filled cell. Both are found by reading the sheet's XML in the .xlsx
(ECMA-376 Part 1, §18.3.1.4 ``c`` with its ``f`` and ``v`` children, §18.3.1.55
``mergeCell``), streamed, so a large sheet costs little.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import iterparse

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(r"^([A-Z]+)(\d+)$")


@dataclass
class SheetFindings:
    """Cells and rows of one sheet that need the user's attention.

    Attributes:
        formulas: (cell reference, formula text) of formulas without a saved result.
        merged_rows: 1-based sheet rows that lie in a merge spanning several columns.
    """

    formulas: list[tuple[str, str]] = field(default_factory=list)
    merged_rows: dict[int, str] = field(default_factory=dict)


def inspect_sheet(path: Path, sheet: str | None) -> SheetFindings:
    """Read the sheet ``sheet`` (the first when None); an unreadable package finds nothing
    (GDAL's own reading reports a broken file)."""
    try:
        with zipfile.ZipFile(path) as package:
            member = _sheet_member(package, sheet)
            if member is None:
                return SheetFindings()
            with package.open(member) as xml:
                return _scan(xml)
    except (zipfile.BadZipFile, KeyError, OSError, SyntaxError):
        return SheetFindings()


def _sheet_member(package: zipfile.ZipFile, sheet: str | None) -> str | None:
    targets: dict[str, str] = {}
    with package.open("xl/_rels/workbook.xml.rels") as rels:
        for _, element in iterparse(rels):
            if element.tag == f"{_PKG_REL}Relationship":
                targets[element.get("Id", "")] = element.get("Target", "")
    with package.open("xl/workbook.xml") as book:
        for _, element in iterparse(book):
            if element.tag == f"{_MAIN}sheet" and (sheet is None or element.get("name") == sheet):
                target = targets.get(element.get(f"{_REL}id", ""), "")
                target = target.lstrip("/")
                return target if target.startswith("xl/") else f"xl/{target}"
    return None


def _scan(xml: IO[bytes]) -> SheetFindings:
    found = SheetFindings()
    for _, element in iterparse(xml):
        if element.tag == f"{_MAIN}c":
            formula = element.find(f"{_MAIN}f")
            value = element.find(f"{_MAIN}v")
            if formula is not None and (value is None or not (value.text or "").strip()):
                found.formulas.append((element.get("r", "?"), formula.text or ""))
            element.clear()
        elif element.tag == f"{_MAIN}row":
            element.clear()
        elif element.tag == f"{_MAIN}mergeCell":
            ref = element.get("ref", "")
            first, _, last = ref.partition(":")
            a, b = _CELL.match(first), _CELL.match(last)
            if a and b and a.group(1) != b.group(1):
                for row in range(int(a.group(2)), int(b.group(2)) + 1):
                    found.merged_rows[row] = ref
    return found
