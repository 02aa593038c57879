"""households_fts: a trigram full-text index of households.search_text (SQLite only)

See nightout_desk/db/search_index.py. Nothing on PostgreSQL.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 14:25:00
"""
from alembic import op

from nightout_desk.db import search_index

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.ensure(op.get_bind())


def downgrade() -> None:
    search_index.drop(op.get_bind())
