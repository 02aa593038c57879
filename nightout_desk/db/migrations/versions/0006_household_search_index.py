"""households_fts: a trigram full-text index of households.search_text (SQLite only)

The index and its triggers as they were when this migration was written (nightout_desk/db/search_index.py keeps
them in step after every upgrade); the DDL is copied here so that later changes to that module do not change this
migration. Nothing on PostgreSQL.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 14:25:00
"""
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

CREATE_INDEX = ("CREATE VIRTUAL TABLE IF NOT EXISTS households_fts "
                "USING fts5(search_text, household_id UNINDEXED, tokenize='trigram')")
TRIGGERS = {
    "households_fts_after_insert": """CREATE TRIGGER IF NOT EXISTS households_fts_after_insert AFTER INSERT ON households BEGIN
        INSERT INTO households_fts(search_text, household_id) VALUES (new.search_text, new.id); END""",
    "households_fts_after_update": """CREATE TRIGGER IF NOT EXISTS households_fts_after_update
        AFTER UPDATE OF search_text, id ON households BEGIN
        DELETE FROM households_fts WHERE household_id = old.id;
        INSERT INTO households_fts(search_text, household_id) VALUES (new.search_text, new.id); END""",
    "households_fts_after_delete": """CREATE TRIGGER IF NOT EXISTS households_fts_after_delete AFTER DELETE ON households BEGIN
        DELETE FROM households_fts WHERE household_id = old.id; END""",
}


def _sqlite() -> bool:
    return op.get_context().dialect.name == "sqlite"


def upgrade() -> None:
    if not _sqlite():
        return
    conn = op.get_bind()
    conn.exec_driver_sql(CREATE_INDEX)
    for ddl in TRIGGERS.values():
        conn.exec_driver_sql(ddl)
    conn.exec_driver_sql("DELETE FROM households_fts")  # the households already there
    conn.exec_driver_sql("INSERT INTO households_fts(search_text, household_id) SELECT search_text, id FROM households")


def downgrade() -> None:
    if not _sqlite():
        return
    conn = op.get_bind()
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS households_fts")
