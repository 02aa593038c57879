"""audit log sealed: per-laptop hash chains, and the database refusing to change or delete an entry

- audit_entries.device_seq, prev_hash, details_hash, entry_hash: each entry's place in the chain of its laptop
  (`device`) for its event, the hash of the entry before it, of its summary/before/after, and of it all
  (nightout_desk/db/audit_chain.py seals the entries already there right after this upgrade)
- audit_entries.redacted_by: the privacy purge's entry, when it blanked this one's summary, before and after
- indexes: the chain (event, device, number) and the entries not sealed yet (partial: entry_hash IS NULL)
- the guard: SQLite triggers, a PostgreSQL trigger function; refused are DELETE (and TRUNCATE), an INSERT reusing an
  id (INSERT OR REPLACE), and every UPDATE but the seal (once) and the purge's blanking. The DDL is copied here as
  nightout_desk/db/audit_guard.py has it today, which puts it back after later upgrades.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 13:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = {
    'audit_entries_no_delete': """CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed: its entries are kept as they were written (never deleted).'); END""",
    'audit_entries_no_replace': """CREATE TRIGGER IF NOT EXISTS audit_entries_no_replace
        BEFORE INSERT ON audit_entries WHEN EXISTS (SELECT 1 FROM audit_entries WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed: its entries are kept as they were written (an entry with this id is there already).'); END""",
    'audit_entries_no_update': """CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        WHEN NOT ((OLD.entry_hash IS NULL AND NEW.entry_hash IS NOT NULL AND NEW.device_seq IS NOT NULL AND NEW.redacted_by IS NULL AND NEW."id" IS OLD."id" AND NEW."event_id" IS OLD."event_id" AND NEW."at" IS OLD."at" AND NEW."operator" IS OLD."operator" AND NEW."role" IS OLD."role" AND NEW."device" IS OLD."device" AND NEW."action" IS OLD."action" AND NEW."entity" IS OLD."entity" AND NEW."entity_id" IS OLD."entity_id" AND NEW."summary" IS OLD."summary" AND NEW."before" IS OLD."before" AND NEW."after" IS OLD."after") OR (OLD.entry_hash IS NOT NULL AND OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL AND OLD.action <> 'personal details removed' AND NEW.summary = '' AND NEW."before" = '' AND NEW."after" = '' AND NEW."id" IS OLD."id" AND NEW."event_id" IS OLD."event_id" AND NEW."at" IS OLD."at" AND NEW."operator" IS OLD."operator" AND NEW."role" IS OLD."role" AND NEW."device" IS OLD."device" AND NEW."action" IS OLD."action" AND NEW."entity" IS OLD."entity" AND NEW."entity_id" IS OLD."entity_id" AND NEW."device_seq" IS OLD."device_seq" AND NEW."prev_hash" IS OLD."prev_hash" AND NEW."details_hash" IS OLD."details_hash" AND NEW."entry_hash" IS OLD."entry_hash" AND EXISTS (SELECT 1 FROM audit_entries p WHERE p.id = NEW.redacted_by AND p.event_id = OLD.event_id AND p.action = 'personal details removed' AND p.entry_hash IS NULL)))
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed: its entries are kept as they were written (never edited).'); END""",
}
POSTGRESQL_FUNCTION = """CREATE OR REPLACE FUNCTION audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (OLD.entry_hash IS NULL AND NEW.entry_hash IS NOT NULL AND NEW.device_seq IS NOT NULL AND NEW.redacted_by IS NULL AND NEW."id" IS NOT DISTINCT FROM OLD."id" AND NEW."event_id" IS NOT DISTINCT FROM OLD."event_id" AND NEW."at" IS NOT DISTINCT FROM OLD."at" AND NEW."operator" IS NOT DISTINCT FROM OLD."operator" AND NEW."role" IS NOT DISTINCT FROM OLD."role" AND NEW."device" IS NOT DISTINCT FROM OLD."device" AND NEW."action" IS NOT DISTINCT FROM OLD."action" AND NEW."entity" IS NOT DISTINCT FROM OLD."entity" AND NEW."entity_id" IS NOT DISTINCT FROM OLD."entity_id" AND NEW."summary" IS NOT DISTINCT FROM OLD."summary" AND NEW."before" IS NOT DISTINCT FROM OLD."before" AND NEW."after" IS NOT DISTINCT FROM OLD."after") OR (OLD.entry_hash IS NOT NULL AND OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL AND OLD.action <> 'personal details removed' AND NEW.summary = '' AND NEW."before" = '' AND NEW."after" = '' AND NEW."id" IS NOT DISTINCT FROM OLD."id" AND NEW."event_id" IS NOT DISTINCT FROM OLD."event_id" AND NEW."at" IS NOT DISTINCT FROM OLD."at" AND NEW."operator" IS NOT DISTINCT FROM OLD."operator" AND NEW."role" IS NOT DISTINCT FROM OLD."role" AND NEW."device" IS NOT DISTINCT FROM OLD."device" AND NEW."action" IS NOT DISTINCT FROM OLD."action" AND NEW."entity" IS NOT DISTINCT FROM OLD."entity" AND NEW."entity_id" IS NOT DISTINCT FROM OLD."entity_id" AND NEW."device_seq" IS NOT DISTINCT FROM OLD."device_seq" AND NEW."prev_hash" IS NOT DISTINCT FROM OLD."prev_hash" AND NEW."details_hash" IS NOT DISTINCT FROM OLD."details_hash" AND NEW."entry_hash" IS NOT DISTINCT FROM OLD."entry_hash" AND EXISTS (SELECT 1 FROM audit_entries p WHERE p.id = NEW.redacted_by AND p.event_id = OLD.event_id AND p.action = 'personal details removed' AND p.entry_hash IS NULL)) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'The audit log cannot be changed: its entries are kept as they were written (never edited).';
    END IF;
    RAISE EXCEPTION 'The audit log cannot be changed: its entries are kept as they were written (never deleted).';
END $$"""
POSTGRESQL_TRIGGERS = {
    'audit_entries_no_change': """CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_guard()""",
    'audit_entries_no_truncate': """CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_guard()""",
}


def upgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('details_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('redacted_by', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_audit_entries_chain', ['event_id', 'device', 'device_seq'], unique=False)
        batch_op.create_index('ix_audit_entries_unsealed', ['event_id', 'device'], unique=False,
                              sqlite_where=sa.text('entry_hash IS NULL'),
                              postgresql_where=sa.text('entry_hash IS NULL'))
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for ddl in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(ddl)
    else:
        conn.exec_driver_sql(POSTGRESQL_FUNCTION)
        for ddl in POSTGRESQL_TRIGGERS.values():
            conn.exec_driver_sql(ddl)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name in POSTGRESQL_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON audit_entries")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS audit_entries_guard()")
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_unsealed')
        batch_op.drop_index('ix_audit_entries_chain')
        batch_op.drop_column('redacted_by')
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('details_hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('device_seq')
