"""The check-in desk screen: search, scan, walk-up, undo, live counters."""
