"""donations voided, token benefits and volunteers' expenses (issue 14, part 1)

- donations.voided_at, void_reason, voided_by: a donation voided (typed twice, a bounced check, the wrong donor)
  stays on file, marked void, and counts nowhere; merged like a voided receipt (a void on either laptop stays)
- donations.returned_bears_logo, returned_cost_cents: whether what the donor got back bears the organization's name
  or logo, and what it cost the organization (IRS Publication 1771's token-item test)
- donations.expenses_description: a volunteer's unreimbursed out-of-pocket expenses in giving services, acknowledged
  on the receipt without a value
On SQLite the columns are added with ALTER TABLE (no rebuild: receipts and stock moves refer to donations). The
yearly IRS figures are event settings (no schema).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 15:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('donations', sa.Column('voided_at', sa.DateTime(), nullable=True))
    op.add_column('donations', sa.Column('void_reason', sa.String(length=400), nullable=False, server_default=''))
    op.add_column('donations', sa.Column('voided_by', sa.String(length=120), nullable=False, server_default=''))
    op.add_column('donations', sa.Column('returned_bears_logo', sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
    op.add_column('donations', sa.Column('returned_cost_cents', sa.Integer(), nullable=True))
    op.add_column('donations', sa.Column('expenses_description', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('donations', schema=None) as batch_op:
        batch_op.drop_column('expenses_description')
        batch_op.drop_column('returned_cost_cents')
        batch_op.drop_column('returned_bears_logo')
        batch_op.drop_column('voided_by')
        batch_op.drop_column('void_reason')
        batch_op.drop_column('voided_at')
