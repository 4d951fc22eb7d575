"""A refused or failed output (a project as target, a full disk) as the window's error dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ui.i18n import said


def show_output_error(widget: QWidget, exc: BaseException, title: str) -> None:
    """Show ``exc`` through the main window's ``show_error`` when ``widget`` belongs to it.

    Dialogs are their own windows; the main window is found up the parent chain.
    Without one (a dialog used on its own) a warning box says the same sentence.
    """
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QMainWindow) and hasattr(w, "show_error"):
            w.show_error(exc, title)
            return
        w = w.parentWidget()
    QMessageBox.warning(widget, title, said(exc))
