"""Coordinates, geodesic areas and geometry checks (pyproj, shapely)."""
