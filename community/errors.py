"""Domain exceptions that services raise and views turn into HTTP answers."""


class DomainError(Exception):
    """A rule said no; the message is safe to show to the person."""

    status_code = 400


class NotPermitted(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Conflict(DomainError):
    """The item changed state under us (someone else decided first)."""

    status_code = 409
