"""The frozen application (PyInstaller, one folder) as a planner's machine runs it.

Issue 15, "Installable where planners work". The bundle at ``$KALIXPLAN_BUNDLE`` (the folder
``dist/kalixplan`` that ``packaging/build_linux.sh`` makes) is started outside any virtual
environment: ``PATH=/usr/bin:/bin``, no ``PYTHONPATH``, no ``VIRTUAL_ENV``, no ``XDG_*``, an
empty home, under a private Xvfb. Without the variable these tests skip; with
``KALIXPLAN_REQUIRE_BUNDLE`` set they fail instead (``packaging/ci_bundle.sh`` builds the
bundle and sets both). Nothing here builds anything.

The Windows workflow (``.github/workflows/windows.yml``) runs the same tests on its bundle:
there the window opens on the runner's desktop and the user folders are the runner user's
(Windows finds them through the shell, not through environment variables); install.sh is
Linux's and is left to the Inno Setup installer there.

The window is seen through the smoke hook (``ui/smoke.py``): with
``KALIXPLAN_SMOKE_SCREENSHOT`` the application saves its window once the map has drawn the
project, and quits. The picture must show parcels drawn in their status colours at the map's
fill opacity, which the legend's and the register's swatches (opaque) do not match.
"""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from screenshots import assert_map_shows_parcels

from kalixplan import __version__
from ui.smoke import SMOKE_ENV

BUNDLE_ENV = "KALIXPLAN_BUNDLE"
REQUIRE_ENV = "KALIXPLAN_REQUIRE_BUNDLE"
TIMEOUT = 300
SHOTS = Path("/tmp/shots")
WINDOWS = sys.platform == "win32"

pytestmark = pytest.mark.slow


def _bundle_or_none() -> Path | None:
    folder = os.environ.get(BUNDLE_ENV)
    return Path(folder) if folder else None


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle's folder (``$KALIXPLAN_BUNDLE``)."""
    folder = _bundle_or_none()
    if folder is None:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"{REQUIRE_ENV} is set but {BUNDLE_ENV} names no bundle folder")
        pytest.skip(
            f"no bundle to test: set {BUNDLE_ENV} to the folder packaging/build_linux.sh made"
        )
    assert (folder / "_internal").is_dir(), f"{folder} is not a PyInstaller one-folder bundle"
    return folder


@pytest.fixture(scope="module")
def executable(bundle: Path) -> Path:
    """The one program of the bundle: the window and every command."""
    exe = bundle / ("kalixplan.exe" if WINDOWS else "kalixplan")
    assert exe.is_file() and os.access(exe, os.X_OK), f"{exe} is missing or not executable"
    return exe


@pytest.fixture(scope="module")
def display(bundle: Path) -> Iterator[str]:
    """A private X display (Xvfb picks a free number and says which); Windows' own desktop."""
    if WINDOWS:
        yield ""
        return
    xvfb = shutil.which("Xvfb", path="/usr/bin:/bin")
    if xvfb is None:
        message = "Xvfb is not installed (apt-get install xvfb xauth)"
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(message)
        pytest.skip(message)
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    assert number, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty home folder: the planner who has never started KalixPlan."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def clean_env(home: Path, display: str) -> dict[str, str]:
    """A desktop session's environment with no Python in it."""
    if WINDOWS:
        system = os.environ["SYSTEMROOT"]
        kept = ("SYSTEMROOT", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP")
        return {
            **{name: os.environ[name] for name in kept if name in os.environ},
            "PATH": f"{system}\\System32;{system}",
            "HOME": str(home),
            "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
        }
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        # CI runs as root, where Chromium's sandbox cannot start (docs/packaging.md).
        "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
    }


@pytest.fixture(scope="module")
def untouched(bundle: Path) -> Iterator[None]:
    """The bundle is not written to: an installed copy may be read-only."""
    before = _listing(bundle)
    yield
    assert _listing(bundle) == before, "running the bundle changed files inside it"


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def run(
    executable: Path, env: dict[str, str], *args: str, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The bundle's program with ``args``, in the home folder, output captured."""
    return subprocess.run(
        [str(executable), *args],
        env={**env, **(extra or {})},
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def demo_path(home: Path) -> Path:
    """Where the first start puts the demo: the XDG data folder under the (empty) home."""
    if WINDOWS:  # %LOCALAPPDATA%\\KalixPlan, found through the shell
        import platformdirs

        return Path(platformdirs.user_data_dir("KalixPlan", appauthor=False)) / "kalix-demo.gpkg"
    return home / ".local" / "share" / "KalixPlan" / "kalix-demo.gpkg"


def test_version_and_help_answer(executable: Path, clean_env: dict[str, str]) -> None:
    done = run(executable, clean_env, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"kalixplan {__version__}"
    done = run(executable, clean_env, "--help")
    assert done.returncode == 0, done.stderr
    for command in ("init", "import", "export", "print", "check", "publish"):
        assert command in done.stdout


def test_about_names_the_version_the_log_and_the_licences(
    executable: Path, clean_env: dict[str, str], home: Path
) -> None:
    """What Help ▸ About shows, through the bundle: the metadata the bundle carries lists
    the same components as a source install, each with its licence."""
    done = run(executable, clean_env, "about")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith(f"KalixPlan {__version__}\n")
    if not WINDOWS:
        assert f"Log file:     {home}/.local/state/kalixplan/log/kalixplan.log" in text
    for name, licence in (
        ("PySide6", "LGPL"),
        ("GDAL", "MIT"),
        ("PROJ", "MIT"),
        ("Leaflet", "BSD-2-Clause"),
        ("SQLAlchemy", "MIT"),
        ("geopandas", "BSD"),
    ):
        line = next((row for row in text.splitlines() if row.strip().startswith(name + " ")), "")
        assert licence in line, (name, text)


def test_first_start_builds_the_demo_and_draws_the_map(
    executable: Path, clean_env: dict[str, str], home: Path, untouched: None
) -> None:
    shot = home.parent / "first-start.png"
    done = run(executable, clean_env, extra={SMOKE_ENV: str(shot)})
    assert done.returncode == 0, done.stderr[-3000:]
    assert demo_path(home).is_file(), sorted(str(p) for p in home.rglob("*"))[:40]
    assert_map_shows_parcels(shot)
    if not WINDOWS:  # settings, the tile cache and the log live in the user's XDG folders
        assert (home / ".config" / "KalixPlan").is_dir()
        assert (home / ".cache" / "KalixPlan" / "map").is_dir()
        assert (home / ".local" / "state" / "kalixplan" / "log").is_dir()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, SHOTS / "bundle_first_start.png")


@pytest.fixture(scope="module")
def demo(executable: Path, clean_env: dict[str, str], home: Path, untouched: None) -> Path:
    """The demo project: the one the first start built, else made by ``init --demo``."""
    path = demo_path(home)
    if not path.exists():
        path = home / "demo.gpkg"
        done = run(executable, clean_env, "init", "--db", str(path), "--demo")
        assert done.returncode == 0, done.stderr
    return path


def test_a_project_file_given_as_the_argument_opens(
    executable: Path, clean_env: dict[str, str], demo: Path, home: Path
) -> None:
    """``kalixplan FILE.gpkg``: what the desktop's "Open with KalixPlan" runs."""
    project = home / "Mina projekt" / "kalix kopia.gpkg"
    project.parent.mkdir(exist_ok=True)
    shutil.copy(demo, project)
    shot = home.parent / "open-with.png"
    done = run(executable, clean_env, str(project), extra={SMOKE_ENV: str(shot)})
    assert done.returncode == 0, done.stderr[-3000:]
    assert_map_shows_parcels(shot)


def test_print_writes_the_asked_paper(
    executable: Path, clean_env: dict[str, str], demo: Path, home: Path
) -> None:
    with sqlite3.connect(demo) as db:
        area = "Lägret industriområde"
        names = [
            r[0] for r in db.execute("SELECT designation FROM parcels WHERE area_name = ?", (area,))
        ]
    assert names
    out = home / "lägret.pdf"
    done = run(
        executable,
        clean_env,
        "print",
        "--db",
        str(demo),
        "--out",
        str(out),
        "--paper",
        "A4",
        "--where",
        f"area_name={area}",
    )
    assert done.returncode == 0, done.stderr
    import pdfplumber

    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert (round(page.width), round(page.height)) == (595, 842)  # A4 portrait, in points
        text = page.extract_text()
    # The map labels each parcel with its block and unit (the register area is the sheet's).
    assert any(name.rsplit(" ", 1)[-1] in text for name in names), text


def test_imports_a_geopackage_and_an_ns_delivery(
    executable: Path, clean_env: dict[str, str], demo: Path, home: Path
) -> None:
    import geopandas as gpd
    from shapely.geometry import box

    delivery = home / "leverans.json"
    done = run(executable, clean_env, "export", "--db", str(demo), "--kind", "plans", str(delivery))
    assert done.returncode == 0, done.stderr
    target = home / "nytt projekt.gpkg"
    done = run(executable, clean_env, "init", "--db", str(target), "--crs", "3018")
    assert done.returncode == 0, done.stderr
    done = run(
        executable, clean_env, "import", "--db", str(target), "--kind", "plans", str(delivery)
    )
    assert done.returncode == 0, done.stderr
    assert "NS Detaljplan 4.1" in done.stdout

    x0, y0 = 180_000.0, 7_300_000.0  # EPSG:3018, near Kalix
    source = home / "fastigheter.gpkg"
    gpd.GeoDataFrame(
        {
            "designation": ["Kalix Näsbyn 1:1", "Kalix Näsbyn 1:2"],
            "status": ["available", "reserved"],
            "area_name": ["Näsbyn", "Näsbyn"],
        },
        geometry=[box(x0, y0, x0 + 100, y0 + 100), box(x0 + 200, y0, x0 + 300, y0 + 80)],
        crs="EPSG:3018",
    ).to_file(source, driver="GPKG")
    done = run(
        executable, clean_env, "import", "--db", str(target), "--kind", "parcels", str(source)
    )
    assert done.returncode == 0, done.stderr

    with sqlite3.connect(demo) as db:
        plans = {r[0] for r in db.execute("SELECT designation FROM plans")}
    with sqlite3.connect(target) as db:
        assert {r[0] for r in db.execute("SELECT designation FROM plans")} == plans
        parcels = dict(db.execute("SELECT designation, status FROM parcels").fetchall())
    assert parcels == {"Kalix Näsbyn 1:1": "available", "Kalix Näsbyn 1:2": "reserved"}


def test_install_and_uninstall_for_one_user(
    bundle: Path, clean_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """install.sh places the program, menu entry, icon, file type and command for this user
    only; uninstall.sh takes exactly that away and leaves the user's projects and data."""
    if WINDOWS:
        pytest.skip("install.sh is Linux's; Windows installs with packaging/windows/kalixplan.iss")
    assert (bundle / "install.sh").is_file(), "bundle built without packaging/build_linux.sh"
    home = tmp_path_factory.mktemp("installer-home")
    env = {**clean_env, "HOME": str(home)}
    data = home / ".local" / "share"
    mine = {
        data / "KalixPlan" / "kalix-demo.gpkg": b"the demo",
        home / "Projekt" / "kalix.gpkg": b"a project",
        home / ".config" / "KalixPlan" / "KalixPlan.conf": b"[projects]\n",
        home / ".cache" / "KalixPlan" / "map" / "tile": b"a tile",
    }
    for path, content in mine.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    done = run(Path("/bin/sh"), env, str(bundle / "install.sh"))
    assert done.returncode == 0, done.stderr
    prefix = data / "kalixplan"
    program = prefix / "kalixplan"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(data / "applications" / "kalixplan.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == f'"{program}" %f'
    assert desktop["TryExec"] == str(program)
    assert desktop["Icon"] == "kalixplan"
    assert "application/geopackage+sqlite3" in desktop["MimeType"].split(";")
    icons = data / "icons" / "hicolor"
    assert (icons / "48x48" / "apps" / "kalixplan.png").is_file()
    assert (icons / "scalable" / "apps" / "kalixplan.svg").is_file()
    assert (data / "mime" / "packages" / "kalixplan-geopackage.xml").is_file()
    if shutil.which("update-mime-database", path=env["PATH"]):
        assert (data / "mime" / "application" / "geopackage+sqlite3.xml").is_file()
    link = home / ".local" / "bin" / "kalixplan"
    assert link.resolve() == program.resolve()
    done = run(link, env, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"kalixplan {__version__}"

    done = run(Path("/bin/sh"), env, str(prefix / "uninstall.sh"))
    assert done.returncode == 0, done.stderr
    assert not prefix.exists()
    assert not (data / "applications" / "kalixplan.desktop").exists()
    assert not list(icons.rglob("kalixplan.*"))
    assert not (data / "mime" / "packages" / "kalixplan-geopackage.xml").exists()
    assert not link.exists() and not link.is_symlink()
    for path, content in mine.items():
        assert path.read_bytes() == content, f"uninstall.sh touched {path}"


@pytest.mark.postgis
def test_a_postgis_project_through_the_bundle(
    executable: Path, clean_env: dict[str, str], pg_admin: str, home: Path
) -> None:
    """The bundle's psycopg and libpq reach a shared PostGIS project."""
    from tests.conftest import new_pg_database

    url, drop = new_pg_database(pg_admin)
    try:
        done = run(executable, clean_env, "init", "--db", url, "--demo")
        assert done.returncode == 0, done.stderr
        out = home / "postgis-parcels.csv"
        done = run(executable, clean_env, "export", "--db", url, "--kind", "parcels", str(out))
        assert done.returncode == 0, done.stderr
        assert "Exported 40 parcels" in done.stdout
    finally:
        drop()
