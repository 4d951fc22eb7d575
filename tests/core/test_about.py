"""Help ▸ About and ``kalixplan about``: version, the user's folders, licences.

Issue "Installable where planners work", 2: "an About box with the version, the licences
of what is bundled and where the log is". The components come from the installed
distributions' metadata (the bundle carries the same), so this checks real values.
"""

from __future__ import annotations

import pytest

from kalixplan import __version__
from kalixplan.app.about import about_text, native_components, python_components
from kalixplan.app.logs import log_path
from main import main


def test_components_are_the_installed_requirements_with_licences() -> None:
    python = {c.name.lower(): c for c in python_components()}
    for name in ("pyside6", "geopandas", "shapely", "folium", "sqlalchemy", "pyogrio"):
        assert name in python, sorted(python)
        assert python[name].version and python[name].licence != "see its distribution"
    assert "LGPL" in python["pyside6"].licence
    assert "pytest" not in python and "ruff" not in python  # test tools are extras
    assert "kalixplan" not in python
    native = {c.name: c for c in native_components()}
    assert native["GDAL"].licence == "MIT" and native["Leaflet"].licence == "BSD-2-Clause"


def test_about_command_prints_version_log_and_licences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["about"]) == 0
    out = capsys.readouterr().out
    assert out == about_text() + "\n"
    assert out.startswith(f"KalixPlan {__version__}\n")
    assert str(log_path()) in out
    assert "OpenStreetMap" in out
