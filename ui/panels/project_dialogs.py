"""Dialogs for choosing a project: a new GeoPackage, or a PostGIS server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kalixplan.geo.crs import DEFAULT_PROJECT_EPSG, SWEDISH_CRS
from kalixplan.store.location import server_parts, server_url, without_password
from kalixplan.store.secrets import store_in_keyring

ERROR_STYLE = "color: #b00020;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class NewProjectDialog(QDialog):
    """A new project: where the GeoPackage goes, its CRS, and optionally the demo data."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.path = QLineEdit(str(Path(folder) / "project.gpkg"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.crs = QComboBox()
        for epsg, name in sorted(SWEDISH_CRS.items()):
            self.crs.addItem(f"EPSG:{epsg} {name}", epsg)
        self.crs.setCurrentIndex(max(0, self.crs.findData(DEFAULT_PROJECT_EPSG)))
        self.demo = QCheckBox(self.tr("Fill it with the Kalix example data"))
        self.error = _error_label()
        hint = QLabel(
            self.tr(
                "The coordinate system cannot be changed later. SWEREF 99 TM is the national "
                "choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Coordinate system"), self.crs)
        form.addRow("", self.demo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New project"), self.path.text(), self.tr("GeoPackage (*.gpkg)")
        )
        if path:
            self.path.setText(path if path.endswith(".gpkg") else path + ".gpkg")

    def epsg(self) -> int:
        """The chosen project CRS."""
        return int(self.crs.currentData())

    def accept(self) -> None:
        """Check the file name before closing."""
        path = Path(self.path.text().strip())
        if not path.name:
            self.error.setText(self.tr("Choose a file name."))
            return
        if path.exists():
            self.error.setText(self.tr("That file exists already; choose another name."))
            return
        if not path.parent.is_dir():
            self.error.setText(self.tr("The folder does not exist."))
            return
        if path.suffix.lower() != ".gpkg":
            self.path.setText(str(path) + ".gpkg")
        super().accept()


class ConnectDialog(QDialog):
    """Connect to a shared project on a PostgreSQL/PostGIS server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to PostGIS server"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql+psycopg://user@host:5432/database")
        self.create_schema = QCheckBox(self.tr("Create the project schema (an empty database)"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setToolTip(
            self.tr(
                "Kept by the operating system (Credential Manager, Keychain, Secret "
                "Service), never in KalixPlan's settings. Without it, the password is "
                "used for this session only (or comes from PGPASSWORD or ~/.pgpass)."
            )
        )
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("…or a URL"), self.url)
        form.addRow("", self.remember)
        form.addRow("", self.create_schema)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def db_url(self) -> str:
        """The SQLAlchemy URL of the server database (password included).

        Raises:
            ValueError: the typed URL is not one.
        """
        return server_url(
            self.url.text(),
            user=self.user.text().strip(),
            password=self.password.text(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        )

    def accept(self) -> None:
        """Check the address before closing."""
        try:
            driver, database, password = server_parts(self.db_url())
        except ValueError:  # a parse failure is a typing mistake shown next to the fields
            self.error.setText(self.tr("That is not a database URL."))
            return
        if not driver.startswith("postgresql"):
            self.error.setText(self.tr("Only PostgreSQL/PostGIS servers are supported."))
            return
        if not database:
            self.error.setText(self.tr("Name the database."))
            return
        if self.remember.isChecked() and password:
            try:
                store_in_keyring(without_password(self.db_url()), password)
            except RuntimeError:
                self.remember.setChecked(False)
                self.error.setText(
                    self.tr(
                        "This computer has no system keyring; the password is used for "
                        "this session only. Press OK again to connect."
                    )
                )
                return
        super().accept()
