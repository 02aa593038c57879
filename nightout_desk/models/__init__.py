"""Every model module, imported so that Base.metadata knows all tables (Alembic and tests rely on it)."""

from nightout_desk.models.audit import AuditEntry
from nightout_desk.models.base import Base
from nightout_desk.models.donations import Donation, Donor, Receipt, ReceiptCounter
from nightout_desk.models.event import Event, EventSetting, Neighbourhood, Operator
from nightout_desk.models.household import CheckIn, CheckInUndo, Household, HouseholdCode
from nightout_desk.models.inventory import GiveawayItem, StockMove
from nightout_desk.models.station import (
    ChildIdKitHandout,
    Demonstration,
    Incident,
    Station,
    StationStatusChange,
    Tally,
    Waiver,
)
from nightout_desk.models.sync import SyncConflict, SyncPeer
from nightout_desk.models.volunteer import BadgePrint, Shift, ShiftAssignment, TimeEntry, Volunteer

__all__ = [
    "AuditEntry", "Base", "CheckIn", "CheckInUndo", "Event", "EventSetting", "Household", "HouseholdCode",
    "Neighbourhood", "Operator", "Station",
    "Donation", "Donor", "GiveawayItem", "Receipt", "ReceiptCounter", "StockMove",
    "ChildIdKitHandout", "Demonstration", "Incident", "StationStatusChange", "Tally", "Waiver",
    "BadgePrint", "Shift", "ShiftAssignment", "TimeEntry", "Volunteer",
    "SyncConflict", "SyncPeer",
]
