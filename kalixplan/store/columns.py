"""Column titles that GIS tools show: GeoPackage ``gpkg_data_columns`` or PostgreSQL comments.

QGIS shows these titles as field aliases, so a planner opening the project
file directly sees "Fastighetsbeteckning / Property designation", not
``designation``.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from kalixplan.domain.codes import (
    DECISION_TYPE_LABELS,
    PARCEL_STATUS_LABELS,
    PLAN_STATUS_LABELS,
)
from kalixplan.domain.provisions import PROVISION_KIND_LABELS

COLUMN_TITLES: dict[str, dict[str, str]] = {
    "parcels": {
        "designation": "Fastighetsbeteckning / Property designation",
        "area_name": "Område / Area",
        "owner": "Ägare / Owner",
        "status": "Status",
        "reserved_until": "Reserverad till / Reserved until",
        "price_sek_m2": "Pris kr/m² / Price SEK/m²",
        "land_use": "Användning / Land use",
        "power_mw": "Effekt MW / Power MW",
        "dist_rail_m": "Avstånd järnväg m / Distance to rail m",
        "dist_port_m": "Avstånd hamn m / Distance to port m",
        "dist_road_m": "Avstånd E4/E10 m / Distance to E4/E10 m",
        "area_m2": "Areal m² (geodetisk) / Area m² (geodesic)",
        "example_data": "Exempeldata / Example data",
        "public": "Publicerad på webben / Public on the web",
        "key_kind": "Nyckel: fastighet eller område / Key: property or area",
        "address": "Adress / Address",
    },
    "plans": {
        "designation": "Planbeteckning / Plan designation",
        "name": "Namn / Name",
        "status": "Status",
        "procedure": "Förfarande / Procedure",
        "in_force_date": "Laga kraft / In force",
        "implementation_years": "Genomförandetid år / Implementation period years",
        "implementation_ends": "Genomförandetid slutar / Implementation period ends",
        "decision_type": "Beslutstyp / Decision type",
        "digitisation": "Digitaliseringsnivå / Digitisation level",
        "boundaries_corrected": "Korrigerade gränser / Boundaries corrected",
        "basis_checked": "Kontrollerat planeringsunderlag / Planning basis checked",
        "usability": "Användbarhet / Usability",
        "quality_note": "Beskrivning av kvalitet / Quality note",
    },
    "land_use_areas": {
        "code": "Användning (Boverket) / Land use (Boverket)",
        "max_height_m": "Högsta byggnadshöjd m / Maximum height m",
        "utilisation": "Utnyttjandegrad / Utilisation",
    },
    "documents": {
        "kind": "Slag av planhandling / Kind of plan document",
        "basis_type": "Underlagstyp / Type of planning study",
    },
    "provisions": {
        "kind": "Slag av bestämmelse / Kind of provision",
        "code": "Beteckning / Sign",
        "catalogue_ref": "Katalogreferens (Boverket) / Catalogue reference (Boverket)",
        "wording": "Bestämmelseformulering / Wording",
        "value": "Värde / Value",
        "value_kind": "Värdetyp / Value kind",
        "unit": "Enhet / Unit",
        "motiv": "Motiv / Reason",
    },
}

_DATA_COLUMNS_DDL = """
CREATE TABLE IF NOT EXISTS gpkg_data_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  name TEXT,
  title TEXT,
  description TEXT,
  mime_type TEXT,
  constraint_name TEXT,
  CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
  CONSTRAINT gdc_tn UNIQUE (table_name, name)
)
"""

_CONSTRAINTS_DDL = """
CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints (
  constraint_name TEXT NOT NULL,
  constraint_type TEXT NOT NULL,
  value TEXT,
  min NUMERIC,
  min_is_inclusive BOOLEAN,
  max NUMERIC,
  max_is_inclusive BOOLEAN,
  description TEXT,
  CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value)
)
"""

# Enumerations GIS tools can offer as value lists (QGIS shows them in forms).
ENUM_CONSTRAINTS: dict[tuple[str, str], tuple[str, dict[str, str]]] = {
    ("parcels", "status"): (
        "parcel_status",
        {s.value: f"{sv} / {en}" for s, (sv, en) in PARCEL_STATUS_LABELS.items()},
    ),
    ("plans", "status"): (
        "plan_status",
        {s.value: f"{sv} / {en}" for s, (sv, en) in PLAN_STATUS_LABELS.items()},
    ),
    ("plans", "decision_type"): (
        "plan_decision_type",
        {s.value: f"{sv} / {en}" for s, (sv, en) in DECISION_TYPE_LABELS.items()},
    ),
    ("provisions", "kind"): (
        "provision_kind",
        {s.value: f"{sv} / {en}" for s, (sv, en) in PROVISION_KIND_LABELS.items()},
    ),
}


def write_column_titles(conn: Connection) -> None:
    """Write the titles for the engine at hand (idempotent)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_DATA_COLUMNS_DDL)
        conn.exec_driver_sql(_CONSTRAINTS_DDL)
        for schema_table in ("gpkg_data_columns", "gpkg_data_column_constraints"):
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO gpkg_extensions VALUES (?, NULL, 'gpkg_schema', "
                "'http://www.geopackage.org/spec120/#extension_schema', 'read-write')",
                (schema_table,),
            )
        for (_, _), (name, values) in ENUM_CONSTRAINTS.items():
            for value, description in values.items():
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO gpkg_data_column_constraints (constraint_name, "
                    "constraint_type, value, description) VALUES (?, 'enum', ?, ?)",
                    (name, value, description),
                )
        for table, titles in COLUMN_TITLES.items():
            for column, title in titles.items():
                constraint = ENUM_CONSTRAINTS.get((table, column), (None, {}))[0]
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, "
                    "title, constraint_name) VALUES (?, ?, ?, ?, ?)",
                    (table, column, title, title, constraint),  # GDAL >= 3.7: alias = name
                )
        return
    for table, titles in COLUMN_TITLES.items():
        for column, title in titles.items():
            quoted = title.replace("'", "''")
            conn.execute(text(f"COMMENT ON COLUMN {table}.{column} IS '{quoted}'"))
