"""One laptop of the night, as a process of its own: it works through a plan of desk actions on its own SQLite file
through the real services, and syncs with the hub every few actions when it is given one.

    python tests/laptop_driver.py FILE EVENT_ID DEVICE PLAN.json [HUB_URL]

Each action is confirmed on stdout only once its service call has returned (the moment a screen would show it):
`ok check-in <check_in_id>`, `ok walk-up <check_in_id> <household_id>`, `ok donation <donation_id> <receipt number>`,
`ok hand-out <move_id>`, `ok clock <volunteer_id> <in|out> <iso time>`; an action the desk refuses prints `refused
<kind> <why>`. A sync prints `syncing`, then `synced` or `sync-failed <why>` (a hub that is down is part of the
night: the laptop goes on). `done` at the end.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from nightout_desk.db import Database  # noqa: E402
from nightout_desk.services import hub as hubs  # noqa: E402
from nightout_desk.services.checkin import checkins  # noqa: E402
from nightout_desk.services.context import Desk  # noqa: E402
from nightout_desk.services.donations import gifts  # noqa: E402
from nightout_desk.services.errors import UserError  # noqa: E402
from nightout_desk.services.inventory import stock  # noqa: E402
from nightout_desk.services.volunteers import timeclock  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def act(desk: Desk, step: list) -> None:
    kind, *args = step
    try:
        if kind == "check-in":
            result = checkins.check_in(desk, uuid.UUID(args[0]))
            if not result.is_new:
                say(f"refused check-in already checked in on {result.arrival.device}")
                return
            say(f"ok check-in {result.arrival.check_in_id}")
        elif kind == "walk-up":
            result = checkins.walk_up(desk, args[0], args[1], args[2], zip_code=args[3] if len(args) > 3 else "")
            say(f"ok walk-up {result.arrival.check_in_id} {result.household.id}")
        elif kind == "donation":
            info = gifts.record(desk, uuid.UUID(args[0]), kind="cash", amount_cents=args[1])
            say(f"ok donation {info.id} {info.receipt_number}")
        elif kind == "hand-out":
            moved = stock.hand_out(desk, uuid.UUID(args[0]), uuid.UUID(args[1]))
            say(f"ok hand-out {moved.move_id}")
        elif kind == "clock":
            clocked = timeclock.toggle(desk, uuid.UUID(args[0]), guard=False)
            say(f"ok clock {args[0]} {'in' if clocked.clocked_in else 'out'} {clocked.at.isoformat()}")
        else:
            raise SystemExit(f"unknown action {kind}")
    except UserError as exc:
        say(f"refused {kind} {exc}")


def main() -> None:
    path, event_id, device, plan_file, *rest = sys.argv[1:]
    hub_url = rest[0] if rest else None
    local = Database(path)
    desk = Desk(local, uuid.UUID(event_id), f"Volunteer at {device}", "organizer", device)
    hub = hubs.open_hub(hub_url) if hub_url else None
    prepared = False
    say("ready")
    for step in json.loads(Path(plan_file).read_text()):
        if step[0] == "sync":
            if hub is None:
                continue
            say("syncing")
            try:
                if not prepared:
                    hubs.prepare_hub(hub)
                    prepared = True
                hubs.sync_round(local, hub, desk.event_id, device=device)
            except Exception as exc:  # noqa: BLE001 - a hub that is down is part of the night
                hub.engine.dispose()
                say(f"sync-failed {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
            else:
                say("synced")
        elif step[0] == "pause":
            time.sleep(step[1])
        else:
            act(desk, step)
    say("done")


if __name__ == "__main__":
    main()
