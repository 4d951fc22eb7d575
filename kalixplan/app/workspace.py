"""``Workspace``: the open project, its edits with undo and redo, and what changed.

Every create, update and delete of a parcel or a plan is written through the
service first; only a successful write becomes an undo step, so a refused value
never does. Undo and redo write the other side's values with the version this
application last wrote: a colleague's save in between is a ``StaleEdit``, never
overwritten silently. A row deleted and brought back by undo gets a new id; steps
keep the id they were made with and ``current_id`` resolves it.

Each operation returns an ``Outcome``: the stored row, the typed ``Changes`` (also
sent to every listener, once) and a ``Failure`` when it did not happen. Nothing
here raises for a refused or failed write and nothing needs Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kalixplan.app.changes import Changes, Kind, Origin
from kalixplan.app.commands import CreateStep, DeleteStep, GroupStep, Step, UpdateStep
from kalixplan.app.failures import Failure, failure_of
from kalixplan.app.kinds import OPS, fields_of, ops
from kalixplan.app.outcome import Outcome, Recorder
from kalixplan.domain.errors import DatabaseError, ProjectBusy
from kalixplan.services.restoring import Removed
from kalixplan.store.engine import Project

T = TypeVar("T")
Reader = Session  # what ``query`` and ``write`` hand to their work (for annotations)
Listener = Callable[[Changes], None]


class Workspace:
    """The open project and everything done to it (no Qt).

    Args:
        project: the project to start with (None: none open).
    """

    def __init__(self, project: Project | None = None) -> None:
        self._project = project
        self._listeners: list[Listener] = []
        self._history_listeners: list[Callable[[], None]] = []
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._group: GroupStep | None = None
        self._alias: dict[tuple[Kind, int], int] = {}
        self._versions: dict[tuple[Kind, int], int] = {}
        self._rec: Recorder | None = None

    # --- the project ----------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        """The open project (None: none)."""
        return self._project

    def open(self, project: Project | None, *, initiator: object | None = None) -> Outcome:
        """Show ``project`` from now on (closing the one before); forget the history."""
        old, self._project = self._project, project
        if old is not None and old is not project:
            old.close()
        self._done.clear()
        self._undone.clear()
        self._alias.clear()
        self._versions.clear()
        self._history_changed()
        changes = Changes({}, {}, {Kind.PROJECT: None}, Origin.OPENED, initiator)
        return Outcome(changes=changes, afterwards=self._publish(changes))

    # --- listeners ------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every operation that changed something.

        Returns:
            a function that stops it.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_history(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` whenever what Undo and Redo would do changes."""
        self._history_listeners.append(listener)
        return lambda: (
            self._history_listeners.remove(listener)
            if listener in self._history_listeners
            else None
        )

    def announce(self, changes: Changes) -> Outcome:
        """Tell the listeners about changes written elsewhere (an import, another panel)."""
        return Outcome(changes=changes, afterwards=self._publish(changes) if changes else None)

    def _publish(self, changes: Changes) -> Failure | None:
        first: Failure | None = None
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception as exc:  # a view that cannot follow must not undo the write
                first = first or failure_of(exc)
        return first

    def _history_changed(self) -> None:
        for listener in list(self._history_listeners):
            listener()

    # --- reads and other writes ---------------------------------------------------------
    def query(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``work(session, *args, **kwargs)`` on a read-only snapshot of the project."""
        project = self._require()
        with project.read_scope() as session:
            return work(session, *args, **kwargs)

    def write(
        self,
        kinds: Iterable[Kind],
        work: Callable[[Session], T],
        *,
        ids: Iterable[int] | None = None,
        initiator: object | None = None,
    ) -> Outcome:
        """Run one write that is not undoable (actors, interests, documents) and announce it.

        ``work(session)`` runs in one transaction; ``kinds`` (and ``ids``, None: any row)
        say what it changed. The outcome's ``row`` is what ``work`` returned.
        """
        wanted = tuple(kinds)
        fixed = None if ids is None else tuple(ids)

        def body() -> T:
            project = self._require()
            with project.session_scope() as session:
                result = work(session)
            for kind in wanted:
                if kind in OPS and fixed is None and _is_row(result):
                    self._stored(kind, result)  # a reservation: the parcel as stored now
                else:
                    self._recorder().touch(kind, fixed)
            return result

        return self._operate(wanted[0] if wanted else None, Origin.EDIT, initiator, body)

    # --- the three edits ----------------------------------------------------------------
    def update(
        self, kind: Kind, row: Any, changes: Mapping[str, Any], *, initiator: object | None = None
    ) -> Outcome:
        """Save ``changes`` to ``row`` (read at ``row.version``) and make it undoable."""
        old = {k: getattr(row, k, None) for k in changes}

        def body() -> Any:
            project = self._require()
            with project.session_scope() as session:
                stored = ops(kind).update(session, int(row.id), int(row.version), changes)
            self._stored(kind, stored)
            return stored

        outcome = self._operate(kind, Origin.EDIT, initiator, body)
        if outcome.ok:
            self._push(UpdateStep(kind, int(row.id), old, dict(changes), _label(row)))
        return outcome

    def create(
        self, kind: Kind, values: Mapping[str, Any], *, initiator: object | None = None
    ) -> Outcome:
        """Create a row and make it undoable."""

        def body() -> Any:
            project = self._require()
            with project.session_scope() as session:
                stored = ops(kind).create(session, values)
            self._stored(kind, stored)
            return stored

        outcome = self._operate(kind, Origin.EDIT, initiator, body)
        if outcome.ok:
            row = outcome.row
            self._push(CreateStep(kind, int(row.id), fields_of(kind, row), _label(row)))
        return outcome

    def delete(self, kind: Kind, row: Any, *, initiator: object | None = None) -> Outcome:
        """Delete a row read at ``row.version`` (stale deletes are refused); undo restores it."""
        saved: list[Removed] = []

        def body() -> None:
            project = self._require()
            with project.session_scope() as session:
                removed = ops(kind).delete(session, int(row.id), int(row.version))
            self._removed(kind, int(row.id), removed)
            saved.append(removed)

        outcome = self._operate(kind, Origin.EDIT, initiator, body)
        if outcome.ok:
            removed = saved[0]
            # The row as stored when deleted: the caller's copy misses links the database nulled.
            values = fields_of(kind, removed.row if removed.row is not None else row)
            self._push(DeleteStep(kind, int(row.id), values, _label(row), removed))
        return outcome

    @contextmanager
    def group(self, kind: Kind, subject: str) -> Iterator[None]:
        """Make the edits inside one undo step ("Delete 3 parcels")."""
        if self._group is not None:  # nested: the outer group takes them
            yield
            return
        self._group = GroupStep(kind, subject)
        try:
            yield
        finally:
            group, self._group = self._group, None
            if group.steps:
                self._push(group)

    # --- undo and redo ----------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def next_undo(self) -> Step | None:
        """The step Undo would take back (for the menu text)."""
        return self._done[-1] if self._done else None

    def next_redo(self) -> Step | None:
        """The step Redo would make again."""
        return self._undone[-1] if self._undone else None

    def undo(self, *, initiator: object | None = None) -> Outcome:
        """Take the last step back. A step that fails leaves the history."""
        return self._replay(self._done, self._undone, Origin.UNDO, initiator)

    def redo(self, *, initiator: object | None = None) -> Outcome:
        """Make the last undone step again."""
        return self._replay(self._undone, self._done, Origin.REDO, initiator)

    def _replay(
        self, source: list[Step], target: list[Step], origin: Origin, initiator: object | None
    ) -> Outcome:
        if not source:
            return Outcome()
        step = source.pop()
        way = step.undo if origin is Origin.UNDO else step.redo
        outcome = self._operate(step.kind, origin, initiator, lambda: way(self))
        busy = outcome.failure is not None and isinstance(outcome.failure.error, ProjectBusy)
        if busy and not isinstance(step, GroupStep):
            source.append(step)  # nothing happened (rolled back): it can be taken again
        elif outcome.ok or (isinstance(step, GroupStep) and step.steps):
            target.append(step)
        self._history_changed()
        return outcome

    # --- ids and versions -------------------------------------------------------------
    def current_id(self, kind: Kind, original: int) -> int:
        """The id a row made as ``original`` has now (it changes when undo restores it)."""
        seen = set()
        row_id = original
        while (kind, row_id) in self._alias and row_id not in seen:
            seen.add(row_id)
            row_id = self._alias[(kind, row_id)]
        return row_id

    def known_version(self, kind: Kind, row_id: int, fallback: int) -> int:
        """The version this application last wrote for a row (or ``fallback``)."""
        return self._versions.get((kind, row_id), fallback)

    # --- what the steps ask for (``commands.Context``) ------------------------------------
    def apply(self, kind: Kind, original: int, values: Mapping[str, Any]) -> None:
        """Write ``values`` to a row (undo/redo of an update) at the version written here."""
        row_id = self.current_id(kind, original)
        project = self._require()
        with project.session_scope() as session:
            current = ops(kind).get(session, row_id)
            version = self.known_version(kind, row_id, current.version)
            stored = ops(kind).update(session, row_id, version, values)
        self._stored(kind, stored)

    def remove(self, kind: Kind, original: int) -> Removed:
        """Delete a row again (undo of a create, redo of a delete); returns what went along."""
        row_id = self.current_id(kind, original)
        project = self._require()
        with project.session_scope() as session:
            current = ops(kind).get(session, row_id)
            version = self.known_version(kind, row_id, current.version)
            removed = ops(kind).delete(session, row_id, version)
        self._removed(kind, row_id, removed)
        return removed

    def recreate(
        self, kind: Kind, original: int, values: Mapping[str, Any], removed: Removed | None
    ) -> None:
        """Create a row again (undo of a delete, redo of a create) with what went along."""
        if removed is not None:
            removed = removed.renumbered(lambda i: self.current_id(Kind.PARCELS, i))
        project = self._require()
        with project.session_scope() as session:
            restored = ops(kind).recreate(session, values, removed)
        row = restored.row
        self._alias[(kind, self.current_id(kind, original))] = int(row.id)
        self._stored(kind, row)
        for parcel in restored.relinked:
            self._stored(Kind.PARCELS, parcel)
        rec = self._recorder()
        if restored.interests:
            rec.touch(Kind.INTERESTS, restored.interests)
        if kind is Kind.PLANS:
            rec.touch(Kind.LAND_USE, [int(row.id)])
        rec.lost.extend(restored.lost)

    # --- plumbing -----------------------------------------------------------------------
    def _require(self) -> Project:
        if self._project is None:
            raise DatabaseError(
                "No project is open: open or create a project first.",
                sv="Inget projekt är öppet: öppna eller skapa ett projekt först.",
            )
        return self._project

    def _recorder(self) -> Recorder:
        assert self._rec is not None, "only inside an operation"
        return self._rec

    def _stored(self, kind: Kind, row: Any) -> None:
        self._versions[(kind, int(row.id))] = int(row.version)
        self._recorder().wrote(kind, row)

    def _removed(self, kind: Kind, row_id: int, removed: Removed) -> None:
        rec = self._recorder()
        rec.gone(kind, row_id)
        if removed.interests:
            rec.touch(Kind.INTERESTS, [s.id for s in removed.interests])
        if removed.governed:  # a plan's parcels lost their link to it
            rec.touch(Kind.PARCELS, [pid for pid, _label in removed.governed])
        if kind is Kind.PLANS:
            rec.touch(Kind.LAND_USE, [row_id])

    def _push(self, step: Step) -> None:
        if self._group is not None:
            self._group.steps.append(step)
            return
        self._done.append(step)
        self._undone.clear()
        self._history_changed()

    def _operate(
        self,
        kind: Kind | None,
        origin: Origin,
        initiator: object | None,
        body: Callable[[], Any],
    ) -> Outcome:
        self._rec = rec = Recorder()
        failure: Failure | None = None
        row: Any = None
        try:
            row = body()
        except Exception as exc:
            failure = failure_of(exc, kind)
        finally:
            self._rec = None
        changes = rec.changes(origin, initiator)
        afterwards = self._publish(changes) if changes else None
        return Outcome(row, changes, failure, tuple(rec.lost), afterwards)


def _is_row(value: Any) -> bool:
    return hasattr(value, "id") and hasattr(value, "version") and hasattr(value, "designation")


def _label(row: Any) -> str:
    return str(getattr(row, "designation", None) or row.id)
