"""Baseline: the schema as created by KalixPlan 0.1.

Revision ID: 0001
"""

revision = "0001"
down_revision = None


def upgrade() -> None:
    # Databases at the baseline were created from the models; nothing to do.
    pass


def downgrade() -> None:
    pass
