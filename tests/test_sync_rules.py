"""Every table has a merge rule, and each rule names columns that exist: a new table (or a renamed column) must be
decided in services/sync/rules.py before a merge can carry it."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint

from nightout_desk.models import Base
from nightout_desk.services.sync.engine import MergeReport
from nightout_desk.services.sync.rules import EDITED, RULES, tables


def test_every_table_has_exactly_one_rule():
    assert set(RULES) == set(Base.metadata.tables)


def test_rules_name_columns_that_exist():
    for name, rule in RULES.items():
        columns = set(Base.metadata.tables[name].columns.keys())
        named = {rule.created} - {""} | rule.joined | set(rule.quiet) | {g.lead for g in rule.earliest}
        assert named <= columns, (name, named - columns)


def test_every_edited_table_says_when_a_row_changed():
    for name, rule in RULES.items():
        if rule.kind == EDITED:
            column = Base.metadata.tables[name].c.updated_at
            assert column.onupdate is not None and not column.nullable, name


def test_what_a_clash_means_is_said_only_for_unique_columns():
    for name, rule in RULES.items():
        table = Base.metadata.tables[name]
        unique = {c.name for u in table.constraints if isinstance(u, UniqueConstraint) for c in u.columns}
        assert set(rule.same) <= unique, name


def test_parents_are_copied_before_their_children():
    order = [t.name for t in tables()]
    assert order[0] == "events" and "sync_peers" not in order and "receipt_counters" not in order
    for table in tables():
        for fk in table.foreign_keys:
            if fk.column.table is not table:
                assert order.index(fk.column.table.name) < order.index(table.name), (table.name, fk.target_fullname)


def test_the_summary_says_what_came_in_in_one_line():
    report = MergeReport({"check_ins": 12, "households": 4, "receipts": 1, "audit_entries": 40}, 2, walk_ups=3)
    assert report.summary() == "12 check-ins, 3 walk-ups, 1 household, 1 receipt received; 2 conflicts to look at"
    assert MergeReport({}, 0).summary() == "nothing new; no conflicts"
    assert MergeReport({"audit_entries": 3}, 1).summary() == "nothing new; 1 conflict to look at"
