"""join the parallel branches (volunteers, donations and stock, stations, check-in speed)

The areas (volunteers, donations and stock, stations, the check-in speed indexes) were built in parallel, each
branching from 0001; this revision makes one head again.

Revision ID: 0005
Revises: 0002, 0003, 0004, 0100
Create Date: 2026-11-25 14:10:00
"""

revision = '0005'
down_revision = ('0002', '0003', '0004', '0100')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
