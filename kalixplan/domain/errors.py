"""Typed domain errors: each carries what the user needs to fix the problem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class KalixPlanError(Exception):
    """Base class of every error a user can cause and understand.

    The message is one sentence: what is wrong, where, and what to do.
    """


class ValidationError(KalixPlanError):
    """A field value breaks a domain rule.

    Attributes:
        field: the application field name the problem is about.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class InvalidGeometry(KalixPlanError):
    """A geometry is invalid, empty or of the wrong type."""


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
            "nothing was saved: reload it and apply your change again."
        )
        self.table = table
        self.row_id = row_id
        self.yours = dict(yours)
        self.theirs = dict(theirs)


class DatabaseError(KalixPlanError):
    """The project database cannot be opened, created or used."""
