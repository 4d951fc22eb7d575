"""What the main window does for the user beyond showing data.

Opening and creating projects (in the background, with progress and Cancel),
"what applies here" for a click on the ground, and settling conflicts when a
colleague saved first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from kalixplan.app.changes import Kind
from kalixplan.domain.errors import KalixPlanError, NotFound, StaleEdit
from kalixplan.services.plans import what_applies_here
from kalixplan.services.projects import BuildCancelled
from kalixplan.store.engine import Project
from ui.conflict import ConflictDialog, Resolution
from ui.i18n import land_use_label, plan_status_label, provision_text
from ui.models.formatting import number
from ui.panels.project_dialogs import ConnectDialog, NewProjectDialog
from ui.project_loader import create_work, first_start_work, open_work
from ui.window_shell import WindowShell
from ui.workers import run_in_background


class ProjectActions(QObject):
    """File-menu actions, "what applies here" and conflict handling for the main window."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False
        self.conflict_dialog: ConflictDialog | None = None
        self.last_answer: list[str] = []

    # --- opening -----------------------------------------------------------------
    def _run(
        self,
        title: str,
        db: str,
        work: Callable[..., Project],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self.busy:
            return
        self.busy = True
        self.window.statusBar().showMessage(title)

        def done(project: Project) -> None:
            self.busy = False
            self.window.statusBar().clearMessage()
            self.window.set_project(project)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.window.statusBar().clearMessage()
            if isinstance(exc, BuildCancelled):
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                self.window.show_error(exc, self.tr("The project could not be opened"))

        run_in_background(self.window, title, work, done, failed, writes=True)

    def open_database(
        self, db: str, on_failure: Callable[[BaseException], None] | None = None
    ) -> None:
        """Open a project file or server URL in the background."""
        self._run(self.tr("Opening the project…"), db, open_work(db), on_failure)

    def first_start(self) -> None:
        """No project configured: open the Kalix demo (building it the first time)."""
        db, work = first_start_work()
        title = self.tr("Preparing the Kalix example data…")
        self._run(title, db, work)

    def start(self, db: str | None) -> None:
        """What the application opens at start: ``db``, else the last project, else the demo."""
        if db:
            self.open_database(db)
            return
        last = self.window.settings.last_project
        if not last:
            self.first_start()
            return

        def fall_back(exc: BaseException) -> None:
            self.window.show_error(exc, self.tr("The last project could not be opened"))
            self.window.settings.remove_recent_project(last)
            self.first_start()

        self.open_database(last, fall_back)

    def open_project(self) -> None:
        """File ▸ Open project…"""
        start = (
            str(Path(self.window.project.db).parent)
            if self.window.project and self.window.project.path
            else ""
        )
        path, _f = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            start,
            self.tr("GeoPackage (*.gpkg);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def new_project(self) -> None:
        """File ▸ New project…"""
        folder = str(Path.home())
        if self.window.project is not None and self.window.project.path is not None:
            folder = str(self.window.project.path.parent)
        dialog = NewProjectDialog(folder, self.window)
        if dialog.exec() != NewProjectDialog.DialogCode.Accepted:
            return
        db = dialog.path.text().strip()
        self._run(
            self.tr("Creating the project…"),
            db,
            create_work(db, dialog.epsg(), demo=dialog.demo.isChecked()),
        )

    def connect_server(self) -> None:
        """File ▸ Connect to PostGIS server…"""
        dialog = ConnectDialog(self.window)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return
        db = dialog.db_url()
        if dialog.create_schema.isChecked():
            from kalixplan.geo.crs import DEFAULT_PROJECT_EPSG

            self._run(
                self.tr("Creating the project…"),
                db,
                create_work(db, DEFAULT_PROJECT_EPSG, demo=False),
            )
        else:
            self.open_database(db)

    # --- what applies here -----------------------------------------------------------
    def what_applies(self, x: float, y: float) -> None:
        """A click on the ground: the plans that apply there by legal effect (a change
        with the plan it amends), their land use and period, and the plans set aside."""
        project = self.window.project
        if project is None:
            return
        try:
            answer = self.window.workspace.query(what_applies_here, x, y)
        except KalixPlanError as exc:
            self.window.show_error(exc)
            return
        lines = [f"E {number(x)}  N {number(y)}"]
        if answer.plan is None:
            lines.append(self.tr("No detailed plan in force here."))
        uses = {u.plan_id: u for u in answer.land_uses}
        for plan in answer.plans:  # newest first: a change before the plan it amends
            head = f"{plan.designation} {plan.name}"
            if plan.decision_type == "change":
                head += " (" + self.tr("change") + ")"
            lines.append(head)
            detail = [plan_status_label(plan.status)]
            if plan.in_force_date is not None and plan.status == "in_force":
                detail = [
                    f"{detail[0]} {plan.in_force_date.isoformat()}"
                ]  # "Laga kraft 1974-06-14"
            elif plan.in_force_date is not None:
                detail.append(
                    self.tr("laga kraft %1").replace("%1", plan.in_force_date.isoformat())
                )
            lines.append("  " + ", ".join(detail))
            use = uses.get(plan.id)
            if use is not None:
                text = land_use_label(use.code)
                if use.max_height_m is not None:
                    text += ", " + self.tr("max height %1 m").replace(
                        "%1", number(use.max_height_m, 1)
                    )
                lines.append("  " + self.tr("Land use: %1").replace("%1", text))
            if plan.implementation_ends is not None:
                text = (
                    self.tr("Implementation period ends %1")
                    if plan.implementation_ends >= date.today()
                    else self.tr("Implementation period ended %1")
                )
                lines.append("  " + text.replace("%1", plan.implementation_ends.isoformat()))
            for provision in answer.provisions:  # h1, e1, prickmark, a1 … of this plan here
                if provision.plan_id == plan.id:
                    lines.append("  " + provision_text(provision))
        for aside in answer.set_aside:
            by = aside.by.designation if aside.by is not None else ""
            reason = {
                "replaced": self.tr("%1 replaced by %2"),
                "repealed": self.tr("%1 repealed by %2") if by else self.tr("%1 repealed"),
                "newer_overlap": self.tr("%1 overlapped by the newer %2 (no decision links them)"),
                "not_yet": self.tr("%1 not in force yet (laga kraft %2)"),
            }[aside.reason]
            if aside.reason == "not_yet":
                day = aside.plan.in_force_date
                by = day.isoformat() if day is not None else "?"
            lines.append(reason.replace("%1", aside.plan.designation).replace("%2", by))
        self.last_answer = lines
        self.window.map.show_text_popup(x, y, lines)
        self.window.statusBar().showMessage(" · ".join(lines), 20_000)

    # --- conflicts ------------------------------------------------------------------
    def resolve_conflict(
        self, kind: Kind, row_id: int, yours: dict[str, Any], exc: StaleEdit
    ) -> None:
        """A colleague saved first: show both versions and do what the user chooses.

        The dialog is window-modal but does not block the event loop; the choice
        is carried out when it closes.
        """
        workspace: Any = self.window.parcels if kind is Kind.PARCELS else self.window.plans
        form = workspace.form
        try:
            fresh = workspace.fresh_row(row_id)
        except NotFound:
            fresh = None  # deleted by the colleague: there is nothing to reload or re-apply

        def label_of(key: str) -> str:
            label = form.labels.get(key)
            return label.text().rstrip(" *") if label is not None else key

        title = getattr(fresh, "designation", None) or str(row_id)
        dialog = ConflictDialog(exc, label_of, title, self.window)
        dialog.reapply_button.setEnabled(fresh is not None)
        self.conflict_dialog = dialog

        def settle(_result: int) -> None:
            self.conflict_dialog = None
            dialog.deleteLater()
            if fresh is None:
                if dialog.resolution is not Resolution.KEEP_EDITING:
                    workspace.reload()
                return
            if dialog.resolution is Resolution.RELOAD:
                workspace.model.upsert(fresh)
                if kind is Kind.PARCELS:
                    self.window.map.update_parcels([fresh])
                else:
                    self.window.map.update_plans([fresh])
                if form.row is not None and form.row.id == row_id:
                    form.load(fresh)
            elif dialog.resolution is Resolution.REAPPLY:
                workspace.model.upsert(fresh)
                if "deleted" in yours:
                    self.window.workspace.delete(kind, fresh, form)
                else:
                    self.window.workspace.update(kind, fresh, yours, form)

        dialog.finished.connect(settle)
        dialog.open()
