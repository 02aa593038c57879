"""Who may do what: one table of every service action that changes records or shows personal data, and the least
role that may do it. The services check it through `require(desk, action)`; docs/architecture.md's table is made
from it (`markdown_table`, checked by tests/test_permissions.py, which also walks every row for every role)."""

from __future__ import annotations

from dataclasses import dataclass

from nightout_desk.services.context import ROLES, Desk

VOLUNTEER, ORGANIZER, LIEUTENANT = ROLES  # each role may do what the roles before it may


@dataclass(frozen=True)
class Rule:
    least: str  # the least role that may: volunteer (everyone at a desk), organizer, lieutenant
    doing: str  # the words after "Only an organizer can …"
    where: str  # the service entry point, for the docs


def _rules(*rows: tuple[str, str, str, str]) -> dict[str, Rule]:
    return {key: Rule(least, doing, where) for key, least, doing, where in rows}


RULES: dict[str, Rule] = _rules(
    # check-in desk
    ("checkin.check_in", VOLUNTEER, "check a family in", "checkin.checkins.check_in"),
    ("checkin.walk_up", VOLUNTEER, "check a walk-up family in", "checkin.checkins.walk_up"),
    ("checkin.undo_own", VOLUNTEER, "undo a check-in made at this laptop", "checkin.checkins.undo"),
    ("checkin.undo_other", ORGANIZER, "undo a check-in made at another laptop", "checkin.checkins.undo"),
    ("checkin.correct_own", VOLUNTEER, "correct the counts of a check-in made at this laptop",
     "checkin.checkins.correct_counts"),
    ("checkin.correct_other", ORGANIZER, "correct the counts of a check-in made at another laptop",
     "checkin.checkins.correct_counts"),
    ("checkin.add_household", ORGANIZER, "add a pre-registered household", "checkin.households.add_household"),
    ("checkin.edit_household", ORGANIZER, "change a household's details", "checkin.households.update"),
    ("checkin.merge_households", ORGANIZER, "merge two households", "checkin.households.merge"),
    ("checkin.import", ORGANIZER, "import pre-registered households", "checkin.attendee_import.run"),
    ("checkin.tickets", ORGANIZER, "print or send families' tickets",
     "checkin.tickets.ticket_sheet, checkin.tickets.record"),
    # volunteers
    ("volunteers.add", VOLUNTEER, "add a volunteer", "volunteers.roster.add_volunteer"),
    ("volunteers.edit", VOLUNTEER, "change a volunteer's name, phone or organization",
     "volunteers.roster.update (their emergency contact: below)"),
    ("volunteers.emergency_contact", ORGANIZER, "see, record or change an emergency contact",
     "volunteers.roster (add, update, get, roster)"),
    ("volunteers.import", ORGANIZER, "import volunteers", "volunteers.volunteer_import.run"),
    ("volunteers.edit_shifts", ORGANIZER, "add, change or remove a shift",
     "volunteers.shifts.add_shift, update_shift, remove_shift"),
    ("volunteers.book", VOLUNTEER, "put a volunteer on a shift or take them off", "volunteers.shifts.assign, unassign"),
    ("volunteers.clock", VOLUNTEER, "clock a volunteer in or out now",
     "volunteers.timeclock.toggle, clock_in, clock_out"),
    ("volunteers.clock_at", ORGANIZER, "clock someone in or out at another time",
     "volunteers.timeclock.clock_in, clock_out (at=…)"),
    ("volunteers.correct_hours", ORGANIZER, "correct volunteer hours or add them by hand",
     "volunteers.timeclock.correct, add_entry"),
    ("volunteers.badges", VOLUNTEER, "print volunteers' badges", "volunteers.badges.badge_sheet, record_printed"),
    ("volunteers.hours_letters", ORGANIZER, "print service-hours letters", "volunteers.hours_letters.letters"),
    # stations
    ("stations.status", VOLUNTEER, "open, pause or close a station", "stations.stations.set_status"),
    ("stations.edit", ORGANIZER, "add, rename or change a station",
     "stations.stations.add_station, rename_station, update_station"),
    ("stations.schedule", ORGANIZER, "change the demonstration schedule",
     "stations.schedule.add_demonstration, reschedule, cancel"),
    ("stations.tally", VOLUNTEER, "count visits and child-ID kits at a station",
     "stations.tallies.add, correct, scan, hand_out_kits"),
    ("stations.waiver", VOLUNTEER, "record a parent's waiver", "stations.waivers.record"),
    ("stations.waiver_text", ORGANIZER, "change the waiver text", "stations.waivers.set_text"),
    ("stations.incident", VOLUNTEER, "report or resolve an incident", "stations.incidents.report, resolve"),
    # donations
    ("donations.add_donor", VOLUNTEER, "add a donor", "donations.donors.add_donor"),
    ("donations.edit_donor", ORGANIZER, "change a donor's details", "donations.donors.update"),
    ("donations.merge_donors", ORGANIZER, "merge donors", "donations.donors.merge"),
    ("donations.record", VOLUNTEER, "record a donation (and its receipt)",
     "donations.gifts.record, receipts.issue_for_donation, receipts.mark_printed"),
    ("donations.correct", ORGANIZER, "correct a recorded donation", "donations.gifts.correct"),
    ("donations.void", ORGANIZER, "void a donation", "donations.gifts.void"),
    ("donations.import", ORGANIZER, "import donations", "donations.donation_import.run"),
    ("donations.issue_receipts", ORGANIZER, "issue missing or summary receipts",
     "donations.receipts.issue_missing, issue_summary"),
    ("donations.void_receipt", ORGANIZER, "void or reissue a receipt", "donations.receipts.void, reissue"),
    ("donations.receipt_series", ORGANIZER, "choose a laptop's receipt series", "donations.receipts.set_series"),
    ("donations.organization", ORGANIZER, "change who issues the receipts", "donations.organization.save"),
    ("donations.letters", ORGANIZER, "print donors' thank-you letters", "donations.letters.letters"),
    ("donations.link_donors", ORGANIZER, "say whether donors of two events are the same giver",
     "donations.donor_identity.link, keep_apart"),
    ("donations.statements", ORGANIZER, "print donors' calendar-year statements",
     "donations.statements.years, givers, year_statements"),
    # giveaway stock
    ("inventory.items", ORGANIZER, "add or change giveaway items", "inventory.stock.add_item, update_item"),
    ("inventory.receive", ORGANIZER, "receive stock (with a reason)", "inventory.stock.receive"),
    ("inventory.hand_out", VOLUNTEER, "hand out giveaways or undo a hand-out",
     "inventory.stock.hand_out, undo_hand_out"),
    ("inventory.override", ORGANIZER, "hand out past a limit or an empty stock", "inventory.stock.hand_out"),
    ("inventory.adjust", ORGANIZER, "adjust the stock or record the count", "inventory.stock.adjust, record_count"),
    # the event, the log, files leaving the laptop
    ("event.edit", ORGANIZER, "change the event's details, neighbourhoods or settings",
     "events.update_event, set_neighbourhoods, set_setting"),
    ("event.create", ORGANIZER, "create a new event", "events.new_event (the first event is the set-up)"),
    ("event.audit_log", ORGANIZER, "read the audit log", "audit.recent"),
    ("event.export_personal", ORGANIZER, "export names, phones, emails and addresses",
     "export.export_csv (without an organizer: counts only)"),
    ("event.backup", ORGANIZER, "copy the database to a file", "backup.backup (the automatic copies need no one)"),
    ("event.privacy", ORGANIZER, "change how long families' details are kept, or remove them",
     "privacy.set_days, purge"),
    ("event.sync_conflicts", ORGANIZER, "mark a sync conflict as dealt with", "sync.conflicts.mark_resolved"),
    ("event.merge_file", ORGANIZER, "merge another laptop's file", "sync.files.merge_file"),
    # accounts
    ("operators.manage", LIEUTENANT, "add or remove operator accounts, reset PINs and change roles",
     "operators.add (the first is the set-up), remove, reset_pin, set_role"),
)


def may(desk: Desk, action: str) -> bool:
    return ROLES.index(desk.role) >= ROLES.index(RULES[action].least) if desk.role in ROLES else False


def require(desk: Desk, action: str) -> None:
    """Raise PermissionDenied (saying who may) unless the desk's role may do `action`."""
    rule = RULES[action]
    if not may(desk, action):
        desk.require(rule.least, doing=rule.doing)


def markdown_table() -> str:
    """The table docs/architecture.md shows (Trust): each action, who may, and where the service checks it."""
    who = {VOLUNTEER: "everyone at a desk", ORGANIZER: "organizer, lieutenant", LIEUTENANT: "lieutenant"}
    lines = ["| action | who may | service |", "| --- | --- | --- |"]
    lines += [f"| {rule.doing} | {who[rule.least]} | `{rule.where}` |" for rule in RULES.values()]
    return "\n".join(lines)
