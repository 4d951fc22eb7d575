"""Reading a whole register at once (``search_parcels``) gives exactly the rows read one by
one, on both engines: the fast path (tuples, geometries decoded in one call, rows made many
at once) must not change a value."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import shapely

from kalixplan.domain.rows import ParcelRow, field_names, rows_of
from kalixplan.services.parcels import ParcelFilter, get_parcel, search_parcels
from kalixplan.store.engine import Project, open_project


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def demo(request: pytest.FixtureRequest, demo_path: Path) -> Iterator[Project]:
    """The Kalix demo on each engine."""
    url = str(demo_path) if request.param == "sqlite" else request.getfixturevalue("pg_demo_db")
    project = open_project(url)
    yield project
    project.close()


def test_the_whole_register_equals_its_rows_read_one_by_one(demo: Project) -> None:
    with demo.read_scope() as session:
        rows = search_parcels(session)
        assert len(rows) == 40
        assert [r.designation for r in rows] == sorted(r.designation for r in rows)
        for row in rows:
            single = get_parcel(session, row.id)
            assert row == single
            assert row.geom is not None and shapely.equals_exact(row.geom, single.geom, 0.0)
            assert type(row.updated_at) is type(single.updated_at)
            assert isinstance(row.example_data, bool) and isinstance(row.facts_stale, bool)


def test_filters_pick_the_same_rows_through_the_fast_read(demo: Project) -> None:
    with demo.read_scope() as session:
        everything = search_parcels(session)
        sold = search_parcels(session, ParcelFilter(statuses=frozenset({"sold"})))
        assert sold and [r for r in everything if r.status == "sold"] == sold
        some = frozenset(r.id for r in everything[::7])
        assert [r.id for r in search_parcels(session, ParcelFilter(ids=some))] == [
            r.id for r in everything if r.id in some
        ]
        governed = [r for r in everything if r.plan_id is not None]
        assert governed and all(r.plan for r in governed)  # the plan's designation is joined


def test_rows_of_makes_what_the_constructor_makes(demo: Project) -> None:
    with demo.read_scope() as session:
        row = search_parcels(session)[0]
    values = [getattr(row, n) for n in field_names(ParcelRow)]
    made = rows_of(ParcelRow, [values])[0]
    assert made == ParcelRow(*values) == row
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.status = "sold"  # type: ignore[misc]
    with pytest.raises(ValueError, match="fields"):
        rows_of(ParcelRow, [values[:-1]])
