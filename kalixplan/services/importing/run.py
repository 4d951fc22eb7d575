"""Importing geodata: read, map, validate everything, then write it all in one transaction.

``import_file`` is the one entry point for the command line and the wizard. It
reads the source (``kalixplan.geo.io``), maps its columns to the application's
fields (``fields``), checks every feature before anything is written,
applies the chosen policies (abort, repair or skip invalid features; update or
skip existing keys), writes in one transaction, recomputes the parcels'
distances and constraint flags, and returns a report. A dry run does the same
and rolls back, so the wizard can show what would happen.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import ValidationError
from kalixplan.geo.io import SourceData, SourceError, inspect_source, read_source
from kalixplan.geo.source import Reason, reason_in
from kalixplan.process import gc_paused, quick_handover
from kalixplan.services.importing.fields import (
    IMPORT_KINDS,
    auto_mapping,
    check_mapping,
    field_types,
)
from kalixplan.services.importing.geometry import prepare_geometries
from kalixplan.services.importing.parcel_steps import (
    import_parcels,
    parcel_geometries,
    parcel_keys,
)
from kalixplan.services.importing.parcels import check_parcel_values
from kalixplan.services.importing.report import (
    ON_DUPLICATE,
    ON_INVALID,
    Cancelled,
    ImportCancelled,
    ImportOptions,
    ImportReport,
    Progress,
    ReportLine,
)
from kalixplan.services.importing.speed import in_background
from kalixplan.services.importing.values import convert_columns
from kalixplan.services.ns_detaljplan.sniff import looks_like_ns, looks_like_plan_gml
from kalixplan.store.engine import Project
from kalixplan.store.models import ProjectSetting

# The other kinds' importers (actors, plans, reference layers, and the QGIS styles a
# reference import writes) are loaded when their kind is imported: a whole-process
# parcel import (bench/geodata.py) would otherwise spend a fiftieth of a second
# loading services it never calls.


def _import_ns(project: Project, path: Path, *, dry_run: bool) -> ImportReport:
    from kalixplan.services.ns_detaljplan.reader import import_ns

    return import_ns(project, path, dry_run=dry_run)


def _import_gml(project: Project, path: Path, *, dry_run: bool) -> ImportReport:
    from kalixplan.services.ns_detaljplan.gml import import_gml

    return import_gml(project, path, dry_run=dry_run)


# Plan documents with their own readers, since GDAL cannot take their geometry as it
# stands: NS Detaljplan 4.1 keeps it in its own properties, not in GeoJSON's; SS 637040
# builds areas from shared boundary lines, which GDAL does not assemble. The readers are
# loaded only for their own kind of file (the schema validator and the XML reading cost
# every other import a tenth of a second at start).
_PLAN_DOCUMENTS = (
    (
        (".json", ".geojson"),
        looks_like_ns,
        _import_ns,
        "an NS Detaljplan 4.1 document: it holds plans with their provisions",
        "ett dokument enligt NS Detaljplan 4.1: det innehåller planer med deras bestämmelser",
    ),
    (
        (".gml", ".xml"),
        looks_like_plan_gml,
        _import_gml,
        "an SS 637040 plan document: it holds plans with their land-use areas",
        "ett plandokument enligt SS 637040: det innehåller planer med deras användningsområden",
    ),
)


class _DryRunDone(Exception):
    """Carries a dry run's report out of the transaction it rolls back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def read_import_source(
    path: Path, options: ImportOptions, max_features: int | None = None
) -> SourceData:
    """Read the source layer the options name (all features, or the first few).

    Raises:
        SourceError, UnknownCrs: see :func:`kalixplan.geo.io.read_source`.
    """
    check_options(options)
    info = inspect_source(Path(path), options.layer, options.encoding)
    return read_source(
        info,
        encoding=options.encoding,
        src_epsg=options.src_epsg,
        max_features=max_features,
        geometry_columns=options.geometry_columns,
        need_geometry=options.kind != "actors",
        override_crs=options.override_crs,
    )


def check_options(options: ImportOptions) -> None:
    """Refuse an unknown kind or policy.

    Raises:
        ValidationError: naming the option.
    """
    if options.kind not in IMPORT_KINDS:
        kinds = ", ".join(IMPORT_KINDS)
        raise ValidationError(
            "kind",
            f"Unknown kind '{options.kind}'; use one of {kinds}.",
            sv=f"Okänd typ '{options.kind}'; använd en av {kinds}.",
        )
    if options.on_invalid not in ON_INVALID:
        raise ValidationError(
            "on_invalid",
            f"--on-invalid must be one of {', '.join(ON_INVALID)}.",
            sv=f"--on-invalid måste vara en av {', '.join(ON_INVALID)}.",
        )
    if options.on_duplicate not in ON_DUPLICATE:
        raise ValidationError(
            "on_duplicate",
            f"--on-duplicate must be one of {', '.join(ON_DUPLICATE)}.",
            sv=f"--on-duplicate måste vara en av {', '.join(ON_DUPLICATE)}.",
        )


def resolve_mapping(kind: str, columns: list[str], explicit: Mapping[str, str]) -> dict[str, str]:
    """The field mapping: matched by name and alias, then the explicit choices on top.

    An explicit empty column ('') unmaps a field.

    Raises:
        ValidationError: an unknown field or a column the source lacks.
    """
    mapping = auto_mapping(kind, columns)
    chosen = {f: c for f, c in explicit.items() if c}
    check_mapping(kind, chosen, columns)
    taken = set(chosen.values())
    mapping = {f: c for f, c in mapping.items() if c not in taken}
    mapping.update(chosen)
    for field, column in explicit.items():
        if not column:
            mapping.pop(field, None)
    return mapping


def import_file(
    project: Project,
    path: Path | str,
    options: ImportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Import a file into the project in one transaction.

    Args:
        project: the open project.
        path: the source file.
        options: what to import and how.
        progress: called as ``progress(done, total, message)``.
        cancelled: returns True when the user pressed Cancel.
        dry_run: validate and simulate, then roll back.

    Raises:
        SourceError, UnknownCrs, InvalidGeometry: the file as a whole cannot be imported.
        ImportRefused: features break the rules and the policy is 'abort'.
        ImportCancelled: cancelled; everything was rolled back.
    """
    with gc_paused():
        return _import_file(project, Path(path), options, progress, cancelled, dry_run)


def _import_file(
    project: Project,
    path: Path,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
    dry_run: bool,
) -> ImportReport:
    report_progress = progress or (lambda done, total, message: None)
    is_cancelled = cancelled or (lambda: False)
    for suffixes, looks_like, read_plans, what, what_sv in _PLAN_DOCUMENTS:
        if path.suffix.lower() in suffixes and looks_like(path):
            if options.kind != "plans":
                raise SourceError(
                    f"{path.name} is {what}; import it as plans, nothing was imported.",
                    sv=f"{path.name} är {what_sv}; importera den som planer, ingenting "
                    "importerades.",
                )
            return read_plans(project, path, dry_run=dry_run)
    report_progress(0, 0, "reading the source")
    data = read_import_source(Path(path), options)
    if len(data.table) == 0:
        raise SourceError(
            f"{data.info.path.name} has no features in layer '{data.info.layer}'; "
            "nothing to import: check that the export from its source is complete.",
            sv=f"{data.info.path.name} har inga objekt i lagret '{data.info.layer}'; "
            "ingenting att importera: kontrollera att exporten från källan är komplett.",
        )
    if is_cancelled():
        raise ImportCancelled()

    def work(session: Session) -> ImportReport:
        report = import_source(session, data, options, project.srid, report_progress, is_cancelled)
        if dry_run:
            report.dry_run = True
            raise _DryRunDone(report)
        if options.kind == "reference":  # QGIS draws the new layer in its kind's colours
            from kalixplan.services.qgis_styles import write_reference_style

            write_reference_style(session.connection())
        return report

    try:
        # Made again if PostgreSQL broke a deadlock with a concurrent import.
        return project.run_transaction(work)
    except _DryRunDone as done:
        return done.report


def _municipality(session: Session, srid: int) -> tuple[str, Any] | None:
    """The project's municipality with its margin, when the project names one."""
    code = session.scalar(
        select(ProjectSetting.value).where(ProjectSetting.key == "municipality_code")
    )
    if not code:
        return None
    from kalixplan.geo.municipality import municipality_area

    return municipality_area(code, srid)


def import_source(
    session: Session,
    data: SourceData,
    options: ImportOptions,
    srid: int,
    progress: Progress,
    cancelled: Cancelled,
) -> ImportReport:
    """Import already read features in the caller's transaction (see :func:`import_file`)."""
    check_options(options)
    info = data.info
    target = options.name or info.layer if options.kind == "reference" else options.kind
    report = ImportReport(options.kind, info.path.name, info.layer, target)
    n = len(data.table)
    mapping = resolve_mapping(options.kind, list(data.table.names), options.mapping)

    def step(done: int, total: int, message: str) -> None:
        if cancelled():
            raise ImportCancelled()
        progress(done, total, message)

    if options.kind == "actors":
        from kalixplan.services.importing import actors as import_actors

        values, errors = convert_columns(data.table, mapping, field_types(options.kind))
        step(0, n, "checking")
        import_actors.run(session, values, errors, {}, n, options, report, step)
        return report
    geometry_options = {
        "polygons_only": options.kind != "reference",
        "repair": options.on_invalid == "repair",
        "src_epsg": data.epsg,
        "stated_crs": data.stated_crs,
        "dst_epsg": srid,
        "source_name": info.path.name,
        "what": {"land_use": "land-use areas"}.get(options.kind, options.kind),
        "area": _municipality(session, srid) if options.kind != "reference" else None,
    }
    geometry = None
    keys = None
    if options.kind == "parcels":
        # Geometries on the helper thread while the values and keys are checked here.
        sqlite = session.connection().dialect.name == "sqlite"
        with quick_handover():
            work = in_background(parcel_geometries, data, geometry_options, srid, sqlite)
            values, errors = convert_columns(data.table, mapping, field_types("parcels"))
            raw_keys = list(values.get("designation", [None] * n))
            check_parcel_values(session, values, errors, n)
            keys = parcel_keys(session, values, errors, raw_keys, options, n)
            prepared, geometry = work.result()
    else:
        prepared = prepare_geometries(data.geometries, **geometry_options)  # type: ignore[arg-type]
        values, errors = convert_columns(data.table, mapping, field_types(options.kind))
    problems: dict[int, list[tuple[str, str]]] = {}
    for i, (category, message) in prepared.problems.items():
        problems.setdefault(i, []).append((category, message))
    for i, reason in enumerate(data.geometry_errors if any(data.geometry_errors) else ()):
        if reason:
            # A reason that starts with "is " describes the whole feature (a note row).
            whole = reason.startswith("is ")
            sv = reason_in(reason, "sv")
            text = Reason(
                reason if whole else f"has a bad geometry: {reason}",
                sv if whole else f"har en felaktig geometri: {sv}",
            )
            problems[i] = [("geometry", text)]
    report.repaired = len(prepared.repaired)

    step(0, n, "checking")
    if options.kind == "parcels":
        assert geometry is not None and keys is not None
        import_parcels(
            session,
            values,
            errors,
            problems,
            prepared.geoms,
            options,
            srid,
            report,
            step,
            geometry,
            keys,
        )
    elif options.kind == "reference":
        from kalixplan.services.importing import reference as import_reference

        import_reference.run(
            session, data, values, errors, problems, prepared.geoms, options, report, step
        )
    else:
        from kalixplan.services.importing import plans as import_plans

        import_plans.run(session, values, errors, problems, prepared.geoms, options, report, step)
    for i in prepared.repaired:
        if report.lines and i < len(report.lines) and report.lines[i].outcome != "skipped":
            line = report.lines[i]
            report.lines[i] = ReportLine(
                line.feature, line.key, line.outcome, line.reason + " (geometry repaired)"
            )
    return report
