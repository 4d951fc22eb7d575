"""Where a project lives, written for people: never with a password.

A project database is a file path or a ``postgresql+psycopg://user:password@host/db``
URL. Every message, log line, dialog and exception text that names a project goes
through :func:`describe_db` (or :func:`redact` for text that may quote a URL), so a
password typed into a URL never reaches a screen, a terminal or a log file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote, unquote

# A URL inside free text: scheme "://" then everything up to white space or a quote.
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>()\[\]]+")
MASK = "***"


def is_url(db: str) -> bool:
    """True when ``db`` is a database URL rather than a file path."""
    return "://" in db


def _split(url: str) -> tuple[str, str | None, str | None, str]:
    """(scheme, user, password, rest after the credentials), tolerant of bad URLs."""
    scheme, _, rest = url.partition("://")
    # The host starts after the last '@' before the path; a password may hold '@' or '/'.
    at = rest.rfind("@")
    if at < 0:
        return scheme, None, None, rest
    userinfo, hostpart = rest[:at], rest[at + 1 :]
    user, sep, password = userinfo.partition(":")
    return scheme, unquote(user) or None, (unquote(password) if sep else None), hostpart


def url_password(db: str) -> str | None:
    """The password written into a database URL, or None."""
    if not is_url(db):
        return None
    return _split(db)[2]


def without_password(db: str) -> str:
    """The project as it may be written down (settings, recent list): no password."""
    if not is_url(db):
        return db
    scheme, user, password, rest = _split(db)
    if password is None:
        return db
    who = f"{quote(user, safe='')}@" if user else ""
    return f"{scheme}://{who}{rest}"


def describe_db(db: str | None) -> str:
    """A project for people: the file path, or ``user@host:port/dbname`` on a server."""
    if not db:
        return "(no project)"
    if not is_url(db):
        return db
    _scheme, user, _password, rest = _split(db)
    rest = rest.split("?", 1)[0]
    host, _, database = rest.partition("/")
    where = f"{host or 'localhost'}/{database}" if database else host or "localhost"
    return f"{user}@{where}" if user else where


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with every URL's password and each given secret masked.

    Args:
        text: a message that may quote database URLs (exception texts often do).
        secrets: further strings to mask wherever they appear: passwords, or whole
            URLs whose password is taken out and masked as well.
    """
    words: set[str] = set()
    for secret in secrets:
        if not secret:
            continue
        if is_url(secret):
            _scheme, user, password, _rest = _split(secret)
            if password is not None and password == user:
                continue  # user:user is masked inside URLs; in free text it is the user name
        else:
            password = secret
        if password:
            words.update({password, quote(password, safe=""), quote(password)})

    def _mask_url(match: re.Match[str]) -> str:
        url = match.group(0)
        scheme, user, password, rest = _split(url)
        if password is None:
            return url
        if password != user:
            words.update({password, quote(password, safe="")})
        return f"{scheme}://{quote(user or '', safe='')}:{MASK}@{rest}"

    text = _URL_IN_TEXT.sub(_mask_url, text)
    for word in sorted(words, key=len, reverse=True):
        if len(word) >= 4:  # shorter ones are masked inside URLs only
            text = text.replace(word, MASK)
    return text


def on_read_only_fs(path: Path) -> bool:
    """True when ``path`` (or, if it does not exist yet, its folder) is on a read-only mount."""
    try:
        return bool(os.statvfs(path if path.exists() else path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def server_url(
    typed: str = "",
    *,
    user: str | None = None,
    password: str | None = None,
    host: str | None = None,
    port: int | None = None,
    database: str | None = None,
) -> str:
    """The SQLAlchemy URL of a server database, password included (the connect dialog).

    Args:
        typed: a URL typed whole (``postgresql://`` gets the psycopg driver); when
            empty, the URL is built from the other fields.

    Raises:
        ValueError: ``typed`` is not a URL.
    """
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    if typed.strip():
        try:
            url = make_url(typed.strip())
        except ArgumentError as exc:
            raise ValueError(str(exc)) from None
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port,
        database=database or None,
    ).render_as_string(hide_password=False)


def server_parts(db: str) -> tuple[str, str | None, str | None]:
    """(driver, database, password) of a server URL.

    Raises:
        ValueError: ``db`` is not a URL.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db)
    except ArgumentError as exc:
        raise ValueError(str(exc)) from None
    return url.drivername, url.database, (None if url.password is None else str(url.password))
