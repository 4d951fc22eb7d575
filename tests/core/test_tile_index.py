"""Issue "The map and the printouts at county scale", 1: the tile grid, the feature-box
index and the store reads behind the tiled map (Qt-free; both engines)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import box

from kalixplan.maps.tiles import (
    MARK_BELOW_PX,
    LayerIndex,
    boxes_to_mercator,
    from_mercator,
    next_step_tiles,
    resolution,
    tile_bounds,
    tile_range,
    to_mercator,
    valid_tile,
)
from kalixplan.services.map_data import map_parcels
from kalixplan.services.map_tiles import (
    STATUS_NAMES,
    count_parcels_with_shape,
    count_reference_features,
    parcel_index,
    parcel_shapes,
    reference_index,
    reference_shapes,
    status_codes,
)
from kalixplan.services.parcels import bulk_insert_parcels, update_parcel
from kalixplan.services.reference import create_reference_layer
from kalixplan.store.engine import Project

X0, Y0 = 150_000.0, 7_300_000.0  # inside Kalix in EPSG:3018


def test_the_grid_matches_the_web_maps() -> None:
    """Tile 0/0/0 is the whole Web Mercator square; zoom z halves it z times (XYZ, y from
    the north, as Leaflet and OpenStreetMap count)."""
    half = 20037508.342789244
    assert tile_bounds(0, 0, 0) == pytest.approx((-half, -half, half, half))
    minx, miny, maxx, maxy = tile_bounds(1, 1, 0)
    assert (minx, miny, maxx, maxy) == pytest.approx((0, 0, half, half))
    assert resolution(0) == pytest.approx(156543.03392804097)
    assert valid_tile(3, 7, 7) and not valid_tile(3, 8, 0) and not valid_tile(-1, 0, 0)
    lon, lat = from_mercator(*to_mercator(np.array([23.15]), np.array([65.85])))
    assert lon[0] == pytest.approx(23.15) and lat[0] == pytest.approx(65.85)


@pytest.mark.parametrize("epsg, x", [(3018, 150_000.0), (3006, 900_000.0), (3006, 500_000.0)])
def test_boxes_hold_every_corner_of_their_features(epsg: int, x: float) -> None:
    """Only centres are transformed; the widened boxes must still hold every transformed
    corner, also far from the zone's meridian (SWEREF 99 TM at Kalix turns the grid ~7°)."""
    rng = np.random.default_rng(3)
    cx = x + rng.uniform(-20_000, 20_000, 500)
    cy = 7_310_000.0 + rng.uniform(-20_000, 20_000, 500)
    w, h = rng.uniform(5, 3_000, 500), rng.uniform(5, 3_000, 500)
    boxes = boxes_to_mercator(epsg, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
    to_lonlat = Transformer.from_crs(epsg, 4326, always_xy=True)
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        lon, lat = to_lonlat.transform(cx + dx * w / 2, cy + dy * h / 2)
        mx, my = to_mercator(np.asarray(lon), np.asarray(lat))
        assert np.all(mx >= boxes[:, 0]) and np.all(mx <= boxes[:, 2])
        assert np.all(my >= boxes[:, 1]) and np.all(my <= boxes[:, 3])
    # ... and are not much bigger than the feature (at most the rotation's share).
    widths = (boxes[:, 2] - boxes[:, 0]) * np.cos(np.radians(65.9))
    assert np.all(widths < (w + h) * 1.2)


def _index() -> LayerIndex:
    # Three features at Kalix: a big one, a small one, and one far away.
    mx, my = to_mercator(np.array([23.15, 23.16, 20.0]), np.array([65.85, 65.85, 67.0]))
    half = np.array([400.0, 3.0, 400.0])
    boxes = np.column_stack([mx - half, my - half, mx + half, my + half])
    return LayerIndex(np.array([30, 10, 20]), np.array([0, 3, 1]), boxes)


def _tile_at(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    mx, my = to_mercator(np.array([lon]), np.array([lat]))
    x, y, _x, _y = tile_range((mx[0], my[0], mx[0], my[0]), zoom)
    return x, y


def test_the_next_steps_tiles_are_the_centre_in_the_view_out_and_a_ring() -> None:
    """What the painters prepare once a view has come (nearest first)."""
    x, y = _tile_at(23.15, 65.85, 14)
    west, south = tile_bounds(14, x, y)[:2]
    east, north = tile_bounds(14, x + 3, y - 2)[2:]
    view = (west + 1, south + 1, east - 1, north - 1)  # 4 x 3 tiles, inside their edges
    tiles = next_step_tiles(view, 14)
    levels = [z for z, _x, _y in tiles]
    assert levels == sorted(levels, key=lambda z: (15, 13, 14).index(z))  # in, out, ring
    at = {z: {(tx, ty) for zz, tx, ty in tiles if zz == z} for z in (13, 14, 15)}
    # The ring: the 4 x 3 view and two tiles round it; the page asks for the view itself.
    assert len(at[14]) == (4 + 4) * (3 + 4)
    assert {(x + 1, y - 1), (x - 2, y + 2), (x + 5, y - 4)} <= at[14]
    # One zoom in: the view's middle half, which is what setZoom(15) shows.
    assert all(2 * x <= tx <= 2 * (x + 3) + 1 for tx, _ty in at[15])
    # One zoom out: twice the view each way.
    assert (x // 2, y // 2) in at[13]
    assert next_step_tiles(tile_bounds(22, 5, 5), 22)[0][0] == 21  # no zoom 23


def test_a_tile_draws_big_features_as_shapes_and_small_ones_as_marks() -> None:
    index = _index()
    assert list(index.ids) == [10, 20, 30]  # sorted by id
    x, y = _tile_at(23.155, 65.85, 12)
    plan = index.plan(12, x, y)
    assert 6.0 / resolution(12) < MARK_BELOW_PX  # the small one is under 3 px at zoom 12
    assert list(plan.shapes) == [30]
    assert list(plan.mark_codes) == [3] and plan.mark_boxes.shape == (1, 4)
    assert index.plan(12, x + 40, y).empty
    # Filtered out, nothing is drawn or counted; None shows all again.
    index.set_filter({20})
    assert index.plan(12, x, y).empty
    assert index.counts(STATUS_NAMES) == {STATUS_NAMES[1]: 1}
    index.set_filter(None)
    assert index.counts(STATUS_NAMES) == {
        STATUS_NAMES[0]: 1,
        STATUS_NAMES[1]: 1,
        STATUS_NAMES[3]: 1,
    }
    assert index.shown_count() == 3


def test_edits_replace_the_arrays_and_keep_the_filter() -> None:
    index = _index()
    index.set_filter({10, 30, 99})
    before = index.snapshot()
    mx, my = to_mercator(np.array([23.17]), np.array([65.86]))
    index.upsert(
        np.array([99]), np.array([2]), np.array([[mx[0] - 50, my[0] - 50, mx[0] + 50, my[0] + 50]])
    )
    assert list(index.ids) == [10, 20, 30, 99]
    assert index.is_shown(99) and not index.is_shown(20)  # the filter named 99 before it came
    assert list(before[0]) == [10, 20, 30]  # a painter's snapshot is not changed
    index.upsert(np.array([10]), np.array([5]), np.array([[mx[0], my[0], mx[0] + 1, my[0] + 1]]))
    assert index.code_of(10) == 5 and len(index) == 4
    index.remove([30, 12345])
    assert list(index.ids) == [10, 20, 99] and index.code_of(30) is None
    assert index.box_of([10]) == pytest.approx((mx[0], my[0], mx[0] + 1, my[0] + 1))
    assert index.box_of([777]) is None
    assert list(index.under(mx[0], my[0], 0.0)) == [10, 99]


def test_status_codes_name_every_status_and_the_unknown() -> None:
    codes = status_codes(["available", "sold", "weird", None])
    assert [STATUS_NAMES[c] for c in codes] == ["available", "sold", "", ""]


def _fill(project: Project) -> list[int]:
    statuses = ("available", "reserved", "option", "sold", "planning", "unavailable")
    records = [
        {
            "designation": f"Kalix Tile {i}",
            "status": statuses[i % 6],
            "geom": box(
                X0 + (i % 30) * 120,
                Y0 + (i // 30) * 120,
                X0 + (i % 30) * 120 + 80,
                Y0 + (i // 30) * 120 + 60,
            ),
        }
        for i in range(600)
    ]
    with project.session_scope() as session:
        ids = bulk_insert_parcels(session, records)
        create_reference_layer(
            session,
            "Fastighetsindelning",
            "other",
            [
                (f"Kalix Fast {i}", box(X0 + i * 100, Y0 - 500, X0 + i * 100 + 100, Y0 - 400), {})
                for i in range(50)
            ],
        )
    return ids


def test_the_index_is_the_stores_boxes_and_statuses(project: Project) -> None:
    """Boxes from the R-tree's leaf nodes (or the GiST boxes) and statuses from the table
    agree with the geometries and rows themselves, on both engines."""
    ids = _fill(project)
    with project.read_scope() as session:
        assert count_parcels_with_shape(session) == 600
        index = parcel_index(session, project.srid)
        rows = map_parcels(session, ids)
        layer_id = next(iter(count_reference_features(session)))
        assert count_reference_features(session) == {layer_id: 50}
        references = reference_index(session, project.srid, layer_id)
    assert list(index.ids) == sorted(ids) and len(references) == 50
    expected = {r.id: r.status for r in rows}
    assert all(STATUS_NAMES[index.code_of(i) or 0] == expected[i] for i in ids)
    geoms = np.array([r.geom for r in rows], dtype=object)
    b = shapely.bounds(geoms)
    want = boxes_to_mercator(project.srid, b[:, 0], b[:, 1], b[:, 2], b[:, 3])
    got = index.snapshot()[2]
    # The R-tree keeps 32-bit floats rounded outwards: the same boxes within a metre.
    assert np.abs(got - want).max() < 1.0


def test_a_tiles_shapes_come_from_the_store_with_their_status(project: Project) -> None:
    ids = _fill(project)
    with project.session_scope() as session:
        # The first parcel is available; reserved is a step the code list allows.
        update_parcel(session, ids[0], 1, {"status": "reserved"})
    around = (X0 - 10, Y0 - 10, X0 + 400, Y0 + 300)
    with project.read_scope() as session:
        shapes = parcel_shapes(session, around, project.srid, np.array(ids))
        status = map_parcels(session, [ids[0]])[0].status
        refs = reference_shapes(
            session, 1, (X0 - 10, Y0 - 600, X0 + 250, Y0 - 300), project.srid, np.arange(1, 100)
        )
    assert ids[0] in set(shapes.ids.tolist())
    at = list(shapes.ids).index(ids[0])
    assert STATUS_NAMES[shapes.codes[at]] == status == "reserved"  # read now, not indexed
    assert all(g.intersects(box(*around)) for g in shapes.geoms)
    assert len(refs.ids) == 3 and math.isclose(refs.geoms[0].area, 10_000.0)
