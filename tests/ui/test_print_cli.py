"""``kalixplan print`` as a separate process: a valid PDF, or exit 2 with one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "print", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_prints_a_map(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    done = _run(
        "--db",
        str(demo_path),
        "--out",
        str(out),
        "--paper",
        "A3",
        "--landscape",
        "--scale",
        "10000",
        "--where",
        "area_name=Rolfs industriområde",
        "--title",
        "Rolfs",
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) * 25.4 / 72 == pytest.approx(420.0, abs=0.5)
    with pdfplumber.open(out) as doc:
        text = doc.pages[0].extract_text()
    assert "Rolfs" in text and "1:10 000" in text and "Legend" in text


def test_cli_prints_a_prospectus(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    done = _run(
        "--db", str(demo_path), "--out", str(out), "--prospectus", "--where", "status=available"
    )
    assert done.returncode == 0, done.stderr
    count = int(done.stdout.split()[1])
    assert count > 0
    assert len(PdfReader(out).pages) == 2 + count


def test_cli_bad_where_is_one_line_and_exit_2(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = _run("--db", str(demo_path), "--out", str(out), "--where", "colour=blue")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "colour" in lines[0]
    assert not out.exists()
    nothing = _run(
        "--db",
        str(demo_path),
        "--out",
        str(out),
        "--where",
        "status=sold",
        "--where",
        "designation=none",
    )
    assert nothing.returncode == 2 and len(nothing.stderr.strip().splitlines()) == 1
