"""Services' sentences on translated screens: the services speak English (the command line, the log and the audit
log read them too), and the screens put a sentence they know into the screens' language.

A template is the service's sentence with its variable parts named (`{limit}`); a sentence matching one is looked up
in the context "ServiceMessages" and its parts put back, each in the screens' language when ui/service_parts.py lists
it (a refusal's "who" and "doing"), else as it was (names, numbers). A sentence no template knows is shown as the
service wrote it. New templates go in TEMPLATES, written exactly as the service writes the sentence (see
docs/architecture.md "Languages").
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nightout_desk.ui import service_parts

CONTEXT = "ServiceMessages"
TEMPLATES: tuple[str, ...] = (
    # services/explain.py: failures any screen may meet
    QT_TRANSLATE_NOOP("ServiceMessages", "The disk is full, so nothing was saved. Free some space (or plug in a "
                                         "USB stick) and try again."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Another laptop is saving at this moment. Nothing was lost — please try "
                                         "again."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The database file is read-only (a write-protected USB stick, or a copy "
                                         "opened from a CD or a zip file), so nothing was saved. Copy it to this "
                                         "laptop's disk and open that copy."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The database could not be reached, so nothing was saved. Check the network "
                                         "cable or Wi-Fi and try again."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The database refused the change, so nothing was saved. The log has the "
                                         "details."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Opened read-only: you can look, nothing can be saved."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Something went wrong ({kind}). Nothing was saved; the log has the "
                                         "details."),
    # services/context.py: a role the desk does not have
    QT_TRANSLATE_NOOP("ServiceMessages", "Only {who} can {doing}. Ask one to sign in at this laptop."),
    # services/checkin: the check-in desk
    QT_TRANSLATE_NOOP("ServiceMessages", "Adults and kids must be whole numbers between 0 and {limit}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Adults and kids must be whole numbers."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Adults and kids must be between 0 and {limit}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "At least one person has to arrive to check in."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That check-in is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That household is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "One of those households is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The family name is needed — type the name they give you."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Pick two different households to merge."),
    # start (ui/operator_dialog.py, ui/app.py): signing in and the event at start, services/operators.py, events.py
    QT_TRANSLATE_NOOP("ServiceMessages", "Type your name so your check-ins are credited to you."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Wrong PIN for {name}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} needs a PIN to sign in as organizer."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} needs a PIN to sign in as lieutenant / admin."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is an organizer, not a lieutenant / admin."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} has no organizer account here. A lieutenant adds accounts in "
                                         "Settings › Operators… (or `nightout-desk operators add`)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} has no lieutenant / admin account here. A lieutenant adds "
                                         "accounts in Settings › Operators… (or `nightout-desk operators add`)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name}'s account is locked after {count} wrong PINs. Try again at {time}, "
                                         "or ask a lieutenant to reset the PIN."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{count} events are called “{name}” ({which}): name one by its id."),
    # sync (ui/sync/): restoring a backup and the automatic backups, services/automatic_backups.py
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no backup at {path}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{file} is not a NightOut Desk database, so nothing was restored."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{file} is damaged (it fails SQLite's integrity check), so nothing was "
                                         "restored."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{file} is damaged (it fails SQLite's integrity check), so nothing was "
                                         "restored: choose another backup."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{file} was saved by a newer version of NightOut Desk than this one "
                                         "({version}), so nothing was restored: install the newer version first."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No automatic backup could be written to {folder} ({why})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The automatic backup in {folder} failed SQLite's integrity check and was "
                                         "deleted: the database file itself may be damaged."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That conflict is not in this event."),
    # dialogs (ui/operators_dialog.py, ui/privacy_dialog.py): accounts, services/operators.py; services/privacy.py
    QT_TRANSLATE_NOOP("ServiceMessages", "A PIN needs at least {digits} digits, or a password at least {characters} "
                                         "characters (no spaces at either end)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the operator's name."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That name is too long (120 characters at most)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} already has an account. Reset the PIN instead."),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot remove your own account; ask another lieutenant."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That is the last lieutenant / admin account; add another one first."),
    QT_TRANSLATE_NOOP("ServiceMessages", "names, phones, emails and notes of households and volunteers; children's "
                                         "first names and ages on waivers and their guardians' names; volunteers' "
                                         "guardians, emergency contacts and birth years; donors' phones, emails, "
                                         "contact people and notes; and the details written in the log until then"),
    QT_TRANSLATE_NOOP("ServiceMessages", "every count, time and total the report and next year's comparison use "
                                         "(households by neighbourhood and ZIP, check-ins, station counts, volunteer "
                                         "hours, stock); ticket, badge and import codes; donations with their "
                                         "numbered receipts and each donor's name and address, which tax law keeps; "
                                         "incidents, the department's own record; who was at the keyboard; and the "
                                         "log's entries (what was done, when, by whom, on which laptop)"),
    # stations (ui/stations/): services/stations/ stations, schedule, tallies, incidents, waivers
    QT_TRANSLATE_NOOP("ServiceMessages", "That station is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A station needs a name, e.g. “Dunk tank”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is already a station called “{name}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The capacity must be a whole number of people."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The capacity cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the station is paused (for example “weather” or “K-9 resting”), so "
                                         "the info booth can tell families."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give the demonstration a start time, e.g. 18:30."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The length of a demonstration is a whole number of minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A demonstration lasts between 1 and {minutes} minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give the demonstration a title, e.g. “K-9 demonstration”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That demonstration is not on this event's schedule."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Add between 1 and {limit} at a time."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Take back between 1 and {limit} at a time."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{station} has only {total} counted; nothing to take back."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Scan the family's ticket, or type its code."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No family has the ticket “{code}”. Check the code, or use the +1 button."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The {family} ticket was scanned here a moment ago; it was counted once."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No waiver on file for the {family} family at the {station}. A parent or "
                                         "guardian must sign one first — nobody was counted."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Count between 1 and {limit} kits at a time."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only {count} kits were counted at {station}; nothing to take back."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Write a few words about what happened (who, where, what was done)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The waiver text is too short to be a waiver; write the rules parents agree "
                                         "to."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Write the child's first name."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Write the parent's or guardian's name."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The child's age is a whole number of years."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Waivers are for children aged 0 to {age}; adults sign for themselves."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The guardian must confirm they read the rules before the waiver can be "
                                         "saved."),
    # inventory (ui/inventory/): services/inventory/stock.py
    QT_TRANSLATE_NOOP("ServiceMessages", "The item needs a name, e.g. “Bike helmet (youth)”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is already an item called “{name}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That giveaway item is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say where the stock came from, e.g. “left over from 2025” or “from the PD's "
                                         "stock”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The quantity must be a whole number, not “{value}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The quantity must be at least 1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Limit reached: the {family} household already received {given} {item} "
                                         "(limit {limit} per household). An organizer can allow more."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{item}: only {left} left in stock, so {quantity} cannot be handed out. Count "
                                         "the stock, or ask an organizer to override."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That hand-out is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That hand-out was already undone."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The change must be a whole number like -2 or 5, not “{value}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An adjustment of 0 changes nothing."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the stock changes (e.g. “2 damaged”, “found a box in the van”)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Counted quantities must be whole numbers, 0 or more."),
    # volunteers (ui/volunteers/): services/volunteers/ roster, timeclock, shifts, badges
    QT_TRANSLATE_NOOP("ServiceMessages", "No volunteer has the badge {code}. Check the code, or find them in the "
                                         "roster."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No volunteer has the badge {code}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That is a household's ticket, not a volunteer badge. Send them to the "
                                         "check-in table."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Scan a volunteer badge, or type its code."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A volunteer needs at least a first name."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The role must be officer, civilian or youth."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The birth year must be a year like 2011."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That volunteer is not on this event's roster."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That volunteer is not on this shift."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That time is in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} clocked in at {time}; the clock-out must be later."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} was clocked in at {time}; try again."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is already clocked in."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is not clocked in."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the hours are corrected (e.g. “forgot to scan out at 20:00”)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the hours are added by hand (e.g. “badge forgotten at home”)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The clock-out must be after the clock-in."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A corrected time cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Hours cannot be added for the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That time entry is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That entry was already corrected; correct the newer one."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That shift is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A shift must end after it starts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A shift can be at most 12 hours long."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The number of volunteers needed must be between 0 and 100."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is already on this shift."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is already booked at {station} {starts}–{ends} at the same time "
                                         "(double-booked)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is a minor and has no guardian's name and phone on file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This shift already has the {needed} volunteers it needs."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This shift already has the {needed} volunteer it needs."),
    # checkin_dialogs (household edit and merge, family tickets): services/checkin/households.py
    QT_TRANSLATE_NOOP("ServiceMessages", "{family} was already merged into another household."),
    # donations (ui/donations/): services/donations/ donors, gifts, receipts, receipt_wording, statements; money.py
    QT_TRANSLATE_NOOP("ServiceMessages", "A donor needs a name: the person's or the business's."),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{email}” does not look like an email address."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That donor is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Pick two different donors to merge."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the amount given, e.g. 250 or 1,250.00."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Describe what was given, e.g. “24 youth bike helmets” or “DJ for the "
                                         "evening”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Describe what the donor received in return (e.g. “sponsor banner at the "
                                         "park”)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Out-of-pocket expenses are acknowledged only with donated services."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That donation is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Receipt {number} will be voided and reissued: say why (e.g. “wrong "
                                         "amount”)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the donation is void (e.g. “typed twice”, “check bounced”): it "
                                         "stays on file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No receipt was issued yet: set up the organization (Organization "
                                         "settings), then use “Issue missing receipts”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type what the items given back cost the organization (e.g. 1.50): it "
                                         "decides whether they are token items of insubstantial value."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the estimated value of the donated goods: a 501(c)(3) needs it to "
                                         "decide the disclosure for what was given back (it is never printed)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Set the IRS figures for {year} first (Organization settings): they decide "
                                         "whether what was given back is of insubstantial value."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Receipts need the organization's name and tax status first: Donations → "
                                         "Organization settings."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{donor} has no donations to summarize."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That receipt is not in this event."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the receipt is void (e.g. “wrong amount”, “duplicate”): it stays "
                                         "on file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Year statements need the organization's name and tax status first: "
                                         "Donations → Organization…."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No gifts were received in {year}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount must be a number of dollars, like 25 or 1,250.00 — not "
                                         "“{text}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount has more than two digits after the decimal point (“{text}”)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount looks too large (“{text}”); please check it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount “{text}” has its commas in the wrong places: write it like "
                                         "1,250.00 or 1250 (commas only between groups of three digits, a point "
                                         "before the cents)."),
    # services/donations/organization.py and letter_template.py: the Organization dialog
    QT_TRANSLATE_NOOP("ServiceMessages", "Type the organization's legal name, exactly as it should appear on "
                                         "receipts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose the organization's tax status."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A 501(c)(3) receipt needs the organization's EIN: nine digits, like "
                                         "12-3456789."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The receipt number prefix may use letters, digits and dashes only, like "
                                         "NNO-2026."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{year} is not a tax year the figures could be for."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Each of {year}'s IRS figures must be more than $0."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{year}'s low-cost article figure must be less than its minimum payment."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The letter uses unknown placeholders: {unknown}. Known ones: {known}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The letter has no text yet."),
    # services/events.py: Event settings, the first set-up and File › New event…
    QT_TRANSLATE_NOOP("ServiceMessages", "The event needs a name, e.g. “Riverside National Night Out 2026”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The event needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The start time must be a time like 17:00, not “{value}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The end time must be a time like 17:00, not “{value}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The time must be a time like 17:00, not “{value}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That event name is too long (200 characters at most)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{mark}” at the end of a name marks the demo's events: leave it out."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is already an event called “{name}” ({day}): give this one another "
                                         "name, e.g. with its year or park."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is already an event called “{name}”."),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{name}” is in the neighbourhood list twice: each may appear only once."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Each neighbourhood may appear only once in the list."),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern whose named groups catch its variable parts."""
    made = []
    for template in TEMPLATES:
        pieces = re.split(r"\{(\w+)\}", template)  # text, name, text, name, ..., text
        body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces))
        made.append((re.compile(body, re.DOTALL), template))
    return tuple(made)


def in_language(sentence: str) -> str:
    """The sentence in the screens' language when a template knows it, else as it was."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(sentence)
        if found:
            parts = {name: QCoreApplication.translate(service_parts.CONTEXT, part)
                     for name, part in found.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, template).format(**parts)
    return sentence


ROLES = {  # services/context.py ROLE_LABELS, in the screens' language
    "volunteer": QT_TRANSLATE_NOOP("Roles", "Volunteer"),
    "organizer": QT_TRANSLATE_NOOP("Roles", "Organizer"),
    "lieutenant": QT_TRANSLATE_NOOP("Roles", "Lieutenant / admin"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLES[role]) if role in ROLES else role
