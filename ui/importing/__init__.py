"""The import wizard (also started by dropping a file on the main window)."""

from ui.importing.wizard import ImportWizard, accepts_drop

__all__ = ["ImportWizard", "accepts_drop"]
