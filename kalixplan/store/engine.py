"""Opening and creating project databases, and the transaction scope.

A project database is a file path (a GeoPackage) or a ``postgresql+psycopg://``
URL (PostGIS). The same models and services run on both.
"""

from __future__ import annotations

import getpass
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, insert, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kalixplan.domain.errors import DatabaseError, ProjectBusy, StaleEdit
from kalixplan.geo.crs import check_project_crs
from kalixplan.store import gpkg, postgis, triggers
from kalixplan.store.audit import as_text, changes_of, write_change_log
from kalixplan.store.columns import write_column_titles
from kalixplan.store.location import describe_db, is_url, on_read_only_fs
from kalixplan.store.migrations import stamp_head, upgrade_to_head
from kalixplan.store.models import Base, ChangeLog, ProjectSetting
from kalixplan.store.secrets import connection_url, mask, parse_error_text
from kalixplan.store.types import utcnow

T = TypeVar("T")


def current_user() -> str:
    """The name written into the change log."""
    return os.environ.get("KALIXPLAN_USER") or getpass.getuser()


@dataclass
class Project:
    """An open project database."""

    db: str
    engine: Engine
    srid: int
    user: str = field(default_factory=current_user)
    # Parcels edited outside KalixPlan and brought up to date when it was opened.
    outside_edits: int = 0

    def __post_init__(self) -> None:
        self.identity = file_identity(self.path) if self.path is not None else None
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "after_flush", _log_changes)
        # The same pool; on a GeoPackage its transactions begin deferred (no write lock).
        self.reader = self.engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
        self._read_factory = sessionmaker(self.reader, expire_on_commit=False)
        event.listen(self._read_factory, "before_flush", _refuse_writes)

    @property
    def is_sqlite(self) -> bool:
        """True for a GeoPackage file, False for PostGIS."""
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a GeoPackage project."""
        return None if is_url(self.db) else Path(self.db)

    def new_session(self) -> Session:
        """A session with the change-log user set."""
        session = self._factory()
        session.info["user"] = self.user
        return session

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back everything on error.

        A ``StaleEdit`` is also recorded in the change log (in its own
        transaction, after the rollback) so a rejected value is never lost.
        """
        session = self.new_session()
        try:
            yield session
            self.check_file()
            session.commit()
        except StaleEdit as exc:
            session.rollback()
            self.record_conflict(exc)
            raise
        except OperationalError as exc:
            session.rollback()
            code = getattr(exc.orig, "sqlite_errorcode", None)
            if code in _SQLITE_BUSY or _sqlstate(exc) == _LOCK_NOT_AVAILABLE:
                raise ProjectBusy(
                    "The project is busy with another user's save (waited "
                    f"{lock_wait_seconds():g} s); nothing was saved: try again in a moment.",
                    sv="Projektet är upptaget av en annan användares sparning (väntade "
                    f"{lock_wait_seconds():g} s); ingenting sparades: försök igen om en stund.",
                ) from exc
            if self.path is not None and code is not None:
                refusal = storage_refusal(self.path, code, NOT_SAVED)
                if refusal:
                    raise refusal from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def checkpoint(self) -> bool:
        """Write a GeoPackage's WAL back into the file itself; True when all of it went.

        Until then recent saves live in the ``-wal`` file beside the project, and a copy
        of the ``.gpkg`` alone (planners copy and mail project files) lacks them (issue
        "The desktop application as a planner meets it", 8). PASSIVE: it never waits for
        another program's readers; the window calls it when it falls idle after a write.
        """
        if not self.is_sqlite:
            return True
        with self.engine.connect() as conn:  # raw, outside any transaction
            busy, frames, done = conn.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).fetchone()
        return bool(busy == 0 and frames == done)

    def check_file(self) -> None:
        """Refuse to commit into a project file deleted, moved or replaced while open.

        An open SQLite connection keeps writing into the file it opened: deleted, it
        writes into a file nobody can reach any more and reports success (issue
        "Never lose the user's work or secrets": "a project file deleted while an
        import or edit runs reports success and nothing is on disk").

        Raises:
            DatabaseError: the file at the project's path is gone or is another file.
        """
        if self.path is None or self.identity is None:
            return
        now = file_identity(self.path)
        if now is None:
            raise DatabaseError(
                f"The project file {self.path} was deleted or moved while it was open; "
                "nothing was saved. Open it again where it is now, or restore it from a backup.",
                sv=f"Projektfilen {self.path} raderades eller flyttades medan den var öppen; "
                "ingenting sparades. Öppna den igen där den nu ligger, eller återställ den "
                "från en säkerhetskopia.",
            )
        if now != self.identity:
            raise DatabaseError(
                f"The project file {self.path} was replaced by another file while it was "
                "open; nothing was saved. Open the project again to work on the file now there.",
                sv=f"Projektfilen {self.path} ersattes av en annan fil medan den var öppen; "
                "ingenting sparades. Öppna projektet igen för att arbeta i filen som nu "
                "ligger där.",
            )

    def run_transaction(self, work: Callable[[Session], T], attempts: int = 3) -> T:
        """``work(session)`` in one transaction, made again when the server broke a deadlock.

        Two writers updating the same rows in opposite order deadlock on PostgreSQL;
        the server aborts one (SQLSTATE 40P01; 40001 for a serialization failure).
        Its transaction was rolled back entirely, so making it again is safe.

        Raises:
            DatabaseError: still deadlocked after ``attempts`` tries.
        """
        for attempt in range(1, attempts + 1):
            try:
                with self.session_scope() as session:
                    return work(session)
            except DBAPIError as exc:
                if _sqlstate(exc) not in _RETRY_SQLSTATES:
                    raise
                if attempt == attempts:
                    raise DatabaseError(
                        f"Another user's save on the same rows kept colliding with this one "
                        f"({attempts} tries); nothing was saved: try again when it is done.",
                        sv="En annan användares sparning av samma rader krockade gång på gång "
                        f"med den här ({attempts} försök); ingenting sparades: försök igen "
                        "när den är klar.",
                    ) from exc
                time.sleep(0.1 * attempt + random.random() * 0.2)
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def read_scope(self) -> Iterator[Session]:
        """A read-only transaction: a consistent snapshot that never waits for a writer.

        On a GeoPackage it begins deferred (``session_scope`` takes the write lock at
        once); anything written in it is rolled back.
        """
        session = self._read_factory()
        session.info["user"] = self.user
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def record_conflict(self, exc: StaleEdit) -> None:
        """Write the values a rejected edit tried to save, as 'conflict' entries."""
        at = utcnow()
        rows = [
            {
                "at": at,
                "user_name": self.user,
                "table_name": exc.table,
                "row_id": exc.row_id,
                "action": "conflict",
                "field": name,
                "old_value": as_text(exc.theirs.get(name)),
                "new_value": as_text(value),
            }
            for name, value in exc.yours.items()
        ]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(ChangeLog), rows)

    def setting(self, key: str) -> str | None:
        """A project setting, or None."""
        with self.read_scope() as session:
            return session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == key))

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


_BEGIN_OPTION = "kalixplan_begin"
_RETRY_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(getattr(exc, "orig", None), "sqlstate", None)


_SQLITE_BUSY = frozenset({5, 517, 261})  # BUSY, BUSY_SNAPSHOT, BUSY_RECOVERY
_LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: lock_timeout ran out
LOCK_WAIT_SECONDS = 10.0


def lock_wait_seconds() -> float:
    """How long a save waits for another writer's lock before it gives up.

    SQLite's busy timeout and PostgreSQL's ``lock_timeout`` both (issue "Hostile and
    awkward input", 5: "a save should wait a few seconds … before it gives up"); the
    window then tries once more on its own. ``KALIXPLAN_LOCK_WAIT`` (seconds) changes
    it, for a slow network share or a test.
    """
    try:
        value = float(os.environ.get("KALIXPLAN_LOCK_WAIT", LOCK_WAIT_SECONDS))
    except ValueError:
        return LOCK_WAIT_SECONDS
    return value if 0 < value < 3600 else LOCK_WAIT_SECONDS


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None when there is none."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


NOT_SAVED = ("ingenting sparades", "nothing was saved")
NOT_OPENED = ("det öppnades inte", "it was not opened")


def storage_refusal(path: Path, code: int | None, outcome: tuple[str, str]) -> DatabaseError | None:
    """The true sentence (sv and en) for a project file the disk will not write, or None.

    Args:
        path: the project file.
        code: SQLite's (extended) result code, or None before SQLite was asked.
        outcome: what the user's action came to, (Swedish, English): ``NOT_SAVED``, ….
    """
    sv, en = outcome
    primary = None if code is None else code & 0xFF
    if on_read_only_fs(path):
        return DatabaseError(
            f"{path} is on a read-only file system; {en}. KalixPlan writes to its "
            "project and next to it (the -wal and -shm files): copy it to a writable folder.",
            sv=f"{path} ligger i ett skrivskyddat filsystem; {sv}. KalixPlan skriver i "
            "projektet och bredvid det (filerna -wal och -shm): kopiera det till en mapp "
            "där du får skriva.",
        )
    if primary == sqlite3.SQLITE_FULL:
        return DatabaseError(
            f"The disk holding {path} is full; {en}: free some space and try again.",
            sv=f"Disken med {path} är full; {sv}: frigör utrymme och försök igen.",
        )
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseError(
            f"{path} is read-only; {en}. Allow writing to it (its properties or "
            "permissions), or save a copy in a folder of your own.",
            sv=f"{path} är skrivskyddad; {sv}. Tillåt skrivning i den (filens egenskaper "
            "eller behörigheter), eller spara en kopia i en egen mapp.",
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return DatabaseError(
            f"The folder {path.parent} does not let KalixPlan write next to the project "
            f"(the -wal and -shm files); {en}. Move the project to a folder you may write to.",
            sv=f"Mappen {path.parent} låter inte KalixPlan skriva bredvid projektet "
            f"(filerna -wal och -shm); {sv}. Flytta projektet till en mapp där du får skriva.",
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR):
        return DatabaseError(
            f"{path} could not be written ({en}): check the disk and its permissions.",
            sv=f"{path} kunde inte skrivas ({sv}): kontrollera disken och behörigheterna.",
        )
    return None


def _refuse_writes(session: Session, flush_context: Any, instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a read_scope() cannot write; use session_scope() for a save")


def _log_changes(session: Session, flush_context: Any) -> None:
    write_change_log(session, changes_of(session))


def _make_engine(db: str) -> Engine:
    if is_url(db):
        try:
            url = connection_url(db)
        except (ArgumentError, ValueError):
            raise DatabaseError(
                f"'{parse_error_text(db)}' is not a database URL; use a file path or "
                "postgresql+psycopg://user@host/dbname.",
                sv=f"'{parse_error_text(db)}' är ingen databas-URL; ange en filsökväg eller "
                "postgresql+psycopg://användare@värd/databas.",
            ) from None
        if not url.drivername.startswith("postgresql"):
            raise DatabaseError(
                f"Database URL '{describe_db(db)}' is neither a file path nor a PostgreSQL "
                "URL; use a .gpkg path or postgresql+psycopg://user@host/dbname.",
                sv=f"Databas-URL:en '{describe_db(db)}' är varken en filsökväg eller en "
                "PostgreSQL-URL; ange en .gpkg-sökväg eller "
                "postgresql+psycopg://användare@värd/databas.",
            )
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        wait_ms = int(lock_wait_seconds() * 1000)
        engine = create_engine(
            url, pool_pre_ping=True, connect_args={"options": f"-c lock_timeout={wait_ms}"}
        )
        return postgis.app_engine(engine)  # triggers: ours
    # URL.create, not "sqlite:///" + path: a file name with '?', '#' or '%20' must name
    # that very file, not a query string or an unquoted space.
    engine = create_engine(
        URL.create("sqlite", database=db), connect_args={"timeout": lock_wait_seconds()}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        # Take over transaction control from the sqlite3 module so BEGIN is
        # emitted by SQLAlchemy and DDL is transactional too.
        dbapi_conn.isolation_level = None
        gpkg.register_functions(dbapi_conn)
        # Our connections are KalixPlan's: the outside-edit triggers stand aside for them.
        triggers.mark_app_connection(dbapi_conn)
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        dbapi_conn.execute("PRAGMA journal_mode = WAL")
        dbapi_conn.execute("PRAGMA synchronous = NORMAL")
        dbapi_conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: big imports touch many pages

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock at its start and waits for it with
        # the busy timeout. Begun deferred, a save that reads first holds an old
        # snapshot and fails at once (SQLITE_BUSY_SNAPSHOT) when another writer
        # committed meanwhile, even on another row: a false "busy" or conflict.
        # Readers (Project.read_scope) begin deferred and never wait for writers.
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def create_project(db: str, epsg: int, settings: dict[str, str] | None = None) -> Project:
    """Create an empty project database in the CRS ``epsg``.

    Raises:
        DatabaseError: the file exists already, or the server cannot be reached.
        UnknownCrs: ``epsg`` is not a projected CRS.
    """
    check_project_crs(epsg)
    if not is_url(db):
        path = Path(db)
        if path.exists():
            raise DatabaseError(
                f"{path} exists already; choose another file name or delete it first.",
                sv=f"{path} finns redan; välj ett annat filnamn eller ta bort filen först.",
            )
        if not path.parent.exists():
            raise DatabaseError(
                f"Folder {path.parent} does not exist; create it first.",
                sv=f"Mappen {path.parent} finns inte; skapa den först.",
            )
    engine = _make_engine(db)
    srid_attach(engine, epsg)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                raw = conn.connection.dbapi_connection
                gpkg.create_geopackage(raw, epsg)  # type: ignore[arg-type]
                Base.metadata.create_all(conn)
                gpkg.register_tables(raw, epsg)  # type: ignore[arg-type]
            else:
                if inspect(conn).has_table("project_settings"):
                    raise DatabaseError(
                        f"{describe_db(db)} holds a KalixPlan project already; open it, or "
                        "name a new database (CREATE DATABASE) for a new project.",
                        sv=f"{describe_db(db)} innehåller redan ett KalixPlan-projekt; öppna "
                        "det, eller ange en ny databas (CREATE DATABASE) för ett nytt projekt.",
                    )
                postgis.create_schema(conn, epsg)
            write_column_titles(conn)
            values = {"crs_epsg": str(epsg), **(settings or {})}
            conn.execute(
                insert(ProjectSetting), [{"key": k, "value": v} for k, v in values.items()]
            )
            stamp_head(conn)
    except (SQLAlchemyError, DatabaseError) as exc:
        engine.dispose()
        if not is_url(db):
            for suffix in ("", "-wal", "-shm"):
                Path(db + suffix).unlink(missing_ok=True)
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(
            f"Cannot create the project database {describe_db(db)}: {mask(_reason(exc), db)}.",
            sv=f"Projektdatabasen {describe_db(db)} kan inte skapas: {mask(_reason(exc), db)}.",
        ) from exc
    if engine.dialect.name == "sqlite":
        # Write the new schema and header into the file itself: other programs
        # (QGIS, ogrinfo) check the GeoPackage application_id in the raw header.
        with engine.connect() as conn:  # outside any transaction (no autobegin on raw use)
            conn.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                "PRAGMA wal_checkpoint(TRUNCATE)"
            )
    return Project(db, engine, epsg)


def open_project(db: str, *, migrate: bool = True) -> Project:
    """Open an existing project database, upgrading its schema if it is older.

    Raises:
        DatabaseError: no such file, not a KalixPlan database, or server unreachable.
    """
    if not is_url(db):
        path = Path(db)
        if not path.exists():
            raise DatabaseError(
                f"No project database at {path}; create one with "
                f"'kalixplan init --db {path}' or check the path.",
                sv=f"Det finns ingen projektdatabas i {path}; skapa en med "
                f"'kalixplan init --db {path}' eller kontrollera sökvägen.",
            )
        if path.stat().st_size < 100 or path.read_bytes()[:16] != b"SQLite format 3\x00":
            raise DatabaseError(
                f"{path} is not a GeoPackage or SQLite file.",
                sv=f"{path} är ingen GeoPackage- eller SQLite-fil.",
            )
        refused = storage_refusal(path, None, NOT_OPENED)
        if refused:
            raise refused
    engine = _make_engine(db)
    try:
        with engine.begin() as conn:
            if migrate:
                upgrade_to_head(conn)
            row = conn.execute(
                text("SELECT value FROM project_settings WHERE key = 'crs_epsg'")
            ).first()
    except SQLAlchemyError as exc:
        engine.dispose()
        code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
        if code in _SQLITE_BUSY or (
            isinstance(exc, DBAPIError) and _sqlstate(exc) == _LOCK_NOT_AVAILABLE
        ):
            raise ProjectBusy(
                f"{describe_db(db)} is busy with another program's save (waited "
                f"{lock_wait_seconds():g} s); it was not opened: try again in a moment.",
                sv=f"{describe_db(db)} är upptagen av ett annat programs sparning (väntade "
                f"{lock_wait_seconds():g} s); den öppnades inte: försök igen om en stund.",
            ) from exc
        if not is_url(db) and code is not None:
            refused = storage_refusal(Path(db), code, NOT_OPENED)
            if refused:
                raise refused from exc
        raise DatabaseError(
            f"{describe_db(db)} is not a KalixPlan project database or cannot be read "
            f"({mask(_reason(exc), db)}); create one with 'kalixplan init'.",
            sv=f"{describe_db(db)} är ingen KalixPlan-projektdatabas eller kan inte läsas "
            f"({mask(_reason(exc), db)}); skapa en med 'kalixplan init'.",
        ) from exc
    if row is None:
        engine.dispose()
        raise DatabaseError(
            f"{describe_db(db)} has no project CRS setting; it is not a KalixPlan project.",
            sv=f"{describe_db(db)} saknar projektets koordinatsystem; det är inget "
            "KalixPlan-projekt.",
        )
    srid = int(row[0])
    srid_attach(engine, srid)
    return Project(db, engine, srid)


def srid_attach(engine: Engine, srid: int) -> None:
    """Tell the geometry column type which SRID this engine stores."""
    engine.dialect.kalixplan_srid = srid  # type: ignore[attr-defined]


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
