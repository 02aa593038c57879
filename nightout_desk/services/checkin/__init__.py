"""Check-in desk: households, their check-ins and undo, the attendee import and the desk's CSV tables."""
