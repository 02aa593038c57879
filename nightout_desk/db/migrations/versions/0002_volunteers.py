"""volunteers: volunteers, shifts, shift assignments, time entries, badge prints

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _event_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f(f'fk_{table}_event_id_events'),
                                   ondelete='CASCADE')


def upgrade() -> None:
    op.create_table('volunteers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('badge_code', sa.String(length=16), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('organization', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('tshirt_size', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('is_minor', sa.Boolean(), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('guardian_name', sa.String(length=200), nullable=False),
    sa.Column('guardian_phone', sa.String(length=40), nullable=False),
    sa.Column('emergency_name', sa.String(length=200), nullable=False),
    sa.Column('emergency_phone', sa.String(length=40), nullable=False),
    sa.Column('external_ref', sa.String(length=200), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    _event_fk('volunteers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteers')),
    sa.UniqueConstraint('badge_code', name=op.f('uq_volunteers_badge_code')),
    sa.UniqueConstraint('event_id', 'external_ref', name=op.f('uq_volunteers_event_id_external_ref'))
    )
    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteers_event_id'), ['event_id'], unique=False)

    op.create_table('shifts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('needed', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(length=400), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    _event_fk('shifts'),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_shifts_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('ix_shifts_event_starts', ['event_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shifts_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shifts_station_id'), ['station_id'], unique=False)

    op.create_table('shift_assignments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('operator', sa.String(length=120), nullable=False),
    _event_fk('shift_assignments'),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_shift_assignments_shift_id_shifts')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'],
                            name=op.f('fk_shift_assignments_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_assignments'))
    )
    with op.batch_alter_table('shift_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_assignments_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_assignments_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_assignments_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('time_entries',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=True),
    sa.Column('clock_in', sa.DateTime(), nullable=False),
    sa.Column('clock_out', sa.DateTime(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('supersedes_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.String(length=400), nullable=False),
    sa.Column('device', sa.String(length=120), nullable=False),
    sa.Column('operator', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    _event_fk('time_entries'),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_time_entries_shift_id_shifts')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['time_entries.id'],
                            name=op.f('fk_time_entries_supersedes_id_time_entries')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_time_entries_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entries'))
    )
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.create_index('ix_time_entries_event_volunteer', ['event_id', 'volunteer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_entries_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_entries_supersedes_id'), ['supersedes_id'], unique=False)

    op.create_table('badge_prints',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('volunteer_id', sa.Uuid(), nullable=True),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('stock', sa.String(length=20), nullable=False),
    sa.Column('reprint', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('device', sa.String(length=120), nullable=False),
    sa.Column('operator', sa.String(length=120), nullable=False),
    _event_fk('badge_prints'),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_badge_prints_household_id_households')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_badge_prints_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge_prints'))
    )
    with op.batch_alter_table('badge_prints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_prints_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_badge_prints_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_badge_prints_volunteer_id'), ['volunteer_id'], unique=False)


def downgrade() -> None:
    for table in ('badge_prints', 'time_entries', 'shift_assignments', 'shifts', 'volunteers'):
        op.drop_table(table)
