"""SQLAlchemy models of the project database (DOMAIN.md §2-4, DESIGN.md names).

Every editable table has a ``version`` column used as SQLAlchemy's
``version_id_col``: an UPDATE that finds another version fails instead of
overwriting a colleague's save. Column types are chosen from those GeoPackage
allows (TEXT, INTEGER, FLOAT, BOOLEAN, DATE, DATETIME, geometry types), so the
same tables are valid in a GeoPackage and in PostGIS.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import date, datetime
from typing import TYPE_CHECKING

from shapely.geometry.base import BaseGeometry
from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kalixplan.store.types import Geometry, GpkgDateTime, utcnow


def _new_uuid() -> str:
    return str(uuidlib.uuid4())


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with named constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Editable:
    """Columns every editable table has: id, version, timestamps, example flag."""

    if TYPE_CHECKING:
        __tablename__: str

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(GpkgDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(GpkgDateTime, default=utcnow, onupdate=utcnow)
    # Invented demo rows are marked so that they are never mistaken for real data.
    example_data: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ProjectSetting(Base):
    """Key/value settings of the project: CRS, municipality, example-data flag."""

    __tablename__ = "project_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class DetailedPlan(Editable, Base):
    """A detailed plan (detaljplan) with the national specification's fields."""

    __tablename__ = "plans"
    uuid: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    municipality_code: Mapped[str] = mapped_column(Text, nullable=False)
    designation: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    plan_type: Mapped[str] = mapped_column(Text, nullable=False, default="detaljplan")
    procedure: Mapped[str] = mapped_column(Text, nullable=False, default="standard")
    diarienummer: Mapped[str | None] = mapped_column(Text)
    decision_body: Mapped[str | None] = mapped_column(Text)
    started_date: Mapped[date | None] = mapped_column(Date)
    consultation_date: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date)
    adopted_date: Mapped[date | None] = mapped_column(Date)
    in_force_date: Mapped[date | None] = mapped_column(Date)
    implementation_years: Mapped[int | None] = mapped_column(Integer)
    implementation_start: Mapped[date | None] = mapped_column(Date)
    # Derived from start + years; stored so that "ends within N months" is a query.
    implementation_ends: Mapped[date | None] = mapped_column(Date)
    archive_id: Mapped[str | None] = mapped_column(Text)
    # The plans this plan's decision affects (NS foregaendePlansBeteckning), "; "-separated.
    previous_designation: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    geom: Mapped[BaseGeometry | None] = mapped_column(Geometry("MULTIPOLYGON"))
    # Beslutstyp (NS Detaljplan 4.1): new plan, change, repeal or closure (codes.DecisionType).
    decision_type: Mapped[str] = mapped_column(
        Text, nullable=False, default="new_plan", server_default=text("'new_plan'")
    )
    # Quality of the digital plan (NS 4.1 kvalitetsbeskrivning, anvandbarhet; domain/quality).
    digitisation: Mapped[str | None] = mapped_column(Text)
    boundaries_corrected: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    basis_checked: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    usability: Mapped[str | None] = mapped_column(Text)
    quality_note: Mapped[str | None] = mapped_column(Text)

    land_use_areas: Mapped[list[LandUseArea]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    provisions: Mapped[list[Provision]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_plans_status", "status"),)


class LandUseArea(Editable, Base):
    """A use area of a plan: Boverket code with height and utilisation where given."""

    __tablename__ = "land_use_areas"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(Text, nullable=False)
    max_height_m: Mapped[float | None] = mapped_column(Float)
    max_storeys: Mapped[int | None] = mapped_column(Integer)
    utilisation: Mapped[str | None] = mapped_column(Text)
    provisions: Mapped[str | None] = mapped_column(Text)
    geom: Mapped[BaseGeometry | None] = mapped_column(Geometry("MULTIPOLYGON"))

    plan: Mapped[DetailedPlan] = relationship(back_populates="land_use_areas")


class PeriodDecision(Editable, Base):
    """A decision that extends or renews a plan's genomförandetid (PBL 4 kap. 24 §: a
    change of the plan, at most five years at a time; domain/periods.py)."""

    __tablename__ = "period_decisions"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(Text, nullable=False)  # extension or renewal
    years: Mapped[int] = mapped_column(Integer, nullable=False)
    adopted_date: Mapped[date] = mapped_column(Date, nullable=False)
    in_force_date: Mapped[date | None] = mapped_column(Date)
    diarienummer: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Provision(Editable, Base):
    """An egenskapsbestämmelse or administrativ bestämmelse of a plan (NS Detaljplan 4.1
    planbestammelse; domain/provisions.py): its sign, Boverket's catalogue reference, the
    wording, one value with kind and unit, the motiv, and a polygon, line or point."""

    __tablename__ = "provisions"
    # NS 4.1 objektidentitet of the provision: kept through exports and imports.
    uuid: Mapped[str] = mapped_column(Text, nullable=False, unique=True, default=_new_uuid)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    # The sign on the plan map (e1, h1, a1, prickmark); NS 4.1 delivers none, so a plan
    # taken in from a delivery may have provisions without one.
    code: Mapped[str | None] = mapped_column(Text)
    catalogue_ref: Mapped[str | None] = mapped_column(Text)
    wording: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[float | None] = mapped_column(Float)
    value_kind: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    motiv: Mapped[str | None] = mapped_column(Text)
    geom: Mapped[BaseGeometry | None] = mapped_column(Geometry("GEOMETRY"))

    plan: Mapped[DetailedPlan] = relationship(back_populates="provisions")


class Parcel(Editable, Base):
    """A parcel of industrial land (DOMAIN.md §3). ``area_m2`` is geodesic and derived."""

    __tablename__ = "parcels"
    designation: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    area_name: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    owner_kind: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, nullable=False, default="available")
    reserved_until: Mapped[date | None] = mapped_column(Date)
    reserved_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL")
    )
    price_sek_m2: Mapped[float | None] = mapped_column(Float)
    price_includes: Mapped[str | None] = mapped_column(Text)
    land_use: Mapped[str | None] = mapped_column(Text)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    max_height_m: Mapped[float | None] = mapped_column(Float)
    utilisation: Mapped[str | None] = mapped_column(Text)
    power_mw: Mapped[float | None] = mapped_column(Float)
    dist_substation_m: Mapped[float | None] = mapped_column(Float)
    water_sewer: Mapped[bool | None] = mapped_column(Boolean)
    water_capacity_m3_day: Mapped[float | None] = mapped_column(Float)
    district_heating: Mapped[bool | None] = mapped_column(Boolean)
    fibre: Mapped[bool | None] = mapped_column(Boolean)
    gas_hydrogen: Mapped[bool | None] = mapped_column(Boolean)
    dist_rail_m: Mapped[float | None] = mapped_column(Float)
    dist_port_m: Mapped[float | None] = mapped_column(Float)
    dist_road_m: Mapped[float | None] = mapped_column(Float)
    dist_airport_km: Mapped[float | None] = mapped_column(Float)
    flood_risk: Mapped[str | None] = mapped_column(Text)
    contaminated_mifo: Mapped[int | None] = mapped_column(Integer)
    protected_nature: Mapped[bool | None] = mapped_column(Boolean)
    shoreline_protection: Mapped[bool | None] = mapped_column(Boolean)
    national_interest: Mapped[bool | None] = mapped_column(Boolean)
    geotechnics: Mapped[str | None] = mapped_column(Text)
    ground_state: Mapped[str | None] = mapped_column(Text)
    contact_person: Mapped[str | None] = mapped_column(Text)
    contact_email: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    area_m2: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    # True while the geometry was changed outside KalixPlan (QGIS, psql) and the derived
    # facts (area_m2, distances, flags) are not recomputed yet: they must not look true.
    facts_stale: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    geom: Mapped[BaseGeometry | None] = mapped_column(Geometry("MULTIPOLYGON"))
    # What ``designation`` holds: a property designation (fastighetsbeteckning) or, for land
    # a municipality keeps by name only ("ledig industrimark" layers), the area's name.
    key_kind: Mapped[str] = mapped_column(
        Text, nullable=False, default="property", server_default=text("'property'")
    )
    address: Mapped[str | None] = mapped_column(Text)
    # Marked for the public "ledig mark" pages: only such parcels are published.
    public: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )

    plan: Mapped[DetailedPlan | None] = relationship()
    __table_args__ = (
        Index("ix_parcels_status", "status"),
        Index("ix_parcels_area_m2", "area_m2"),
        CheckConstraint(
            "contaminated_mifo IS NULL OR contaminated_mifo BETWEEN 1 AND 4", name="mifo"
        ),
    )


class Actor(Editable, Base):
    """A company or organisation of the green transition."""

    __tablename__ = "actors"
    org_number: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    sector: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, nullable=False, default="company")
    website: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[Contact]] = relationship(cascade="all, delete-orphan")
    needs: Mapped[list[LandNeed]] = relationship(cascade="all, delete-orphan")
    interests: Mapped[list[Interest]] = relationship(cascade="all, delete-orphan")
    activities: Mapped[list[Activity]] = relationship(cascade="all, delete-orphan")


class Contact(Editable, Base):
    """A person at an actor."""

    __tablename__ = "actor_contacts"
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)


class LandNeed(Editable, Base):
    """What land an actor needs."""

    __tablename__ = "land_needs"
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True
    )
    area_ha: Mapped[float | None] = mapped_column(Float)
    power_mw: Mapped[float | None] = mapped_column(Float)
    water_m3_day: Mapped[float | None] = mapped_column(Float)
    needs_rail: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    needs_port: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    max_dist_rail_m: Mapped[float | None] = mapped_column(Float)
    max_dist_port_m: Mapped[float | None] = mapped_column(Float)
    timeframe: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Interest(Editable, Base):
    """An actor's interest in a parcel, with its dialogue stage."""

    __tablename__ = "interests"
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True
    )
    parcel_id: Mapped[int] = mapped_column(
        ForeignKey("parcels.id", ondelete="CASCADE"), nullable=False, index=True
    )
    stage: Mapped[str] = mapped_column(Text, nullable=False, default="lead")
    started_on: Mapped[date | None] = mapped_column(Date)
    stage_changed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("actor_id", "parcel_id"),)


class Activity(Editable, Base):
    """An entry in an actor's activity log: meeting, call, mail."""

    __tablename__ = "activities"
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(Text, nullable=False, default="meeting")
    on_date: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Document(Editable, Base):
    """A link to a photo or document about a parcel, plan or actor."""

    __tablename__ = "documents"
    owner_table: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    location: Mapped[str] = mapped_column(Text, nullable=False)
    # A plan's document in NS Detaljplan 4.1's terms (domain/documents.py), and a planning
    # study's underlagstyp.
    kind: Mapped[str | None] = mapped_column(Text)
    basis_type: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_documents_owner", "owner_table", "owner_id"),)


class ReferenceLayer(Editable, Base):
    """A reference layer (roads, railway, port, flood zones, ...)."""

    __tablename__ = "reference_layers"
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False, default="other")
    source: Mapped[str | None] = mapped_column(Text)
    licence: Mapped[str | None] = mapped_column(Text)
    features: Mapped[list[ReferenceFeature]] = relationship(
        back_populates="layer", cascade="all, delete-orphan"
    )


class ReferenceFeature(Editable, Base):
    """One feature of a reference layer; any geometry type."""

    __tablename__ = "reference_features"
    layer_id: Mapped[int] = mapped_column(
        ForeignKey("reference_layers.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str | None] = mapped_column(Text)
    properties: Mapped[str | None] = mapped_column(Text)  # JSON object as text
    geom: Mapped[BaseGeometry | None] = mapped_column(Geometry("GEOMETRY"))
    layer: Mapped[ReferenceLayer] = relationship(back_populates="features")


class ChangeLog(Base):
    """Who changed what, when, from which value to which (append-only)."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(GpkgDateTime, nullable=False, default=utcnow)
    user_name: Mapped[str] = mapped_column(Text, nullable=False)
    table_name: Mapped[str] = mapped_column(Text, nullable=False)
    row_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    field: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id"),)


# Tables that GIS tools see as layers, with their geometry type.
FEATURE_TABLES: dict[str, str] = {
    "parcels": "MULTIPOLYGON",
    "plans": "MULTIPOLYGON",
    "land_use_areas": "MULTIPOLYGON",
    "reference_features": "GEOMETRY",
    "provisions": "GEOMETRY",
}

# Human titles GIS tools show for the layers.
TABLE_TITLES: dict[str, str] = {
    "parcels": "Industrimark / Industrial land parcels",
    "plans": "Detaljplaner / Detailed plans",
    "land_use_areas": "Användningsområden / Land-use areas",
    "provisions": "Planbestämmelser / Plan provisions",
    "period_decisions": "Beslut om genomförandetid / Implementation period decisions",
    "reference_features": "Referensobjekt / Reference features",
    "actors": "Aktörer / Actors",
    "actor_contacts": "Kontaktpersoner / Contacts",
    "land_needs": "Markbehov / Land needs",
    "interests": "Intressen / Interests",
    "activities": "Aktiviteter / Activities",
    "documents": "Dokument / Documents",
    "reference_layers": "Referensskikt / Reference layers",
    "change_log": "Ändringslogg / Change log",
    "project_settings": "Projektinställningar / Project settings",
}
