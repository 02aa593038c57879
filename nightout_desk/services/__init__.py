"""Services: the only code that opens sessions, owns transactions, checks roles and writes the audit log.

Each area has its module; each returns plain dataclasses that the screens, the printouts and the CLI display.
"""
