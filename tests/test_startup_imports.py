"""What a start imports: the models alone must not load SQLAlchemy's PostgreSQL dialect (~40 ms, issue 15)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_models_leaves_the_postgresql_dialect_unloaded():
    # a fresh interpreter: this test process has long since imported the dialect for the PostgreSQL tests
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; import nightout_desk.models; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True).stdout.split()
    assert "nightout_desk.models.audit" in loaded  # the list is the child's modules, models included
    assert "sqlalchemy.dialects.postgresql" not in loaded
