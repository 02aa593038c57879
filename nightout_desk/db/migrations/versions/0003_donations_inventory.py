"""donations, receipts and giveaway stock: donors, donations, receipts, receipt counter, items, stock moves

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25 13:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('donors',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('external_ref', sa.String(length=200), nullable=True),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_donors_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['merged_into_id'], ['donors.id'], name=op.f('fk_donors_merged_into_id_donors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donors')),
    sa.UniqueConstraint('event_id', 'external_ref', name=op.f('uq_donors_event_id_external_ref'))
    )
    with op.batch_alter_table('donors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donors_event_id'), ['event_id'], unique=False)

    op.create_table('giveaway_items',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('category', sa.String(length=80), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('low_stock_at', sa.Integer(), nullable=False),
    sa.Column('limit_per_household', sa.Integer(), nullable=True),
    sa.Column('at_check_in', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_giveaway_items_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_giveaway_items')),
    sa.UniqueConstraint('event_id', 'name', name=op.f('uq_giveaway_items_event_id_name'))
    )
    with op.batch_alter_table('giveaway_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_giveaway_items_event_id'), ['event_id'], unique=False)

    op.create_table('receipt_counters',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('prefix', sa.String(length=40), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_receipt_counters_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_counters')),
    sa.UniqueConstraint('event_id', name=op.f('uq_receipt_counters_event_id'))
    )
    with op.batch_alter_table('receipt_counters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_counters_event_id'), ['event_id'], unique=False)

    op.create_table('donations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('donor_id', sa.Uuid(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('check_number', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('estimated_value_cents', sa.Integer(), nullable=True),
    sa.Column('returned_description', sa.Text(), nullable=False),
    sa.Column('returned_value_cents', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=400), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('device', sa.String(length=120), nullable=False),
    sa.Column('external_ref', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_donations_donor_id_donors')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_donations_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donations')),
    sa.UniqueConstraint('event_id', 'external_ref', name=op.f('uq_donations_event_id_external_ref'))
    )
    with op.batch_alter_table('donations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donations_donor_id'), ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donations_event_id'), ['event_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('donor_id', sa.Uuid(), nullable=False),
    sa.Column('donation_id', sa.Uuid(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=120), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.String(length=400), nullable=False),
    sa.Column('voided_by', sa.String(length=120), nullable=False),
    sa.Column('reissue_of_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['donation_id'], ['donations.id'], name=op.f('fk_receipts_donation_id_donations')),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_receipts_donor_id_donors')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_receipts_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reissue_of_id'], ['receipts.id'], name=op.f('fk_receipts_reissue_of_id_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('event_id', 'sequence', name=op.f('uq_receipts_event_id_sequence')),
    sa.UniqueConstraint('event_id', 'number', name=op.f('uq_receipts_event_id_number'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_donation_id'), ['donation_id'], unique=False)
        batch_op.create_index('ix_receipts_event_donor', ['event_id', 'donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipts_event_id'), ['event_id'], unique=False)

    op.create_table('stock_moves',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('station', sa.String(length=120), nullable=False),
    sa.Column('donation_id', sa.Uuid(), nullable=True),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=400), nullable=False),
    sa.Column('override', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=120), nullable=False),
    sa.Column('device', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['donation_id'], ['donations.id'], name=op.f('fk_stock_moves_donation_id_donations')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_stock_moves_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_stock_moves_household_id_households')),
    sa.ForeignKeyConstraint(['item_id'], ['giveaway_items.id'], name=op.f('fk_stock_moves_item_id_giveaway_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_moves'))
    )
    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_moves_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_stock_moves_event_item', ['event_id', 'item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_household_id'), ['household_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_moves_household_id'))
        batch_op.drop_index('ix_stock_moves_event_item')
        batch_op.drop_index(batch_op.f('ix_stock_moves_event_id'))

    op.drop_table('stock_moves')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_event_id'))
        batch_op.drop_index('ix_receipts_event_donor')
        batch_op.drop_index(batch_op.f('ix_receipts_donation_id'))

    op.drop_table('receipts')
    with op.batch_alter_table('donations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donations_event_id'))
        batch_op.drop_index(batch_op.f('ix_donations_donor_id'))

    op.drop_table('donations')
    with op.batch_alter_table('receipt_counters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_counters_event_id'))

    op.drop_table('receipt_counters')
    with op.batch_alter_table('giveaway_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_giveaway_items_event_id'))

    op.drop_table('giveaway_items')
    with op.batch_alter_table('donors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donors_event_id'))

    op.drop_table('donors')
