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
