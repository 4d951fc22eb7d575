"""What an import is asked to do, what it finds wrong, and what it did (the saveable report)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from kalixplan.domain.choices import ON_DUPLICATE, ON_EXISTING_LAYER, ON_INVALID  # noqa: F401 - re-exported
from kalixplan.domain.errors import KalixPlanError
from kalixplan.geo.source import Reason
from kalixplan.services import outputs
from kalixplan.store.audit import write_change_log
from kalixplan.store.types import utcnow

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

_NOUNS = {
    "parcels": "parcels",
    "plans": "plans",
    "land_use": "land-use areas",
    "reference": "reference features",
    "actors": "actors",
}


@dataclass(frozen=True)
class ImportOptions:
    """The choices of an import (the wizard's pages, the command's options).

    Attributes:
        kind: parcels, plans, land_use or reference.
        layer: the source layer (required when the file has several).
        src_epsg: the source CRS when the file states none.
        override_crs: ``src_epsg`` replaces the CRS the file states (a file that states
            the wrong one, as the plausibility check finds).
        encoding: text encoding of a Shapefile without .cpg (None: GDAL's choice).
        mapping: field → source column; fields left out are matched by name and alias.
        on_invalid: abort, repair (invalid polygons; other problems abort) or skip.
        on_duplicate: update or skip a row whose key (designation, layer name) exists.
        name: the reference layer's name (default: the source layer's name).
        ref_kind: what a reference layer represents (railway, port, road, ...); None keeps
            an existing layer's kind (a new layer is 'other').
        on_existing_layer: replace, append or cancel when the reference layer exists;
            None refuses with :class:`LayerExists` (the caller asks the user).
        geometry_columns: for CSV/XLSX, the WKT column or the x and y columns.
    """

    kind: str
    layer: str | None = None
    src_epsg: int | None = None
    override_crs: bool = False
    encoding: str | None = None
    mapping: Mapping[str, str] = field(default_factory=dict)
    on_invalid: str = "abort"
    on_duplicate: str = "update"
    name: str | None = None
    ref_kind: str | None = None
    on_existing_layer: str | None = None
    geometry_columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Issue:
    """Something wrong with one source feature.

    Attributes:
        feature: the feature's number in the source, from 1.
        key: its designation or name, when it has one.
        category: 'geometry' (missing or wrong type), 'invalid_geometry' (repairable),
            'value' (breaks a domain rule) or 'duplicate' (key twice in the source).
        message: what is wrong, completing "Feature N ('key') …".
        reason_sv: the same in Swedish, completing "Objekt N ('key') …" (None: taken
            from a :class:`~kalixplan.geo.source.Reason` message, else none).
    """

    feature: int
    key: str | None
    category: str
    message: str
    reason_sv: str | None = None

    def __post_init__(self) -> None:
        if self.reason_sv is None and isinstance(self.message, Reason):
            object.__setattr__(self, "reason_sv", self.message.sv)

    def describe(self, lang: str = "en") -> str:
        """One sentence naming the feature and the problem, in ``lang`` ('sv' or 'en';
        English where the problem has no Swedish wording)."""
        key = f" ('{self.key}')" if self.key else ""
        if lang == "sv" and self.reason_sv:
            return f"Objekt {self.feature}{key} {self.reason_sv}"
        return f"Feature {self.feature}{key} {self.message}"


class ReportLine(NamedTuple):
    """What happened to one feature: imported, updated or skipped, and why.

    A named tuple rather than a dataclass: an import of 100 000 parcels makes
    100 000 of them, and tuples are made several times faster.
    """

    feature: int
    key: str | None
    outcome: str
    reason: str


# A line's outcome, fetched in C (the summary counts 100 000 lines three times).
_OUTCOME = itemgetter(2)


@dataclass
class ImportReport:
    """The outcome of an import (or of a dry run before it)."""

    kind: str
    source: str
    layer: str
    target: str
    dry_run: bool = False
    lines: list[ReportLine] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    repaired: int = 0
    facts_recomputed: int = 0
    row_ids: list[int] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        """How many features had ``outcome`` (imported, updated, skipped)."""
        return list(map(_OUTCOME, self.lines)).count(outcome)

    def counts(self) -> Counter[str]:
        """How many features had each outcome, in one pass over the lines."""
        return Counter(map(_OUTCOME, self.lines))

    @property
    def imported(self) -> int:
        """Features added as new rows."""
        return self.count("imported")

    @property
    def updated(self) -> int:
        """Features that updated an existing row."""
        return self.count("updated")

    @property
    def skipped(self) -> int:
        """Features left out, each with its reason."""
        return self.count("skipped")

    def summary(self) -> str:
        """One line: what was imported from where."""
        verb = "Would import" if self.dry_run else "Imported"
        noun = _NOUNS.get(self.kind, self.kind)
        counts = self.counts()
        text = (
            f"{verb} {counts['imported']} {noun} from {self.source} ({self.layer}); "
            f"{counts['updated']} updated, {counts['skipped']} skipped"
        )
        if self.repaired:
            text += f", {self.repaired} geometries repaired"
        return text + "."

    def save(
        self,
        path: Path,
        *,
        overwrite: bool = False,
        protect: Iterable[str | Path | None] = (),
    ) -> None:
        """Save the report: CSV (one line per feature) for .csv, else plain text.

        Written all at once or not at all (``kalixplan.services.outputs``): a
        project is never written over, an existing file only with ``overwrite``.

        Raises:
            KalixPlanError: a project or (without ``overwrite``) an existing file as the
                target, or a place that cannot be written (full, read-only).
        """
        target = outputs.check_target(path, protect=protect, overwrite=overwrite, what="report")
        if Path(path).suffix.lower() == ".csv":
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer)
            writer.writerow(["feature", "key", "outcome", "reason"])
            for line in self.lines:
                writer.writerow(
                    [
                        line.feature,
                        outputs.neutralise(line.key or ""),
                        line.outcome,
                        outputs.neutralise(line.reason),
                    ]
                )
            outputs.write_text(
                target, buffer.getvalue(), verify=outputs.verify_csv_rows(len(self.lines) + 1)
            )
            return
        parts = [self.summary(), ""]
        parts += [
            f"{line.feature}\t{line.key or ''}\t{line.outcome}\t{line.reason}"
            for line in self.lines
        ]
        outputs.write_text(target, "\n".join(parts) + "\n", verify=outputs.verify_size())


class ImportRefused(KalixPlanError):
    """Features break the rules and the chosen policy is to abort; nothing was written.

    Attributes:
        issues: every problem found, in feature order.
        hint: what to do (English); ``hint_sv`` the same in Swedish.
    """

    def __init__(self, issues: list[Issue], hint: str, hint_sv: str | None = None) -> None:
        first = issues[0]
        others = len(issues) - 1
        more = f" ({others} more problems)" if others else ""
        more_sv = f" ({others} problem till)" if others else ""
        super().__init__(
            f"{first.describe()}{more}; nothing was imported: {hint}",
            sv=f"{first.describe('sv')}{more_sv}; ingenting importerades: {hint_sv or hint}",
        )
        self.issues = issues
        self.hint = hint
        self.hint_sv = hint_sv

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.issues, self.hint, self.hint_sv), {"sv": self.sv})


class LayerExists(KalixPlanError):
    """A reference layer of that name exists and nobody said what to do with it."""

    def __init__(self, name: str, kind: str, features: int) -> None:
        super().__init__(
            f"A reference layer '{name}' exists already ({kind}, {features} "
            f"feature{'' if features == 1 else 's'}); nothing was imported. Choose whether to "
            "replace its features, add to them or keep it as it is (on the command line "
            "--on-existing replace, append or cancel), or import under another name.",
            # "objekt" is the same in the singular and the plural.
            sv=f"Referensskiktet '{name}' finns redan ({kind}, {features} objekt); ingenting "
            "importerades. Välj om dess objekt ska ersättas, om nya ska läggas till eller om "
            "det ska behållas som det är (på kommandoraden --on-existing replace, append "
            "eller cancel), eller importera under ett annat namn.",
        )
        self.name = name
        self.kind = kind
        self.features = features

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.kind, self.features), {"sv": self.sv})


class ImportCancelled(KalixPlanError):
    """The user cancelled; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__(
            "The import was cancelled; nothing was saved.",
            sv="Importen avbröts; ingenting sparades.",
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), ())


def apply_policy(issues: dict[int, list[Issue]], options: ImportOptions) -> set[int]:
    """The rows to skip under the chosen policy.

    Raises:
        ImportRefused: any issue under 'abort'; any issue repair cannot fix under 'repair'.
    """
    if not issues:
        return set()
    ordered = [issue for i in sorted(issues) for issue in issues[i]]
    if options.on_invalid == "skip":
        return set(issues)
    only_invalid = all(issue.category == "invalid_geometry" for issue in ordered)
    if options.on_invalid == "repair":
        hint = "repair fixes only invalid geometries; choose --on-invalid skip to leave such features out, or correct the source."
        hint_sv = (
            "repair lagar bara ogiltiga geometrier; välj --on-invalid skip för att hoppa "
            "över sådana objekt, eller rätta källan."
        )
    elif only_invalid:
        hint = "choose --on-invalid repair or skip, or correct the source."
        hint_sv = "välj --on-invalid repair eller skip, eller rätta källan."
    else:
        hint = "choose --on-invalid skip to leave such features out, or correct the source."
        hint_sv = "välj --on-invalid skip för att hoppa över sådana objekt, eller rätta källan."
    raise ImportRefused(ordered, hint, hint_sv)


def log_summary(session: Session, table: str, report: ImportReport) -> None:
    """One change-log line for the whole import."""
    counts = report.counts()
    write_change_log(
        session,
        [
            {
                "at": utcnow(),
                "user_name": str(session.info.get("user", "unknown")),
                "table_name": table,
                "row_id": None,
                "action": "import",
                "field": None,
                "old_value": None,
                "new_value": f"{counts['imported']} imported, {counts['updated']} updated, "
                f"{counts['skipped']} skipped from {report.source} ({report.layer})",
            }
        ],
    )
