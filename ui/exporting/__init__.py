"""The export dialog."""

from ui.exporting.dialog import ExportDialog

__all__ = ["ExportDialog"]
