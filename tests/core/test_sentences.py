"""Every sentence a user can be shown is also written in Swedish.

Issue "Hostile and awkward input", item 1: "every failure inside import, export, print,
match and report becomes a typed error with one sentence in the user's language". A
``KalixPlanError`` takes its Swedish wording as ``sv=``; this test reads the source of
``kalixplan`` and ``ui`` and finds every construction of such an error that carries a message
without one. Errors that build their own message in ``__init__`` are held to it there.
"""

from __future__ import annotations

import ast
from pathlib import Path

from kalixplan.domain.errors import KalixPlanError, ValidationError

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kalixplan", "ui")


def error_classes(trees: dict[Path, ast.Module]) -> tuple[set[str], set[str]]:
    """(every KalixPlanError subclass by name, those whose __init__ makes the message)."""
    bases: dict[str, set[str]] = {}
    own_init: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases[node.name] = names
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        params = [a.arg for a in item.args.args[1:]]
                        passes_message = item.args.vararg is not None or params in (
                            ["message"],
                            ["field", "message"],
                        )
                        if not passes_message:
                            own_init.add(node.name)
    errors = {"KalixPlanError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in errors and parents & errors:
                errors.add(name)
                grew = True
    return errors, own_init


def test_every_error_with_a_message_has_its_swedish_sentence() -> None:
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
    }
    errors, own_init = error_classes(trees)
    assert {"ImportRefused", "OutputFailed", "ProjectBusy", "GmlPlanRefused"} <= errors
    assert "KalixPlanError" not in own_init and "MisplacedSource" not in own_init
    missing = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            )
            if name not in errors or name in own_init:
                continue
            if not node.args or any(k.arg is None for k in node.keywords):
                continue  # no message, or keywords passed through
            first = node.args[0]
            if isinstance(first, ast.Call) and getattr(first.func, "attr", "") == "tr":
                continue  # a window's own text, translated by Qt's catalogue
            if not any(k.arg == "sv" for k in node.keywords):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert not missing, "errors without a Swedish sentence:\n" + "\n".join(missing)


def test_a_sentence_picks_the_language() -> None:
    error = ValidationError(
        "price_sek_m2", "Price must be positive.", sv="Priset måste vara positivt."
    )
    assert error.sentence("sv") == "Priset måste vara positivt."
    assert error.sentence("en") == str(error) == "Price must be positive."
    assert KalixPlanError("Only English.").sentence("sv") == "Only English."
