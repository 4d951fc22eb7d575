"""Plain frozen rows that services return; the UI never holds ORM objects."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True)
class ParcelRow:
    """A parcel of industrial land; ``plan`` is the governing plan's designation."""

    id: int
    version: int
    designation: str
    area_name: str | None
    owner: str | None
    owner_kind: str | None
    status: str
    reserved_until: date | None
    reserved_for_id: int | None
    price_sek_m2: float | None
    price_includes: str | None
    land_use: str | None
    plan_id: int | None
    plan: str | None
    max_height_m: float | None
    utilisation: str | None
    power_mw: float | None
    dist_substation_m: float | None
    water_sewer: bool | None
    water_capacity_m3_day: float | None
    district_heating: bool | None
    fibre: bool | None
    gas_hydrogen: bool | None
    dist_rail_m: float | None
    dist_port_m: float | None
    dist_road_m: float | None
    dist_airport_km: float | None
    flood_risk: str | None
    contaminated_mifo: int | None
    protected_nature: bool | None
    shoreline_protection: bool | None
    national_interest: bool | None
    geotechnics: str | None
    ground_state: str | None
    contact_person: str | None
    contact_email: str | None
    notes: str | None
    area_m2: float
    example_data: bool
    updated_at: datetime | None
    geom: BaseGeometry | None
    # The outline was changed outside KalixPlan and area/distances are not recomputed yet.
    facts_stale: bool = False
    # Marked for the public "ledig mark" pages (kalixplan publish).
    public: bool = False
    # "property": designation is a fastighetsbeteckning; "area": the land's name.
    key_kind: str = "property"
    address: str | None = None

    @property
    def area_ha(self) -> float:
        """Geodesic area in hectares."""
        return self.area_m2 / 10_000.0


@dataclass(frozen=True)
class PlanRow:
    """A detailed plan."""

    id: int
    version: int
    uuid: str
    municipality_code: str
    designation: str
    name: str
    purpose: str | None
    status: str
    plan_type: str
    procedure: str
    diarienummer: str | None
    decision_body: str | None
    started_date: date | None
    consultation_date: date | None
    review_date: date | None
    adopted_date: date | None
    in_force_date: date | None
    implementation_years: int | None
    implementation_start: date | None
    implementation_ends: date | None
    archive_id: str | None
    previous_designation: str | None
    notes: str | None
    example_data: bool
    updated_at: datetime | None
    geom: BaseGeometry | None
    decision_type: str
    # Quality of the digital plan (NS 4.1 kvalitetsbeskrivning, anvandbarhet).
    digitisation: str | None = None
    boundaries_corrected: bool = False
    basis_checked: bool = False
    usability: str | None = None
    quality_note: str | None = None


@dataclass(frozen=True)
class LandUseRow:
    """A land-use area of a plan."""

    id: int
    version: int
    plan_id: int
    code: str
    max_height_m: float | None
    max_storeys: int | None
    utilisation: str | None
    provisions: str | None
    example_data: bool
    geom: BaseGeometry | None


@dataclass(frozen=True)
class ProvisionRow:
    """An egenskapsbestämmelse or administrativ bestämmelse of a plan
    (domain/provisions.py): its sign, catalogue reference, wording, value and motiv."""

    id: int
    version: int
    uuid: str
    plan_id: int
    kind: str
    code: str
    catalogue_ref: str | None
    wording: str
    value: float | None
    value_kind: str | None
    unit: str | None
    motiv: str | None
    example_data: bool
    geom: BaseGeometry | None


@dataclass(frozen=True)
class PeriodDecisionRow:
    """One extension or renewal of a plan's implementation period."""

    id: int
    version: int
    plan_id: int
    kind: str
    years: int
    adopted_date: date
    in_force_date: date | None
    diarienummer: str | None
    notes: str | None


@dataclass(frozen=True)
class DocumentRow:
    """A link to a document or photo about an actor, parcel or plan; a plan's document
    says what it is (domain/documents.py)."""

    id: int
    version: int
    owner_table: str
    owner_id: int
    title: str
    location: str
    kind: str | None = None
    basis_type: str | None = None


@dataclass(frozen=True)
class ActorRow:
    """A company or organisation."""

    id: int
    version: int
    org_number: str
    name: str
    sector: str | None
    kind: str
    website: str | None
    notes: str | None
    example_data: bool


@dataclass(frozen=True)
class ContactRow:
    """A contact person at an actor."""

    id: int
    version: int
    actor_id: int
    name: str
    role: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class NeedRow:
    """An actor's land need."""

    id: int
    version: int
    actor_id: int
    area_ha: float | None
    power_mw: float | None
    water_m3_day: float | None
    needs_rail: bool
    needs_port: bool
    max_dist_rail_m: float | None
    max_dist_port_m: float | None
    timeframe: str | None
    notes: str | None


@dataclass(frozen=True)
class InterestRow:
    """An actor's interest in a parcel."""

    id: int
    version: int
    actor_id: int
    parcel_id: int
    stage: str
    started_on: date | None
    stage_changed_on: date | None
    notes: str | None


@dataclass(frozen=True)
class ActivityRow:
    """An entry in an actor's activity log."""

    id: int
    version: int
    actor_id: int
    kind: str
    on_date: date
    notes: str | None
    next_step: str | None
    next_step_due: date | None
    done: bool


@dataclass(frozen=True)
class ChangeRow:
    """One entry of the change log."""

    id: int
    at: datetime
    user_name: str
    table_name: str
    row_id: int | None
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


R = TypeVar("R")


def row_from(obj: Any, row_type: type[R], **extra: Any) -> R:
    """Copy the fields of ``row_type`` from an ORM object (or mapping) into a frozen row."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(row_type):  # type: ignore[arg-type]
        if f.name in extra:
            values[f.name] = extra[f.name]
        elif isinstance(obj, dict):
            values[f.name] = obj.get(f.name)
        else:
            values[f.name] = getattr(obj, f.name)
    return row_type(**values)


def rows_of(row_type: type[R], values: Iterable[Sequence[Any]]) -> list[R]:
    """Frozen rows from value tuples in ``row_type``'s field order, many at once.

    A frozen dataclass's constructor sets each field through ``object.__setattr__``
    (45 of them for a parcel), most of the time of reading a county's register. Each
    row here gets its fields in its ``__dict__`` in one step, which is what that
    constructor leaves behind; a row type with slots or a ``__post_init__`` is made
    through its constructor. Every field must be given: defaults are not filled in.
    """
    names = field_names(row_type)
    if hasattr(row_type, "__slots__") or hasattr(row_type, "__post_init__"):
        return [row_type(*v) for v in values]
    out: list[R] = []
    new = object.__new__
    for v in values:
        if len(v) != len(names):
            raise ValueError(f"{row_type.__name__} has {len(names)} fields, not {len(v)}")
        row = new(row_type)
        row.__dict__.update(zip(names, v, strict=True))
        out.append(row)
    return out


def field_names(row_type: type[Any]) -> list[str]:
    """The field names of a row type, in order."""
    return [f.name for f in dataclasses.fields(row_type)]
