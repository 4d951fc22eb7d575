"""The frozen application against the virtual environment: size on disk and start times.

Usage::

    python bench/bundle.py [--bundle dist/kalixplan] [--runs 3]

Figures, each with its ratio to the environment's:

* size: the bundle folder (``packaging/build_linux.sh``) against the installed distributions
  KalixPlan needs (the dependency closure of its requirements, files as their RECORD lists
  them, plus KalixPlan's own code and resources) and against the whole site-packages of this
  interpreter;
* start: ``kalixplan --version``, and the window from the process start until the map has
  drawn the demo (the smoke hook's screenshot, ``ui/smoke.py``, less its fixed settling
  pause), frozen against ``python main.py``. Both start from the same home with the demo in
  place, under a private Xvfb. The page cache is dropped before every run when this user may
  (root: ``/proc/sys/vm/drop_caches``), and the figures say "cold"; otherwise "warm-cache".
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui.smoke import SETTLE_MS, SMOKE_ENV  # noqa: E402

MIB = 1024 * 1024
OWN = ("kalixplan", "ui", "resources", "main.py")
WEB_FLAGS = "--no-sandbox --disable-gpu"


# --- size -----------------------------------------------------------------------------------
def folder_bytes(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symbolic links not followed or counted)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def dependency_closure(name: str) -> list[metadata.Distribution]:
    """The installed distributions ``name`` requires, directly or not (without extras)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [name]
    while todo:
        key = canonicalize_name(todo.pop())
        if key in seen:
            continue
        try:
            dist = metadata.distribution(key)
        except metadata.PackageNotFoundError:
            continue  # an optional platform dependency not installed here
        seen[key] = dist
        for text in dist.requires or ():
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return list(seen.values())


def distribution_bytes(dist: metadata.Distribution) -> int:
    """Bytes of the files a distribution installed (its RECORD)."""
    total = 0
    for file in dist.files or ():
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total


def own_bytes() -> int:
    """KalixPlan's code and resources in the checkout (an editable install lists none)."""
    total = 0
    for name in OWN:
        path = ROOT / name
        files = [path] if path.is_file() else list(path.rglob("*"))
        total += sum(
            f.stat().st_size for f in files if f.is_file() and "__pycache__" not in f.parts
        )
    return total


def sizes(bundle: Path) -> None:
    dists = dependency_closure("kalixplan")
    closure = sum(distribution_bytes(d) for d in dists) + own_bytes()
    site = Path(sysconfig.get_paths()["purelib"])
    site_bytes = folder_bytes(site)
    frozen = folder_bytes(bundle)
    print(f"size: bundle {frozen / MIB:.0f} MiB ({bundle})")
    print(
        f"size: installed distributions KalixPlan needs {closure / MIB:.0f} MiB "
        f"({len(dists)} distributions and its own files); bundle/closure {frozen / closure:.2f}"
    )
    print(
        f"size: this interpreter's whole site-packages {site_bytes / MIB:.0f} MiB ({site}); "
        f"bundle/site-packages {frozen / site_bytes:.2f}"
    )
    print(
        "      (the bundle also carries Python itself: "
        f"{folder_bytes(bundle / '_internal' / 'base_library.zip') / MIB:.1f} MiB of standard "
        "library in base_library.zip besides the modules in the executable's archive)"
    )


# --- start ----------------------------------------------------------------------------------
def can_drop_caches() -> bool:
    try:
        with open("/proc/sys/vm/drop_caches", "w") as knob:
            knob.write("3\n")
    except OSError:
        return False
    return True


def drop_caches() -> None:
    os.sync()
    with open("/proc/sys/vm/drop_caches", "w") as knob:
        knob.write("3\n")


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X display; yields its name."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def timed(command: list[str], env: dict[str, str], cold: bool, until: Path | None = None) -> float:
    """Seconds from starting ``command`` to its exit, or to ``until`` appearing."""
    if cold:
        drop_caches()
    if until is not None:
        until.unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if until is None:
        if proc.wait(timeout=300) != 0:
            raise RuntimeError(f"{command} failed")
        return time.perf_counter() - start
    while not until.exists():
        if proc.poll() is not None and not until.exists():
            raise RuntimeError(f"{command} ended (status {proc.returncode}) without a screenshot")
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    proc.wait(timeout=120)
    return seconds


def starts(bundle: Path, runs: int) -> None:
    cold = can_drop_caches()
    kind = "cold (page cache dropped before each run)" if cold else "warm-cache"
    frozen = [str(bundle / "kalixplan")]
    venv = [sys.executable, str(ROOT / "main.py")]
    with tempfile.TemporaryDirectory(prefix="kalixplan-bench-") as tmp, xvfb() as display:
        home = Path(tmp) / "home"
        home.mkdir()
        base = {
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QTWEBENGINE_CHROMIUM_FLAGS": WEB_FLAGS,
        }
        # The frozen program outside any environment; Python from this interpreter's folder.
        frozen_env = {**base, "PATH": "/usr/bin:/bin"}
        venv_env = {**base, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
        shot = Path(tmp) / "shot.png"
        # A first start builds the demo (not measured); later starts open it.
        timed(frozen, {**frozen_env, SMOKE_ENV: str(shot)}, False, until=shot)
        results: dict[str, dict[str, list[float]]] = {"--version": {}, "window": {}}
        for label, command, env in (("frozen", frozen, frozen_env), ("venv", venv, venv_env)):
            results["--version"][label] = [
                timed([*command, "--version"], env, cold) for _ in range(runs)
            ]
            settle = SETTLE_MS / 1000
            results["window"][label] = [
                timed(command, {**env, SMOKE_ENV: str(shot)}, cold, until=shot) - settle
                for _ in range(runs)
            ]
    for what, title in (
        ("--version", "start: kalixplan --version"),
        ("window", "start: window until the map has drawn the demo"),
    ):
        f = statistics.median(results[what]["frozen"])
        v = statistics.median(results[what]["venv"])
        print(
            f"{title}, {kind}, median of {runs}: frozen {f:.2f} s, python main.py {v:.2f} s; "
            f"frozen/venv {f / v:.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="KalixPlan's bundle against the venv")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kalixplan")
    parser.add_argument("--runs", type=int, default=3, help="runs of each start (median)")
    args = parser.parse_args(argv)
    if not (args.bundle / "kalixplan").is_file():
        print(f"no bundle at {args.bundle}: bash packaging/build_linux.sh first", file=sys.stderr)
        return 2
    if shutil.which("Xvfb") is None:
        print("Xvfb is needed for the window's start (apt-get install xvfb)", file=sys.stderr)
        return 2
    sizes(args.bundle)
    starts(args.bundle, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
