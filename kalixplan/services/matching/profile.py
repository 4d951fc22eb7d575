"""What a land need asks matching for (``NeedProfile``, defaults applied), and its summary.

A need's stated rail or port requirement without a distance gets the default
limit from ``rules``; a criterion the need does not ask about is None
and is left out of the score.
"""

from __future__ import annotations

from dataclasses import dataclass

from kalixplan.domain.rows import ActorRow, NeedRow
from kalixplan.services.matching.rules import (
    DEFAULT_MAX_DIST_PORT_M,
    DEFAULT_MAX_DIST_RAIL_M,
    allowed_land_uses,
    number,
)


@dataclass(frozen=True)
class NeedProfile:
    """What a need asks for, with the defaults applied (None: not asked)."""

    actor_id: int | None
    need_id: int | None
    sector: str | None
    area_ha: float | None = None
    power_mw: float | None = None
    water_m3_day: float | None = None
    max_dist_rail_m: float | None = None
    max_dist_port_m: float | None = None

    @classmethod
    def of(cls, need: NeedRow, actor: ActorRow) -> NeedProfile:
        """The profile of an actor's need; "needs rail/port" without a limit gets the default."""
        rail = need.max_dist_rail_m
        if rail is None and need.needs_rail:
            rail = DEFAULT_MAX_DIST_RAIL_M
        port = need.max_dist_port_m
        if port is None and need.needs_port:
            port = DEFAULT_MAX_DIST_PORT_M
        return cls(
            actor_id=actor.id,
            need_id=need.id,
            sector=actor.sector,
            area_ha=need.area_ha or None,
            power_mw=need.power_mw or None,
            water_m3_day=need.water_m3_day or None,
            max_dist_rail_m=rail,
            max_dist_port_m=port,
        )


def need_summary(profile: NeedProfile, lang: str = "en", timeframe: str | None = None) -> str:
    """A need in a few words, e.g. ``12 ha, 40 MW, rail ≤ 2 km, by 2028``."""
    sv = lang == "sv"
    parts = []
    if profile.area_ha:
        parts.append(f"{number(profile.area_ha, lang)} ha")
    if profile.power_mw:
        parts.append(f"{number(profile.power_mw, lang)} MW")
    if profile.water_m3_day:
        parts.append(f"{number(profile.water_m3_day, lang)} {'m³/dygn' if sv else 'm³/day'}")
    if profile.max_dist_rail_m is not None:
        km = number(profile.max_dist_rail_m / 1000.0, lang)
        parts.append(f"{'järnväg' if sv else 'rail'} ≤ {km} km")
    if profile.max_dist_port_m is not None:
        km = number(profile.max_dist_port_m / 1000.0, lang)
        parts.append(f"{'hamn' if sv else 'port'} ≤ {km} km")
    parts.append("/".join(allowed_land_uses(profile.sector)))
    if timeframe:
        parts.append(f"{'tidsram' if sv else 'timeframe'} {timeframe}")
    return ", ".join(parts)
