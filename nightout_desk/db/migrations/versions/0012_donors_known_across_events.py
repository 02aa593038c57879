"""donors known across the organization's events (issue 14, part 2)

- donors.known_as_id: how a donor is known across events for year statements. NULL (every row so far): matched by
  name and email when read; another event's donor: an organizer said they are the same; the row's own id: an
  organizer said it is not the same as the others of that name. No foreign key: the donor it names may be in an
  event this database does not hold (a laptop that joined only tonight's event). Indexed: found by the ids linked.
Added with ALTER TABLE on SQLite (no rebuild: donations and receipts refer to donors).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 15:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('donors', sa.Column('known_as_id', sa.Uuid(), nullable=True))
    op.create_index(op.f('ix_donors_known_as_id'), 'donors', ['known_as_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_donors_known_as_id'), table_name='donors')
    with op.batch_alter_table('donors', schema=None) as batch_op:
        batch_op.drop_column('known_as_id')
