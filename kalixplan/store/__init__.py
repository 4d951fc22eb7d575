"""Storage: SQLAlchemy models, the geometry column type, GeoPackage and PostGIS plumbing."""
