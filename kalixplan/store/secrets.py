"""Database passwords: where they come from, and how they are kept off screens and logs.

Issue "Never lose the user's work or secrets", part 2. A password may be typed into
a ``postgresql+psycopg://user:password@host/db`` URL, but it need not be:

* ``PGPASSWORD`` and ``~/.pgpass`` (or ``PGPASSFILE``) are read by libpq itself
  when the URL carries none, as every PostgreSQL client does;
* the system keyring (the ``keyring`` library: Windows Credential Manager, macOS
  Keychain, the Secret Service on Linux) holds one under the service
  ``kalixplan`` and the user name ``user@host:port/dbname`` —
  ``kalixplan password --db URL`` stores it there.

Every password this process has seen is remembered here, so the boundaries (the
command line, the log file, the window's dialogs) can mask it in any text, even
when a driver quotes it in an exception.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TextIO

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from kalixplan.store.location import describe_db, is_url, redact, url_password

KEYRING_SERVICE = "kalixplan"

_lock = threading.Lock()
_seen: set[str] = set()


def remember(*passwords: str | None) -> None:
    """Remember passwords to mask wherever text leaves the program."""
    with _lock:
        _seen.update(p for p in passwords if p)


def remember_db(*dbs: str | None) -> None:
    """Remember the passwords written into project URLs (file paths hold none)."""
    for db in dbs:
        if not db or not is_url(db):
            continue
        password = url_password(db)
        if password and password == _user_of(db):
            # user:user (a test server's postgres:postgres): masked inside URLs,
            # but masking it in free text would hide the user name people need.
            continue
        remember(password)


def _user_of(url: str) -> str | None:
    try:
        return make_url(url).username
    except (ValueError, ArgumentError):
        return None


def known() -> tuple[str, ...]:
    """Every password remembered so far (for :func:`mask`)."""
    with _lock:
        return tuple(_seen)


def mask(text: str, *more: str | None) -> str:
    """``text`` with every URL password, every remembered password and ``more`` masked."""
    return redact(text, *known(), *more, os.environ.get("PGPASSWORD"))


def keyring_user(db: str) -> str:
    """The keyring entry's user name for a server project: ``user@host:port/dbname``."""
    url = make_url(db)
    port = url.port or 5432
    return f"{url.username or ''}@{url.host or 'localhost'}:{port}/{url.database or ''}"


def keyring_password(db: str) -> str | None:
    """The password the system keyring holds for ``db``, or None (also without a keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency; tolerate its absence
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(db))
    except (KeyringError, RuntimeError, OSError):
        return None  # no usable backend (a headless server): libpq's sources remain


def store_in_keyring(db: str, password: str) -> str:
    """Keep ``password`` for ``db`` in the system keyring; returns where, for people.

    Raises:
        RuntimeError: no keyring backend is available on this machine.
    """
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(db), password)
    except KeyringError as exc:
        raise RuntimeError(str(exc)) from exc
    remember(password)
    return f"{KEYRING_SERVICE} / {keyring_user(db)}"


def connection_url(db: str) -> URL:
    """The URL to connect with: its own password, else the keyring's, else none (libpq's).

    Raises:
        ArgumentError: ``db`` cannot be read as a URL (the caller words the message).
    """
    url = make_url(db)
    remember_db(db)
    if url.password is None and not os.environ.get("PGPASSWORD"):
        stored = keyring_password(db)
        if stored:
            remember(stored)
            url = url.set(password=stored)
    return url


def parse_error_text(db: str) -> str:
    """A malformed URL named for people (never with what looked like its password)."""
    remember_db(db)
    return mask(describe_db(db) if "@" in db else db, db)


class MaskingFilter(logging.Filter):
    """A logging filter that masks passwords in each record's message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the record now, masked, so no handler sees the raw text."""
        message = record.getMessage()
        if record.exc_info:
            formatter = logging.Formatter()
            message = f"{message}\n{formatter.formatException(record.exc_info)}"
            record.exc_info = None
            record.exc_text = None
        record.msg = mask(message)
        record.args = None
        return True


class MaskingStream:
    """A text stream wrapper that masks passwords in everything written to it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with passwords masked."""
        self._stream.write(mask(text))
        return len(text)

    def flush(self) -> None:
        """Flush the wrapped stream."""
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
