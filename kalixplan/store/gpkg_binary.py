"""GeoPackage binary geometry (OGC 12-128r18, 2.1.3): the one encoder and decoder.

A blob is the header — ``GP``, version 0, flags (byte order, envelope
indicator, empty), ``srs_id``, the envelope — followed by ISO WKB. We always
write little-endian with an xy envelope (minx, maxx, miny, maxy); we read every
byte order and envelope kind the specification allows, since QGIS and GDAL
write the same file. One row (``to_gpkg_blob``, ``from_gpkg_blob``) and many
rows at once (``encode_gpkg``, ``decode_gpkg``: numpy-vectorised, for imports,
exports and the map) share the layout defined here.
"""

from __future__ import annotations

import struct
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

MAGIC = b"GP"
_FLAG_LITTLE_ENDIAN = 0x01
_FLAG_ENVELOPE_XY = 0x02  # envelope indicator 1 in bits 1-3
_FLAG_EMPTY = 0x10
# Envelope indicator → bytes of envelope: none, xy, xyz, xym, xyzm.
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# WKB of a MultiPolygon (little endian, type 6) with one part: what precedes the polygon's WKB.
_MULTI_OF_ONE = b"\x01\x06\x00\x00\x00\x01\x00\x00\x00"


def _wkb(geoms: Any) -> Any:
    return shapely.to_wkb(geoms, byte_order=1, output_dimension=2, flavor="iso")


def to_gpkg_blob(geom: BaseGeometry, srid: int) -> bytes:
    """Encode one shapely geometry (an empty one gets no envelope and the empty flag)."""
    if geom.is_empty:
        header = struct.pack("<2sBBi", MAGIC, 0, _FLAG_LITTLE_ENDIAN | _FLAG_EMPTY, srid)
        return header + bytes(_wkb(geom))
    blobs, _ = encode_gpkg(np.array([geom], dtype=object), srid)
    return blobs[0]


def gpkg_header(blob: bytes) -> tuple[int, bool, int, tuple[float, ...] | None]:
    """Parse a GeoPackage binary header.

    Returns:
        (srs_id, is_empty, offset of the WKB, envelope as minx, maxx, miny, maxy or None)

    Raises:
        ValueError: not GeoPackage binary, or an envelope indicator the specification
            does not define.
    """
    if blob[:2] != MAGIC:
        raise ValueError("not GeoPackage binary geometry")
    flags = blob[3]
    endian = "<" if flags & _FLAG_LITTLE_ENDIAN else ">"
    (srs_id,) = struct.unpack(endian + "i", blob[4:8])
    size = _ENVELOPE_SIZES.get((flags >> 1) & 0x07)
    if size is None:
        raise ValueError("invalid GeoPackage envelope indicator")
    envelope = struct.unpack(endian + "4d", blob[8:40]) if size else None
    return srs_id, bool(flags & _FLAG_EMPTY), 8 + size, envelope


def from_gpkg_blob(blob: bytes) -> BaseGeometry:
    """Decode one blob into a shapely geometry."""
    _, _, offset, _ = gpkg_header(blob)
    return shapely.from_wkb(blob[offset:])


def decode_gpkg(blobs: Any) -> np.ndarray:
    """Geometries of many blobs at once (None stays None)."""
    wkb = np.full(len(blobs), None, dtype=object)
    for i, blob in enumerate(blobs):
        if blob is not None:
            wkb[i] = bytes(blob[8 + _ENVELOPE_SIZES[(blob[3] >> 1) & 0x07] :])
    return np.asarray(shapely.from_wkb(wkb), dtype=object)


def encode_gpkg(
    geoms: np.ndarray, srid: int, *, multi: bool = False, wkb: np.ndarray | None = None
) -> tuple[list[bytes], np.ndarray]:
    """Blobs for an array of non-empty geometries, and their bounds.

    The 40-byte headers are laid out for all rows at once in a numpy record
    array; each blob is then one slice of that buffer plus the WKB shapely
    wrote, three times faster than packing headers row by row.

    Args:
        geoms: shapely geometries.
        srid: the srs_id written into each header.
        multi: store polygons as one-part multipolygons (a MULTIPOLYGON column); the
            multipolygon's own 9 bytes go in front of the polygon's WKB, which is much
            cheaper than building shapely collections.
        wkb: the geometries' WKB when the caller has it already (little-endian, 2D;
            None in a row encodes that row here).
    """
    geoms = np.asarray(geoms, dtype=object)
    if wkb is None:
        wkb = _wkb(geoms)
    else:
        missing = np.array([w is None for w in wkb], dtype=bool)
        if missing.any():
            wkb = np.array(wkb, dtype=object)
            wkb[missing] = _wkb(geoms[missing])
    bounds = shapely.bounds(geoms)
    single = shapely.get_type_id(geoms) == 3 if multi else np.zeros(len(geoms), dtype=bool)
    blobs: list[bytes] = [b""] * len(geoms)
    flags = _FLAG_LITTLE_ENDIAN | _FLAG_ENVELOPE_XY
    for rows, prefix in ((np.flatnonzero(single), _MULTI_OF_ONE), (np.flatnonzero(~single), b"")):
        if not len(rows):
            continue
        size = 40 + len(prefix)
        head = np.empty(len(rows), dtype=_header_dtype(len(prefix)))
        head["magic"], head["version"], head["flags"], head["srid"] = MAGIC, 0, flags, srid
        head["envelope"] = bounds[rows][:, [0, 2, 1, 3]]
        if prefix:
            head["prefix"] = prefix
        buffer = head.tobytes()
        part = [
            buffer[k : k + size] + w
            for k, w in zip(range(0, size * len(rows), size), wkb[rows], strict=True)
        ]
        if len(rows) == len(geoms):
            return part, bounds
        for i, blob in zip(rows.tolist(), part, strict=True):
            blobs[i] = blob
    return blobs, bounds


def _header_dtype(prefix: int) -> np.dtype[Any]:
    fields: list[tuple[Any, ...]] = [
        ("magic", "S2"),
        ("version", "u1"),
        ("flags", "u1"),
        ("srid", "<i4"),
        ("envelope", "<f8", (4,)),
    ]
    if prefix:
        fields.append(("prefix", f"S{prefix}"))
    return np.dtype(fields)
