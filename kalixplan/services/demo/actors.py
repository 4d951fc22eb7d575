"""The demo's actors: invented companies with a contact, a land need, interests and an activity.

Organisation numbers are obviously invented (559999-xxxx) yet valid; interests
run through every dialogue stage, and an actor at letter of intent or land
allocation gets its first parcel reserved. Dates count from the build day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from kalixplan.domain.validation import luhn_check_digit
from kalixplan.services.actors import (
    add_activity,
    add_contact,
    add_interest,
    add_need,
    create_actor,
)
from kalixplan.services.demo.data import ACTORS, STAGES
from kalixplan.services.parcels import get_parcel, update_parcel


def demo_org_number(index: int) -> str:
    """A valid, obviously invented organisation number (prefix 559999)."""
    first9 = f"559999{index:03d}"
    return f"{first9[:6]}-{first9[6:]}{luhn_check_digit(first9)}"


def build_actors(session: Session, parcel_ids: list[int], today: date) -> None:
    """Add the demo actors, interested in some of ``parcel_ids``, in the caller's transaction."""
    for i, (name, sector, kind, ha, mw, rail, port) in enumerate(ACTORS, start=1):
        actor = create_actor(
            session,
            {
                "org_number": demo_org_number(i),
                "name": name,
                "sector": sector,
                "kind": kind,
                "website": f"https://example.se/{i}",
                "notes": "Exempeldata / example data.",
                "example_data": True,
            },
        )
        add_contact(
            session,
            actor.id,
            {
                "name": f"Kontakt {i} (exempel)",
                "role": "VD",
                "email": f"kontakt{i}@example.se",
                "phone": f"070-000 {i:02d} {i:02d}",
                "example_data": True,
            },
        )
        add_need(
            session,
            actor.id,
            {
                "area_ha": ha,
                "power_mw": mw or None,
                "needs_rail": rail,
                "needs_port": port,
                "water_m3_day": 100.0 * (i % 4) or None,
                "max_dist_rail_m": 2000.0 if rail else None,
                "max_dist_port_m": 5000.0 if port else None,
                "timeframe": f"{today.year + 1 + i % 3}",
                "example_data": True,
            },
        )
        chosen = dict.fromkeys(
            parcel_ids[(i * 3 + j * 7) % len(parcel_ids)] for j in range(i % 3 + 1)
        )
        for j, parcel_id in enumerate(chosen):
            stage = STAGES[(i + j) % len(STAGES)]
            add_interest(
                session, actor.id, parcel_id, stage, on=today - timedelta(days=30 * (j + 1))
            )
            if stage in ("letter_of_intent", "land_allocation") and j == 0:
                parcel = get_parcel(session, parcel_id)
                if parcel.status == "available":
                    update_parcel(
                        session,
                        parcel_id,
                        parcel.version,
                        {
                            "status": "reserved",
                            "reserved_for_id": actor.id,
                            "reserved_until": today + timedelta(days=25 + i),
                        },
                    )
        add_activity(
            session,
            actor.id,
            {
                "kind": ("meeting", "call", "mail")[i % 3],
                "on_date": today - timedelta(days=10 + i),
                "notes": f"Första kontakt med {name} (exempel).",
                "next_step": "Skicka objektblad" if i % 2 else "Boka platsbesök",
                "next_step_due": today + timedelta(days=(-3, 5, 14, 40)[i % 4]),
                "example_data": True,
            },
        )
