"""stations: status history, demonstrations, tallies, waivers, child-ID kit counts, incidents

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-25 13:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0001'
branch_labels = None
depends_on = None


def _common(table: str) -> list:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('event_id', sa.Uuid(), nullable=False),
    ]


def _keys(table: str) -> list:
    return [
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f(f'fk_{table}_event_id_events'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def _who() -> list:
    return [
        sa.Column('operator', sa.String(length=120), nullable=False),
        sa.Column('device', sa.String(length=120), nullable=False),
    ]


def upgrade() -> None:
    t = 'station_status_changes'
    op.create_table(t, *_common(t),
        sa.Column('station_id', sa.Uuid(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        *_who(), *_keys(t),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f(f'fk_{t}_station_id_stations'), ondelete='CASCADE'),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        batch_op.create_index('ix_station_status_changes_station_at', ['station_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_event_id'), ['event_id'], unique=False)

    t = 'demonstrations'
    op.create_table(t, *_common(t),
        sa.Column('station_id', sa.Uuid(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('cancelled', sa.Boolean(), nullable=False),
        *_keys(t),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f(f'fk_{t}_station_id_stations'), ondelete='CASCADE'),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        batch_op.create_index('ix_demonstrations_event_starts_at', ['event_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_station_id'), ['station_id'], unique=False)

    t = 'tallies'
    op.create_table(t, *_common(t),
        sa.Column('station_id', sa.Uuid(), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('household_id', sa.Uuid(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        *_who(), *_keys(t),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f(f'fk_{t}_station_id_stations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f(f'fk_{t}_household_id_households')),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        batch_op.create_index('ix_tallies_station_at', ['station_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_event_id'), ['event_id'], unique=False)

    t = 'waivers'
    op.create_table(t, *_common(t),
        sa.Column('household_id', sa.Uuid(), nullable=False),
        sa.Column('station_id', sa.Uuid(), nullable=True),
        sa.Column('child_first_name', sa.String(length=120), nullable=False),
        sa.Column('child_age', sa.Integer(), nullable=False),
        sa.Column('guardian_name', sa.String(length=200), nullable=False),
        sa.Column('rules_read', sa.Boolean(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        *_who(), *_keys(t),
        sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f(f'fk_{t}_household_id_households')),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f(f'fk_{t}_station_id_stations'), ondelete='CASCADE'),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{t}_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_household_id'), ['household_id'], unique=False)

    t = 'child_id_kit_handouts'
    op.create_table(t, *_common(t),
        sa.Column('station_id', sa.Uuid(), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        *_who(), *_keys(t),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f(f'fk_{t}_station_id_stations'), ondelete='CASCADE'),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{t}_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_station_id'), ['station_id'], unique=False)

    t = 'incidents'
    op.create_table(t, *_common(t),
        sa.Column('station_id', sa.Uuid(), nullable=True),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        *_who(),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('resolution', sa.Text(), nullable=False),
        *_keys(t),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f(f'fk_{t}_station_id_stations'), ondelete='SET NULL'),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        batch_op.create_index('ix_incidents_event_at', ['event_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f(f'ix_{t}_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    for t in ('incidents', 'child_id_kit_handouts', 'waivers', 'tallies', 'demonstrations', 'station_status_changes'):
        op.drop_table(t)
