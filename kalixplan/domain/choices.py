"""The fixed choices of the command line and the services, in a module that imports nothing.

``kalixplan --help`` builds every command's parser; the parsers need these lists,
and importing them from the services would import GDAL, pandas and SQLAlchemy first
(issue "The desktop application as a planner meets it", 9: ``--help`` took 1.5 s).
The services import them from here, so there is one list each.
"""

from __future__ import annotations

# What can be exported, and imported.
EXPORT_KINDS = ("parcels", "plans", "actors", "reference")
IMPORT_KINDS = ("parcels", "plans", "land_use", "reference", "actors")

# An import's choices for problems, existing rows and an existing reference layer.
ON_INVALID = ("abort", "repair", "skip")
ON_DUPLICATE = ("update", "skip")
ON_EXISTING_LAYER = ("replace", "append", "cancel")

# Text encodings offered for a Shapefile without .cpg.
ENCODINGS: tuple[str, ...] = ("UTF-8", "cp1252", "ISO-8859-1")

# The CRS of a new project (SWEREF 99 TM) and of the Kalix demo (SWEREF 99 23 15).
DEFAULT_PROJECT_EPSG = 3006
DEMO_EPSG = 3018
