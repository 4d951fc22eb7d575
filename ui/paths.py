"""Many shapes as one ``QPainterPath``, built from numpy in one step.

The map's tiles and the printed sheet both draw thousands of parcels at a time. One
``QPolygonF`` per ring, made point by point in Python, costs far more than painting
them; here the vertices of every ring of a colour become one path through the bytes of
``QDataStream``'s path format.
"""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream
from PySide6.QtGui import QPainterPath

_ELEMENT = np.dtype([("type", "<i4"), ("x", "<f8"), ("y", "<f8")])


def path_from_rings(xs: np.ndarray, ys: np.ndarray, starts: np.ndarray) -> QPainterPath:
    """One QPainterPath of many rings or lines, built in one step.

    ``starts`` marks each vertex that begins a ring or line. The bytes are those of
    ``QDataStream << QPainterPath`` (element count, then type/x/y per element, the
    current subpath's start and the fill rule), read back by ``QDataStream``: a
    Python loop over the vertices would cost a hundred times more. Winding fill:
    holes are oriented against their shells (``shapely.orient_polygons``).
    """
    path = QPainterPath()
    n = len(xs)
    if n == 0:
        return path
    elements = np.empty(n, dtype=_ELEMENT)
    elements["type"] = np.where(starts, 0, 1)  # MoveToElement, LineToElement
    elements["x"] = xs
    elements["y"] = ys
    last_start = int(np.flatnonzero(starts)[-1]) if starts.any() else 0
    data = (
        np.int32(n).tobytes()
        + elements.tobytes()
        + np.int32(last_start).tobytes()
        + np.int32(1).tobytes()  # Qt::WindingFill
    )
    stream = QDataStream(QByteArray(data))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    stream >> path
    return path


def outline_vertices(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Vertices of every ring (polygons) or line: x, y, ring-start flags, owning geometry."""
    if not len(geoms):
        empty = np.zeros(0)
        return empty, empty, empty.astype(bool), empty.astype(np.int64)
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    polygon = shapely.get_type_id(parts) == 3
    pieces = []
    owners = []
    if polygon.any():
        oriented = shapely.orient_polygons(parts[polygon])
        rings, ring_of = shapely.get_rings(oriented, return_index=True)
        pieces.append(rings)
        owners.append(part_of[polygon][ring_of])
    lines = shapely.get_type_id(parts) == 1
    if lines.any():
        pieces.append(parts[lines])
        owners.append(part_of[lines])
    if not pieces:
        empty = np.zeros(0)
        return empty, empty, empty.astype(bool), empty.astype(np.int64)
    strands = np.concatenate(pieces)
    owner = np.concatenate(owners)
    coords, strand_of = shapely.get_coordinates(strands, return_index=True)
    starts = np.ones(len(strand_of), dtype=bool)
    starts[1:] = strand_of[1:] != strand_of[:-1]
    return coords[:, 0], coords[:, 1], starts, owner[strand_of]
