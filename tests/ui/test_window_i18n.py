"""The Swedish catalogue covers every user-facing string of the UI and is compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "kalixplan_sv.ts"

pytestmark = pytest.mark.ui


def _unfinished(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")  # plural entries (tr with %n)
            worded = (
                all((f.text or "").strip() for f in forms)
                if forms
                else bool((translation.text or "").strip())
            )
            if translation.get("type") == "unfinished" or not worded:
                missing.append((name, message.findtext("source") or ""))
    return missing


def test_catalogue_is_complete_and_compiled() -> None:
    assert _unfinished(CATALOGUE) == []
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


def test_every_ui_string_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "kalixplan_sv.ts"
    shutil.copyfile(CATALOGUE, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(copy)], check=True, capture_output=True)
    missing = [(c, s) for c, s in _unfinished(copy) if c != "parent"]
    assert missing == [], "untranslated (run pyside6-lupdate, translate, pyside6-lrelease)"
