"""A refusal on a Spanish screen is Spanish through and through (issue 15): "Only {who} can {doing}." has its parts
translated too. Every {who} services/context.who_may can make and every {doing} the code can pass to Desk.require
(permissions.RULES, and the `doing="…"` literals found in nightout_desk/ with ast) has its Spanish in
resources/translations/es/main.ts, context "ServiceParts"; a volunteer asking for the audit log, on the real sign-in
question box, reads no English (`NIGHTOUT_SHOTS=DIR` saves the box as PNG to be looked at)."""

from __future__ import annotations

import ast
import itertools
import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from nightout_desk.services import permissions
from nightout_desk.services.context import ROLES, Desk, who_may
from nightout_desk.services.errors import PermissionDenied
from nightout_desk.ui import language, service_parts, sign_in
from nightout_desk.ui.messages import said
from nightout_desk.ui.state import AppState
from tests.modal_answers import Answers
from tests.test_translations import tool

ROOT = Path(__file__).resolve().parent.parent
SHOTS = os.environ.get("NIGHTOUT_SHOTS")
# Desk.require calls whose `doing` is not a literal: each passes on words found elsewhere by this test
PASSED_ON = {"rule.doing": "permissions.require: RULES' doings", "doing": "operators._managed: its callers' doing="}


def every_who() -> set[str]:
    return {who_may(roles) for n in range(1, len(ROLES) + 1) for roles in itertools.combinations(ROLES, n)}


def doings_in_code() -> tuple[set[str], set[str]]:
    """The `doing="…"` literals of nightout_desk/, and the source of each `doing=` that is not a literal."""
    literal, other = set(), set()
    for path in (ROOT / "nightout_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for keyword in node.keywords if isinstance(node, ast.Call) else ():
                if keyword.arg == "doing":
                    if isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str):
                        literal.add(keyword.value.value)
                    else:
                        other.add(ast.unparse(keyword.value))
    return literal, other


def test_every_who_and_every_doing_of_a_refusal_has_its_spanish():
    literal, other = doings_in_code()
    assert other == set(PASSED_ON), f"a doing worded from a variable this test does not follow: {other}"
    assert "add an operator account" in literal and "reset an operator's PIN" in literal  # the scan sees them
    wanted = every_who() | {rule.doing for rule in permissions.RULES.values()} | literal
    assert len(wanted) > 60
    spanish = tool.read_ts(tool.ts_path("es", "main"))
    missing = [part for part in wanted if (service_parts.CONTEXT, part) not in spanish]
    assert not missing, "add to ui/service_parts.py, then tools/translations.py update main: " + repr(missing)
    unfinished = [part for part in wanted if not tool.is_finished(spanish[(service_parts.CONTEXT, part)])]
    assert not unfinished, f"no Spanish yet for {unfinished}"


@pytest.fixture
def spanish(qapp):
    tool.compile_all()
    installed = language.install_translators(qapp, "es")
    yield
    language.remove_translators(qapp, installed)


def refusal(desk: Desk, action: str) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as refused:
        permissions.require(desk, action)
    return refused.value


ENGLISH = ("Only", "can", "Ask one", "laptop", "organizer", "lieutenant", "admin", "volunteer")


def english_in(sentence: str, *also: str) -> list[str]:
    return [words for words in (*ENGLISH, *also) if re.search(rf"\b{words}\b", sentence)]


def test_a_volunteer_refused_the_audit_log_reads_it_all_in_spanish(sqlite_desk, spanish):
    volunteer = sqlite_desk.with_operator("Sam Volunteer", "volunteer")
    sentence = said(refusal(volunteer, "event.audit_log"))
    assert sentence == ("Solo un organizador puede leer el registro de auditoría. Pida a uno que inicie sesión en esta "
                        "computadora.")
    assert not english_in(sentence, "read the audit log", "audit log")


def test_every_refusal_a_volunteer_or_organizer_can_meet_is_spanish(sqlite_desk, spanish):
    for role in ("volunteer", "organizer"):
        desk = sqlite_desk.with_operator("Sam", role)
        for action, rule in permissions.RULES.items():
            if permissions.may(desk, action):
                continue
            sentence = said(refusal(desk, action))
            assert sentence.startswith("Solo un ") and rule.doing not in sentence, (action, sentence)
            assert not english_in(sentence), (action, sentence)


def test_the_sign_in_question_for_the_audit_log_is_spanish(qtbot, sqlite_desk, spanish):
    state = AppState(sqlite_desk.with_operator("Sam Volunteer", "volunteer"))
    window = QWidget()
    window.state = state
    qtbot.addWidget(window)
    asked: list[str] = []

    def read_and_decline(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        asked.append(box.text())
        if SHOTS:
            box.grab().save(str(Path(SHOTS) / "spanish-refusal.png"))
        box.button(QMessageBox.StandardButton.No).click()

    answers = Answers(read_and_decline)
    try:
        assert not sign_in.allowed(window, "Registro de auditoría", "event.audit_log", state)
    finally:
        answers.stop()
    assert answers.all_answered, answers.problems
    assert asked == ["Esto necesita un organizador. ¿Iniciar sesión?\n\nSolo un organizador puede leer el registro de "
                     "auditoría. Pida a uno que inicie sesión en esta computadora."]
