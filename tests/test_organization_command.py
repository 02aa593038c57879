"""`nightout-desk organization show|set`: setting up who issues the receipts, and the year's IRS figures, from a
script; refusals in one line."""

from __future__ import annotations

from nightout_desk.db import Database
from nightout_desk.services import events
from nightout_desk.services.context import Desk
from nightout_desk.services.donations import organization
from tests.conftest import make_desk, new_sqlite_db
from tests.test_cli import nightout

WHO = "Pat Organizer"  # a file without accounts: commands run as its set-up


def _file(sqlite_template, tmp_path) -> str:
    db = new_sqlite_db(sqlite_template, tmp_path)
    make_desk(db)
    path = db.engine.url.database
    db.dispose()
    return path


def test_a_laptop_is_set_up_from_a_script_and_shows_what_it_holds(sqlite_template, tmp_path):
    path = _file(sqlite_template, tmp_path)
    done = nightout("organization", "set", "legal_name=Riverside Police Athletic League, Inc.", "tax_status=501c3",
                    "ein=123456789", "signer=Maria Lopez", "prefix=PAL-2026", r"address=15 Mill St\nRiverside, NY",
                    "figures.2026.dollar_cap=140", "figures.2026.low_cost_article=14",
                    "figures.2026.minimum_payment=70", db=path, who=WHO)
    assert done.returncode == 0, done.stderr
    shown = nightout("organization", "show", db=path)
    assert shown.returncode == 0, shown.stderr
    for line in ("legal_name = Riverside Police Athletic League, Inc.", "ein = 12-3456789",
                 "signer_name = Maria Lopez", "receipt_prefix = PAL-2026", r"address = 15 Mill St\nRiverside, NY",
                 "figures 2025: dollar_cap $136.00, low_cost_article $13.60, minimum_payment $68.00 — Rev. Proc.",
                 "figures 2026: dollar_cap $140.00, low_cost_article $14.00, minimum_payment $70.00 — set by an "
                 "organizer"):
        assert line in shown.stdout, line
    assert "NOT CHECKED" not in shown.stdout
    db = Database(path)
    try:
        org = organization.get(Desk(db, events.latest_event(db).id, WHO, "organizer", "Desk 1"))
    finally:
        db.dispose()
    assert org.figures_for(2026).minimum_payment_cents == 70_00 and org.tax_status == "501c3"


def test_unknown_keys_bad_values_and_a_missing_operator_are_refused_in_one_line(sqlite_template, tmp_path):
    path = _file(sqlite_template, tmp_path)
    assert "NOT CHECKED" in nightout("organization", "show", db=path).stdout  # 2026's stand-in figures, flagged
    for args, words in ((("colour=blue",), "Unknown key “colour”"),
                        (("legal_name",), "is not KEY=VALUE"),
                        (("legal_name=Town", "tax_status=charity"), "Choose the organization's tax status"),
                        (("legal_name=PAL", "tax_status=501c3", "ein=12"), "nine digits"),
                        (("legal_name=Town", "figures.2026.dollar_cap=abc"), "figures.2026.dollar_cap"),
                        (("legal_name=Town", "figures.2027.dollar_cap=150"), "set all three at once"),
                        ((), "Say what to set")):
        refused = nightout("organization", "set", *args, db=path, who=WHO)
        assert refused.returncode == 1 and words in refused.stderr, (args, refused.stderr)
        assert len(refused.stderr.strip().splitlines()) == 1
    no_one = nightout("organization", "set", "legal_name=Town", db=path)
    assert no_one.returncode == 1 and "--operator" in no_one.stderr
