"""Column titles for GIS tools (gpkg_data_columns on GeoPackage, comments on PostGIS).

Revision ID: 0002
Revises: 0001

Self-contained: the titles and value lists are frozen here as they were when this
revision was written; the live ones (``kalixplan/store/columns.py``) may change
later, and a later change needs a revision of its own.
"""

from __future__ import annotations

from typing import Any

from alembic import op
from sqlalchemy import text

revision = "0002"
down_revision = "0001"

TITLES: dict[str, dict[str, str]] = {
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
    },
    "plans": {
        "designation": "Planbeteckning / Plan designation",
        "name": "Namn / Name",
        "status": "Status",
        "procedure": "Förfarande / Procedure",
        "in_force_date": "Laga kraft / In force",
        "implementation_years": "Genomförandetid år / Implementation period years",
        "implementation_ends": "Genomförandetid slutar / Implementation period ends",
    },
    "land_use_areas": {
        "code": "Användning (Boverket) / Land use (Boverket)",
        "max_height_m": "Högsta byggnadshöjd m / Maximum height m",
        "utilisation": "Utnyttjandegrad / Utilisation",
    },
}

# table.column -> (constraint name, value -> description)
ENUMS: dict[str, tuple[str, dict[str, str]]] = {
    "parcels.status": (
        "parcel_status",
        {
            "available": "Tillgänglig / Available",
            "reserved": "Reserverad / Reserved",
            "option": "Option / Option",
            "sold": "Såld / Sold",
            "planning": "Under planläggning / Being planned",
            "unavailable": "Ej tillgänglig / Not available",
        },
    ),
    "plans.status": (
        "plan_status",
        {
            "started": "Påbörjad / Started",
            "consultation": "Samråd / Consultation",
            "review": "Granskning / Review",
            "adopted": "Antagen / Adopted",
            "appealed": "Överklagad / Appealed",
            "in_force": "Laga kraft / In force",
            "revoked": "Upphävd / Revoked",
            "closed": "Avslutad / Closed",
        },
    ),
}

DATA_COLUMNS_DDL = """CREATE TABLE IF NOT EXISTS gpkg_data_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  name TEXT,
  title TEXT,
  description TEXT,
  mime_type TEXT,
  constraint_name TEXT,
  CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
  CONSTRAINT gdc_tn UNIQUE (table_name, name)
)"""

CONSTRAINTS_DDL = """CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints (
  constraint_name TEXT NOT NULL,
  constraint_type TEXT NOT NULL,
  value TEXT,
  min NUMERIC,
  min_is_inclusive BOOLEAN,
  max NUMERIC,
  max_is_inclusive BOOLEAN,
  description TEXT,
  CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value)
)"""

SCHEMA_EXTENSION = "http://www.geopackage.org/spec120/#extension_schema"


def upgrade() -> None:
    conn: Any = op.get_bind()
    if conn.dialect.name != "sqlite":
        for table, titles in TITLES.items():
            for column, title in titles.items():
                quoted = title.replace("'", "''")
                conn.execute(text(f"COMMENT ON COLUMN {table}.{column} IS '{quoted}'"))
        return
    conn.exec_driver_sql(DATA_COLUMNS_DDL)
    conn.exec_driver_sql(CONSTRAINTS_DDL)
    for schema_table in ("gpkg_data_columns", "gpkg_data_column_constraints"):
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO gpkg_extensions VALUES (?, NULL, 'gpkg_schema', ?, "
            "'read-write')",
            (schema_table, SCHEMA_EXTENSION),
        )
    for name, values in ENUMS.values():
        for value, description in values.items():
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO gpkg_data_column_constraints (constraint_name, "
                "constraint_type, value, description) VALUES (?, 'enum', ?, ?)",
                (name, value, description),
            )
    for table, titles in TITLES.items():
        for column, title in titles.items():
            constraint = ENUMS.get(f"{table}.{column}", (None, {}))[0]
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, "
                "title, constraint_name) VALUES (?, ?, ?, ?, ?)",
                (table, column, title, title, constraint),  # GDAL >= 3.7: alias = name
            )


def downgrade() -> None:
    conn: Any = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TABLE IF EXISTS gpkg_data_columns")
        conn.exec_driver_sql("DELETE FROM gpkg_extensions WHERE table_name = 'gpkg_data_columns'")
        return
    for table, titles in TITLES.items():
        for column in titles:
            conn.execute(text(f"COMMENT ON COLUMN {table}.{column} IS NULL"))
