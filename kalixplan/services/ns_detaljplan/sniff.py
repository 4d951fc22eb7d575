"""Telling a plan document by its first bytes, without loading its reader.

Every import asks these first (``services/importing/run.py``), so they import nothing
heavy: the JSON Schema validator, the readers and the XML parsing stay unloaded for
the parcels, GeoPackages and spreadsheets most imports are.
"""

from __future__ import annotations

import re
from pathlib import Path

MEDIA_TYPE = "application/vnd.lm.detaljplan.v4+json"  # NS Detaljplan 4.1's media type
MEDIA_KEY = "feature:mediatyp"
_SNIFF_BYTES = 65_536
# SS 637040: a Detaljplan or Planområde element (any namespace prefix) near the start.
_PLAN_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:Detaljplan|Planomr(?:\xc3\xa5|a)de)[\s>/]", re.I)


def _head(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError:
        return None


def looks_like_ns(path: Path) -> bool:
    """Whether a JSON file declares the specification's media type near its start."""
    head = _head(path)
    return head is not None and MEDIA_TYPE.encode() in head and MEDIA_KEY.encode() in head


def looks_like_plan_gml(path: Path) -> bool:
    """Whether a GML/XML file names a Detaljplan or Planområde element near its start."""
    head = _head(path)
    if head is None or b"ogr.maptools.org" in head:
        return False  # GDAL's own GML (a layer that happens to be called Detaljplan)
    return _PLAN_TAG.search(head) is not None or b"637040" in head
