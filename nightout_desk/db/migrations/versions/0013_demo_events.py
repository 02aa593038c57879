"""demo events marked as demo (issue 15)

- events.is_demo: made by `nightout-desk demo` (this year's night and last year's), never opened by default once a
  real event exists. Events made before this version by the demo are found by their "event created" audit entry,
  which the demo writes as operator "Demo" on the laptop "Demo" (kept by a privacy purge, which blanks summaries
  only), marked, and named "… (demo)"; a second demo of the same name (the demo run twice) becomes "… (demo 2)", and
  so on in the order they were made, so no two events keep one name and `--event NAME` never picks one silently.
Added with ALTER TABLE on SQLite (no rebuild: every table refers to events). Names stay unique in the service
(services/events.py, compared folded), not by an index: the folding is Python's, and a merge may bring in another
laptop's event of the same name (docs/architecture.md).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 15:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

DEMO_SUFFIX = " (demo)"


def upgrade() -> None:
    op.add_column('events', sa.Column('is_demo', sa.Boolean(), nullable=False, server_default=sa.false()))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, name FROM events WHERE id IN (SELECT entity_id FROM audit_entries WHERE action = 'event created' "
        "AND operator = 'Demo' AND device = 'Demo') ORDER BY created_at, id")).all()
    taken = {name.casefold() for (name,) in conn.execute(sa.text("SELECT name FROM events")).all()}
    for event_id, name in rows:
        base = name[:-len(DEMO_SUFFIX)] if name.endswith(DEMO_SUFFIX) else name
        taken.discard(name.casefold())
        new, n = f"{base}{DEMO_SUFFIX}", 1
        while new.casefold() in taken:
            n += 1
            new = f"{base} (demo {n})"
        taken.add(new.casefold())
        conn.execute(sa.text("UPDATE events SET is_demo = :yes, name = :name WHERE id = :id"),
                     {"yes": True, "name": new[:200], "id": event_id})


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('is_demo')
