"""Every file KalixPlan writes for a user goes through here (no Qt).

Three duties, in the order an output meets them:

* **The guard** (:func:`check_target`): the target is resolved (symlinks
  followed) and refused when it is the open project (same resolved path or
  same inode), any existing KalixPlan project (a SQLite/GeoPackage file with a
  ``project_settings`` table), or any SQLite database in use (it has a
  ``-wal`` beside it). Any other existing file is replaced only with
  ``overwrite=True`` (the GUI's save dialog has asked; the command line needs
  ``--overwrite``). A read-only file is never replaced.
* **The atomic writer** (:func:`atomic_output`): the output is written into a
  hidden temporary folder inside the target's folder, every part is fsynced,
  checked by a verifier, moved into place with ``os.replace`` and the folder is
  fsynced. A failure at any step removes the temporary folder: the old file,
  or nothing, remains. A Shapefile's .shp/.shx/.dbf/.prj/.cpg move as a set.
* **True sentences** (:func:`failure`): a full disk, a read-only file system,
  a folder without write permission and a read-only file each get their own
  sentence; the caller exits non-zero.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kalixplan.domain.errors import KalixPlanError, sentence_of
from kalixplan.geo.cells import FORMULA_START, neutralise, unneutralise
from kalixplan.store.location import describe_db, is_url, on_read_only_fs

# A Shapefile is these files together (the .shp first).
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
# After a failed write with less free space than this, the disk is called full:
# GDAL and Qt report a short write as a generic error, not as ENOSPC.
NEARLY_FULL = 1024 * 1024
_TEMP_PREFIX = ".kalixplan-writing-"
# The output in the Swedish sentences, in definite form ("the export" = "exporten").
_WHAT_SV = {
    "file": "filen",
    "export": "exporten",
    "report": "rapporten",
    "PDF": "PDF-filen",
    "backup": "säkerhetskopian",
    "printout": "utskriften",
}
_SQLITE_MAGIC = b"SQLite format 3\x00"

Verify = Callable[[Path], None]
__all__ = [
    "FORMULA_START",
    "OutputFailed",
    "OutputRefused",
    "atomic_output",
    "check_target",
    "failure",
    "neutralise",
    "parts_of",
    "unneutralise",
    "verify_csv_rows",
    "verify_features",
    "verify_pdf",
    "verify_size",
    "verify_sqlite_project",
    "verify_xlsx_rows",
    "write_bytes",
    "write_text",
]


class OutputRefused(KalixPlanError):
    """The target is a project or an existing file the user did not choose to replace."""


class OutputFailed(KalixPlanError):
    """Writing failed (full disk, read-only, no permission); nothing was written."""


def protected_paths(*dbs: str | Path | None) -> list[Path]:
    """The file paths among project databases (URLs name no file)."""
    out: list[Path] = []
    for db in dbs:
        if db is None or (isinstance(db, str) and (not db or is_url(db))):
            continue
        out.append(Path(db))
    return out


def parts_of(out: Path) -> list[Path]:
    """The files an output consists of: a Shapefile's set, else the file itself."""
    if out.suffix.lower() == ".shp":
        return [out.with_suffix(s) for s in SHAPEFILE_PARTS]
    return [out]


def is_project_file(path: Path) -> bool:
    """True for a KalixPlan project: a SQLite file with a ``project_settings`` table."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != _SQLITE_MAGIC:
                return False
    except OSError:
        return False
    try:
        # immutable: no locks, and no -wal or -shm is created next to someone's project
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return True  # a SQLite file we cannot even open: treat it as precious
    try:
        row = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'project_settings'"
        ).fetchone()
        return row is not None
    except sqlite3.Error:
        return True
    finally:
        con.close()


def _is_sqlite_in_use(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            magic = fh.read(16) == _SQLITE_MAGIC
    except OSError:
        return False
    return magic and Path(f"{path}-wal").exists()


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_target(
    out: Path | str,
    *,
    protect: Iterable[str | Path | None] = (),
    overwrite: bool = False,
    what: str = "file",
) -> Path:
    """Where an output may be written, or a refusal; nothing is written here.

    Args:
        out: the file the user named (a Shapefile stands for its whole set).
        protect: open project databases (paths or URLs; URLs are skipped).
        overwrite: the user chose to replace an existing file that is not a project.
        what: the output in words for messages ("export", "report", "PDF").

    Returns:
        the resolved target (a symlink's destination, so the link keeps working).

    Raises:
        OutputRefused: a project, an existing file without ``overwrite``, a folder or
            a read-only file; OutputFailed: the folder is missing or read-only.
    """
    out = Path(out)
    target = out.resolve()
    folder = target.parent
    what_sv = _WHAT_SV.get(what, what)
    if not folder.is_dir():
        raise OutputRefused(
            f"Folder {out.parent} does not exist; create it first.",
            sv=f"Mappen {out.parent} finns inte; skapa den först.",
        )
    projects = protected_paths(*protect)
    for part in parts_of(target):
        for db in projects:
            if _same_file(part, db):
                raise OutputRefused(
                    f"{out} is the open project {describe_db(str(db))}; the {what} would "
                    "destroy it, so nothing was written. Choose another file name.",
                    sv=f"{out} är det öppna projektet {describe_db(str(db))}; {what_sv} "
                    "skulle förstöra det, så ingenting skrevs. Välj ett annat filnamn.",
                )
        if not part.exists() and not part.is_symlink():
            continue
        shown = out.parent / part.name  # the name the user gave, not the link's target
        if part.is_dir():
            raise OutputRefused(
                f"{shown} is a folder; choose a file name for the {what}.",
                sv=f"{shown} är en mapp; välj ett filnamn för {what_sv}.",
            )
        if _is_sqlite_in_use(part):
            raise OutputRefused(
                f"{shown} is a database in use (it has a -wal file); the {what} would "
                "destroy it, so nothing was written. Choose another file name.",
                sv=f"{shown} är en databas som används (den har en -wal-fil); {what_sv} "
                "skulle förstöra den, så ingenting skrevs. Välj ett annat filnamn.",
            )
        if is_project_file(part):
            raise OutputRefused(
                f"{shown} is a KalixPlan project; the {what} would destroy it, so nothing "
                "was written. Choose another file name.",
                sv=f"{shown} är ett KalixPlan-projekt; {what_sv} skulle förstöra det, så "
                "ingenting skrevs. Välj ett annat filnamn.",
            )
        if not overwrite:
            raise OutputRefused(
                f"{shown} exists already; nothing was written. Choose another name, or "
                "replace it with --overwrite.",
                sv=f"{shown} finns redan; ingenting skrevs. Välj ett annat namn eller "
                "ersätt den med --overwrite.",
            )
        if not os.access(part, os.W_OK):
            if on_read_only_fs(folder):
                raise _failed(errno.EROFS, target)
            raise OutputFailed(
                f"{shown} is read-only, so it was kept and nothing was written; make it "
                "writable or choose another name.",
                sv=f"{shown} är skrivskyddad, så den behölls och ingenting skrevs; gör den "
                "skrivbar eller välj ett annat namn.",
            )
    return target


def _failed(
    code: int | None, target: Path, detail: str = "", detail_sv: str | None = None
) -> OutputFailed:
    """The sentence for ``code`` in both languages (``detail_sv`` defaults to ``detail``)."""
    folder = target.parent
    exists = target.exists()
    kept = " and the old file is unchanged" if exists else ""
    kept_sv = " och den gamla filen är oförändrad" if exists else ""
    if code in (errno.ENOSPC, errno.EDQUOT):
        return OutputFailed(
            f"The disk holding {folder} is full; nothing was written{kept}.",
            sv=f"Disken är full där {folder} ligger; ingenting skrevs{kept_sv}.",
        )
    if code == errno.EROFS:
        return OutputFailed(
            f"{folder} is on a read-only file system; nothing was written{kept}.",
            sv=f"{folder} ligger på ett skrivskyddat filsystem; ingenting skrevs{kept_sv}.",
        )
    if code in (errno.EACCES, errno.EPERM):
        return OutputFailed(
            f"No permission to write in folder {folder}; nothing was written{kept}.",
            sv=f"Du saknar behörighet att skriva i mappen {folder}; ingenting skrevs{kept_sv}.",
        )
    reason = f" ({detail})" if detail else ""
    detail_sv = detail if detail_sv is None else detail_sv
    reason_sv = f" ({detail_sv})" if detail_sv else ""
    return OutputFailed(
        f"{target.name} could not be written{reason}; nothing was written{kept}.",
        sv=f"{target.name} kunde inte skrivas{reason_sv}; ingenting skrevs{kept_sv}.",
    )


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def failure(exc: BaseException, target: Path) -> KalixPlanError:
    """The true sentence for a failed write of ``target``.

    An ``OSError`` speaks through its errno; SQLite through its error code; a
    writer library that reports a short write only as a generic error (GDAL,
    Qt) is taken to have hit a full disk when under 1 MiB is left.
    """
    folder = target.parent
    code: int | None = None
    detail = sentence_of(exc, "en")
    detail_sv = sentence_of(exc, "sv")
    if isinstance(exc, OSError):
        code = exc.errno
        detail = detail_sv = exc.strerror or str(exc)
    elif isinstance(exc, sqlite3.Error):
        sqlite_code = getattr(exc, "sqlite_errorcode", None)
        if sqlite_code == sqlite3.SQLITE_FULL:
            code = errno.ENOSPC
        elif sqlite_code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and on_read_only_fs(
            folder
        ):
            code = errno.EROFS
    if code is None or code not in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
        if on_read_only_fs(folder):
            code = errno.EROFS
        else:
            free = _free_bytes(folder)
            if free is not None and free < NEARLY_FULL:
                code = errno.ENOSPC
    return _failed(code, target, detail, detail_sv)


def _disk_trouble(folder: Path) -> bool:
    free = _free_bytes(folder)
    return on_read_only_fs(folder) or (free is not None and free < NEARLY_FULL)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot sync a folder; the rename stands
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(
    target: Path,
    *,
    verify: Verify | None = None,
    parts: Callable[[Path], list[Path]] = parts_of,
) -> Iterator[Path]:
    """Write ``target`` all at once or not at all.

    Yields a path with ``target``'s name inside a hidden temporary folder in
    the same folder; the caller writes there. When the block ends without an
    error, each part that was written is fsynced, ``verify(temp_path)`` reads
    it back, the parts are moved over ``target`` with ``os.replace`` (the .shp
    last, so a reader never sees a new .shp with old companions) and the folder
    is fsynced. Any error removes the temporary folder and becomes one true
    sentence (:func:`failure`); a ``KalixPlanError`` from the caller (Cancel, a
    value a format cannot hold) passes through unchanged.

    Args:
        target: the file to (re)place, as returned by :func:`check_target`.
        verify: reads the written file back and raises when it is not whole.
        parts: the files the output consists of (the Shapefile set by default).
    """
    target = Path(target)
    folder = target.parent
    try:
        tmp = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=folder))
    except OSError as exc:
        raise failure(exc, target) from None
    try:
        written = tmp / target.name
        try:
            yield written
            if not written.exists():
                raise OutputFailed(
                    f"{target.name} was not written; nothing was written.",
                    sv=f"{target.name} skrevs inte; ingenting skrevs.",
                )
            pieces = [p for p in parts(written) if p.exists()]
            for piece in pieces:
                _fsync_file(piece)
            if verify is not None:
                verify(written)
            stale = [p for p in parts(target) if p.exists()]
            for piece in sorted(pieces, key=lambda p: p == written):
                os.replace(piece, folder / piece.name)
            new_names = {p.name for p in pieces}
            for old in stale:  # a companion the new set does not have (an old .cpg)
                if old.name not in new_names:
                    old.unlink()
            _fsync_folder(folder)
        except KalixPlanError as exc:
            # A file that reads back broken on a full disk was cut short by the disk.
            if isinstance(exc, OutputFailed) and _disk_trouble(folder):
                raise failure(exc, target) from exc
            raise
        except Exception as exc:
            if isinstance(exc, OSError | sqlite3.Error) or _disk_trouble(folder):
                raise failure(exc, target) from exc
            raise  # a bug, not the disk: keep its traceback
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_bytes(target: Path, data: bytes, *, verify: Verify | None = None) -> None:
    """``data`` to ``target`` through :func:`atomic_output`."""
    with atomic_output(target, verify=verify) as tmp:
        with tmp.open("wb") as fh:
            fh.write(data)


def write_text(target: Path, text: str, *, verify: Verify | None = None) -> None:
    """UTF-8 ``text`` to ``target`` through :func:`atomic_output`."""
    write_bytes(target, text.encode("utf-8"), verify=verify)


# ---- verifiers: each reads a written file back and raises when it is not whole ----


def _broken(path: Path, why: str, why_sv: str) -> OutputFailed:
    return OutputFailed(
        f"{path.name} came out incomplete ({why}); nothing was written.",
        sv=f"{path.name} blev ofullständig ({why_sv}); ingenting skrevs.",
    )


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF read back tolerantly: its header, its end marker and page objects."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise _broken(path, "no PDF header", "PDF-huvudet saknas")
    if b"%%EOF" not in data[-1024:]:
        raise _broken(
            path, "the PDF ends before its end marker", "PDF-filen slutar före sin slutmarkering"
        )
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def verify_pdf(pages: int | None = None) -> Verify:
    """A verifier: a whole PDF with ``pages`` pages (any number above 0 when None)."""

    def check(path: Path) -> None:
        found = pdf_page_count(path)
        if found < 1 or (pages is not None and found != pages):
            raise _broken(
                path,
                f"{found} pages read back, {pages or 'some'} written",
                f"{found} sidor lästes tillbaka, {pages or 'några'} skrevs",
            )

    return check


def verify_size(minimum: int = 1) -> Verify:
    """A verifier: at least ``minimum`` bytes."""

    def check(path: Path) -> None:
        size = path.stat().st_size
        if size < minimum:
            raise _broken(path, f"{size} bytes", f"{size} byte")

    return check


def verify_csv_rows(rows: int) -> Verify:
    """A verifier: a CSV with ``rows`` records (the header included)."""

    def check(path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            found = sum(1 for _ in csv.reader(fh))
        if found != rows:
            raise _broken(
                path,
                f"{found} rows read back, {rows} written",
                f"{found} rader lästes tillbaka, {rows} skrevs",
            )

    return check


def verify_xlsx_rows(rows: int) -> Verify:
    """A verifier: every member of the workbook intact, ``rows`` rows in its sheet."""

    def check(path: Path) -> None:
        try:
            with zipfile.ZipFile(path) as book:
                bad = book.testzip()
                if bad is not None:
                    raise _broken(path, f"{bad} is damaged", f"{bad} är skadad")
                sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
                if not sheets:
                    raise _broken(path, "no sheet", "inget kalkylblad")
                found = 0
                with book.open(sheets[0]) as sheet:
                    tail = b""
                    while chunk := sheet.read(1 << 20):
                        found += (tail + chunk).count(b"<row ") - tail.count(b"<row ")
                        tail = chunk[-4:]
        except zipfile.BadZipFile:
            raise _broken(path, "not a whole workbook", "ingen hel arbetsbok") from None
        if found != rows:
            raise _broken(
                path,
                f"{found} rows read back, {rows} written",
                f"{found} rader lästes tillbaka, {rows} skrevs",
            )

    return check


def verify_features(count: int, layer: str | None = None) -> Verify:
    """A verifier: GDAL opens the file and counts ``count`` features (GPKG, GeoJSON, .shp)."""

    def check(path: Path) -> None:
        import pyogrio

        try:
            info = pyogrio.read_info(path, layer=layer) if layer else pyogrio.read_info(path)
        except Exception as exc:
            raise _broken(
                path,
                f"GDAL cannot read it back: {exc}",
                f"GDAL kan inte läsa tillbaka den: {exc}",
            ) from None
        found = int(info.get("features", -1))
        if found != count:
            raise _broken(
                path,
                f"{found} features read back, {count} written",
                f"{found} objekt lästes tillbaka, {count} skrevs",
            )

    return check


def verify_sqlite_project(path: Path) -> None:
    """A verifier: SQLite's quick check passes and the project tables are there."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
            has_settings = con.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'project_settings'"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _broken(
            path, f"SQLite cannot read it back: {exc}", f"SQLite kan inte läsa tillbaka den: {exc}"
        ) from None
    if not result or result[0] != "ok" or not has_settings:
        raise _broken(
            path, "SQLite's check of the copy failed", "SQLites kontroll av kopian misslyckades"
        )
