"""Spreadsheet cells that would run as formulas ("CSV injection", OWASP).

A CSV export puts a ``'`` before text that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return, so Excel and LibreOffice show it as text
instead of evaluating it; the CSV import takes exactly that quote off again,
so an export read back keeps the text as it was.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise` (a ``'`` followed by a formula character is taken off)."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text
