"""The smoke hook from a checkout: ``KALIXPLAN_SMOKE_SCREENSHOT`` (``ui/smoke.py``).

``tests/bundle`` sees a frozen build's window through this hook; here the same program run
from the checkout (``python main.py FILE.gpkg``, the way "Open with" starts it) saves the
window once the map has drawn the project, and exits 0, so the hook is tested even where no
bundle is built.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import cli_env, run_cli
from screenshots import assert_map_shows_parcels

from ui.smoke import SMOKE_ENV, install_smoke_hook

pytestmark = pytest.mark.ui


def test_the_window_saves_its_picture_once_the_map_has_drawn(tmp_path: Path) -> None:
    demo = tmp_path / "kalix demo.gpkg"
    assert run_cli("init", "--db", str(demo), "--demo").returncode == 0
    shot = tmp_path / "shot.png"
    env = cli_env(
        {
            SMOKE_ENV: str(shot),
            "KALIXPLAN_SETTINGS": str(tmp_path / "settings.ini"),
            "KALIXPLAN_LOG_DIR": str(tmp_path / "log"),
        }
    )
    done = run_cli(str(demo), env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert_map_shows_parcels(shot)
    # The window closed the project as a user's close does: nothing left in a WAL file.
    assert not demo.with_name(demo.name + "-wal").exists()


def test_without_the_variable_nothing_is_connected() -> None:
    assert install_smoke_hook(None, env={}) is False  # type: ignore[arg-type]
