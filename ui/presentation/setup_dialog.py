"""Before a presentation: which tour (areas or an actor's matches) and whether prices show.

Shown on the presenter's window, not on the projector: it names the actors.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.rows import ActorRow
from kalixplan.services.presentation import TourChoice


class PresentationSetupDialog(QDialog):
    """Choose the tour: areas (ticked, in the list's order; drag to reorder) or an actor."""

    def __init__(
        self,
        areas: list[tuple[str, int]],
        actors: list[ActorRow],
        parent: QWidget | None = None,
        last: TourChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presentationSetup")
        self.by_areas = QRadioButton()
        self.by_actor = QRadioButton()
        self.area_list = QListWidget()
        self.area_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        chosen = set(last.areas) if last and last.areas else None
        self._area_order = tuple(name for name, _count in areas)
        for name, count in areas:
            item = QListWidgetItem(f"{name} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = chosen is None or name in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.area_list.addItem(item)
        self.actor_box = QComboBox()
        for actor in actors:
            self.actor_box.addItem(actor.name, actor.id)
        self.prices = QCheckBox()
        self.prices.setChecked(bool(last and last.show_prices))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.by_areas,
            self.area_list,
            self.by_actor,
            self.actor_box,
            self.prices,
            self.note,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.by_actor.setEnabled(bool(actors))
        if last is not None and last.actor_id is not None and actors:
            self.by_actor.setChecked(True)
            index = self.actor_box.findData(last.actor_id)
            self.actor_box.setCurrentIndex(max(index, 0))
        else:
            self.by_areas.setChecked(True)
        self.by_areas.toggled.connect(self._enable)
        self._enable()
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

    def _enable(self) -> None:
        self.area_list.setEnabled(self.by_areas.isChecked())
        self.actor_box.setEnabled(self.by_actor.isChecked())

    def choice(self) -> TourChoice:
        """What was chosen."""
        prices = self.prices.isChecked()
        if self.by_actor.isChecked() and self.actor_box.currentIndex() >= 0:
            return TourChoice(actor_id=int(self.actor_box.currentData()), show_prices=prices)
        items = [self.area_list.item(i) for i in range(self.area_list.count())]
        ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        names = tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in ticked)
        # Every area ticked in the areas' own order is "all available land".
        everything = names == self._area_order
        return TourChoice(areas=() if everything else names, show_prices=prices)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Presentation mode"))
        self.by_areas.setText(self.tr("Tour through &areas (tick them; drag to reorder)"))
        self.by_actor.setText(self.tr("Tour through an &actor's matching land"))
        self.prices.setText(self.tr("Show &prices"))
        self.note.setText(
            self.tr(
                "Only available land is shown, without owners or notes. "
                "Keys: → or Page Down next, ← or Page Up back, Home/End, Esc leaves."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
