"""Typed domain errors: each carries what the user needs to fix the problem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class KalixPlanError(Exception):
    """Base class of every error a user can cause and understand.

    The message is one sentence: what is wrong, where, and what to do (issue "Hostile
    and awkward input", item 1: "one sentence in the user's language"). ``str()`` is the
    English sentence; the Swedish one rides along as ``sv`` and ``sentence(lang)``
    picks. An error without a Swedish wording reads in English in both languages
    (tests hold the import, export, print, match and report paths to having one).
    ``sv`` is in the instance's ``__dict__``, so it survives pickling between processes.
    """

    def __init__(self, *args: object, sv: str | None = None) -> None:
        super().__init__(*args)
        self.sv = sv

    def sentence(self, lang: str = "en") -> str:
        """The sentence in ``lang`` ('sv' or 'en'; English where no Swedish was given)."""
        if lang == "sv" and self.sv:
            return self.sv
        return str(self)


def sentence_of(exc: BaseException, lang: str = "en") -> str:
    """``exc``'s sentence in ``lang``: a KalixPlanError's own, else its text."""
    if isinstance(exc, KalixPlanError):
        return exc.sentence(lang)
    return str(exc)


def clause_of(exc: BaseException, lang: str = "en") -> str:
    """``exc``'s sentence without its final full stop, to be built into another."""
    return sentence_of(exc, lang).rstrip(".")


class ValidationError(KalixPlanError):
    """A field value breaks a domain rule.

    Attributes:
        field: the application field name the problem is about.
    """

    def __init__(self, field: str, message: str, *, sv: str | None = None) -> None:
        super().__init__(message, sv=sv)
        self.field = field

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, str(self)), {"sv": self.sv})


class InvalidGeometry(KalixPlanError):
    """A geometry is invalid, empty or of the wrong type."""


class MisplacedSource(InvalidGeometry):
    """No feature of a file lies where its coordinate system places it.

    Attributes:
        suggested_epsg: the CRS the coordinates fit (the fix the import wizard offers),
            or None when no Swedish or WGS 84 system fits.
    """

    def __init__(self, *args: object, sv: str | None = None, suggested_epsg: int | None = None):
        super().__init__(*args, sv=sv)
        self.suggested_epsg = suggested_epsg


class UnknownCrs(KalixPlanError):
    """A coordinate reference system is missing or not recognised."""


class NotFound(KalixPlanError):
    """The row asked for does not exist (any more)."""


class DuplicateKey(KalixPlanError):
    """A row with the same natural key (designation, organisation number) exists."""


class StaleEdit(KalixPlanError):
    """Someone else saved the row first; nothing was overwritten.

    Attributes:
        table: the table of the row.
        row_id: the row's id.
        yours: the values this edit tried to write, by field.
        theirs: the values now in the database for the same fields.
    """

    def __init__(
        self,
        table: str,
        row_id: int,
        yours: Mapping[str, Any],
        theirs: Mapping[str, Any],
    ) -> None:
        super().__init__(
            f"{table} row {row_id} was changed by someone else after you opened it; "
            "nothing was saved: reload it and apply your change again.",
            sv=f"Raden {row_id} i tabellen {table} ändrades av någon annan efter att du öppnade den; "
            "ingenting sparades: läs in den igen och gör din ändring en gång till.",
        )
        self.table = table
        self.row_id = row_id
        self.yours = dict(yours)
        self.theirs = dict(theirs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.table, self.row_id, self.yours, self.theirs))


class DatabaseError(KalixPlanError):
    """The project database cannot be opened, created or used."""


class ProjectBusy(DatabaseError):
    """Another writer held the project's lock longer than a save waits; nothing was saved.

    Safe to try again: the transaction was rolled back whole.
    """
