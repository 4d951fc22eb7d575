"""Matching actors' land needs to parcels, and parcels to actors: the entry points.

One need, every need of an actor, many needs against one loaded table, and the
reverse match (one parcel against every need). The work is done by the modules
beside this one: ``table`` loads the parcels once into numpy columns,
``profile`` says what a need asks for, ``ranking`` scores and ranks
every parcel at once, ``explain`` explains only the parcels shown, and
``rules`` holds the rules and texts; docs/business.md explains them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kalixplan.domain.errors import NotFound
from kalixplan.domain.rows import ActorRow, NeedRow
from kalixplan.services.actors import get_actor, list_actors, needs_of
from kalixplan.services.matching.explain import ParcelMatch, explain_match
from kalixplan.services.matching.profile import NeedProfile
from kalixplan.services.matching.ranking import criterion_states, rank_need
from kalixplan.services.matching.table import ParcelTable, load_parcel_table

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def match_need(table: ParcelTable, need: NeedProfile, top: int | None = None) -> list[ParcelMatch]:
    """Rank the parcels for a need and explain each shown parcel criterion by criterion."""
    states = criterion_states(table, need)
    rows, scores = rank_need(table, need, states)
    if top is not None:
        rows, scores = rows[:top], scores[:top]
    return [
        explain_match(table, need, states, row, rank, score)
        for rank, (row, score) in enumerate(
            zip(rows.tolist(), scores.tolist(), strict=True), start=1
        )
    ]


@dataclass(frozen=True)
class NeedMatches:
    """The ranked parcels for one need of an actor."""

    actor: ActorRow
    need: NeedRow
    matches: list[ParcelMatch]


def match_actor(session: Session, actor_id: int, top: int | None = None) -> list[NeedMatches]:
    """For each land need of an actor, the parcels that fit, best first."""
    actor = get_actor(session, actor_id)
    table = load_parcel_table(session)
    return [
        NeedMatches(actor, need, match_need(table, NeedProfile.of(need, actor), top))
        for need in needs_of(session, actor_id)
    ]


def match_actor_need(
    session: Session,
    actor_id: int,
    need_id: int,
    top: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ParcelMatch] | None:
    """Rank the land for one need of an actor (long work: progress, cancel gives None)."""
    actor = get_actor(session, actor_id)
    need = next((n for n in needs_of(session, actor_id) if n.id == need_id), None)
    if need is None:
        raise NotFound(
            f"Land need {need_id} of {actor.name} does not exist any more; reload.",
            sv=f"Markbehovet {need_id} för {actor.name} finns inte längre; läs in igen.",
        )
    if progress is not None:
        progress(0, 2, "")
    table = load_parcel_table(session)
    if cancelled is not None and cancelled():
        return None
    if progress is not None:
        progress(1, 2, "")
    matches = match_need(table, NeedProfile.of(need, actor), top)
    if progress is not None:
        progress(2, 2, "")
    return matches


def match_all(
    table: ParcelTable,
    needs: Sequence[NeedProfile],
    top: int | None = 10,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[list[ParcelMatch]]:
    """Match many needs against one loaded table (long work: progress and cancel)."""
    out: list[list[ParcelMatch]] = []
    for i, need in enumerate(needs):
        if cancelled is not None and cancelled():
            break
        out.append(match_need(table, need, top))
        if progress is not None and (i % 25 == 0 or i == len(needs) - 1):
            progress(i + 1, len(needs), "")
    return out


@dataclass(frozen=True)
class ActorFit:
    """How one parcel fits one actor's need (the reverse match)."""

    actor_id: int
    actor_name: str
    org_number: str
    sector: str | None
    need_id: int
    match: ParcelMatch


def actors_for_parcel(
    session: Session, parcel_id: int, *, only_fitting: bool = False
) -> list[ActorFit]:
    """The actors' needs a parcel can serve, best score first (the reverse of ``match_need``).

    The parcel must be one the actor could get (available, or held for it);
    each result carries the same score and criteria the forward match gives.
    """
    table = load_parcel_table(session, [parcel_id])
    if len(table) == 0:
        return []
    actors = {a.id: a for a in list_actors(session)}
    fits: list[ActorFit] = []
    for need in needs_of(session):
        actor = actors[need.actor_id]
        found = match_need(table, NeedProfile.of(need, actor))
        if not found or (only_fitting and not found[0].fits):
            continue
        fits.append(
            ActorFit(actor.id, actor.name, actor.org_number, actor.sector, need.id, found[0])
        )
    fits.sort(key=lambda f: (not f.match.fits, -f.match.score, f.actor_name, f.need_id))
    return fits
