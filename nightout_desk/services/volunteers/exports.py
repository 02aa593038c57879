"""CSV export tables of the volunteers area: roster, shifts with bookings, time entries (corrections included)."""

from __future__ import annotations

from sqlalchemy import select

from nightout_desk.models import Shift, ShiftAssignment, Station, TimeEntry, Volunteer
from nightout_desk.services.context import Desk
from nightout_desk.services.tables import Table
from nightout_desk.services.volunteers.roster import can_see_private


def _volunteers(desk: Desk) -> Table:
    private = can_see_private(desk)  # emergency contacts only in an organizer's or lieutenant's export
    header = ["badge_code", "first_name", "last_name", "organization", "role", "phone", "email", "tshirt_size",
              "is_minor", "birth_year", "guardian_name", "guardian_phone", "emergency_name", "emergency_phone", "notes"]
    with desk.db.read() as s:
        rows = s.scalars(select(Volunteer).where(Volunteer.event_id == desk.event_id)
                         .order_by(Volunteer.last_name, Volunteer.first_name))
        out = [[v.badge_code, v.first_name, v.last_name, v.organization, v.role, v.phone, v.email, v.tshirt_size,
                v.is_minor, v.birth_year, v.guardian_name, v.guardian_phone,
                v.emergency_name if private else "(private)", v.emergency_phone if private else "(private)", v.notes]
               for v in rows]
    return "volunteers", header, out


def _shifts(desk: Desk) -> Table:
    header = ["station", "starts_at", "ends_at", "needed", "badge_code", "volunteer", "booked_at", "removed_at"]
    with desk.db.read() as s:
        rows = s.execute(select(Shift, Station.name, ShiftAssignment, Volunteer)
                         .join(Station, Station.id == Shift.station_id)
                         .outerjoin(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                         .outerjoin(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
                         .where(Shift.event_id == desk.event_id).order_by(Station.sort_order, Shift.starts_at)).all()
        out = [[name, sh.starts_at, sh.ends_at, sh.needed, v.badge_code if v else "",
                f"{v.first_name} {v.last_name}" if v else "", a.created_at if a else "", a.removed_at if a else ""]
               for sh, name, a, v in rows]
    return "shifts", header, out


def _time_entries(desk: Desk) -> Table:
    header = ["badge_code", "volunteer", "station", "clock_in", "clock_out", "source", "corrects_entry", "entry",
              "reason", "device", "operator"]
    with desk.db.read() as s:
        rows = s.execute(select(TimeEntry, Volunteer, Station.name)
                         .join(Volunteer, Volunteer.id == TimeEntry.volunteer_id)
                         .outerjoin(Shift, Shift.id == TimeEntry.shift_id)
                         .outerjoin(Station, Station.id == Shift.station_id)
                         .where(TimeEntry.event_id == desk.event_id).order_by(TimeEntry.clock_in)).all()
        out = [[v.badge_code, f"{v.first_name} {v.last_name}", station or "", e.clock_in, e.clock_out, e.source,
                str(e.supersedes_id or ""), str(e.id), e.reason, e.device, e.operator] for e, v, station in rows]
    return "volunteer_time_entries", header, out


TABLES = (_volunteers, _shifts, _time_entries)
