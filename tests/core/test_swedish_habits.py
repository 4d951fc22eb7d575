"""Files as Swedish offices make them: Excel's CSV (';', decimal comma, Windows-1252,
CRLF), Windows-1252 headers, empty WKT cells, `ja` for yes. Each imports right or is
refused with one sentence, never a traceback (issue 16: tracebacks seen on these).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from kalixplan.store.engine import open_project
from kalixplan.store.models import Parcel
from main import main

W1 = "POLYGON((150000 7310000, 150100 7310000, 150100 7310100, 150000 7310000))"
W2 = "POLYGON((150200 7310000, 150300 7310000, 150300 7310100, 150200 7310000))"


def excel_csv(path: Path) -> Path:
    text = (
        "designation;status;price_sek_m2;wkt\r\n"
        f'"Kalix Näsbyn 91:1";available;"12,5";"{W1}"\r\n'
        f'"Kalix Åby 91:2";available;"7,25";"{W2}"\r\n'
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_excel_csv_with_its_encoding_keeps_decimals_and_letters(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = excel_csv(tmp_path / "excel.csv")
    args = ["import", "--db", str(demo_path), "--kind", "parcels", "--src-crs", "3018"]
    code, _, err = run([*args, str(source)], capsys)
    assert code == 2 and "--encoding cp1252" in err and err.count("\n") == 1
    code, _, err = run([*args, "--encoding", "cp1252", str(source)], capsys)
    assert code == 0, err
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            rows = dict(
                session.execute(
                    select(Parcel.designation, Parcel.price_sek_m2).where(
                        Parcel.designation.like("%91:%")
                    )
                ).all()
            )
    finally:
        project.close()
    assert rows == {"Kalix Näsbyn 91:1": 12.5, "Kalix Åby 91:2": 7.25}


def test_windows_1252_header_asks_for_the_encoding(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "header.csv"
    source.write_bytes(
        f'fastighetsbeteckning;status;järnväg;wkt\r\n"Kalix Ö 92:1";available;ja;"{W1}"\r\n'.encode(
            "cp1252"
        )
    )
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    args = ["import", "--db", str(demo_path), "--kind", "parcels", "--src-crs", "3018"]
    code, _, err = run([*args, str(source)], capsys)
    assert code == 2 and "column names" in err and "--encoding cp1252" in err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    code, _, err = run([*args, "--encoding", "cp1252", str(source)], capsys)
    assert code == 0, err


@pytest.mark.parametrize("policy", ["abort", "skip"])
def test_empty_wkt_cell_is_a_missing_geometry(
    policy: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "gap.csv"
    source.write_text(
        f'designation,status,wkt\n"Kalix Lucka 93:1",available,"{W1}"\n'
        '"Kalix Lucka 93:2",available,\n',
        encoding="utf-8",
    )
    code, out, err = run(
        [
            "import",
            "--db",
            str(demo_path),
            "--kind",
            "parcels",
            "--src-crs",
            "3018",
            "--on-invalid",
            policy,
            str(source),
        ],
        capsys,
    )
    if policy == "abort":
        assert code == 2 and "Feature 2 ('Kalix Lucka 93:2') has no geometry" in err
    else:
        assert code == 0 and "1 skipped" in out and "has no geometry" in out


def plans_sheet(path: Path, formula: bool = False, merged: bool = False) -> Path:
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Planer"
    sheet.append(["designation", "name", "status", "in_force_date", "implementation_years", "wkt"])
    sheet.append(["2514-P901", "Prov", "in_force", datetime.date(2020, 5, 4), 10, W1])
    if merged:
        sheet.append(["Anteckning: planerna nedan är digitaliserade"])
        sheet.merge_cells("A3:F3")
    sheet.append(
        [
            "2514-P902",
            "Prov 2",
            "in_force",
            datetime.date(2021, 5, 4),
            "=5+5" if formula else 10,
            W2,
        ]
    )
    book.save(path)  # openpyxl saves formulas without a calculated result
    return path


def test_formula_without_saved_result_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """GDAL reads such a cell as empty: the value would be lost without a word."""
    source = plans_sheet(tmp_path / "planer.xlsx", formula=True)
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    code, _, err = run(
        ["import", "--db", str(demo_path), "--kind", "plans", "--src-crs", "3018", str(source)],
        capsys,
    )
    assert code == 2, err
    for words in ("Cell E3 of sheet 'Planer'", "=5+5", "without a saved result", "save it"):
        assert words in err, err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_merged_note_row_is_named_and_can_be_skipped(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = plans_sheet(tmp_path / "planer.xlsx", merged=True)
    args = ["import", "--db", str(demo_path), "--kind", "plans", "--src-crs", "3018"]
    code, _, err = run([*args, str(source)], capsys)
    assert code == 2 and "Feature 2" in err and "merged row (A3:F3)" in err, err
    code, out, err = run([*args, "--on-invalid", "skip", str(source)], capsys)
    assert code == 0, err
    assert "Imported 2 plans" in out and "1 skipped" in out


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("2024-01-31", "2024-01-31"),
        ("20240131", "2024-01-31"),
        ("2024/01/31", "2024-01-31"),
        ("31 januari 2024", "2024-01-31"),
        ("31 jan. 2024", "2024-01-31"),
        ("45322", "2024-01-31"),  # Excel's day number, as a CSV saved from Excel holds it
        ("2024-01-31 00:00:00", "2024-01-31"),
    ],
)
def test_dates_as_offices_write_them(
    written: str,
    meant: str,
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import date

    source = tmp_path / "res.csv"
    source.write_text(
        "designation;status;reserved_until;price_sek_m2;wkt\n"
        f'"Kalix Datum 94:1";reserved;"{written}";"1\u00a0234,5";"{W1}"\n',
        encoding="utf-8",
    )
    args = ["import", "--db", str(demo_path), "--kind", "parcels", "--src-crs", "3018"]
    code, _, err = run([*args, str(source)], capsys)
    assert code == 0, err
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            until, price = session.execute(
                select(Parcel.reserved_until, Parcel.price_sek_m2).where(
                    Parcel.designation == "Kalix Datum 94:1"
                )
            ).one()
    finally:
        project.close()
    assert until == date.fromisoformat(meant)
    assert price == 1234.5  # thousands with Excel's no-break space, decimal comma


@pytest.mark.parametrize("written", ["04/05/2024", "2024", "snart", "2024-02-30"])
def test_ambiguous_or_impossible_dates_are_refused(
    written: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "res.csv"
    source.write_text(
        f'designation,status,reserved_until,wkt\n"Kalix Datum 95:1",reserved,"{written}","{W1}"\n',
        encoding="utf-8",
    )
    code, _, err = run(
        ["import", "--db", str(demo_path), "--kind", "parcels", "--src-crs", "3018", str(source)],
        capsys,
    )
    assert code == 2 and f"'{written}' is not a date" in err, err
