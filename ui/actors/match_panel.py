"""Matching in the application: an actor's need against the land, and a parcel against the actors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.rows import NeedRow
from kalixplan.services.actors import get_actor, needs_of
from kalixplan.services.matching.explain import ParcelMatch
from kalixplan.services.matching.profile import NeedProfile, need_summary
from kalixplan.services.matching.rules import MET, NOT_MET, SYMBOL, sector_label
from kalixplan.services.matching.run import ActorFit, actors_for_parcel, match_actor_need
from ui.actors.lists import ListTab
from ui.actors.parcel_picker import ParcelPicker
from ui.i18n import current_language, parcel_status_label, said
from ui.models.base import Column
from ui.models.formatting import number
from ui.workers import Cancelled, Progress, run_in_background
from ui.workspace import QtWorkspace

_STATE_COLOURS = {MET: QColor("#1b7f3b"), NOT_MET: QColor("#b00020")}
_UNKNOWN_COLOUR = QColor("#8a6d00")


@dataclass(frozen=True)
class MatchRow:
    """A ranked parcel in the result table (``id`` is the parcel id)."""

    id: int
    match: ParcelMatch


@dataclass(frozen=True)
class FitRow:
    """An actor's need that a parcel serves (``id`` is the need id)."""

    id: int
    fit: ActorFit


def _compact(match: ParcelMatch) -> str:
    return "  ".join(f"{_criterion_name(c.key)} {SYMBOL[c.state]}" for c in match.criteria)


def _criterion_name(key: str) -> str:
    return {
        "area": QCoreApplication.translate("MatchPanel", "area"),
        "land_use": QCoreApplication.translate("MatchPanel", "land use"),
        "power": QCoreApplication.translate("MatchPanel", "power"),
        "rail": QCoreApplication.translate("MatchPanel", "rail"),
        "port": QCoreApplication.translate("MatchPanel", "port"),
        "water": QCoreApplication.translate("MatchPanel", "water"),
        "constraints": QCoreApplication.translate("MatchPanel", "constraints"),
    }[key]


def match_columns() -> list[Column[MatchRow]]:
    """Columns of the ranked parcels."""
    return [
        Column(
            "rank", lambda: "#", lambda r: str(r.match.rank), lambda r: r.match.rank, numeric=True
        ),
        Column(
            "designation",
            lambda: QCoreApplication.translate("MatchPanel", "Parcel"),
            lambda r: r.match.designation,
            lambda r: r.match.designation,
        ),
        Column(
            "score",
            lambda: QCoreApplication.translate("MatchPanel", "Score"),
            lambda r: number(r.match.score, 1),
            lambda r: r.match.score,
            numeric=True,
            decoration=lambda r: _STATE_COLOURS[MET] if r.match.fits else None,
        ),
        Column(
            "area",
            lambda: QCoreApplication.translate("MatchPanel", "Area (ha)"),
            lambda r: "?" if r.match.area_ha is None else number(r.match.area_ha, 1),
            lambda r: r.match.area_ha,
            numeric=True,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("MatchPanel", "Status"),
            lambda r: parcel_status_label(r.match.status),
            lambda r: r.match.status,
        ),
        Column(
            "criteria",
            lambda: QCoreApplication.translate("MatchPanel", "Criteria"),
            lambda r: _compact(r.match),
            lambda r: r.match.score,
            tooltip=lambda r: "\n".join(c.text(current_language()) for c in r.match.criteria),
        ),
    ]


def fit_columns() -> list[Column[FitRow]]:
    """Columns of the actors a parcel fits."""
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("MatchPanel", "Actor"),
            lambda r: r.fit.actor_name,
            lambda r: r.fit.actor_name,
        ),
        Column(
            "sector",
            lambda: QCoreApplication.translate("MatchPanel", "Sector"),
            lambda r: sector_label(r.fit.sector, current_language()),
            lambda r: r.fit.sector,
        ),
        Column(
            "score",
            lambda: QCoreApplication.translate("MatchPanel", "Score"),
            lambda r: number(r.fit.match.score, 1),
            lambda r: r.fit.match.score,
            numeric=True,
            decoration=lambda r: _STATE_COLOURS[MET] if r.fit.match.fits else None,
        ),
        Column(
            "criteria",
            lambda: QCoreApplication.translate("MatchPanel", "Criteria"),
            lambda r: _compact(r.fit.match),
            lambda r: r.fit.match.score,
            tooltip=lambda r: "\n".join(c.text(current_language()) for c in r.fit.match.criteria),
        ),
    ]


class MatchPanel(QWidget):
    """Ranks the land for one of an actor's needs and shows each criterion with its numbers.

    Signals:
        showParcelsOnMap(list): the ranked parcel ids, best first, to select on the map.
        actorRequested(int): an actor picked in the reverse match.
    """

    showParcelsOnMap = Signal(list)  # noqa: N815 - Qt signal naming
    actorRequested = Signal(int)  # noqa: N815

    def __init__(self, workspace: QtWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id: int | None = None
        self._needs: list[NeedRow] = []

        self.need_label = QLabel()
        self.need_combo = QComboBox()
        self.top_label = QLabel()
        self.top_spin = QSpinBox()
        self.top_spin.setRange(1, 500)
        self.top_spin.setValue(15)
        self.match_button = QPushButton()
        self.map_button = QPushButton()
        self.match_button.clicked.connect(self.run_match)
        self.map_button.clicked.connect(self._show_on_map)
        bar = QHBoxLayout()
        bar.addWidget(self.need_label)
        bar.addWidget(self.need_combo, 1)
        bar.addWidget(self.top_label)
        bar.addWidget(self.top_spin)
        bar.addWidget(self.match_button)
        bar.addWidget(self.map_button)

        self.results = ListTab(match_columns(), editable=False)
        for button in (self.results.add_button, self.results.delete_button):
            button.hide()
        self.criteria = QListWidget()
        self.criteria.setWordWrap(True)
        self.results.on_selection(self._show_criteria)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.results)
        split.addWidget(self.criteria)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.reverse_box = QGroupBox()
        self.parcel_combo = ParcelPicker()
        self.reverse_button = QPushButton()
        self.reverse_button.clicked.connect(self.run_reverse)
        self.fits = ListTab(fit_columns(), editable=False)
        for button in (self.fits.add_button, self.fits.delete_button):
            button.hide()
        self.fits.table.doubleClicked.connect(self._open_actor)
        reverse_bar = QHBoxLayout()
        reverse_bar.addWidget(self.parcel_combo, 1)
        reverse_bar.addWidget(self.reverse_button)
        reverse_layout = QVBoxLayout(self.reverse_box)
        reverse_layout.addLayout(reverse_bar)
        reverse_layout.addWidget(self.fits, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 3)
        layout.addWidget(self.reverse_box, 2)
        self.retranslate()
        self.set_actor(None)

    # --- forward ----------------------------------------------------------
    def set_actor(self, actor_id: int | None) -> None:
        """Match for this actor's needs (None: nothing chosen)."""
        self.actor_id = actor_id
        self._needs = []
        self.need_combo.clear()
        if actor_id is not None:
            actor = self.workspace.query(get_actor, actor_id)
            self._needs = self.workspace.query(needs_of, actor_id)
            lang = current_language()
            for need in self._needs:
                text = need_summary(NeedProfile.of(need, actor), lang, need.timeframe)
                self.need_combo.addItem(text, need.id)
        has_need = bool(self._needs)
        self.match_button.setEnabled(has_need)
        self.results.set_rows([])
        self.criteria.clear()
        self.map_button.setEnabled(False)
        self.summary.setText(
            "" if has_need or actor_id is None else self.tr("Record a land need to match land.")
        )

    def set_parcels(self, parcels: list[tuple[int, str]]) -> None:
        """The parcels offered for the reverse match: (id, designation)."""
        self.parcel_combo.set_parcels(parcels)

    def run_match(self) -> None:
        """Rank the land for the chosen need in the background; the result emits ``showParcelsOnMap``."""
        if self.actor_id is None or not self._needs:
            return
        need = self._needs[max(self.need_combo.currentIndex(), 0)]
        actor_id, top = self.actor_id, self.top_spin.value()

        def work(progress: Progress, cancelled: Cancelled) -> list[ParcelMatch] | None:
            return self.workspace.query(
                match_actor_need, actor_id, need.id, top, progress, cancelled
            )

        self.match_button.setEnabled(False)
        run_in_background(self, self.tr("Matching land"), work, self._matched, self._failed)

    def _matched(self, matches: list[ParcelMatch] | None) -> None:
        self.match_button.setEnabled(bool(self._needs))
        if matches is None:  # cancelled
            return
        self.results.set_rows([MatchRow(m.parcel_id, m) for m in matches])
        fitting = sum(1 for m in matches if m.fits)
        self.summary.setText(
            self.tr("%1 parcels ranked; %2 meet every known criterion.")
            .replace("%1", str(len(matches)))
            .replace("%2", str(fitting))
        )
        if matches:
            self.results.select_id(matches[0].parcel_id)
        self.map_button.setEnabled(bool(matches))
        self.showParcelsOnMap.emit([m.parcel_id for m in matches])

    def _failed(self, exc: BaseException) -> None:
        self.match_button.setEnabled(bool(self._needs))
        # The one error path: the user's sentence (a bug is logged and named, not raised).
        QMessageBox.warning(self, self.tr("Matching land"), said(exc))

    def ranked_ids(self) -> list[int]:
        """The parcel ids shown, best first."""
        return [r.id for r in sorted(self.results.model.rows, key=lambda r: r.match.rank)]

    def _show_on_map(self) -> None:
        self.showParcelsOnMap.emit(self.ranked_ids())

    def _show_criteria(self) -> None:
        self.criteria.clear()
        row: MatchRow | None = self.results.selected()
        if row is None:
            return
        lang = current_language()
        head = QListWidgetItem(f"{row.match.designation} – {number(row.match.score, 1)}")
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        self.criteria.addItem(head)
        for c in row.match.criteria:
            item = QListWidgetItem(f"{_criterion_name(c.key)}: {c.text(lang)}")
            item.setForeground(_STATE_COLOURS.get(c.state, _UNKNOWN_COLOUR))
            self.criteria.addItem(item)

    # --- reverse ----------------------------------------------------------
    def run_reverse(self, parcel_id: int | None = None) -> list[ActorFit]:
        """Which actors' needs the chosen parcel serves, best first."""
        if parcel_id is None or isinstance(parcel_id, bool):
            parcel_id = self.parcel_combo.parcel_id()
            if parcel_id is None:
                return []
        else:
            self.parcel_combo.choose(parcel_id)
        fits = self.workspace.query(actors_for_parcel, parcel_id)
        self.fits.set_rows([FitRow(f.need_id, f) for f in fits])
        return fits

    def _open_actor(self) -> None:
        row: FitRow | None = self.fits.selected()
        if row is not None:
            self.actorRequested.emit(row.fit.actor_id)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.need_label.setText(self.tr("Need"))
        self.top_label.setText(self.tr("Show"))
        self.match_button.setText(self.tr("Find land"))
        self.map_button.setText(self.tr("Show on map"))
        self.reverse_box.setTitle(self.tr("Which actors does a parcel fit?"))
        self.reverse_button.setText(self.tr("Find actors"))
        self.results.retranslate()
        self.fits.retranslate()
