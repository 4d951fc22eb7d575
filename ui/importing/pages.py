"""The first pages of the import wizard: source, layer, coordinates and encoding, field mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kalixplan.domain.codes import ReferenceKind
from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.language import pick
from kalixplan.geo.crs import SWEDISH_CRS
from kalixplan.geo.io import (
    ENCODINGS,
    SourceData,
    SourceInfo,
    inspect_source,
    list_layers,
    preview_attributes,
    read_source,
)
from kalixplan.maps.style import REFERENCE_KIND_LABELS
from kalixplan.services.importing.fields import (
    auto_mapping,
    field_names,
    list_presets,
    load_preset,
    save_preset,
)
from kalixplan.services.ns_detaljplan.sniff import looks_like_ns
from kalixplan.store.engine import Project
from ui.i18n import current_language, said
from ui.importing.preview import GeometryPreview, fill_table
from ui.workspace import QtWorkspace


class ImportState(Protocol):
    """What the pages read and fill in: the wizard's state of this import (``ImportWizard``)."""

    path: Path
    layers: list[str]
    info: SourceInfo | None
    preview: SourceData | None
    ns: bool  # an NS Detaljplan 4.1 file: plans with their own geometry and code lists
    project: Project
    workspace: QtWorkspace

    def kind(self) -> str: ...


SOURCE, LAYER, CRS, MAPPING, CHECK, RESULT = range(6)
FILE_FILTER = "Geodata (*.gpkg *.shp *.geojson *.json *.gml *.kml *.csv *.xlsx *.zip)"


def error_label() -> QLabel:
    """A label for a problem the user must fix before going on."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class SourcePage(QWizardPage):
    """Which file, and what it holds: parcels, plans, land-use areas or a reference layer."""

    def __init__(self, wizard: ImportState) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Source file"))
        self.setSubTitle(self.tr("Choose the file and what to import from it."))
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.kind = QComboBox()
        for value, text in (
            ("parcels", self.tr("Parcels of industrial land")),
            ("plans", self.tr("Detailed plans (boundaries)")),
            ("land_use", self.tr("Land-use areas of plans")),
            ("reference", self.tr("Reference layer (roads, railway, zones …)")),
            ("actors", self.tr("Actors (companies and organisations, no geometry)")),
        ):
            self.kind.addItem(text, value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.ref_name = QLineEdit()
        self.ref_kind = QComboBox()
        self.ref_kind.addItem(self.tr("As the existing layer (a new one: other)"), None)
        for k in ReferenceKind:
            self.ref_kind.addItem(pick(REFERENCE_KIND_LABELS[k.value], current_language()), k.value)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Import as:"), self.kind)
        form.addRow(self.tr("Layer name:"), self.ref_name)
        form.addRow(self.tr("Layer represents:"), self.ref_kind)
        form.addRow(self.error)
        self._kind_changed()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import geodata"), "", FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def _kind_changed(self) -> None:
        is_ref = self.kind.currentData() == "reference"
        self.ref_name.setEnabled(is_ref)
        self.ref_kind.setEnabled(is_ref)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        self.wiz.ns = path.suffix.lower() in (".json", ".geojson") and looks_like_ns(path)
        if self.wiz.ns:
            # The specification fixes the fields, the CRS and the codes: straight to the check.
            self.kind.setCurrentIndex(self.kind.findData("plans"))
            self.wiz.path, self.wiz.layers, self.wiz.info = path, [], None
            self.error.clear()
            return True
        try:
            self.wiz.layers = list_layers(path)
            self.wiz.info = None
            if len(self.wiz.layers) == 1:
                self.wiz.info = inspect_source(path, self.wiz.layers[0])
        except KalixPlanError as exc:
            self.error.setText(said(exc))
            return False
        self.wiz.path = path
        if not self.ref_name.text().strip():
            self.ref_name.setText(self.wiz.layers[0] if len(self.wiz.layers) == 1 else path.stem)
        self.error.clear()
        return True

    def nextId(self) -> int:
        if self.wiz.ns:
            return CHECK
        return LAYER if len(self.wiz.layers) > 1 else CRS


class LayerPage(QWizardPage):
    """The file holds several layers: which one."""

    def __init__(self, wizard: ImportState) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Layer"))
        self.setSubTitle(self.tr("The file holds several layers; choose the one to import."))
        self.layers = QListWidget()
        self.layers.currentRowChanged.connect(self.completeChanged)
        self.error = error_label()
        box = QVBoxLayout(self)
        box.addWidget(self.layers)
        box.addWidget(self.error)

    def initializePage(self) -> None:
        self.layers.clear()
        self.layers.addItems(self.wiz.layers)

    def isComplete(self) -> bool:
        return self.layers.currentRow() >= 0

    def validatePage(self) -> bool:
        try:
            self.wiz.info = inspect_source(self.wiz.path, self.layers.currentItem().text())
        except KalixPlanError as exc:
            self.error.setText(said(exc))
            return False
        return True


class CrsPage(QWizardPage):
    """The source's coordinate system and, for a Shapefile without .cpg, its text encoding."""

    def __init__(self, wizard: ImportState) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Coordinates and text"))
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.crs = QComboBox()
        self.crs.addItem(self.tr("— choose the coordinate system —"), None)
        for epsg, name in SWEDISH_CRS.items():
            self.crs.addItem(f"EPSG:{epsg} {name}", epsg)
        self.crs.currentIndexChanged.connect(self.completeChanged)
        self.crs.currentIndexChanged.connect(self._follow_override)
        # The CRS the coordinates are read in instead of the one the file states (a
        # file that states the wrong one; offered by the check page), or None.
        self.overridden: int | None = None
        self.encoding = QComboBox()
        for enc in ENCODINGS:
            self.encoding.addItem(enc, enc)
        self.encoding.currentIndexChanged.connect(self._show_text)
        self.text_preview = QTableWidget()
        self.text_preview.setToolTip(self.tr("The first rows, decoded with the chosen encoding"))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.detected)
        form.addRow(self.tr("Coordinate system:"), self.crs)
        form.addRow(self.tr("Text encoding:"), self.encoding)
        form.addRow(self.text_preview)
        form.addRow(self.error)

    def initializePage(self) -> None:
        info = self.wiz.info
        assert info is not None
        self.crs.setVisible(self.wiz.kind() != "actors")
        if self.wiz.kind() == "actors":
            text = self.tr("Actors have no geometry; no coordinate system is needed.")
        elif info.epsg is not None and self.overridden is not None:
            text = self._override_text(info.epsg, self.overridden)
            self._select(self.overridden)
            self.crs.setEnabled(True)
        elif info.epsg is not None:
            text = self.tr("The file states its coordinate system: EPSG:{0}.").format(info.epsg)
            self._select(info.epsg)
            self.crs.setEnabled(False)
        else:
            text = self.tr(
                "The file does not say which coordinate system it uses; choose it below "
                "(KalixPlan never guesses)."
            )
            self.crs.setEnabled(True)
            self.crs.setCurrentIndex(0)
        if not info.has_cpg:
            text += " " + self.tr(
                "The Shapefile has no .cpg file; GDAL reads its text as {0}. "
                "Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview."
            ).format(info.encoding)
            index = self.encoding.findData(info.encoding)
            self.encoding.setCurrentIndex(max(index, 0))
        self.encoding.setEnabled(not info.has_cpg)
        self.detected.setText(text)
        self.error.clear()
        self._show_text()

    def _show_text(self) -> None:
        info = self.wiz.info
        if info is None:
            return
        try:
            fill_table(self.text_preview, preview_attributes(info, self.chosen_encoding()))
            self.error.clear()
        except KalixPlanError as exc:
            self.text_preview.setRowCount(0)
            self.error.setText(said(exc))

    def isComplete(self) -> bool:
        return self.crs.currentData() is not None or self.wiz.kind() == "actors"

    def chosen_epsg(self) -> int | None:
        """The source CRS the user chose (None when the file states one, or for actors)."""
        info = self.wiz.info
        if self.wiz.kind() == "actors":
            return None
        if info is not None and info.epsg is not None:
            return self.overridden
        return self.crs.currentData()

    def overriding(self) -> bool:
        """The coordinates are read in another CRS than the one the file states."""
        info = self.wiz.info
        return self.overridden is not None and info is not None and info.epsg is not None

    def override_with(self, epsg: int) -> None:
        """Read the coordinates in ``epsg``: the file states none and the user's choice
        did not fit, or it states a wrong one (issue "Hostile and awkward input", 2:
        "the likely cause named … and the fix offered in the wizard")."""
        info = self.wiz.info
        if info is not None and info.epsg is not None and epsg != info.epsg:
            self.overridden = epsg
            self.detected.setText(self._override_text(info.epsg, epsg))
            self.crs.setEnabled(True)
        else:
            self.overridden = None
        self._select(epsg)

    def _override_text(self, stated: int, used: int) -> str:
        return self.tr(
            "The file states EPSG:{0}, but its coordinates fit EPSG:{1}; they are read as EPSG:{1}."
        ).format(stated, used)

    def _select(self, epsg: int) -> None:
        index = self.crs.findData(epsg)
        if index < 0:
            self.crs.addItem(f"EPSG:{epsg}", epsg)
            index = self.crs.count() - 1
        self.crs.setCurrentIndex(index)

    def _follow_override(self) -> None:
        info = self.wiz.info
        if self.overridden is not None and info is not None and self.crs.isEnabled():
            chosen = self.crs.currentData()
            self.overridden = None if chosen in (None, info.epsg) else chosen

    def chosen_encoding(self) -> str | None:
        """The encoding the user chose (None when GDAL's own choice applies)."""
        return self.encoding.currentData() if self.encoding.isEnabled() else None

    def validatePage(self) -> bool:
        info = self.wiz.info
        assert info is not None
        try:
            self.wiz.preview = read_source(
                info,
                encoding=self.chosen_encoding(),
                src_epsg=self.chosen_epsg(),
                max_features=50,
                need_geometry=self.wiz.kind() != "actors",
            )
        except KalixPlanError as exc:
            self.error.setText(said(exc))
            return False
        return True


class MappingPage(QWizardPage):
    """Source columns → the application's fields, presets, and a preview of rows and shapes."""

    def __init__(self, wizard: ImportState) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Field mapping"))
        self.setSubTitle(
            self.tr("Columns were matched by name and common Swedish/English names; adjust them.")
        )
        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Source column")])
        self.presets = QComboBox()
        self.presets.activated.connect(self._apply_preset)
        self.preset_name = QLineEdit()
        self.preset_name.setPlaceholderText(self.tr("preset name"))
        save = QPushButton(self.tr("Save preset"))
        save.clicked.connect(self.save_preset)
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("Preset:")))
        presets.addWidget(self.presets, 1)
        presets.addWidget(self.preset_name, 1)
        presets.addWidget(save)
        self.rows = QTableWidget()
        self.shapes = GeometryPreview()
        previews = QSplitter()
        previews.addWidget(self.rows)
        previews.addWidget(self.shapes)
        previews.setSizes([420, 240])
        self.message = QLabel()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.fields)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(previews)
        splitter.setSizes([300, 660])
        box = QVBoxLayout(self)
        box.addLayout(presets)
        box.addWidget(splitter, 1)
        box.addWidget(self.message)
        self._combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        data = self.wiz.preview
        assert data is not None
        kind = self.wiz.kind()
        columns = [str(c) for c in data.attributes.columns]
        mapping = auto_mapping(kind, columns)
        names = field_names(kind)
        self.fields.setRowCount(len(names))
        self._combos = {}
        for row, name in enumerate(names):
            label = QLabel(name)
            self.fields.setCellWidget(row, 0, label)
            combo = QComboBox()
            combo.addItem("—", "")
            for c in columns:
                combo.addItem(c, c)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, "")), 0))
            self.fields.setCellWidget(row, 1, combo)
            self._combos[name] = combo
        self.fields.resizeColumnsToContents()
        fill_table(self.rows, data.attributes)
        self.shapes.set_geometries(list(data.geometries))
        self._load_presets()

    def _load_presets(self) -> None:
        self.presets.clear()
        self.presets.addItem(self.tr("— matched by name —"), "")
        with self.wiz.project.read_scope() as session:
            for name in list_presets(session, self.wiz.kind()):
                self.presets.addItem(name, name)

    def mapping(self) -> dict[str, str]:
        """The chosen mapping; '' for a field left unmapped."""
        return {name: combo.currentData() or "" for name, combo in self._combos.items()}

    def set_column(self, field: str, column: str) -> None:
        """Map ``field`` to ``column`` ('' to unmap)."""
        combo = self._combos[field]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def save_preset(self) -> None:
        """Save the current mapping under the name typed next to the button."""
        name = self.preset_name.text().strip()
        if not name:
            self.message.setText(self.tr("Type a name for the preset first."))
            return
        mapping = {f: c for f, c in self.mapping().items() if c}
        kind = self.wiz.kind()
        saved = self.wiz.workspace.write([], lambda s: save_preset(s, name, kind, mapping))
        if not saved.ok:
            return  # the window has said why
        self._load_presets()
        self.presets.setCurrentIndex(self.presets.findData(name))
        self.message.setText(self.tr("Preset '{0}' saved.").format(name))

    def _apply_preset(self) -> None:
        name = self.presets.currentData()
        if not name:
            return
        with self.wiz.project.read_scope() as session:
            _, mapping = load_preset(session, name)
        for field in self._combos:
            self.set_column(field, mapping.get(field, ""))
        missing = [c for c in mapping.values() if self._combos and c not in self._columns()]
        self.message.setText(
            self.tr("This source lacks columns of the preset: {0}").format(", ".join(missing))
            if missing
            else ""
        )

    def _columns(self) -> list[str]:
        data = self.wiz.preview
        return [] if data is None else [str(c) for c in data.attributes.columns]
