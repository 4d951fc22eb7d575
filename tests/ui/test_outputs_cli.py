"""Outputs never destroy a project or a file, and never claim a success that is not on disk.

Every command that writes a file the user names (export, backup, import --report,
print, print --prospectus, report) is run as a separate process, as a user runs
it: onto the open project (also through a symlink), onto another project, onto an
existing file with and without --overwrite, onto a full disk (a real 2 MiB
tmpfs), onto a read-only mount and onto a read-only file. The read-only file is
tested honestly although the tests run as root: the command runs under
``setpriv`` without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH, so the file's mode
bits apply to it as they would to any planner.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]
NO_DAC = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


def _run(*args: str, as_planner: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KALIXPLAN_DB", None)
    prefix = NO_DAC if as_planner else []
    return subprocess.run(
        [*prefix, sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def source(demo_path: Path, tmp_path: Path) -> Path:
    """A parcel file to import (the demo's own parcels)."""
    out = tmp_path / "src" / "parcels.gpkg"
    out.parent.mkdir()
    done = _run("export", "--db", str(demo_path), "--kind", "parcels", str(out))
    assert done.returncode == 0, done.stderr
    return out


def _command(name: str, db: Path, out: Path, source: Path | None = None) -> list[str]:
    """The command line of each output, writing ``out``."""
    if name == "export":
        return ["export", "--db", str(db), "--kind", "parcels", str(out)]
    if name == "backup":
        return ["backup", "--db", str(db), "--out", str(out)]
    if name == "import-report":
        assert source is not None
        return ["import", "--db", str(db), "--kind", "parcels", str(source), "--report", str(out)]
    if name == "print":
        return ["print", "--db", str(db), "--out", str(out), "--paper", "A4"]
    if name == "prospectus":
        return [
            "print",
            "--db",
            str(db),
            "--out",
            str(out),
            "--prospectus",
            "--where",
            "area_name=Rolfs industriområde",
        ]
    raise AssertionError(name)


OUTPUTS = {
    "export": "parcels.csv",
    "backup": "backup.gpkg",
    "import-report": "report.csv",
    "print": "map.pdf",
    "prospectus": "sheets.pdf",
}
OVERWRITES = {"export", "import-report", "print", "prospectus"}  # backup never replaces


# ---- projects and existing files --------------------------------------------------


@pytest.mark.parametrize("kind", ["export", "import-report"])
def test_onto_the_open_project_is_refused(
    kind: str, demo_path: Path, source: Path, tmp_path: Path
) -> None:
    before = _digest(demo_path)
    link = tmp_path / "link.gpkg"
    link.symlink_to(demo_path)
    for target in (demo_path, link):
        for extra in ([], ["--overwrite"]):
            done = _run(*_command(kind, demo_path, target, source), *extra)
            assert done.returncode == 2, done.stdout
            assert "is the open project" in done.stderr and "nothing was written" in done.stderr
            assert "Traceback" not in done.stderr
            assert "Exported" not in done.stdout and "Imported" not in done.stdout
    assert _digest(demo_path) == before
    assert link.is_symlink()


@pytest.mark.parametrize("kind", ["export", "import-report", "print"])
def test_onto_another_project_is_refused(
    kind: str, demo_path: Path, demo_template: Path, source: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other" / "other.gpkg"
    other.parent.mkdir()
    shutil.copyfile(demo_template, other)
    if kind == "print":  # the PDF name must end in .pdf: a project that does
        other = other.rename(other.with_suffix(".pdf"))
    before = _digest(other)
    done = _run(*_command(kind, demo_path, other, source), "--overwrite")
    assert done.returncode == 2
    assert "is a KalixPlan project" in done.stderr, done.stderr
    assert _digest(other) == before
    assert sorted(p.name for p in other.parent.iterdir()) == [other.name]  # no -wal, no -shm


def test_export_onto_the_project_by_hard_link_is_refused(demo_path: Path, tmp_path: Path) -> None:
    twin = tmp_path / "twin.csv"
    os.link(demo_path, twin)  # same inode, another name and suffix
    before = _digest(demo_path)
    done = _run("export", "--db", str(demo_path), "--kind", "parcels", "--overwrite", str(twin))
    assert done.returncode == 2
    assert "open project" in done.stderr, done.stderr
    assert _digest(demo_path) == before


@pytest.mark.parametrize("kind", sorted(OVERWRITES))
def test_an_existing_file_is_kept_unless_overwrite(
    kind: str, demo_path: Path, source: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / OUTPUTS[kind]
    out.write_text("keep me\n")
    done = _run(*_command(kind, demo_path, out, source))
    assert done.returncode == 2
    assert "exists already" in done.stderr and "--overwrite" in done.stderr, done.stderr
    assert out.read_text() == "keep me\n"
    done = _run(*_command(kind, demo_path, out, source), "--overwrite")
    assert done.returncode == 0, done.stderr
    assert out.read_text(errors="replace") != "keep me\n"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


def test_backup_never_replaces_a_file(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.gpkg"
    out.write_text("keep me\n")
    done = _run("backup", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 2 and "exists already" in done.stderr
    assert out.read_text() == "keep me\n"


def test_an_existing_shapefile_set_is_kept_unless_overwrite(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "parcels.shp"
    out.with_suffix(".dbf").write_text("old dbf")  # only a part of the set exists
    done = _run("export", "--db", str(demo_path), "--kind", "parcels", str(out))
    assert done.returncode == 2 and "parcels.dbf exists already" in done.stderr, done.stderr
    assert out.with_suffix(".dbf").read_text() == "old dbf"
    assert not out.exists()
    done = _run("export", "--db", str(demo_path), "--kind", "parcels", "--overwrite", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(p.suffix for p in tmp_path.glob("parcels.*")) == sorted(
        [".shp", ".shx", ".dbf", ".prj", ".cpg"]
    )


# ---- full disk, read-only mount, read-only file -----------------------------------


def _leftovers(folder: Path, expected: set[str]) -> set[str]:
    return {p.name for p in folder.iterdir()} - expected


@pytest.mark.parametrize("kind", list(OUTPUTS))
@pytest.mark.parametrize("with_old", [False, True])
def test_full_disk(
    kind: str,
    with_old: bool,
    demo_path: Path,
    source: Path,
    small_disk: Path,
    fill_disk: Callable[..., None],
) -> None:
    if with_old and kind not in OVERWRITES:
        pytest.skip("backup never replaces a file")
    out = small_disk / OUTPUTS[kind]
    if with_old:
        out.write_bytes(b"old contents\n")
    # Room to start writing, not to finish (the report is 3 KB, the others far more).
    fill_disk(small_disk, leave=1_000 if kind == "import-report" else 20_000)
    expected = {p.name for p in small_disk.iterdir()}
    extra = ["--overwrite"] if with_old else []
    done = _run(*_command(kind, demo_path, out, source), *extra)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"The disk holding {small_disk} is full; nothing was written" in done.stderr
    assert "Traceback" not in done.stderr
    assert "Exported" not in done.stdout and "Printed" not in done.stdout
    assert "Backed up" not in done.stdout and "Report saved" not in done.stdout
    if with_old:
        assert out.read_bytes() == b"old contents\n"
        assert "the old file is unchanged" in done.stderr
    else:
        assert not out.exists()
    assert _leftovers(small_disk, expected) == set()


@pytest.mark.parametrize("kind", list(OUTPUTS))
def test_read_only_mount(
    kind: str, demo_path: Path, source: Path, readonly_mount: Callable[[], Path], tmp_path: Path
) -> None:
    where = tmp_path / "ro"
    out = where / OUTPUTS[kind]
    if kind in OVERWRITES:
        out.write_bytes(b"old contents\n")
    where = readonly_mount()
    expected = {p.name for p in where.iterdir()}
    extra = ["--overwrite"] if kind in OVERWRITES else []
    done = _run(*_command(kind, demo_path, out, source), *extra)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{where} is on a read-only file system; nothing was written" in done.stderr
    assert "Traceback" not in done.stderr
    if kind in OVERWRITES:
        assert out.read_bytes() == b"old contents\n"
    assert {p.name for p in where.iterdir()} == expected


@pytest.mark.parametrize("kind", sorted(OVERWRITES))
def test_read_only_file(kind: str, demo_path: Path, source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / OUTPUTS[kind]
    out.write_bytes(b"old contents\n")
    out.chmod(0o444)
    done = _run(*_command(kind, demo_path, out, source), "--overwrite", as_planner=True)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{out} is read-only, so it was kept and nothing was written" in done.stderr
    assert out.read_bytes() == b"old contents\n"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


@pytest.mark.parametrize("kind", list(OUTPUTS))
def test_folder_without_permission(
    kind: str, demo_path: Path, source: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = _run(*_command(kind, demo_path, folder / OUTPUTS[kind], source), as_planner=True)
        assert done.returncode == 2, done.stdout + done.stderr
        assert f"No permission to write in folder {folder}; nothing was written" in done.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
