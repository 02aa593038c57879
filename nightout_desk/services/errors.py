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
    pass


class ImportProblem(UserError):
    pass
