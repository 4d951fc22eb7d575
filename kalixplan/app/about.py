"""What the About box and ``kalixplan about`` say: the version, where the user's files are,
and the licences of what KalixPlan runs on.

The components are KalixPlan's Python dependencies as installed, found by walking the
requirements of the ``kalixplan`` distribution (extras left out), with the licence each
one's metadata names; the frozen bundle carries the same metadata (``packaging/
kalixplan.spec`` copies it), so a source install and the bundle list the same. The native
libraries the wheels bring (Qt, GDAL, PROJ, GEOS, SQLite) and the map's Leaflet are named
with their versions and licences (issue "Installable where planners work", 2: "an About
box with the version, the licences of what is bundled and where the log is").
"""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from kalixplan import __version__
from kalixplan.app.logs import log_path

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
# Classifier words → SPDX, for distributions that state their licence only as a classifier.
_CLASSIFIERS = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU Library or Lesser General Public License (LGPL)": "LGPL",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "Python Software Foundation License": "PSF-2.0",
    "ISC License (ISCL)": "ISC",
}


@dataclass(frozen=True)
class Component:
    """Something KalixPlan runs on: its name, version and licence (SPDX where known)."""

    name: str
    version: str
    licence: str


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    # get_all, not [] : a missing field is None on one Python and KeyError on another
    expression = (meta.get_all("License-Expression") or [None])[0]
    if expression:
        return str(expression)
    text = str((meta.get_all("License") or [""])[0] or "").strip()
    if text and "\n" not in text and len(text) <= 60 and text.upper() != "UNKNOWN":
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            word = classifier.rsplit(" :: ", 1)[-1]
            return _CLASSIFIERS.get(word, word)
    return "see its distribution"


def python_components(root: str = "kalixplan") -> list[Component]:
    """``root``'s installed requirements and theirs, in name order (``root`` left out)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = _key(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional or platform-only requirement not installed here
        seen[key] = dist
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            if "extra" in marker:
                continue
            match = _NAME.match(spec)
            if match:
                todo.append(match.group(1))
    seen.pop(_key(root), None)
    return sorted(
        (Component(d.metadata["Name"], d.version, _licence(d)) for d in seen.values()),
        key=lambda c: c.name.lower(),
    )


def native_components() -> list[Component]:
    """The libraries under the Python packages, and the map's Leaflet."""
    found = [
        Component("Python", sys.version.split()[0], "PSF-2.0"),
        Component("SQLite", sqlite3.sqlite_version, "blessing (public domain)"),
    ]
    try:
        import pyogrio

        found.append(Component("GDAL", str(pyogrio.__gdal_version_string__), "MIT"))
    except ImportError:
        pass
    try:
        import pyproj

        found.append(Component("PROJ", str(pyproj.proj_version_str), "MIT"))
    except ImportError:
        pass
    try:
        import shapely

        found.append(Component("GEOS", str(shapely.geos_version_string), "LGPL-2.1-only"))
    except ImportError:
        pass
    try:
        from xstatic.pkg import leaflet

        found.append(Component("Leaflet", str(leaflet.VERSION), "BSD-2-Clause"))
    except ImportError:
        pass
    return found


def user_folders() -> dict[str, Path]:
    """Where KalixPlan keeps the user's files: the log, the demo and data, the map cache."""
    from platformdirs import user_cache_dir, user_data_dir

    return {
        "log": log_path(),
        "data": Path(user_data_dir("KalixPlan", appauthor=False)),
        "cache": Path(user_cache_dir("KalixPlan", appauthor=False)),
    }


def _program_folder() -> Path:
    if getattr(sys, "frozen", False):  # the bundle: the folder of its executable
        return Path(sys.executable).parent
    return Path(__file__).resolve().parents[2]


def about_text(qt_version: str | None = None) -> str:
    """The plain-text report ``kalixplan about`` prints."""
    folders = user_folders()
    lines = [
        f"KalixPlan {__version__}",
        f"Log file:     {folders['log']}",
        f"User data:    {folders['data']}",
        f"Map cache:    {folders['cache']}",
        f"Program:      {_program_folder()}",
        "",
        "Built on (name, version, licence):",
    ]
    native = native_components()
    if qt_version:
        native.insert(1, Component("Qt (with QtWebEngine, Chromium)", qt_version, "LGPL-3.0-only"))
    for c in [*native, *python_components()]:
        lines.append(f"  {c.name:<34} {c.version:<12} {c.licence}")
    lines += ["", "Map data © OpenStreetMap contributors (ODbL). The example data is invented."]
    return "\n".join(lines)
