"""check-in speed: index households.merged_into_id, and a narrow index for search as you type

- ix_households_merged_into_id: every check-in and every search result asks "was a duplicate merged into this
  household, and is it checked in?"; without it that read all households of the night (~5 ms at 20,000).
- ix_households_search (event_id, merged_into_id, search_text): on SQLite the substring search reads this narrow
  index instead of the wide household rows, and only looks up the rows that match. On PostgreSQL it is a partial
  index WHERE false (always empty): b-tree entries over 2704 bytes are refused there (a long non-Latin name could
  exceed that once folded) and LIKE '%...%' cannot use it anyway.
See docs/performance.md.

Revision ID: 0100
Revises: 0001
Create Date: 2026-11-25 13:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0100'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_households_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_index('ix_households_search', ['event_id', 'merged_into_id', 'search_text'], unique=False,
                              postgresql_where=sa.text('false'))  # SQLite only: see the model


def downgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_search')
        batch_op.drop_index(batch_op.f('ix_households_merged_into_id'))
