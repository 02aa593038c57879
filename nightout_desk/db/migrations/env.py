"""Alembic environment: runs on the connection handed over by nightout_desk.db.migrate (or a URL for the CLI)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import nightout_desk.models  # noqa: F401 - registers every table on Base.metadata
from nightout_desk.db import search_index
from nightout_desk.models.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True, include_name=search_index.include_name)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
