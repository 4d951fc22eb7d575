"""The project file itself: deleted, replaced, read-only or on a full disk, never a false success.

Issue "Never lose the user's work or secrets", part 3: "a project file that vanished
or was replaced under an open project is detected (inode/identity check before
commit) and reported; full disk, read-only file and read-only filesystem each get
their own true sentence".
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pytest
from cli_runner import run_cli
from shapely.geometry import box
from sqlalchemy import func, select

from kalixplan.domain.errors import DatabaseError
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.parcels import create_parcel, get_parcel, search_parcels, update_parcel
from kalixplan.store.engine import create_project, open_project
from kalixplan.store.models import Parcel


def first_parcel(db: Path) -> tuple[int, int]:
    project = open_project(str(db))
    with project.read_scope() as session:
        row = search_parcels(session)[0]
    project.close()
    return row.id, row.version


def test_a_deleted_project_file_is_reported_not_saved_into(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    row_id, version = first_parcel(demo_path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo_path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="was deleted or moved while it was open") as err:
        with project.session_scope() as session:
            update_parcel(session, row_id, version, {"owner": "Ny ägare AB"})
    assert "nothing was saved" in str(err.value)
    project.close()
    assert not demo_path.exists()  # nothing pretended to be saved, nothing half-written


def test_a_replaced_project_file_is_reported(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.gpkg"
    shutil.copyfile(demo_path, other)
    project = open_project(str(demo_path))
    row_id, version = first_parcel(demo_path)
    before = other.read_bytes()
    os.replace(other, demo_path)  # a colleague copies another version over it
    with pytest.raises(DatabaseError, match="was replaced by another file"):
        with project.session_scope() as session:
            update_parcel(session, row_id, version, {"owner": "Ny ägare AB"})
    project.close()
    assert demo_path.read_bytes() == before  # the file now there was not written to


def test_a_file_deleted_during_an_import_is_no_success(demo_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "new.gpkg"
    gpd.GeoDataFrame(
        [
            {
                "designation": f"Kalix Nyby 1:{i}",
                "geometry": box(130_000 + 70 * i, 7_303_000, 130_060 + 70 * i, 7_303_060),
            }
            for i in range(1, 200)
        ],
        crs="EPSG:3018",
    ).to_file(source, driver="GPKG")
    project = open_project(str(demo_path))
    deleted = []

    def progress(done: int, total: int, message: str) -> None:
        if done and not deleted:
            demo_path.unlink()
            deleted.append(message)

    with pytest.raises(DatabaseError, match="was deleted or moved while it was open"):
        import_file(project, source, ImportOptions(kind="parcels"), progress=progress)
    project.close()
    assert deleted


def test_import_onto_a_deleted_file_exits_non_zero(demo_path: Path, tmp_path: Path) -> None:
    """The command line: the file gone before the command starts is a sentence too."""
    demo_path.unlink()
    done = run_cli("check", "--db", str(demo_path))
    assert done.returncode == 2 and "No project database at" in done.stderr


def test_a_project_on_a_read_only_mount(
    demo_path: Path, readonly_mount: Callable[[], Path], tmp_path: Path
) -> None:
    target = tmp_path / "ro" / "kalix.gpkg"
    shutil.copyfile(demo_path, target)
    where = readonly_mount()
    before = target.read_bytes()
    done = run_cli("check", "--db", str(target))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert f"{target} is on a read-only file system" in done.stderr, done.stderr
    assert "not a KalixPlan project" not in done.stderr
    assert target.read_bytes() == before and sorted(p.name for p in where.iterdir()) == [
        "kalix.gpkg"
    ]


def test_a_read_only_project_file(demo_path: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only files; the read-only mount test covers root")
    demo_path.chmod(0o444)
    done = run_cli("check", "--db", str(demo_path))
    assert done.returncode == 2 and "is read-only" in done.stderr, done.stderr


def test_a_save_on_a_full_disk(small_disk: Path, fill_disk: Callable[..., None]) -> None:
    db = small_disk / "kalix.gpkg"
    project = create_project(str(db), 3018)
    with project.session_scope() as session:
        create_parcel(
            session,
            {"designation": "Kalix Full 1:1", "geom": box(130_000, 7_303_000, 130_100, 7_303_100)},
        )
    fill_disk(small_disk)
    with pytest.raises(DatabaseError) as err:
        with project.session_scope() as session:
            for i in range(2, 400):
                create_parcel(
                    session,
                    {
                        "designation": f"Kalix Full 1:{i}",
                        "notes": "x" * 4000,
                        "geom": box(130_000 + 200 * i, 7_303_000, 130_100 + 200 * i, 7_303_100),
                    },
                )
    assert f"The disk holding {db} is full; nothing was saved" in str(err.value)
    (small_disk / ".filler").unlink()
    with project.read_scope() as session:  # the file is as it was: the first parcel only
        assert session.scalar(select(func.count()).select_from(Parcel)) == 1
        assert get_parcel(session, 1).designation == "Kalix Full 1:1"
    project.close()


@pytest.mark.parametrize("name", ["a?b.gpkg", "c#d.gpkg", "e%20f.gpkg", "g h.gpkg", "å;ä.gpkg"])
def test_a_file_name_is_that_file(name: str, tmp_path: Path) -> None:
    """'?', '#' and '%20' in a file name once made init create another file (issue
    "Never lose the user's work or secrets")."""
    folder = tmp_path / "odd folder"
    folder.mkdir()
    target = folder / name
    made = run_cli("init", "--db", str(target), "--demo")
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in folder.iterdir()) == [name]
    checked = run_cli("check", "--db", str(target))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert sorted(p.name for p in folder.iterdir()) == [name]
