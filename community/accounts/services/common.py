"""Limits and kinds shared by the account services."""

from __future__ import annotations

from community.errors import DomainError

BIO_MAX = 2000


NOTE_MIN, NOTE_MAX = 20, 500


MESSAGE_MAX = 5000


# Requests per sender in any 24 hours, counted in the database so the limit holds across workers.
CONTACT_REQUESTS_PER_DAY = 5


# Notification kinds this feature sends (the forum's preference settings list them).
KIND_CONTACT_REQUEST = "contact_request"


KIND_CONTACT_ACCEPTED = "contact_accepted"


KIND_PRIVATE_MESSAGE = "private_message"


NOTIFICATION_KINDS = (KIND_CONTACT_REQUEST, KIND_CONTACT_ACCEPTED, KIND_PRIVATE_MESSAGE)


class RateLimited(DomainError):
    status_code = 429
