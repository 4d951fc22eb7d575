"""The one error path: what went wrong, as the sentence a user reads.

A typed domain error (``KalixPlanError``) already is one sentence: what is wrong,
where, and what to do. Anything else is a fault of the program or of its
surroundings (a dropped PostgreSQL connection, a full disk the store did not
classify): it is written to the log with its traceback, and the user reads
"something unexpected happened — see the log at …" with the log file named.
Passwords never reach either (``secrets.mask`` and the log's masking filter).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kalixplan.app.changes import Kind
from kalixplan.app.logs import log_path
from kalixplan.domain.errors import KalixPlanError, StaleEdit, ValidationError, sentence_of
from kalixplan.store import secrets

log = logging.getLogger("kalixplan")

_UNEXPECTED = {
    "en": "Something unexpected happened ({error}); nothing was saved by this action. "
    "The details are in the log at {log}.",
    "sv": "Något oväntat hände ({error}); ingenting sparades av den här åtgärden. "
    "Detaljerna finns i loggen {log}.",
}


@dataclass(frozen=True)
class Failure:
    """An operation that did not happen, and why.

    Attributes:
        error: the exception.
        kind: the kind of row the operation was about (None: not about a row).
        unexpected: not a domain error; logged with its traceback.
        log_file: where the traceback is (for unexpected errors).
    """

    error: BaseException
    kind: Kind | None = None
    unexpected: bool = False
    log_file: Path | None = None

    @property
    def stale(self) -> StaleEdit | None:
        """The conflict, when a colleague saved first."""
        return self.error if isinstance(self.error, StaleEdit) else None

    @property
    def field(self) -> str | None:
        """The field a refused value was for (a ``ValidationError``)."""
        return self.error.field if isinstance(self.error, ValidationError) else None

    def sentence(self, lang: str = "en") -> str:
        """What the user reads (passwords masked)."""
        if not self.unexpected:
            return secrets.mask(sentence_of(self.error, lang))
        error = secrets.mask(f"{type(self.error).__name__}: {self.error}".rstrip(": "))
        text = _UNEXPECTED.get(lang, _UNEXPECTED["en"])
        return text.format(error=error, log=self.log_file or log_path())


def failure_of(exc: BaseException, kind: Kind | None = None) -> Failure:
    """The ``Failure`` for ``exc``; an unexpected one is logged with its traceback here."""
    if isinstance(exc, KalixPlanError):
        return Failure(exc, kind)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return Failure(exc, kind, unexpected=True, log_file=log_path())
