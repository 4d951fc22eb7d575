"""Shared fixtures: project databases on both engines, the demo database, Qt settings.

PostGIS: the server URL comes from ``KALIXPLAN_TEST_PG`` (an admin URL such as
``postgresql+psycopg://postgres:postgres@localhost/postgres``). Without it the
tests try that default and skip with a reason when no server answers; with it
set, an unreachable server is a failure (CI sets it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

# Qt must see these before it is first imported (ui tests, offscreen, as root).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
for _flag in ("--no-sandbox", "--disable-gpu"):
    if _flag not in _flags:
        _flags = f"{_flags} {_flag}".strip()
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = _flags
os.environ.setdefault("KALIXPLAN_USER", "tester")
# Commands speak English unless a test asks for Swedish (--lang sv), whatever the locale.
os.environ["KALIXPLAN_LANG"] = "en"
# The user's own data folder (an installed catalogue release) never reaches a test.
os.environ["KALIXPLAN_DATA_DIR"] = tempfile.mkdtemp(prefix="kalixplan-data-")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from kalixplan.store.engine import Project, create_project  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
DEFAULT_PG = "postgresql+psycopg://postgres:postgres@localhost:5432/postgres"
TEMPLATE_DB = "kalixplan_test_template"


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str, str]]]:
    """Every QMessageBox a test causes, as (kind, title, text), answered without blocking.

    A modal box offscreen has nobody to press its button: the test would hang
    until CI gives up. Here warnings answer Ok and questions their safe default
    (No); a test that wants another answer patches QMessageBox itself, and one
    that expects a box asserts on this list.
    """
    shown: list[tuple[str, str, str]] = []
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # pragma: no cover - the core tests without Qt
        yield shown
        return

    def recorder(kind: str, answer: object) -> Callable[..., object]:
        def show(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
            shown.append((kind, title, text))
            return answer

        return show

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical", ok))
    monkeypatch.setattr(QMessageBox, "information", recorder("information", ok))
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.No)
    )
    yield shown


def _pg_admin_url() -> str | None:
    """The admin URL, or None (skip) when no server answers and none was required."""
    required = os.environ.get("KALIXPLAN_TEST_PG")
    url = required or DEFAULT_PG
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        if required:
            pytest.fail(f"KALIXPLAN_TEST_PG is set but the PostGIS server is unreachable: {exc}")
        return None
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[str]:
    """An admin URL of a PostGIS server with a template database that has PostGIS."""
    url = _pg_admin_url()
    if url is None:
        pytest.skip("no PostGIS server reachable (set KALIXPLAN_TEST_PG to require one)")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": TEMPLATE_DB}
        ).first()
        if not exists:
            conn.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
    tpl = make_url(url).set(database=TEMPLATE_DB)
    tpl_engine = create_engine(tpl, isolation_level="AUTOCOMMIT")
    with tpl_engine.connect() as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
    tpl_engine.dispose()
    engine.dispose()
    yield url


def new_pg_database(admin_url: str) -> tuple[str, callable]:  # type: ignore[valid-type]
    """Create a fresh database from the template; returns its URL and a drop function."""
    name = f"kx_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}"))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        engine.dispose()

    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    return url, drop


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A place for a new project database on each engine (not created yet)."""
    if request.param == "sqlite":
        yield str(tmp_path / "project.gpkg")
        return
    admin = request.getfixturevalue("pg_admin")
    url, drop = new_pg_database(admin)
    yield url
    drop()


@pytest.fixture
def pg_demo_db(pg_admin: str) -> Iterator[str]:
    """A fresh PostGIS database holding the Kalix demo (dropped afterwards)."""
    from kalixplan.services.projects import new_project

    url, drop = new_pg_database(pg_admin)
    new_project(url, 3018, demo=True).close()
    yield url
    drop()


@pytest.fixture
def project(db_url: str) -> Iterator[Project]:
    """An empty project in EPSG:3018 on each engine."""
    proj = create_project(db_url, 3018)
    yield proj
    proj.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Kalix demo GeoPackage, built once per test run; copy it before changing it."""
    from kalixplan.cli.commands.init import init_project

    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    init_project(str(path), 3018, demo=True)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo GeoPackage."""
    target = tmp_path / "demo.gpkg"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data``; tests using it skip when it is absent."""
    if not (SHARED_DATA / "swedish_municipalities.geojson").exists():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def validate_gpkg() -> Callable[[Path], None]:
    """GDAL's GeoPackage validator as an assertion: it must print nothing and exit 0.

    Debian's python3-gdal provides it (CI installs it); without it the test skips.
    """
    system_python = Path("/usr/bin/python3")
    probe = subprocess.run(
        [str(system_python), "-c", "import osgeo_utils.samples.validate_gpkg"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("GDAL's validate_gpkg (Debian python3-gdal) is not installed")

    def check(path: Path) -> None:
        result = subprocess.run(
            [str(system_python), "-m", "osgeo_utils.samples.validate_gpkg", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.strip() == "" and result.stderr.strip() == ""

    return check


def _mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs for the disk tests: {result.stderr.strip()}")
        pytest.skip(f"mounting a tmpfs needs root: {result.stderr.strip()}")


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, nearly empty 2 MiB filesystem (tmpfs) to fill up; CI runs as root."""
    where = tmp_path / "small"
    _mount_tmpfs(where, "2m")
    yield where
    _unmount(where)


def _fill_disk(where: Path, leave: int = 0) -> None:
    filler = where / ".filler"
    with open(filler, "ab") as out:
        while True:
            free = shutil.disk_usage(where).free
            if free <= leave:
                break
            try:
                out.write(b"\0" * min(64 * 1024, free - leave))
                out.flush()
            except OSError:
                break


@pytest.fixture
def fill_disk() -> Callable[..., None]:
    """``fill_disk(where, leave=0)`` fills the filesystem of ``where`` to ``leave`` free bytes."""
    return _fill_disk


@pytest.fixture
def readonly_mount(tmp_path: Path) -> Iterator[Callable[[], Path]]:
    """A tmpfs; put files on it first (``tmp_path / "ro"``), then call the returned
    function to remount it read-only; it returns the mount point."""
    where = tmp_path / "ro"
    _mount_tmpfs(where, "64m")

    def freeze() -> Path:
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        return where

    yield freeze
    _unmount(where)
