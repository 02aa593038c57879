"""household_codes: registration platforms' codes (Eventbrite barcode, attendee and order numbers, a generic
file's ticket column) kept as scan codes of their household, unique per event

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('household_codes',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_household_codes_event_id_events'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'],
                            name=op.f('fk_household_codes_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_codes')),
    sa.UniqueConstraint('event_id', 'code', name=op.f('uq_household_codes_event_id_code'))
    )
    with op.batch_alter_table('household_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_codes_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_codes_household_id'), ['household_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('household_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_codes_household_id'))
        batch_op.drop_index(batch_op.f('ix_household_codes_event_id'))
    op.drop_table('household_codes')
