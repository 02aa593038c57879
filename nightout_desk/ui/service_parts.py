"""The variable parts of a refusal, "Only {who} can {doing}. …" (services/context.py Desk.require), for the
screens' language: every {who} `context.who_may` can make and every {doing} of services/permissions.py RULES and of
the few other Desk.require calls (tests/test_translated_refusals.py finds them in the code and fails on one missing
here). ui/service_words.in_language translates each part a template catches through this context; a part it does not
know (a name, a number) stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "ServiceParts"
WHO: tuple[str, ...] = (  # context.who_may for each set of roles
    QT_TRANSLATE_NOOP("ServiceParts", "a volunteer"),
    QT_TRANSLATE_NOOP("ServiceParts", "an organizer"),
    QT_TRANSLATE_NOOP("ServiceParts", "a lieutenant / admin"),
    QT_TRANSLATE_NOOP("ServiceParts", "a volunteer or organizer"),
    QT_TRANSLATE_NOOP("ServiceParts", "a volunteer or lieutenant / admin"),
    QT_TRANSLATE_NOOP("ServiceParts", "an organizer or lieutenant / admin"),
    QT_TRANSLATE_NOOP("ServiceParts", "a volunteer or organizer or lieutenant / admin"),
)
DOING: tuple[str, ...] = (  # permissions.RULES, in its order
    QT_TRANSLATE_NOOP("ServiceParts", "check a family in"),
    QT_TRANSLATE_NOOP("ServiceParts", "check a walk-up family in"),
    QT_TRANSLATE_NOOP("ServiceParts", "undo a check-in made at this laptop"),
    QT_TRANSLATE_NOOP("ServiceParts", "undo a check-in made at another laptop"),
    QT_TRANSLATE_NOOP("ServiceParts", "correct the counts of a check-in made at this laptop"),
    QT_TRANSLATE_NOOP("ServiceParts", "correct the counts of a check-in made at another laptop"),
    QT_TRANSLATE_NOOP("ServiceParts", "add a pre-registered household"),
    QT_TRANSLATE_NOOP("ServiceParts", "change a household's details"),
    QT_TRANSLATE_NOOP("ServiceParts", "merge two households"),
    QT_TRANSLATE_NOOP("ServiceParts", "import pre-registered households"),
    QT_TRANSLATE_NOOP("ServiceParts", "print or send families' tickets"),
    QT_TRANSLATE_NOOP("ServiceParts", "add a volunteer"),
    QT_TRANSLATE_NOOP("ServiceParts", "change a volunteer's name, phone or organization"),
    QT_TRANSLATE_NOOP("ServiceParts", "see, record or change an emergency contact"),
    QT_TRANSLATE_NOOP("ServiceParts", "import volunteers"),
    QT_TRANSLATE_NOOP("ServiceParts", "add, change or remove a shift"),
    QT_TRANSLATE_NOOP("ServiceParts", "put a volunteer on a shift or take them off"),
    QT_TRANSLATE_NOOP("ServiceParts", "clock a volunteer in or out now"),
    QT_TRANSLATE_NOOP("ServiceParts", "clock someone in or out at another time"),
    QT_TRANSLATE_NOOP("ServiceParts", "correct volunteer hours or add them by hand"),
    QT_TRANSLATE_NOOP("ServiceParts", "print volunteers' badges"),
    QT_TRANSLATE_NOOP("ServiceParts", "print service-hours letters"),
    QT_TRANSLATE_NOOP("ServiceParts", "open, pause or close a station"),
    QT_TRANSLATE_NOOP("ServiceParts", "add, rename or change a station"),
    QT_TRANSLATE_NOOP("ServiceParts", "change the demonstration schedule"),
    QT_TRANSLATE_NOOP("ServiceParts", "count visits and child-ID kits at a station"),
    QT_TRANSLATE_NOOP("ServiceParts", "record a parent's waiver"),
    QT_TRANSLATE_NOOP("ServiceParts", "change the waiver text"),
    QT_TRANSLATE_NOOP("ServiceParts", "report or resolve an incident"),
    QT_TRANSLATE_NOOP("ServiceParts", "add a donor"),
    QT_TRANSLATE_NOOP("ServiceParts", "change a donor's details"),
    QT_TRANSLATE_NOOP("ServiceParts", "merge donors"),
    QT_TRANSLATE_NOOP("ServiceParts", "record a donation (and its receipt)"),
    QT_TRANSLATE_NOOP("ServiceParts", "correct a recorded donation"),
    QT_TRANSLATE_NOOP("ServiceParts", "void a donation"),
    QT_TRANSLATE_NOOP("ServiceParts", "import donations"),
    QT_TRANSLATE_NOOP("ServiceParts", "issue missing or summary receipts"),
    QT_TRANSLATE_NOOP("ServiceParts", "void or reissue a receipt"),
    QT_TRANSLATE_NOOP("ServiceParts", "choose a laptop's receipt series"),
    QT_TRANSLATE_NOOP("ServiceParts", "change who issues the receipts"),
    QT_TRANSLATE_NOOP("ServiceParts", "print donors' thank-you letters"),
    QT_TRANSLATE_NOOP("ServiceParts", "say whether donors of two events are the same giver"),
    QT_TRANSLATE_NOOP("ServiceParts", "print donors' calendar-year statements"),
    QT_TRANSLATE_NOOP("ServiceParts", "add or change giveaway items"),
    QT_TRANSLATE_NOOP("ServiceParts", "receive stock (with a reason)"),
    QT_TRANSLATE_NOOP("ServiceParts", "hand out giveaways or undo a hand-out"),
    QT_TRANSLATE_NOOP("ServiceParts", "hand out past a limit or an empty stock"),
    QT_TRANSLATE_NOOP("ServiceParts", "adjust the stock or record the count"),
    QT_TRANSLATE_NOOP("ServiceParts", "change the event's details, neighbourhoods or settings"),
    QT_TRANSLATE_NOOP("ServiceParts", "create a new event"),
    QT_TRANSLATE_NOOP("ServiceParts", "read the audit log"),
    QT_TRANSLATE_NOOP("ServiceParts", "export names, phones, emails and addresses"),
    QT_TRANSLATE_NOOP("ServiceParts", "copy the database to a file"),
    QT_TRANSLATE_NOOP("ServiceParts", "change how long families' details are kept, or remove them"),
    QT_TRANSLATE_NOOP("ServiceParts", "mark a sync conflict as dealt with"),
    QT_TRANSLATE_NOOP("ServiceParts", "merge another laptop's file"),
    QT_TRANSLATE_NOOP("ServiceParts", "add or remove operator accounts, reset PINs and change roles"),
    # services/operators.py, and the command line's demo (cli.py)
    QT_TRANSLATE_NOOP("ServiceParts", "add an operator account"),
    QT_TRANSLATE_NOOP("ServiceParts", "remove an operator account"),
    QT_TRANSLATE_NOOP("ServiceParts", "reset an operator's PIN"),
    QT_TRANSLATE_NOOP("ServiceParts", "change an operator's role"),
    QT_TRANSLATE_NOOP("ServiceParts", "add a demo event to a database that has accounts"),
)
