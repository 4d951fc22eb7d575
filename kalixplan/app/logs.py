"""The log file, shared by the command line and the desktop application.

Unexpected errors are written here with their traceback (for whoever supports the
user); the user sees one sentence naming this file. Every record passes through
:class:`~kalixplan.store.secrets.MaskingFilter`, so no password reaches the file.
The folder is the platform's log folder (``platformdirs``), or ``KALIXPLAN_LOG_DIR``.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kalixplan.store.secrets import MaskingFilter

LOG_NAME = "kalixplan.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The folder of the log file (created on first use)."""
    override = os.environ.get("KALIXPLAN_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("kalixplan", appauthor=False))


def log_path() -> Path:
    """The log file's path."""
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.WARNING) -> Path | None:
    """Log to stderr and to the log file, passwords masked; returns the file (None if unwritable).

    Safe to call more than once: handlers are installed only the first time.
    """
    root = logging.getLogger()
    if getattr(root, "_kalixplan_logging", None) is not None:
        return root._kalixplan_logging  # type: ignore[attr-defined,no-any-return]
    masking = MaskingFilter()
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(masking)
    root.addHandler(console)
    root.setLevel(min(root.level or level, level))
    path: Path | None = log_path()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        path = None  # a read-only home: log to stderr only
    else:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(masking)
        root.addHandler(handler)
    root._kalixplan_logging = path  # type: ignore[attr-defined]
    return path
