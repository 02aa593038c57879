"""Mistakes a user can make, with messages written for a volunteer at the table."""

from __future__ import annotations


class UserError(Exception):
    """Base: the message is shown to the user as it is."""


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass


class Conflict(UserError):
    """Someone else (another laptop) changed the same thing first, or a unique code is taken."""


class PermissionDenied(UserError):
    """The desk's role may not do this. `needs` is the least role that may ("" when signing in would not help:
    a wrong PIN, a locked account), so a screen can offer to sign in and try again."""

    def __init__(self, message: str, *, needs: str = "") -> None:
        super().__init__(message)
        self.needs = needs


class ImportProblem(UserError):
    pass
