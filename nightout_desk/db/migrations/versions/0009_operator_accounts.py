"""operator accounts: organizers and lieutenants sign in with a PIN

- operators.pin_hash: the Argon2id hash of the PIN or password ("" for a volunteer, who needs none)
- operators.failed_pins and locked_until: five wrong PINs in a row lock the account for five minutes
- operators.removed_at: a removed account keeps its row (the audit log names it) and loses its PIN

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 12:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('operators', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pin_hash', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('failed_pins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('removed_at', sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name != 'sqlite':
        op.alter_column('operators', 'pin_hash', server_default=None)
        op.alter_column('operators', 'failed_pins', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('operators', schema=None) as batch_op:
        batch_op.drop_column('removed_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_pins')
        batch_op.drop_column('pin_hash')
