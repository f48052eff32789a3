"""The last seat under concurrency, on PostgreSQL: two sessions ask at once, one gets it.

SQLite has one writer at a time, so there is no race to test there; the guard's logic is
tested on SQLite in test_services.py (a stale copy of the event does not give a seat away).
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from community.auth.models import User
from community.chapters import services
from community.chapters.models import Event, Rsvp
from community.extensions import db
from community.unit_of_work import transaction
from tests.conftest import ON_POSTGRES

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL (DATABASE_URL)")


def _in_own_session(app, work, errors):
    def run():
        try:
            with app.app_context():
                work()
                db.session.remove()
        except Exception as error:  # reported by the test, not lost in the thread
            errors.append(error)

    return threading.Thread(target=run)


def _statuses(event_id: int) -> dict[str, int]:
    db.session.expire_all()
    rows = db.session.execute(
        select(Rsvp.status, func.count()).where(Rsvp.event_id == event_id).group_by(Rsvp.status)
    )
    return dict(rows.all())


def test_two_sessions_asking_for_the_last_seat_give_it_to_exactly_one(app, make_event, people):
    event_id = make_event(capacity=1).id
    first_id, second_id = people("Fay First").id, people("Sam Second").id
    db.session.commit()
    first_holds_the_row = threading.Event()
    errors: list[Exception] = []

    def first():
        # The first session takes the seat and keeps its transaction open for a moment ...
        with transaction():
            services.request_seat(db.session.get(User, first_id), db.session.get(Event, event_id))
            first_holds_the_row.set()
            threading.Event().wait(0.5)

    def second():
        # ... while the second asks: its UPDATE waits for the first's row lock, then finds
        # no free seat.
        first_holds_the_row.wait(5)
        services.request_seat(db.session.get(User, second_id), db.session.get(Event, event_id))

    threads = [_in_own_session(app, first, errors), _in_own_session(app, second, errors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert not errors
    assert _statuses(event_id) == {"going": 1, "waitlisted": 1}
    assert db.session.get(Event, event_id).seats_taken == 1


def test_many_members_racing_for_two_seats_leave_exactly_two_going(app, make_event, people):
    event_id = make_event(capacity=2).id
    ids = [people(f"Racer {n}").id for n in range(8)]
    db.session.commit()
    start = threading.Barrier(len(ids))
    errors: list[Exception] = []

    def racer(user_id):
        def work():
            start.wait(10)
            services.request_seat(db.session.get(User, user_id), db.session.get(Event, event_id))

        return work

    threads = [_in_own_session(app, racer(user_id), errors) for user_id in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert _statuses(event_id) == {"going": 2, "waitlisted": 6}
