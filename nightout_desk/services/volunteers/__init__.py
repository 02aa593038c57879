"""Volunteers: the roster, shifts, the time clock, hours, badges, service-hours letters, import and export."""
