"""The words every printout says, in the event's language (English or Spanish): texts, dates and money."""
