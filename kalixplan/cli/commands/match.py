"""``kalixplan match``: the land that fits an actor's needs, ranked, as a table or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from kalixplan.cli import add_db_argument
from kalixplan.domain.errors import KalixPlanError

if TYPE_CHECKING:
    from kalixplan.services.matching.run import NeedMatches


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("match", help="land that fits an actor's needs, ranked")
    add_db_argument(p)
    p.add_argument("--actor", required=True, metavar="ORGNR", help="organisation number")
    p.add_argument("--top", type=int, default=10, metavar="N", help="parcels per need (10)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    # SUPPRESS keeps a --lang given before the command (kalixplan --lang sv match ...).
    p.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kalixplan.services.actors import find_actor
    from kalixplan.services.matching.run import match_actor
    from kalixplan.store.engine import open_project

    if args.top < 1:
        raise KalixPlanError(
            f"--top must be 1 or more (got {args.top}).",
            sv=f"--top måste vara 1 eller mer (fick {args.top}).",
        )
    lang = getattr(args, "lang", None) or "en"
    project = open_project(args.db)
    try:
        with project.read_scope() as session:
            actor = find_actor(session, args.actor)
            results = match_actor(session, actor.id, args.top)
    finally:
        project.close()
    if not results:
        raise KalixPlanError(
            f"{actor.name} ({actor.org_number}) has no land need recorded; add one first.",
            sv=f"{actor.name} ({actor.org_number}) har inget markbehov registrerat; lägg till "
            "ett först.",
        )
    if args.format == "json":
        print(json.dumps(as_json(results, lang), ensure_ascii=False, indent=2))
    else:
        print(as_table(results, lang))
    return 0


def as_json(results: list[NeedMatches], lang: str) -> dict[str, Any]:
    """The match results as JSON-ready data."""
    actor = results[0].actor
    return {
        "actor": {"org_number": actor.org_number, "name": actor.name, "sector": actor.sector},
        "needs": [
            {
                "need_id": r.need.id,
                "area_ha": r.need.area_ha,
                "power_mw": r.need.power_mw,
                "water_m3_day": r.need.water_m3_day,
                "needs_rail": r.need.needs_rail,
                "needs_port": r.need.needs_port,
                "max_dist_rail_m": r.need.max_dist_rail_m,
                "max_dist_port_m": r.need.max_dist_port_m,
                "timeframe": r.need.timeframe,
                "parcels": [m.as_dict(lang) for m in r.matches],
            }
            for r in results
        ],
    }


def as_table(results: list[NeedMatches], lang: str) -> str:
    from kalixplan.services.matching.profile import NeedProfile, need_summary
    from kalixplan.services.matching.rules import sector_label

    """The match results as plain text, one block per need."""
    sv = lang == "sv"
    actor = results[0].actor
    lines = [f"{actor.name} ({actor.org_number}) – {sector_label(actor.sector, lang)}"]
    for r in results:
        lines.append("")
        summary = need_summary(NeedProfile.of(r.need, actor), lang, r.need.timeframe)
        lines.append(f"{'Behov' if sv else 'Need'} {r.need.id}: {summary}")
        if not r.matches:
            lines.append("  " + ("Ingen ledig mark." if sv else "No available land."))
        lines.append(
            f"  {'#':>3}  {'Poäng' if sv else 'Score':>5}  {'Fastighet' if sv else 'Parcel'}"
        )
        for m in r.matches:
            lines.append(f"  {m.rank:>3}  {m.score:>5.1f}  {m.designation} ({m.status})")
            lines.extend(f"{'':>14}{c.text(lang)}" for c in m.criteria)
    return "\n".join(lines)
