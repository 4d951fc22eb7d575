"""The mouse wheel scrolls forms; it never changes a value the user did not pick.

Issue "The desktop application as a planner meets it", 3: "Scrolling over the
parcel form changed Status from Available to Not available and enabled Save."
The forms' combo boxes react to the wheel only once the user has given them focus
(clicked or tabbed into them); otherwise the wheel goes on to the form's scroll
area, as in the desktop applications planners know.

A subclass, not an application-wide event filter: a Python filter sees every event
of every object, including objects being destroyed, and crashed PySide6 here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class WheelSafeComboBox(QComboBox):
    """A combo box that the wheel changes only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # WheelFocus (Qt's default here) would give it focus on the first wheel turn.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Without focus, let the wheel scroll whatever holds this box."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
