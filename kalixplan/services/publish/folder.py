"""The site folder: refused unless it is a previous KalixPlan site, replaced all at once.

A site is written into a new hidden folder beside the target and swapped in by two
renames (the old site out, the new one in; the old one is then deleted), so a
reader or a web server sees the old site or the new one, never half of each; a
failure leaves the old site. The marker file says "KalixPlan wrote this folder":
without it an existing folder that holds anything is refused, because losing a
user's folder is worse than refusing to publish. An empty folder holds nothing to
lose and is taken.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from kalixplan.services import outputs
from kalixplan.services.outputs import OutputRefused

MARKER = "kalixplan-site.json"
GENERATOR = "KalixPlan"
_STAGING_PREFIX = ".kalixplan-site-"


def is_site_folder(folder: Path) -> bool:
    """True when ``folder`` holds a marker file KalixPlan wrote."""
    marker = folder / MARKER
    if not marker.is_file() or marker.is_symlink():
        return False
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("generator") == GENERATOR


def _is_empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def check_site_folder(out: Path, protect: Sequence[Path] = ()) -> Path:
    """The folder to publish to, or ``OutputRefused`` in one sentence.

    Refused: a file, a link, a folder with content but no marker, a folder that holds
    one of the ``protect`` paths (the project database), a folder whose parent is missing.
    """
    out = Path(out).expanduser()
    if out.is_symlink():
        raise OutputRefused(
            f"'{out}' is a link; give the site folder itself, so nothing else is replaced.",
            sv=f"'{out}' är en länk; ange webbplatsens mapp själv, så att inget annat ersätts.",
        )
    out = out.resolve()
    if not out.parent.is_dir():
        raise OutputRefused(
            f"The folder '{out.parent}' does not exist; create it first.",
            sv=f"Mappen '{out.parent}' finns inte; skapa den först.",
        )
    if out.exists():
        if not out.is_dir():
            raise OutputRefused(
                f"'{out}' is a file, not a site folder; choose a folder.",
                sv=f"'{out}' är en fil, inte webbplatsens mapp; välj en mapp.",
            )
        if not is_site_folder(out) and not _is_empty(out):
            raise OutputRefused(
                f"The folder '{out}' is not a site KalixPlan published (no {MARKER}) and is "
                "not empty; choose a new or empty folder, nothing was changed.",
                sv=f"Mappen '{out}' är ingen webbplats som KalixPlan har publicerat (ingen "
                f"{MARKER}) och är inte tom; välj en ny eller tom mapp, ingenting ändrades.",
            )
    for path in protect:
        target = Path(path).resolve()
        if target == out or out in target.parents:
            raise OutputRefused(
                f"The folder '{out}' holds the project database '{target}'; choose another folder.",
                sv=f"Mappen '{out}' innehåller projektdatabasen '{target}'; välj en annan mapp.",
            )
    return out


def write_marker(folder: Path, details: dict[str, object]) -> None:
    """The marker that lets the next publish replace this folder."""
    body = {"generator": GENERATOR, **details}
    (folder / MARKER).write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")


@contextlib.contextmanager
def staged_site(out: Path) -> Iterator[Path]:
    """A new empty folder beside ``out`` to write the site into; swapped in for ``out``
    when the block ends without an error, removed when it raises.

    Raises:
        OutputRefused: ``out`` changed into something else meanwhile.
        KalixPlanError: the disk refused (one sentence from ``outputs.failure``).
    """
    try:
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out.parent))
        staging.chmod(0o755)  # a web server reads the site as another user
    except OSError as exc:
        raise outputs.failure(exc, out) from None
    try:
        try:
            yield staging
            _swap_in(staging, out)
        except OSError as exc:
            raise outputs.failure(exc, out) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    # Checked again: the folder may have been filled since the command started.
    check_site_folder(out)
    old = out.parent / f"{_STAGING_PREFIX}old-{secrets.token_hex(4)}"
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
