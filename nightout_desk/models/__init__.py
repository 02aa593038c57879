"""Every model module, imported so that Base.metadata knows all tables (Alembic and tests rely on it)."""

from nightout_desk.models.audit import AuditEntry
from nightout_desk.models.base import Base
from nightout_desk.models.event import Event, EventSetting, Neighbourhood, Operator
from nightout_desk.models.household import CheckIn, CheckInUndo, Household
from nightout_desk.models.station import Station

__all__ = [
    "AuditEntry", "Base", "CheckIn", "CheckInUndo", "Event", "EventSetting", "Household", "Neighbourhood",
    "Operator", "Station",
]
