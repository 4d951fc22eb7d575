"""The invented part of the Kalix demo: areas, plans and actors (all example data).

Area names and positions follow Kalix kommun's public material (DOMAIN.md §1);
every parcel, plan and actor built from these tables is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class DemoArea:
    """An industrial area of the demo: name, centre (lon, lat), plan and land use."""

    name: str
    lon: float
    lat: float
    parcels: int
    land_use: str
    plan: str


# Real area names and approximate positions; the parcels in them are invented.
AREAS: tuple[DemoArea, ...] = (
    DemoArea("Lägret", 23.118, 65.866, 6, "J", "2514-P101"),
    DemoArea("Rolfs", 23.205, 65.858, 6, "J", "2514-P102"),
    DemoArea("Grytnäs", 23.185, 65.846, 5, "Z", "2514-P103"),
    DemoArea("Bredviken", 23.085, 65.852, 5, "J", "2514-P104"),
    DemoArea("Risön", 23.170, 65.838, 4, "Z", "2514-P105"),
    DemoArea("Karlsborg", 23.282, 65.803, 6, "J", "2514-P106"),
    DemoArea("Töre", 22.655, 65.905, 5, "J", "2514-P107"),
    DemoArea("Midgård", 23.060, 65.872, 3, "E", "2514-P108"),
)

STATUS_CYCLE = (
    "available",
    "available",
    "reserved",
    "option",
    "sold",
    "available",
    "planning",
    "unavailable",
)

PLANS: tuple[dict[str, Any], ...] = (
    # designation, name, status, procedure, years in force (None: not in force), period
    {
        "designation": "2514-P101",
        "name": "Industriområdet Lägret",
        "status": "in_force",
        "plan_type": "byggnadsplan",
        "in_force": date(1974, 6, 14),
        "years": None,
    },
    {
        "designation": "2514-P102",
        "name": "Rolfs industriområde",
        "status": "in_force",
        "in_force_months_ago": 15 * 12 - 7,
        "years": 15,
    },
    {
        "designation": "2514-P103",
        "name": "Grytnäs verksamhetsområde",
        "status": "in_force",
        "in_force_months_ago": 10 * 12 - 20,
        "years": 10,
    },
    {
        "designation": "2514-P104",
        "name": "Bredviken, etapp 1",
        "status": "in_force",
        "in_force_months_ago": 5 * 12 - 10,
        "years": 5,
    },
    {
        "designation": "2514-P105",
        "name": "Risöns hamn- och verksamhetsområde",
        "status": "in_force",
        "in_force_months_ago": 36,
        # Its boundary takes in a strip of Grytnäs: it replaces 2514-P103 there
        # (PBL 4 kap. 38 §), so the register has no unlinked overlap (NGP DP-0001).
        "previous": "2514-P103",
        "years": 10,
    },
    {
        "designation": "2514-P106",
        "name": "Karlsborgs industri och hamn",
        "status": "in_force",
        "in_force_months_ago": 8 * 12,
        "years": 15,
    },
    {
        "designation": "2514-P107",
        "name": "Töre industriområde söder om E4",
        "status": "adopted",
        "years": 10,
    },
    {
        "designation": "2514-P108",
        "name": "Midgård energipark",
        "status": "review",
        "procedure": "extended",
        "years": 15,
    },
    {
        "designation": "2514-P109",
        "name": "Myrskatan/Terrassen",
        "status": "consultation",
        "procedure": "extended",
        "years": 15,
        "centre": (23.225, 65.868),
    },
    {
        "designation": "2514-P110",
        "name": "Rudan logistikområde",
        "status": "started",
        "years": 10,
        "centre": (23.140, 65.880),
    },
    {
        "designation": "2514-P111",
        "name": "Bredviken mötesspår",
        "status": "appealed",
        "years": 5,
        "centre": (23.095, 65.845),
    },
    {
        "designation": "2514-P112",
        "name": "Kalix hamnplan (upphävd)",
        "status": "revoked",
        "in_force": date(1988, 3, 2),
        "years": None,
        "centre": (23.160, 65.842),
    },
    {
        "designation": "2514-P113",
        "name": "Lägret norra, avbruten",
        "status": "closed",
        "years": None,
        "centre": (23.110, 65.873),
    },
)

ACTORS: tuple[tuple[str, str, str, float, float, bool, bool], ...] = (
    # name, sector, kind, need ha, need MW, rail, port
    ("Norrsken Stål AB", "fossil_free_steel", "company", 12.0, 40.0, True, True),
    ("Kalixälvens Vätgas AB", "hydrogen", "company", 6.0, 60.0, False, True),
    ("Bottenviken Batterimaterial AB", "batteries", "company", 8.0, 25.0, True, False),
    ("Vindkraft Nord Service AB", "wind", "company", 2.0, 1.0, False, True),
    ("Solfält Norrbotten AB", "solar", "company", 4.0, 0.5, False, False),
    ("Skogens Bioraffinaderi AB", "bioenergy", "company", 5.0, 10.0, True, True),
    ("Norrbottens Elnät AB", "grid", "utility", 1.5, 0.0, False, False),
    ("Polar Datahall AB", "data_centres", "company", 3.0, 30.0, False, False),
    ("Återvinning Kalix AB", "circular", "company", 2.5, 2.0, True, False),
    ("Haparandabanan Logistik AB", "logistics", "company", 5.0, 1.0, True, True),
    ("Grön Industriinvest AB", "hydrogen", "investor", 10.0, 50.0, False, False),
    ("Kalix Industrihotell AB", "circular", "company", 1.0, 0.5, False, False),
    ("Luleå tekniska universitet (exempel)", "batteries", "academia", 0.5, 0.2, False, False),
    ("Norrbottens Fjärrvärme AB", "bioenergy", "utility", 1.0, 5.0, False, False),
    ("Arctic E-fuels AB", "hydrogen", "company", 15.0, 120.0, True, True),
)

STAGES = (
    "lead",
    "dialogue",
    "site_visit",
    "letter_of_intent",
    "land_allocation",
    "purchase",
    "established",
    "paused",
    "withdrawn",
)
