"""What changed: the one notice every view follows (after Anki's ``OpChanges``).

A ``Changes`` says, for each ``Kind`` of data, which rows were written (the stored
rows themselves where the workspace has them), which ids were removed, and which
ids may have changed without the workspace holding the rows (an import, another
panel's write, an edit made outside KalixPlan). ``None`` as ids means "any row of
this kind". The ``origin`` tells why (an edit, undo, redo, an import …) and the
``initiator`` is whoever asked for the change (a form, a panel), so a view can tell
its own edit from someone else's without a side channel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any


class Kind(Enum):
    """The kinds of data a view can show."""

    PARCELS = "parcels"
    PLANS = "plans"
    LAND_USE = "land_use"  # a plan's land-use areas
    ACTORS = "actors"  # actors with their contacts, needs, activities and documents
    INTERESTS = "interests"  # actors' interests in parcels
    REFERENCE = "reference"  # reference layers (roads, grid, protected areas …)
    PROJECT = "project"  # a different project is open (or none)


class Origin(Enum):
    """Why data changed."""

    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"
    IMPORT = "import"  # a file import finished
    EXTERNAL = "external"  # written outside the workspace (another panel, QGIS, a colleague)
    OPENED = "opened"  # a project was opened or closed


_ANY: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Changes:
    """Typed changes of one operation.

    Attributes:
        written: stored rows by kind (``ParcelRow``, ``PlanRow``) as they are now.
        removed: ids deleted, by kind.
        touched: other ids that changed, by kind (``None``: any row of that kind).
        origin: why.
        initiator: the object that asked for the operation (or None).
    """

    written: Mapping[Kind, tuple[Any, ...]] = field(default_factory=dict)
    removed: Mapping[Kind, tuple[int, ...]] = field(default_factory=dict)
    touched: Mapping[Kind, tuple[int, ...] | None] = field(default_factory=dict)
    origin: Origin = Origin.EDIT
    initiator: object | None = None

    def __post_init__(self) -> None:
        for name in ("written", "removed", "touched"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    @classmethod
    def of(
        cls,
        kinds: Iterable[Kind],
        ids: Iterable[int] | None = None,
        *,
        origin: Origin = Origin.EXTERNAL,
        initiator: object | None = None,
    ) -> Changes:
        """Rows of ``kinds`` changed (``ids`` None: any row)."""
        fixed = None if ids is None else tuple(int(i) for i in ids)
        return cls(touched={k: fixed for k in kinds}, origin=origin, initiator=initiator)

    def __bool__(self) -> bool:
        return bool(self.written or self.removed or self.touched)

    def kinds(self) -> frozenset[Kind]:
        """Every kind this operation changed."""
        return frozenset(self.written) | frozenset(self.removed) | frozenset(self.touched)

    def touches(self, *kinds: Kind) -> bool:
        """Did the operation change any of ``kinds``?"""
        return bool(self.kinds() & set(kinds))

    def rows(self, kind: Kind) -> tuple[Any, ...]:
        """The stored rows of ``kind`` written (empty when none or unknown)."""
        return self.written.get(kind, ())

    def removed_ids(self, kind: Kind) -> tuple[int, ...]:
        """The ids of ``kind`` deleted."""
        return self.removed.get(kind, ())

    def ids(self, kind: Kind) -> tuple[int, ...] | None:
        """Every id of ``kind`` the operation changed, or None when any row may have."""
        if kind in self.touched and self.touched[kind] is _ANY:
            return None
        found = [int(r.id) for r in self.written.get(kind, ())]
        found += self.removed.get(kind, ())
        found += self.touched.get(kind) or ()
        return tuple(dict.fromkeys(found))

    def everything(self, kind: Kind) -> bool:
        """Any row of ``kind`` may have changed (reload it all)."""
        return kind in self.touched and self.touched[kind] is _ANY
