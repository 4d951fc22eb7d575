"""Column titles for GIS tools (gpkg_data_columns on GeoPackage, comments on PostGIS).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from kalixplan.store.columns import remove_column_titles, write_column_titles

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    write_column_titles(op.get_bind())


def downgrade() -> None:
    remove_column_titles(op.get_bind())
