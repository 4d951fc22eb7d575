"""Starting the window where there is no display says so (issue "The desktop application as a
planner meets it", 9: Qt's own message blamed a missing xcb library that was installed)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import cli_env, run_cli

from ui.app import display_problem


def test_without_a_display_the_start_names_the_cause_and_the_ways_out(demo_path: Path) -> None:
    env = cli_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = run_cli("--db", str(demo_path), env=env)
    assert done.returncode == 2
    assert "no display" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "xcb" not in done.stderr and "Traceback" not in done.stderr


def test_a_display_an_offscreen_run_or_another_system_opens_the_window() -> None:
    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
