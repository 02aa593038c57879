"""several laptops: updated_at on every row edited in place, receipt series, sync_peers and sync_conflicts

- updated_at (households and volunteers had one) on events, neighbourhoods, operators, event_settings, donors,
  donations, receipts, giveaway_items, stations, demonstrations, incidents, shifts, shift_assignments and
  time_entries: a merge of two laptops' files keeps the later version of such a row (services/sync). Existing rows
  get the time they were made (or last printed, voided, resolved); rows without such a time get their event's.
  SQLite adds a NOT NULL column only with a constant default, so there the column keeps a default the application
  never relies on (it always writes the time); PostgreSQL drops it.
- receipts.series and receipt_counters.series: each laptop working apart numbers from its own series
  (NNO-2026-B0007); "" is the series of a laptop working alone. A sequence is unique within its series. Only these
  two tables are rebuilt on SQLite (no other table refers to them, so nothing cascades).
- sync_peers (when this database last merged another) and sync_conflicts (what the organizers should look at).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_EVENT_TIME = "(SELECT events.created_at FROM events WHERE events.id = {table}.event_id)"
# table -> the time an existing row was last changed, as far as it is known
UPDATED_FROM = {
    'events': "created_at",
    'neighbourhoods': _EVENT_TIME,
    'operators': "created_at",
    'event_settings': _EVENT_TIME,
    'donors': "created_at",
    'donations': "created_at",
    'receipts': "COALESCE(voided_at, printed_at, issued_at)",
    'giveaway_items': "created_at",
    'stations': _EVENT_TIME,
    'demonstrations': _EVENT_TIME,
    'incidents': "COALESCE(resolved_at, at)",
    'shifts': "created_at",
    'shift_assignments': "COALESCE(removed_at, created_at)",
    'time_entries': "COALESCE(clock_out, created_at)",
}
_PLACEHOLDER = '2000-01-01 00:00:00.000000'  # replaced by the UPDATE below before anything reads it


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table, source in UPDATED_FROM.items():
        op.add_column(table, sa.Column('updated_at', sa.DateTime(), nullable=False,
                                       server_default=sa.text(f"'{_PLACEHOLDER}'")))
        op.execute(f"UPDATE {table} SET updated_at = {source.format(table=table)}")
        if not sqlite:
            op.alter_column(table, 'updated_at', server_default=None)

    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('series', sa.String(length=8), nullable=False, server_default=''))
        batch_op.drop_constraint('uq_receipts_event_id_sequence', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_receipts_event_id_series_sequence'),
                                          ['event_id', 'series', 'sequence'])
    with op.batch_alter_table('receipt_counters', schema=None) as batch_op:
        batch_op.add_column(sa.Column('series', sa.String(length=8), nullable=False, server_default=''))
        batch_op.drop_constraint('uq_receipt_counters_event_id', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_receipt_counters_event_id_series'), ['event_id', 'series'])
    if not sqlite:
        op.alter_column('receipts', 'series', server_default=None)
        op.alter_column('receipt_counters', 'series', server_default=None)

    op.create_table('sync_peers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('device', sa.String(length=120), nullable=False),
    sa.Column('peer', sa.String(length=120), nullable=False),
    sa.Column('last_merged_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sync_peers_event_id_events'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peers')),
    sa.UniqueConstraint('event_id', 'device', 'peer', name=op.f('uq_sync_peers_event_id_device_peer'))
    )
    with op.batch_alter_table('sync_peers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_peers_event_id'), ['event_id'], unique=False)

    op.create_table('sync_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=True),
    sa.Column('other_row_id', sa.Uuid(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('winner', sa.Text(), nullable=False),
    sa.Column('loser', sa.Text(), nullable=False),
    sa.Column('loser_values', sa.Text(), nullable=False),
    sa.Column('winner_device', sa.String(length=120), nullable=False),
    sa.Column('winner_at', sa.DateTime(), nullable=True),
    sa.Column('loser_device', sa.String(length=120), nullable=False),
    sa.Column('loser_at', sa.DateTime(), nullable=True),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sync_conflicts_event_id_events'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_sync_conflicts_event_resolved', ['event_id', 'resolved'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_conflicts')
    op.drop_table('sync_peers')
    with op.batch_alter_table('receipt_counters', schema=None) as batch_op:
        batch_op.drop_constraint('uq_receipt_counters_event_id_series', type_='unique')
        batch_op.create_unique_constraint('uq_receipt_counters_event_id', ['event_id'])
        batch_op.drop_column('series')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_constraint('uq_receipts_event_id_series_sequence', type_='unique')
        batch_op.create_unique_constraint('uq_receipts_event_id_sequence', ['event_id', 'sequence'])
        batch_op.drop_column('series')
    for table in UPDATED_FROM:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('updated_at')
