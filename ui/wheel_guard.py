"""The mouse wheel scrolls forms; it never changes a value the user did not pick.

Issue "The desktop application as a planner meets it", 3: "Scrolling over the
parcel form changed Status from Available to Not available and enabled Save."
A combo box, spin box or date field reacts to the wheel only once the user has
given it focus (clicked or tabbed into it); otherwise the wheel goes to the
form's scroll area, as in the desktop applications planners know.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    """An application-wide event filter; install once with :func:`install_wheel_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pass a wheel over an unfocused value widget on to its parent."""
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.Polish):
            return False
        if not isinstance(watched, QComboBox | QAbstractSpinBox):
            return False
        widget: QWidget = watched
        if kind == QEvent.Type.Polish:
            # Qt gives these widgets focus on a wheel (WheelFocus) before any filter sees
            # the wheel; focus by click and tab only.
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if widget.hasFocus():
            return False
        parent = widget.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent, event)
        return True


_guard: WheelGuard | None = None


def install_wheel_guard(app: QApplication) -> None:
    """Install the guard on ``app`` (idempotent)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
