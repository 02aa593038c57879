"""The audit log in Spanish (issue 15): the dialog shows each entry's action in the screens' language while the
database keeps the English the service wrote. Every action the services can write — found in nightout_desk/ with ast
(the `audit.record` calls, and the calls that hand it an action: `note_files_out`, `BatchWriter`) — has its Spanish
in resources/translations/es/dialogs.ts, context "AuditActions" (`NIGHTOUT_SHOTS=DIR` saves the dialog as PNG)."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QTableView

from nightout_desk.services import audit
from nightout_desk.services.checkin import checkins, households
from nightout_desk.ui import audit_actions, language
from nightout_desk.ui.audit_dialog import AuditDialog
from tests.test_translations import tool

ROOT = Path(__file__).resolve().parent.parent
SHOTS = os.environ.get("NIGHTOUT_SHOTS")
ACTION_ARGUMENT = {"record": 2, "note_files_out": 2, "BatchWriter": 0}  # which argument is the audit action
# Actions passed on from a caller, found above through that caller: the parameter, as the call spells it
PASSED_ON = {"action", "writer.action"}
# Actions worded with a variable: each spelled out for every value its variable takes
WORDED = {"f'family tickets {done}'": ("family tickets printed", "family tickets exported"),  # ticket_print_dialog
          "f'{noun} import stopped'": tuple(f"{noun} import stopped" for noun in ("households", "volunteers",
                                                                                  "donations"))}


def trees() -> list[ast.Module]:
    return [ast.parse(p.read_text(encoding="utf-8")) for p in (ROOT / "nightout_desk").rglob("*.py")]


def string_constants(modules: list[ast.Module]) -> dict[str, str]:
    """Module-level NAME = "text" assignments (an action kept in a constant, such as BATCH_ACTION)."""
    return {target.id: node.value.value for module in modules for node in module.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str) for target in node.targets if isinstance(target, ast.Name)}


def actions_in_code() -> tuple[set[str], set[str]]:
    """Every action the code writes to the audit log, and the expressions this could not read as text."""
    modules = trees()
    constants = string_constants(modules)
    found, unread = set(), set()

    def read(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)
        elif isinstance(node, ast.IfExp):
            read(node.body)
            read(node.orelse)
        elif isinstance(node, ast.Name) and node.id in constants:
            found.add(constants[node.id])
        elif ast.unparse(node) in WORDED:
            found.update(WORDED[ast.unparse(node)])
        else:
            unread.add(ast.unparse(node))

    for module in modules:
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if called == "record" and getattr(node.func, "value", None) is not None \
                    and getattr(node.func.value, "id", "") != "audit":
                continue  # another module's record() (tickets.record, …)
            where = ACTION_ARGUMENT.get(called)
            if where is not None and len(node.args) > where:
                read(node.args[where])
    return found, unread


def test_every_action_the_services_write_has_its_spanish():
    found, unread = actions_in_code()
    assert unread <= PASSED_ON, f"an audit action this test cannot read: {unread - PASSED_ON}"
    assert {"check-in", "personal details removed", "import batch", "database backed up", "households imported",
            "exported (counts only)", "demonstration cancelled"} <= found  # each way of naming one is followed
    spanish = tool.read_ts(tool.ts_path("es", "dialogs"))
    missing = sorted(a for a in found if (audit_actions.CONTEXT, a) not in spanish)
    assert not missing, "add to ui/audit_actions.py, then tools/translations.py update dialogs: " + repr(missing)
    unfinished = sorted(a for a in found if not tool.is_finished(spanish[(audit_actions.CONTEXT, a)]))
    assert not unfinished, f"no Spanish yet for {unfinished}"


@pytest.fixture
def spanish(qapp):
    tool.compile_all()
    installed = language.install_translators(qapp, "es")
    yield
    language.remove_translators(qapp, installed)


def test_the_audit_log_in_spanish_shows_a_check_in_in_spanish_and_keeps_english(qtbot, sqlite_desk, spanish):
    family = households.add_household(sqlite_desk, family_name="García", adults_expected=2, kids_expected=1)
    checkins.check_in(sqlite_desk, family.id)
    assert [a.action for a in audit.recent(sqlite_desk)] == ["check-in", "household added", "event created"]
    dialog = AuditDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableView, "auditTable")
    shown = [table.model().index(row, 3).data() for row in range(table.model().rowCount())]
    assert shown == ["registro", "hogar agregado", "evento creado"]
    qtbot.keyClicks(dialog.findChild(QLineEdit, "auditFilter"), "agregado")  # the filter reads the shown words
    assert table.model().rowCount() == 1 and table.model().index(0, 3).data() == "hogar agregado"
    dialog.findChild(QLineEdit, "auditFilter").clear()
    if SHOTS:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(Path(SHOTS) / "spanish-audit-log.png"))
    assert audit.recent(sqlite_desk)[0].action == "check-in"  # the database keeps the service's English
